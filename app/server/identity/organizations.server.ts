import { msg } from "../../i18n/i18n";
import type { z } from "zod";
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
  insertOrganization,
  insertUser,
  markInvitationAccepted,
  membershipOf,
  updatePasswordHash,
  usccExists,
} from "../../../db/repositories/identity";
import type { signupSchema } from "../../forms/identity";
import { hashToken, newToken, verifyPassword } from "./auth.server";
import { fail, isUniqueViolation, type FieldErrors, type Outcome } from "../platform/outcome.server";
import { hashPassword } from "./password.server";

const INVITATION_DAYS = 7;

/**
 * The email and code already registered, so that a form refused for other reasons can say so in the same
 * reply. Only the values given are checked (a field the schema refused is left out).
 */
export async function registrationConflicts(
  values: { email?: string; uscc?: string },
  db: Parameters<typeof emailExists>[0] = getDb(),
): Promise<FieldErrors> {
  const fieldErrors: FieldErrors = {};
  if (values.email && (await emailExists(db, values.email))) fieldErrors.email = [msg("err.email.taken")];
  if (values.uscc && (await usccExists(db, values.uscc))) fieldErrors.uscc = [msg("err.uscc.taken")];
  return fieldErrors;
}

/** Creates the organization, its owner and the membership together, or nothing at all. */
export async function registerOrganization(
  input: z.infer<typeof signupSchema>,
  clientIp: string,
): Promise<Outcome<{ userId: number; organizationId: number }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const fieldErrors = await registrationConflicts(input, trx);
        if (Object.keys(fieldErrors).length) return { ok: false as const, fieldErrors };
        const organization = await insertOrganization(trx, {
          name: input.orgName,
          type: input.orgType,
          uscc: input.uscc,
          district: input.district,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
        });
        const user = await insertUser(trx, { email: input.email, name: input.name, passwordHash });
        await insertMembership(trx, { userId: user.id, organizationId: organization.id, role: "owner" });
        await appendAudit(trx, {
          actorUserId: user.id,
          action: "organization.register",
          entityType: "organization",
          entityId: organization.id,
          after: { ...organization, owner: { id: user.id, email: user.email, name: user.name } },
          ip: clientIp,
        });
        return { ok: true as const, value: { userId: user.id, organizationId: organization.id } };
      });
  } catch (error) {
    // Two sign-ups racing for the same email or code: the unique index decides, the form explains.
    if (isUniqueViolation(error, "email"))
      return { ok: false, fieldErrors: { email: [msg("err.email.taken")] } };
    if (isUniqueViolation(error, "uscc"))
      return { ok: false, fieldErrors: { uscc: [msg("err.uscc.taken")] } };
    throw error;
  }
}

export async function changePassword(
  userId: number,
  currentPassword: string,
  newPassword: string,
  clientIp: string,
): Promise<Outcome<null>> {
  const user = await findUserById(getDb(), userId);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
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
 */
export async function acceptInvitation(
  token: string,
  signedInUserId: number | null,
  newAccount: { name?: string; password?: string },
  clientIp: string,
): Promise<Outcome<{ userId: number }>> {
  const passwordHash = newAccount.password ? await hashPassword(newAccount.password) : null;
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const invitation = await findOpenInvitation(trx, hashToken(token));
      if (!invitation) return fail("invite.invalid");
      const existing = await findUserByEmail(trx, invitation.email);
      let userId: number;
      if (existing) {
        if (signedInUserId === null) return fail("invite.signInFirst", { email: invitation.email });
        if (signedInUserId !== existing.id) return fail("invite.wrongAccount", { email: invitation.email });
        if (await membershipOf(trx, existing.id)) return fail("err.invite.member");
        userId = existing.id;
      } else {
        const fieldErrors: FieldErrors = {};
        if (!newAccount.name) fieldErrors.name = [msg("err.required")];
        if (!passwordHash) fieldErrors.password = [msg("err.required")];
        if (!newAccount.name || !passwordHash) return { ok: false as const, fieldErrors };
        userId = (await insertUser(trx, { email: invitation.email, name: newAccount.name, passwordHash })).id;
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
      return { ok: true as const, value: { userId } };
    });
}

export async function organizationOverview(organizationId: number) {
  return getOrganizationWithMembers(getDb(), organizationId);
}

export async function accountExists(email: string): Promise<boolean> {
  return emailExists(getDb(), email);
}
