import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The account mails written so far (MAIL_DIR is per test file, see setup-file.ts), oldest first. */
export function sentMails(): { to: string; subject: string; text: string }[] {
  const dir = process.env.MAIL_DIR!;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".eml"));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const eml = readFileSync(path.join(dir, name), "utf8");
    const [head, ...body] = eml.split("\r\n\r\n");
    const header = (field: string) => new RegExp(`^${field}: (.*)$`, "m").exec(head!)?.[1] ?? "";
    return { to: header("To"), subject: header("Subject"), text: body.join("\r\n\r\n") };
  });
}

export function mailsTo(email: string) {
  return sentMails().filter((mail) => mail.to === email);
}

/** The path of the last verification link mailed to `email`. */
export function verificationPath(email: string): string {
  const links = mailsTo(email).flatMap((mail) => [
    ...mail.text.matchAll(/https?:\/\/[^\s/]+(\/verify-email\/[\w-]+)/g),
  ]);
  const last = links.at(-1);
  if (!last) throw new Error(`no verification mail to ${email}`);
  return last[1]!;
}
