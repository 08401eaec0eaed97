import type { DbOrTrx } from "../../../../db/client";
import type { SessionUser } from "../../identity/auth.server";

/** A contract's signed PDF: the two sides of its expression and staff, nobody else. */
export async function mayViewOutcomeFiles(
  db: DbOrTrx,
  user: SessionUser,
  outcomeId: number,
): Promise<boolean> {
  if (user.roles.includes("staff")) return true;
  const org = user.organization?.id;
  if (org === undefined) return false;
  const row = await db
    .selectFrom("sdOutcomes as o")
    .innerJoin("sdExpressions as e", "e.id", "o.expressionId")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .select(["e.fromOrganizationId", "t.organizationId"])
    .where("o.id", "=", outcomeId)
    .executeTakeFirst();
  return row !== undefined && (row.fromOrganizationId === org || row.organizationId === org);
}
