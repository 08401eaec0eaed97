import { getDb, type DbOrTrx } from "../../../db/client";
import {
  assessmentsOfProject,
  consortiumOfProject,
  findAssessment,
} from "../../../db/repositories/assessment";
import { isConflicted } from "../conflicts/conflicts.server";
import type { SessionUser } from "../identity/auth.server";

/* ---------- who may see a project ---------- */

export async function consortiumOrgIds(db: DbOrTrx, projectId: number) {
  return (await consortiumOfProject(db, projectId)).map((m) => m.organizationId);
}

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
    !(await isConflicted(db, user.id, { projectId }))
  );
}
