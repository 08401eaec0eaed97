import { getDb } from "../../db/client";
import type { SessionUser } from "../../app/server/identity/auth.server";

/** The session-user shape the services take, for a user id (as if that user were signed in). */
export async function findSessionUserById(userId: number): Promise<SessionUser> {
  const db = getDb();
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "name"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const roles = (
    await db.selectFrom("platformRoles").select("role").where("userId", "=", userId).execute()
  ).map((r) => r.role);
  const membership = await db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organizationId")
    .select(["organizations.id", "organizations.name", "memberships.role"])
    .where("memberships.userId", "=", userId)
    .executeTakeFirst();
  return { ...user, roles, organization: membership ?? null };
}
