import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import type { MembershipRole, NewOrganization, OrganizationType, PlatformRole } from "../schema";

export async function findUserByEmail(db: DbOrTrx, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export async function findUserById(db: DbOrTrx, id: number) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function emailExists(db: DbOrTrx, email: string): Promise<boolean> {
  return (
    (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()) !== undefined
  );
}

export async function usccExists(db: DbOrTrx, uscc: string): Promise<boolean> {
  return (
    (await db.selectFrom("organizations").select("id").where("uscc", "=", uscc).executeTakeFirst()) !==
    undefined
  );
}

export async function insertOrganization(db: DbOrTrx, organization: NewOrganization) {
  return db.insertInto("organizations").values(organization).returningAll().executeTakeFirstOrThrow();
}

export async function insertUser(
  db: DbOrTrx,
  user: { email: string; name: string; passwordHash: string; emailVerifiedAt?: Date | null },
) {
  return db.insertInto("users").values(user).returning(["id", "email", "name"]).executeTakeFirstOrThrow();
}

/** Replaces the user's verification link (only its hash is kept). */
export async function setEmailVerification(
  db: DbOrTrx,
  userId: number,
  verification: { hash: string; expiresAt: Date },
) {
  await db
    .updateTable("users")
    .set({ emailVerificationHash: verification.hash, emailVerificationExpiresAt: verification.expiresAt })
    .where("id", "=", userId)
    .execute();
}

/** The account a still-valid verification link belongs to. */
export async function findUserByVerification(db: DbOrTrx, hash: string, now: Date) {
  return db
    .selectFrom("users")
    .select(["id", "email", "name", "emailVerifiedAt"])
    .where("emailVerificationHash", "=", hash)
    .where("emailVerificationExpiresAt", ">", now)
    .executeTakeFirst();
}

/** Marks the address verified and spends the link; false when it was verified already. */
export async function markEmailVerified(db: DbOrTrx, userId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ emailVerifiedAt: now, emailVerificationHash: null, emailVerificationExpiresAt: null })
    .where("id", "=", userId)
    .where("emailVerifiedAt", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function emailVerifiedAt(db: DbOrTrx, userId: number): Promise<Date | null> {
  const row = await db
    .selectFrom("users")
    .select("emailVerifiedAt")
    .where("id", "=", userId)
    .executeTakeFirst();
  return row?.emailVerifiedAt ?? null;
}

export async function insertMembership(
  db: DbOrTrx,
  membership: { userId: number; organizationId: number; role: MembershipRole },
) {
  await db.insertInto("memberships").values(membership).execute();
}

export async function grantPlatformRole(db: DbOrTrx, userId: number, role: PlatformRole) {
  await db
    .insertInto("platformRoles")
    .values({ userId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function updatePasswordHash(db: DbOrTrx, userId: number, passwordHash: string) {
  await db
    .updateTable("users")
    .set({ passwordHash, passwordChangedAt: new Date() })
    .where("id", "=", userId)
    .execute();
}

export async function countUsers(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Everything the UI and the authorization checks need to know about a signed-in user, in one query. */
export async function findSessionUser(db: DbOrTrx, sessionIdHash: string) {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .leftJoin("memberships", "memberships.userId", "users.id")
    .leftJoin("organizations", "organizations.id", "memberships.organizationId")
    .select((eb) => [
      "users.id",
      "users.email",
      "users.name",
      "memberships.role as membershipRole",
      "organizations.id as organizationId",
      "organizations.name as organizationName",
      eb
        .selectFrom("platformRoles")
        .select(sql<PlatformRole[]>`coalesce(array_agg(role ORDER BY role), '{}')`.as("roles"))
        .whereRef("platformRoles.userId", "=", "users.id")
        .as("roles"),
    ])
    .where("sessions.idHash", "=", sessionIdHash)
    .where("sessions.expiresAt", ">", new Date())
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles ?? [],
    organization:
      row.organizationId !== null && row.organizationName !== null && row.membershipRole !== null
        ? { id: row.organizationId, name: row.organizationName, role: row.membershipRole }
        : null,
  };
}

export async function insertSession(
  db: DbOrTrx,
  session: { idHash: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await db.insertInto("sessions").values(session).execute();
}

export async function deleteSession(db: DbOrTrx, idHash: string) {
  await db.deleteFrom("sessions").where("idHash", "=", idHash).execute();
}

export async function deleteOtherSessions(db: DbOrTrx, userId: number, keepIdHash: string): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where("userId", "=", userId)
    .where("idHash", "!=", keepIdHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countSessions(db: DbOrTrx, userId: number): Promise<number> {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("userId", "=", userId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function getOrganizationWithMembers(db: DbOrTrx, organizationId: number) {
  const organization = await db
    .selectFrom("organizations")
    .selectAll()
    .where("id", "=", organizationId)
    .executeTakeFirst();
  if (!organization) return undefined;
  const members = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(["users.id", "users.name", "users.email", "memberships.role", "memberships.createdAt"])
    .where("memberships.organizationId", "=", organizationId)
    .orderBy("memberships.role", "desc")
    .orderBy("users.name")
    .execute();
  const invitations = await db
    .selectFrom("invitations")
    .select(["id", "email", "createdAt", "expiresAt"])
    .where("organizationId", "=", organizationId)
    .where("acceptedAt", "is", null)
    .where("expiresAt", ">", new Date())
    .orderBy("createdAt", "desc")
    .execute();
  return { organization, members, invitations };
}

export async function listOrganizations(db: DbOrTrx, { limit, offset }: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("organizations")
      .select((eb) => [
        "id",
        "name",
        "type",
        "uscc",
        "district",
        "createdAt",
        "verifiedAt",
        eb
          .selectFrom("memberships")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("memberships.organizationId", "=", "organizations.id")
          .as("memberCount"),
      ])
      .orderBy("createdAt", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("organizations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

export async function insertInvitation(
  db: DbOrTrx,
  invitation: {
    tokenHash: string;
    organizationId: number;
    email: string;
    invitedBy: number;
    expiresAt: Date;
  },
) {
  return db.insertInto("invitations").values(invitation).returning(["id"]).executeTakeFirstOrThrow();
}

export async function findOpenInvitation(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("organizations", "organizations.id", "invitations.organizationId")
    .select([
      "invitations.id",
      "invitations.email",
      "invitations.organizationId",
      "invitations.expiresAt",
      "organizations.name as organizationName",
    ])
    .where("invitations.tokenHash", "=", tokenHash)
    .where("invitations.acceptedAt", "is", null)
    .where("invitations.expiresAt", ">", new Date())
    .executeTakeFirst();
}

/** Marks the invitation used; false when another request used it first. */
export async function markInvitationAccepted(db: DbOrTrx, invitationId: number): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ acceptedAt: new Date() })
    .where("id", "=", invitationId)
    .where("acceptedAt", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function membershipOf(db: DbOrTrx, userId: number) {
  return db.selectFrom("memberships").selectAll().where("userId", "=", userId).executeTakeFirst();
}

export type { OrganizationType };

/** The organization a user belongs to, with whether staff verified it; undefined for a user of none. */
export async function organizationOfUser(db: DbOrTrx, userId: number) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organizationId")
    .select(["organizations.id", "organizations.verifiedAt"])
    .where("memberships.userId", "=", userId)
    .executeTakeFirst();
}

/** Marks an organization verified (once: the first verification stays); undefined when there is none. */
export async function markOrganizationVerified(db: DbOrTrx, organizationId: number, by: number, at: Date) {
  return db
    .updateTable("organizations")
    .set({
      verifiedAt: sql<Date>`coalesce(verified_at, ${at})`,
      verifiedBy: sql<number>`coalesce(verified_by, ${by})`,
    })
    .where("id", "=", organizationId)
    .returning(["id", "verifiedAt"])
    .executeTakeFirst();
}
