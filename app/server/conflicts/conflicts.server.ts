import type { DbOrTrx } from "../../../db/client";
import { affiliatedOrgIds, conflictScope, conflictsOf } from "../../../db/repositories/assessment";
import { hasConflict } from "../../domain/assessment";
import { fail } from "../platform/outcome.server";

/**
 * What a person may be conflicted with: a bid (before or after it became a project), a project, or an item of the
 * supply–demand list (its owner organization: a reviewer from its own staff never reviews it).
 */
export type ConflictSubject = { bidId: number } | { projectId: number } | { sdItemId: number };

/** The organizations and project a subject's conflicts are judged against. */
async function scopeOf(
  db: DbOrTrx,
  subject: ConflictSubject,
): Promise<{ organizationIds: number[]; projectId: number | null }> {
  if (!("sdItemId" in subject)) return conflictScope(db, subject);
  const item = await db
    .selectFrom("sdItems")
    .select("organizationId")
    .where("id", "=", subject.sdItemId)
    .executeTakeFirst();
  return { organizationIds: item ? [item.organizationId] : [], projectId: null };
}

/**
 * Which of these people (assessors or staff) have a conflict with the bid or project: an affiliation or
 * membership with an organization of its consortium, or a declaration (against one of those organizations, or
 * against the project). A fixed number of queries however many people are asked about.
 */
export async function conflictedAmong(
  db: DbOrTrx,
  userIds: number[],
  subject: ConflictSubject,
): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const scope = await scopeOf(db, subject);
  const [affiliations, declared] = await Promise.all([
    affiliatedOrgIds(db, userIds),
    conflictsOf(db, userIds, scope.projectId),
  ]);
  return new Set(
    userIds.filter((userId) => {
      const own = declared.filter((c) => c.userId === userId);
      return hasConflict({
        consortiumOrgIds: scope.organizationIds,
        affiliationOrgIds: affiliations.get(userId) ?? [],
        declaredOrgIds: own.flatMap((c) => (c.organizationId ? [c.organizationId] : [])),
        declaredProject: scope.projectId !== null && own.some((c) => c.projectId === scope.projectId),
      });
    }),
  );
}

export async function isConflicted(db: DbOrTrx, userId: number, subject: ConflictSubject): Promise<boolean> {
  return (await conflictedAmong(db, [userId], subject)).has(userId);
}

/**
 * The one rule for staff: a staff member with a conflict of interest takes no action on the bid or project
 * (selection, objections, report check, assessors, finalization, other support, the award), nor reviews an item
 * of the supply–demand list of an organization they belong to (or declared a conflict with). Answers the
 * refusal to return as is, or null when the staff member may act. Call it inside the action's transaction,
 * before anything is written.
 */
export async function assertNoConflict(db: DbOrTrx, staffUserId: number, subject: ConflictSubject) {
  if (!(await isConflicted(db, staffUserId, subject))) return null;
  return fail("sdItemId" in subject ? "err.sdReview.conflicted" : "err.assessment.staffConflicted");
}
