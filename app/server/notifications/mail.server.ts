import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import { getDb, type Db } from "../../../db/client";
import {
  claimPendingMails,
  markMailFailed,
  markMailSent,
  type PendingMail,
} from "../../../db/repositories/notifications";
import { notificationMessages, renderNotificationSubject } from "../../i18n/notification-messages";
import { safeRedirect } from "../platform/redirect.server";
import type { Env } from "../platform/env.server";
import { notificationText } from "./notifications.server";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

export const DEFAULT_MAIL_FROM = "揭榜 Jiebang <no-reply@jiebang.local>";

/* ---------- transports ---------- */

export function createSmtpTransport(url: string, from = DEFAULT_MAIL_FROM): MailTransport {
  // Short timeouts: a hanging server must fail the attempt well within the claim's lease, not after 10 minutes.
  const transporter = createTransport(
    { url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 },
    { from },
  );
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * RFC 2047 encoded words, split on character boundaries; 39 bytes make a 64-character word, so even the first
 * line ("Subject: " + word) stays within the recommended 78 characters.
 */
export function encodeHeaderWords(value: string): string {
  if (ASCII.test(value)) return value;
  const words: string[] = [];
  let chunk = "";
  for (const char of value) {
    if (Buffer.byteLength(chunk + char) > 39) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString("base64")}?=`).join("\r\n ");
}

function encodeAddress(address: string): string {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(address);
  if (!match || !match[1]) return address.trim();
  const name = match[1].replace(/^"(.*)"$/, "$1");
  return `${ASCII.test(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : encodeHeaderWords(name)} <${match[2]}>`;
}

function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

/** The whole message as it would travel: UTF-8 8-bit body, so the file reads as plain text in any editor. */
export function formatEml(message: MailMessage, from: string, date = new Date()): string {
  if (/[\r\n]/.test(message.to)) throw new Error("mail recipient contains a line break");
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "jiebang.local";
  const headers = [
    `From: ${encodeAddress(from)}`,
    `To: ${message.to}`,
    `Subject: ${encodeHeaderWords(message.subject.replace(/[\r\n]+/g, " "))}`,
    `Date: ${rfc5322Date(date)}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}\r\n`;
}

/** One .eml file per mail, written under a temporary name and renamed, so a reader never sees half a file. */
export function createFileTransport(dir: string, from = DEFAULT_MAIL_FROM): MailTransport {
  return {
    async send(message) {
      const now = new Date();
      const eml = formatEml(message, from, now);
      await mkdir(dir, { recursive: true });
      const name = `${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`;
      const target = path.join(dir, name);
      await writeFile(`${target}.tmp`, eml, "utf8");
      await rename(`${target}.tmp`, target);
    },
  };
}

/** SMTP when SMTP_URL is set, otherwise files under MAIL_DIR (default <DATA_DIR>/mail). */
export function mailTransportFromEnv(env: Pick<Env, "SMTP_URL" | "MAIL_FROM" | "MAIL_DIR" | "DATA_DIR">): {
  transport: MailTransport;
  description: string;
} {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    return {
      transport: createSmtpTransport(env.SMTP_URL, env.MAIL_FROM),
      description: `SMTP via ${url.hostname}${url.port ? `:${url.port}` : ""}`,
    };
  }
  const dir = env.MAIL_DIR ?? path.join(env.DATA_DIR, "mail");
  return {
    transport: createFileTransport(dir, env.MAIL_FROM),
    description: `written as .eml files to ${dir}`,
  };
}

/* ---------- composing ---------- */

function fill(template: string, params: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}

/** Chinese first, then English, each complete on its own, with the absolute link in both. */
export function notificationMail(
  mail: Omit<PendingMail, "id" | "mailAttempts">,
  origin: string,
): MailMessage {
  const url = new URL(safeRedirect(mail.link, "/notifications"), origin).href;
  const part = (language: "zh" | "en") =>
    [
      fill(notificationMessages["mail.greeting"][language], { name: mail.name }),
      "",
      notificationText(mail.kind, mail.params, language),
      "",
      fill(notificationMessages["mail.open"][language], { url }),
    ].join("\n");
  return {
    to: mail.email,
    subject: `【揭榜 Jiebang】${renderNotificationSubject(mail.kind, mail.params, "zh")} / ${renderNotificationSubject(mail.kind, mail.params, "en")}`,
    text: [
      part("zh"),
      "",
      "————————————————",
      "",
      part("en"),
      "",
      "-- ",
      notificationMessages["mail.footer"].zh,
      notificationMessages["mail.footer"].en,
    ].join("\n"),
  };
}

/* ---------- relay ---------- */

/** 1, 2, 4 … minutes between attempts, never more than an hour. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

/** How long a claimed mail is left to this relay; longer than a batch can take with the SMTP timeouts above. */
const LEASE_MS = 30 * 60_000;

/**
 * Sends one batch of due notification mails. Each is marked sent only after the transport accepted it; a failure
 * is kept on the row and retried later with backoff, without stopping the rest of the batch.
 */
export async function relayMail(
  db: Db,
  transport: MailTransport,
  {
    now = new Date(),
    batchSize = 20,
    origin = process.env.APP_ORIGIN || "http://localhost:3000",
  }: { now?: Date; batchSize?: number; origin?: string } = {},
): Promise<{ sent: number; failed: number }> {
  const claimed = await claimPendingMails(db, {
    now,
    limit: batchSize,
    leaseUntil: new Date(now.getTime() + LEASE_MS),
  });
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await transport.send(notificationMail(mail, origin));
    } catch (error) {
      failed++;
      const attempts = mail.mailAttempts + 1;
      await markMailFailed(db, mail.id, {
        attempts,
        retryAt: new Date(now.getTime() + mailRetryDelayMs(attempts)),
        error: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    await markMailSent(db, mail.id, now);
    sent++;
  }
  return { sent, failed };
}

export interface MailRelay {
  stop(): Promise<void>;
}

/** Polls for due mail every `intervalMs`, draining full batches back to back; rounds never overlap. */
export function startMailRelay(
  transport: MailTransport,
  {
    intervalMs = 5000,
    batchSize = 20,
    onError,
  }: { intervalMs?: number; batchSize?: number; onError?: (error: unknown) => void } = {},
): MailRelay {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastReport = 0;
  const report = (error: unknown) => {
    // Once a minute at most: a database outage must show in the log without flooding it.
    if (Date.now() - lastReport > 60_000) {
      lastReport = Date.now();
      onError?.(error);
    }
  };
  const round = async () => {
    for (;;) {
      const { sent, failed } = await relayMail(getDb(), transport, { now: new Date(), batchSize });
      if (stopped || sent + failed < batchSize) return;
    }
  };
  const tick = () => {
    running = round()
      .catch(report)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close?.();
    },
  };
}
