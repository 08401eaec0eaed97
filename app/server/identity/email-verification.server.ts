import { getDb, type DbOrTrx } from "../../../db/client";
import { publicOrigin } from "../platform/http.server";
import { appendAudit } from "../../../db/repositories/audit";
import {
  emailVerifiedAt,
  findUserByVerification,
  markEmailVerified,
  setEmailVerification,
} from "../../../db/repositories/identity";
import { minutesToWait } from "../../domain/throttle";
import { translator } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { sendAccountMail } from "../notifications/account-mail.server";
import { consumeLimit, type LimitRule } from "../platform/rate-limit.server";
import { fail, type Outcome } from "../platform/outcome.server";
import { hashToken, newToken } from "./auth.server";

/** How long a verification link works. */
export const VERIFICATION_HOURS = 48;

/** "Send the link again" on /account: a few per hour per account, so it cannot be used to flood a mailbox. */
export const VERIFICATION_RESEND: LimitRule = { name: "verify-resend", points: 3, windowSeconds: 3600 };

/** The origin links in mail point to. */
export const mailOrigin = publicOrigin;

/** A fresh link for the user (replacing any earlier one); returns the token to mail. */
export async function issueEmailVerification(
  trx: DbOrTrx,
  userId: number,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await setEmailVerification(trx, userId, {
    hash: hashToken(token),
    expiresAt: new Date(now.getTime() + VERIFICATION_HOURS * 3_600_000),
  });
  return token;
}

/** Chinese first, then English, each complete, as the notification mails are. */
function bilingualMail(
  to: string,
  subject: MessageKey,
  body: MessageKey,
  params: Record<string, string | number>,
) {
  const zh = translator("zh");
  const en = translator("en");
  return {
    to,
    subject: `【揭榜 Jiebang】${zh(subject)} / ${en(subject)}`,
    text: [zh(body, params), "", "————————————————", "", en(body, params)].join("\n"),
  };
}

export async function sendVerificationMail(
  user: { email: string; name: string },
  token: string,
  origin: string,
): Promise<boolean> {
  const url = new URL(`/verify-email/${token}`, origin).href;
  return sendAccountMail(
    bilingualMail(user.email, "mail.verify.subject", "mail.verify.body", {
      name: user.name,
      url,
      hours: VERIFICATION_HOURS,
    }),
  );
}

/** Sign-up with an address that has an account: its owner learns of it; the visitor learns nothing. */
export async function sendSignupAttemptMail(
  user: { email: string; name: string },
  origin: string,
): Promise<boolean> {
  return sendAccountMail(
    bilingualMail(user.email, "mail.signupAttempt.subject", "mail.signupAttempt.body", {
      name: user.name,
      url: new URL("/login", origin).href,
    }),
  );
}

/** Opens a verification link: the address is verified and the link spent. */
export async function verifyEmail(
  token: string,
  clientIp: string,
  now = new Date(),
): Promise<Outcome<{ userId: number; email: string }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const user = await findUserByVerification(trx, hashToken(token), now);
      if (!user || !(await markEmailVerified(trx, user.id, now))) return fail("verify.invalid");
      await appendAudit(trx, {
        actorUserId: user.id,
        action: "user.email_verify",
        entityType: "user",
        entityId: user.id,
        after: { email: user.email },
        ip: clientIp,
      });
      return { ok: true as const, value: { userId: user.id, email: user.email } };
    });
}

/** Mails a new link to a signed-in, not yet verified account, a few times an hour at most. */
export async function resendVerification(
  user: { id: number; email: string; name: string },
  origin: string,
): Promise<Outcome<{ email: string }>> {
  if (await emailVerifiedAt(getDb(), user.id)) return fail("verify.already");
  const verdict = await consumeLimit(VERIFICATION_RESEND, `user:${user.id}`);
  if (!verdict.allowed) return fail("err.rateLimited", { minutes: minutesToWait(verdict.retryAfterSeconds) });
  const token = await issueEmailVerification(getDb(), user.id);
  if (!(await sendVerificationMail(user, token, origin))) return fail("verify.mailFailed");
  return { ok: true, value: { email: user.email } };
}

export async function isEmailVerified(userId: number, db: DbOrTrx = getDb()): Promise<boolean> {
  return (await emailVerifiedAt(db, userId)) !== null;
}

/**
 * The guard for acting on an organization's behalf (bids, invitations): null when the address is verified, else
 * the refusal to return (its message links to /account, where the link can be sent again).
 */
export async function unverifiedEmailRefusal(db: DbOrTrx, userId: number) {
  return (await isEmailVerified(userId, db)) ? null : fail("err.email.unverified");
}
