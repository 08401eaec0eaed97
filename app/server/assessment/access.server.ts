import { getDb, type DbOrTrx } from "../../../db/client";
import {
  assessmentsOfProject,
  conflictsOf,
  consortiumOfProject,
  findAssessment,
  affiliatedOrgIds,
} from "../../../db/repositories/assessment";
import { hasConflict } from "../../domain/assessment";
import type { SessionUser } from "../identity/auth.server";

/* ---------- who may see a project ---------- */

export async function consortiumOrgIds(db: DbOrTrx, projectId: number) {
  return (await consortiumOfProject(db, projectId)).map((m) => m.organizationId);
}

/**
 * Which of these people (assessors or staff) have a conflict with the project: an affiliation or membership with a
 * consortium member, or a declaration. A fixed number of queries however many people are asked about.
 */
export async function conflictedAmong(
  db: DbOrTrx,
  userIds: number[],
  projectId: number,
): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const [consortium, affiliations, declared] = await Promise.all([
    consortiumOrgIds(db, projectId),
    affiliatedOrgIds(db, userIds),
    conflictsOf(db, userIds, projectId),
  ]);
  return new Set(
    userIds.filter((userId) => {
      const own = declared.filter((c) => c.userId === userId);
      return hasConflict({
        consortiumOrgIds: consortium,
        affiliationOrgIds: affiliations.get(userId) ?? [],
        declaredOrgIds: own.flatMap((c) => (c.organizationId ? [c.organizationId] : [])),
        declaredProject: own.some((c) => c.projectId === projectId),
      });
    }),
  );
}

export async function personConflicted(db: DbOrTrx, userId: number, projectId: number): Promise<boolean> {
  return (await conflictedAmong(db, [userId], projectId)).has(userId);
}

/** The project page for a consortium member; undefined when the user's organization is not in it. */
/** The user's organization's part in the project ("lead" or "member"), or null when it has none. */
export async function consortiumRole(user: SessionUser, projectId: number) {
  if (!user.organization) return null;
  const consortium = await consortiumOfProject(getDb(), projectId);
  return consortium.find((m) => m.organizationId === user.organization!.id)?.role ?? null;
}

/** The user's own assessment (any other id does not exist for them). */
export async function isOwnAssessment(user: SessionUser, assessmentId: number): Promise<boolean> {
  return (await findAssessment(getDb(), assessmentId))?.assessorId === user.id;
}

/** Evidence files: the consortium, staff, and assessors who declared no conflict (never a conflicted one). */
export async function mayViewProjectFiles(
  db: DbOrTrx,
  user: SessionUser,
  projectId: number,
): Promise<boolean> {
  if (user.roles.includes("staff")) return true;
  if (user.organization && (await consortiumOrgIds(db, projectId)).includes(user.organization.id))
    return true;
  const own = (await assessmentsOfProject(db, projectId)).find((a) => a.assessorId === user.id);
  return (
    own !== undefined &&
    (own.status === "declared" || own.status === "submitted") &&
    !(await personConflicted(db, user.id, projectId))
  );
}
