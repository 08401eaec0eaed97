import type { z } from "zod";
import { getDb } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  findUserByEmail,
  insertMembership,
  insertOrganization,
  insertUser,
  usccExists,
} from "../../../db/repositories/identity";
import type { signupSchema } from "../../forms/identity";
import { msg } from "../../i18n/i18n";
import { isUniqueViolation, type FieldErrors, type Outcome } from "../platform/outcome.server";
import {
  issueEmailVerification,
  sendSignupAttemptMail,
  sendVerificationMail,
} from "./email-verification.server";
import { hashPassword } from "./password.server";

/**
 * A credit code already registered, so that a form refused for other reasons can say so in the same reply.
 * Whether an email has an account is never said: sign-up answers the same for both (see registerOrganization).
 */
export async function registrationConflicts(
  values: { uscc?: string },
  db: Parameters<typeof usccExists>[0] = getDb(),
): Promise<FieldErrors> {
  const fieldErrors: FieldErrors = {};
  if (values.uscc && (await usccExists(db, values.uscc))) fieldErrors.uscc = [msg("err.uscc.taken")];
  return fieldErrors;
}

type SignupInput = z.infer<typeof signupSchema>;

/**
 * Sign-up. The answer is the same whether or not the email has an account ("check your inbox"): a new address
 * gets the organization, its unverified owner and a verification link; a registered one gets a mail telling its
 * owner someone tried (with a sign-in link) and nothing is created. Nobody is signed in here: the owner signs in
 * after opening the link. Cheap checks run first and the password is hashed last, so a taken code or a registered
 * address costs no argon2 work. A taken credit code is still reported: organizations and their codes are public.
 */
export async function registerOrganization(
  input: SignupInput,
  clientIp: string,
  origin: string,
): Promise<Outcome<{ email: string }>> {
  const db = getDb();
  const sent = { ok: true as const, value: { email: input.email } };
  const conflicts = await registrationConflicts(input, db);
  if (Object.keys(conflicts).length) return { ok: false, fieldErrors: conflicts };
  const existing = await findUserByEmail(db, input.email);
  if (existing) {
    await sendSignupAttemptMail(existing, origin);
    return sent;
  }
  const passwordHash = await hashPassword(input.password);
  let created: { token: string } | null;
  try {
    created = await createOrganizationAndOwner(input, passwordHash, clientIp);
  } catch (error) {
    // Two sign-ups racing for the same email or code: the unique index decides.
    if (isUniqueViolation(error, "uscc"))
      return { ok: false, fieldErrors: { uscc: [msg("err.uscc.taken")] } };
    if (!isUniqueViolation(error, "email")) throw error;
    created = null;
  }
  if (!created) {
    const winner = await findUserByEmail(db, input.email);
    if (winner) await sendSignupAttemptMail(winner, origin);
    return sent;
  }
  await sendVerificationMail(input, created.token, origin);
  return sent;
}

/** The organization, its owner (address not yet verified) and the membership together, or nothing at all. */
async function createOrganizationAndOwner(
  input: SignupInput,
  passwordHash: string,
  clientIp: string,
): Promise<{ token: string }> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
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
      return { token: await issueEmailVerification(trx, user.id) };
    });
}
