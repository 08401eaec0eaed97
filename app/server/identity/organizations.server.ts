import { msg } from "../../i18n/i18n";
import { getDb } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  emailExists,
  findOpenInvitation,
  findUserById,
  findUserByEmail,
  getOrganizationWithMembers,
  insertInvitation,
  insertMembership,
  insertUser,
  markInvitationAccepted,
  membershipOf,
  updatePasswordHash,
} from "../../../db/repositories/identity";
import { hashToken, newToken, verifyPassword } from "./auth.server";
import { fail, type FieldErrors, type Outcome } from "../platform/outcome.server";
import { hashPassword } from "./password.server";
import {
  issueEmailVerification,
  sendVerificationMail,
  unverifiedEmailRefusal,
} from "./email-verification.server";
import { throttledPasswordCheck, waitMessage } from "./password-throttle.server";

const INVITATION_DAYS = 7;

/**
 * The current password is checked under the same per-account+IP throttle as sign-in, so a borrowed session
 * cannot be used to guess it; `throttled` tells the page to answer 429.
 */
export async function changePassword(
  userId: number,
  currentPassword: string,
  newPassword: string,
  clientIp: string,
): Promise<Outcome<null> & { throttled?: boolean }> {
  const user = await findUserById(getDb(), userId);
  if (!user) return { ok: false, fieldErrors: { currentPassword: [msg("err.password.wrongCurrent")] } };
  const checked = await throttledPasswordCheck(user.email, clientIp, () =>
    verifyPassword(user.passwordHash, currentPassword),
  );
  if (!checked.allowed)
    return {
      ok: false,
      throttled: true,
      fieldErrors: { currentPassword: [waitMessage(checked.retryAfterSeconds)] },
    };
  if (!checked.valid) {
    return { ok: false, fieldErrors: { currentPassword: [msg("err.password.wrongCurrent")] } };
  }
  const passwordHash = await hashPassword(newPassword);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await updatePasswordHash(trx, userId, passwordHash);
      await appendAudit(trx, {
        actorUserId: userId,
        action: "user.password_change",
        entityType: "user",
        entityId: userId,
        ip: clientIp,
      });
    });
  return { ok: true, value: null };
}

export async function inviteMember(
  actor: { id: number; organization: { id: number; role: string } | null },
  email: string,
  clientIp: string,
): Promise<Outcome<{ token: string }>> {
  if (!actor.organization || actor.organization.role !== "owner") {
    return { ok: false, fieldErrors: { email: [msg("err.invite.ownerOnly")] } };
  }
  const organizationId = actor.organization.id;
  const token = newToken();
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const unverified = await unverifiedEmailRefusal(trx, actor.id);
      if (unverified) return unverified;
      const existing = await findUserByEmail(trx, email);
      if (existing && (await membershipOf(trx, existing.id))) {
        return { ok: false as const, fieldErrors: { email: [msg("err.invite.member")] } };
      }
      const invitation = await insertInvitation(trx, {
        tokenHash: hashToken(token),
        organizationId,
        email,
        invitedBy: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      });
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "organization.invite",
        entityType: "invitation",
        entityId: invitation.id,
        after: { organizationId, email },
        ip: clientIp,
      });
      return { ok: true as const, value: { token } };
    });
}

export async function loadInvitation(token: string) {
  return findOpenInvitation(getDb(), hashToken(token));
}

/**
 * Joins the invited person to the organization. A new person sets a name and password here; an existing
 * account must be the signed-in one. Returns the user id to start a session for, or why it cannot.
 * Everything is checked before the password is hashed: an unknown token or an existing account costs no argon2
 * work. A new account's address is not verified by the invitation (the link may have been passed on), so it is
 * mailed a verification link.
 */
export async function acceptInvitation(
  token: string,
  signedInUserId: number | null,
  newAccount: { name?: string; password?: string },
  clientIp: string,
  origin: string,
): Promise<Outcome<{ userId: number }>> {
  const db = getDb();
  const tokenHash = hashToken(token);
  const invitation = await findOpenInvitation(db, tokenHash);
  if (!invitation) return fail("invite.invalid");
  let passwordHash: string | null = null;
  if (!(await findUserByEmail(db, invitation.email))) {
    const fieldErrors: FieldErrors = {};
    if (!newAccount.name) fieldErrors.name = [msg("err.required")];
    if (!newAccount.password) fieldErrors.password = [msg("err.required")];
    if (!newAccount.name || !newAccount.password) return { ok: false, fieldErrors };
    passwordHash = await hashPassword(newAccount.password);
  }
  const outcome = await getDb()
    .transaction()
    .execute(async (trx) => {
      const invitation = await findOpenInvitation(trx, tokenHash);
      if (!invitation) return fail("invite.invalid");
      const existing = await findUserByEmail(trx, invitation.email);
      let userId: number;
      let verificationToken: string | null = null;
      if (existing) {
        if (signedInUserId === null) return fail("invite.signInFirst", { email: invitation.email });
        if (signedInUserId !== existing.id) return fail("invite.wrongAccount", { email: invitation.email });
        if (await membershipOf(trx, existing.id)) return fail("err.invite.member");
        userId = existing.id;
      } else {
        // Checked above; only a concurrent change of the account could get here without a hash.
        if (!newAccount.name || !passwordHash) return fail("invite.invalid");
        userId = (await insertUser(trx, { email: invitation.email, name: newAccount.name, passwordHash })).id;
        verificationToken = await issueEmailVerification(trx, userId);
      }
      if (!(await markInvitationAccepted(trx, invitation.id))) return fail("invite.invalid");
      await insertMembership(trx, { userId, organizationId: invitation.organizationId, role: "member" });
      await appendAudit(trx, {
        actorUserId: userId,
        action: "organization.join",
        entityType: "organization",
        entityId: invitation.organizationId,
        after: { userId, role: "member", invitationId: invitation.id },
        ip: clientIp,
      });
      return { ok: true as const, value: { userId, verificationToken, email: invitation.email } };
    });
  if (!outcome.ok) return outcome;
  const { userId, verificationToken, email } = outcome.value;
  if (verificationToken && newAccount.name)
    await sendVerificationMail({ email, name: newAccount.name }, verificationToken, origin);
  return { ok: true, value: { userId } };
}

export async function organizationOverview(organizationId: number) {
  return getOrganizationWithMembers(getDb(), organizationId);
}

export async function accountExists(email: string): Promise<boolean> {
  return emailExists(getDb(), email);
}
