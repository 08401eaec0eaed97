import { readEnv } from "../platform/env.server";
import { mailTransportFromEnv, type MailMessage, type MailTransport } from "./mail.server";

/**
 * Mail about the account itself (address verification, a sign-up attempt with a registered address), sent at
 * once rather than through the notification outbox: it carries a one-time link that must not sit in the
 * notification centre. Same transport as the relay: SMTP when SMTP_URL is set, else .eml files in MAIL_DIR
 * (read when sending, so tests can point it at a directory of their own).
 */
let cached: { key: string; transport: MailTransport } | undefined;

function transport(): MailTransport {
  const env = readEnv();
  const key = JSON.stringify([env.SMTP_URL, env.MAIL_FROM, env.MAIL_DIR, env.DATA_DIR]);
  if (cached?.key !== key) {
    cached?.transport.close?.();
    cached = { key, transport: mailTransportFromEnv(env).transport };
  }
  return cached.transport;
}

/** Sends now; a failure is logged and reported as false (the person can ask for the mail again). */
export async function sendAccountMail(message: MailMessage): Promise<boolean> {
  try {
    await transport().send(message);
    return true;
  } catch (error) {
    console.error("account mail could not be sent:", error);
    return false;
  }
}
