import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";
import type { AssessmentStatus, IndicatorResult, ProjectStatus, ReportStatus } from "../schema";

/* ---------- projects ---------- */

/** A project with its task, list policy and lead; `lock` locks the project row. */
export async function findProject(db: DbOrTrx, projectId: number, { lock = false } = {}) {
  return db
    .selectFrom("projects")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .innerJoin("policies", "policies.id", "lists.policyId")
    .innerJoin("organizations as lead", "lead.id", "projects.leadOrgId")
    .selectAll("projects")
    .select([
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "tasks.domain as taskDomain",
      "tasks.status as taskStatus",
      "lists.policyId",
      "lists.year as listYear",
      "policies.code as policyCode",
      "policies.title as policyTitle",
      "policies.rateBp",
      "policies.capFen",
      "lead.name as leadOrgName",
    ])
    .where("projects.id", "=", projectId)
    .$if(lock, (q) => q.forUpdate("projects"))
    .executeTakeFirst();
}

export async function setProjectStatus(
  db: DbOrTrx,
  projectId: number,
  from: ProjectStatus,
  to: ProjectStatus,
) {
  return db
    .updateTable("projects")
    .set({ status: to })
    .where("id", "=", projectId)
    .where("status", "=", from)
    .returning("id")
    .executeTakeFirst();
}

export async function projectStatusesOfTask(db: DbOrTrx, taskId: number) {
  return (await db.selectFrom("projects").select("status").where("taskId", "=", taskId).execute()).map(
    (p) => p.status,
  );
}

/** The consortium that carries the project: lead and accepted members with their shares. */
export async function consortiumOfProject(db: DbOrTrx, projectId: number) {
  return db
    .selectFrom("projects")
    .innerJoin("consortiumMembers", "consortiumMembers.bidId", "projects.bidId")
    .innerJoin("organizations", "organizations.id", "consortiumMembers.organizationId")
    .select([
      "consortiumMembers.organizationId",
      "consortiumMembers.role",
      "consortiumMembers.shareBp",
      "organizations.name as organizationName",
    ])
    .where("projects.id", "=", projectId)
    .where("consortiumMembers.status", "=", "accepted")
    .orderBy(sql`consortium_members.role = 'lead'`, "desc")
    .orderBy("consortiumMembers.invitedAt")
    .orderBy("consortiumMembers.organizationId")
    .execute();
}

/** Projects an organization takes part in (lead or accepted member). */
export async function projectsOfOrganization(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("projects")
    .innerJoin("consortiumMembers", "consortiumMembers.bidId", "projects.bidId")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .innerJoin("organizations as lead", "lead.id", "projects.leadOrgId")
    .select([
      "projects.id",
      "projects.status",
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "lead.name as leadOrgName",
    ])
    .where("consortiumMembers.organizationId", "=", organizationId)
    .where("consortiumMembers.status", "=", "accepted")
    .orderBy("projects.id", "desc")
    .execute();
}

/** Every project, for staff, newest first. */
export async function listProjects(db: DbOrTrx) {
  return db
    .selectFrom("projects")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .innerJoin("organizations as lead", "lead.id", "projects.leadOrgId")
    .select((eb) => [
      "projects.id",
      "projects.status",
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "lead.name as leadOrgName",
      eb
        .selectFrom("assessments")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("assessments.projectId", "=", "projects.id")
        .where("assessments.status", "=", "submitted")
        .as("submittedAssessments"),
    ])
    .orderBy("projects.id", "desc")
    .execute();
}

/* ---------- completion reports ---------- */

export async function findReport(db: DbOrTrx, projectId: number, { lock = false } = {}) {
  return db
    .selectFrom("completionReports")
    .selectAll()
    .where("projectId", "=", projectId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function ensureReport(db: DbOrTrx, projectId: number) {
  await db
    .insertInto("completionReports")
    .values({ projectId })
    .onConflict((oc) => oc.column("projectId").doNothing())
    .execute();
}

export async function updateReportContent(
  db: DbOrTrx,
  projectId: number,
  content: { actualInvestmentFen: number; summary: string; indicatorResults: IndicatorResult[] },
  at: Date,
) {
  return db
    .updateTable("completionReports")
    .set({
      actualInvestmentFen: content.actualInvestmentFen,
      summary: content.summary,
      indicatorResults: jsonb(content.indicatorResults),
      updatedAt: at,
    })
    .where("projectId", "=", projectId)
    .where("status", "in", ["draft", "returned"])
    .returning("projectId")
    .executeTakeFirst();
}

export async function setReportStatus(
  db: DbOrTrx,
  projectId: number,
  from: readonly ReportStatus[],
  to: ReportStatus,
  extra: {
    submittedAt?: Date;
    checkedBy?: number;
    checkedAt?: Date;
    returnReason?: string | null;
    updatedAt: Date;
  },
) {
  return db
    .updateTable("completionReports")
    .set({ status: to, ...extra })
    .where("projectId", "=", projectId)
    .where("status", "in", from)
    .returning("projectId")
    .executeTakeFirst();
}

export async function evidenceOf(db: DbOrTrx, projectId: number) {
  return db
    .selectFrom("investmentEvidence")
    .leftJoin("attachments", "attachments.id", "investmentEvidence.attachmentId")
    .selectAll("investmentEvidence")
    .select(["attachments.fileName"])
    .where("investmentEvidence.projectId", "=", projectId)
    .orderBy("investmentEvidence.spentOn")
    .orderBy("investmentEvidence.id")
    .execute();
}

export async function insertEvidence(
  db: DbOrTrx,
  line: {
    projectId: number;
    spentOn: string;
    counterparty: string;
    reference: string;
    amountFen: number;
    attachmentId: number | null;
  },
) {
  return db.insertInto("investmentEvidence").values(line).returningAll().executeTakeFirstOrThrow();
}

export async function deleteEvidence(db: DbOrTrx, projectId: number, evidenceId: number) {
  return db
    .deleteFrom("investmentEvidence")
    .where("id", "=", evidenceId)
    .where("projectId", "=", projectId)
    .returning(["id", "attachmentId"])
    .executeTakeFirst();
}

/* ---------- assessors and conflicts ---------- */

export async function assessorPool(db: DbOrTrx) {
  return db
    .selectFrom("assessorProfiles")
    .innerJoin("users", "users.id", "assessorProfiles.userId")
    .select((eb) => [
      "users.id as userId",
      "users.name",
      "users.email",
      "assessorProfiles.affiliation",
      "assessorProfiles.affiliationOrgId",
      "assessorProfiles.domains",
      eb
        .selectFrom("assessments")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("assessments.assessorId", "=", "users.id")
        .where("assessments.status", "in", ["assigned", "declared"])
        .as("load"),
    ])
    .where("assessorProfiles.active", "=", true)
    .orderBy("users.name")
    .execute();
}

export async function findAssessorProfile(db: DbOrTrx, userId: number) {
  return db.selectFrom("assessorProfiles").selectAll().where("userId", "=", userId).executeTakeFirst();
}

export async function upsertAssessorProfile(
  db: DbOrTrx,
  profile: { userId: number; affiliation: string; affiliationOrgId: number | null; domains: string[] },
) {
  await db
    .insertInto("assessorProfiles")
    .values(profile)
    .onConflict((oc) =>
      oc.column("userId").doUpdateSet({
        affiliation: profile.affiliation,
        affiliationOrgId: profile.affiliationOrgId,
        domains: profile.domains,
      }),
    )
    .execute();
}

/** Conflicts declared by these users: standing ones with organizations, and those with this project. */
/** The declarations of these people: against any organization, and against the project (when there is one). */
export async function conflictsOf(db: DbOrTrx, userIds: number[], projectId: number | null) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("conflicts")
    .select(["userId", "organizationId", "projectId"])
    .where("userId", "in", userIds)
    .where((eb) =>
      projectId === null
        ? eb("organizationId", "is not", null)
        : eb.or([eb("projectId", "=", projectId), eb("organizationId", "is not", null)]),
    )
    .execute();
}

/**
 * What a conflict of interest is judged against: the organizations of the consortium (a bid's invited and
 * accepted members; a project's accepted ones) and the project, if the bid became one.
 */
export async function conflictScope(
  db: DbOrTrx,
  subject: { bidId: number } | { projectId: number },
): Promise<{ organizationIds: number[]; projectId: number | null }> {
  if ("projectId" in subject)
    return {
      organizationIds: (await consortiumOfProject(db, subject.projectId)).map((m) => m.organizationId),
      projectId: subject.projectId,
    };
  const [members, project] = await Promise.all([
    db
      .selectFrom("consortiumMembers")
      .select("organizationId")
      .where("bidId", "=", subject.bidId)
      .where("status", "in", ["invited", "accepted"])
      .execute(),
    db.selectFrom("projects").select("id").where("bidId", "=", subject.bidId).executeTakeFirst(),
  ]);
  return { organizationIds: members.map((m) => m.organizationId), projectId: project?.id ?? null };
}

export async function insertConflict(
  db: DbOrTrx,
  conflict: { userId: number; organizationId?: number; projectId?: number; reason: string },
) {
  return db.insertInto("conflicts").values(conflict).returningAll().executeTakeFirstOrThrow();
}

/** The organizations each user belongs to: memberships and, for assessors, the registered affiliation. */
export async function affiliatedOrgIds(db: DbOrTrx, userIds: number[]): Promise<Map<number, number[]>> {
  const byUser = new Map<number, number[]>();
  if (userIds.length === 0) return byUser;
  const [memberships, profiles] = await Promise.all([
    db
      .selectFrom("memberships")
      .select(["userId", "organizationId"])
      .where("userId", "in", userIds)
      .execute(),
    db
      .selectFrom("assessorProfiles")
      .select(["userId", "affiliationOrgId"])
      .where("userId", "in", userIds)
      .where("affiliationOrgId", "is not", null)
      .execute(),
  ]);
  const add = (userId: number, organizationId: number | null) => {
    if (organizationId !== null) byUser.set(userId, [...(byUser.get(userId) ?? []), organizationId]);
  };
  for (const m of memberships) add(m.userId, m.organizationId);
  for (const p of profiles) add(p.userId, p.affiliationOrgId);
  return byUser;
}

/* ---------- assessments ---------- */

export async function insertAssessment(
  db: DbOrTrx,
  assessment: { projectId: number; assessorId: number; method: "manual" | "draw"; assignedBy: number },
) {
  return db
    .insertInto("assessments")
    .values(assessment)
    .onConflict((oc) => oc.constraint("assessments_once").doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function assessmentsOfProject(db: DbOrTrx, projectId: number) {
  return db
    .selectFrom("assessments")
    .innerJoin("users", "users.id", "assessments.assessorId")
    .selectAll("assessments")
    .select(["users.name as assessorName", "users.email as assessorEmail"])
    .where("assessments.projectId", "=", projectId)
    .orderBy("assessments.id")
    .execute();
}

export async function findAssessment(db: DbOrTrx, assessmentId: number, { lock = false } = {}) {
  return db
    .selectFrom("assessments")
    .selectAll()
    .where("id", "=", assessmentId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function assessmentsOfAssessor(db: DbOrTrx, assessorId: number) {
  return db
    .selectFrom("assessments")
    .innerJoin("projects", "projects.id", "assessments.projectId")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .select([
      "assessments.id",
      "assessments.status",
      "assessments.assignedAt",
      "assessments.submittedAt",
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
    ])
    .where("assessments.assessorId", "=", assessorId)
    .orderBy("assessments.id", "desc")
    .execute();
}

export async function setAssessmentStatus(
  db: DbOrTrx,
  assessmentId: number,
  from: readonly AssessmentStatus[],
  to: AssessmentStatus,
  extra: { declaredAt?: Date; submittedAt?: Date; scoreCenti?: number; vetoRaised?: boolean } = {},
) {
  return db
    .updateTable("assessments")
    .set({ status: to, ...extra })
    .where("id", "=", assessmentId)
    .where("status", "in", from)
    .returning("id")
    .executeTakeFirst();
}

export async function insertScores(
  db: DbOrTrx,
  assessmentId: number,
  scores: { position: number; score: number; veto: boolean; comment: string }[],
) {
  await db
    .insertInto("assessmentScores")
    .values(scores.map((s) => ({ assessmentId, ...s })))
    .execute();
}

export async function scoresOfAssessments(db: DbOrTrx, assessmentIds: number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .selectFrom("assessmentScores")
    .selectAll()
    .where("assessmentId", "in", assessmentIds)
    .orderBy("assessmentId")
    .orderBy("position")
    .execute();
}

/* ---------- results ---------- */

export async function insertProjectResult(
  db: DbOrTrx,
  result: {
    projectId: number;
    computedScoreCenti: number;
    computedPassed: boolean;
    method: "mean" | "trimmed_mean";
    assessorCount: number;
    scoreCenti: number;
    passed: boolean;
    overrideReason: string | null;
    finalizedBy: number;
    finalizedAt: Date;
  },
) {
  return db.insertInto("projectResults").values(result).returningAll().executeTakeFirstOrThrow();
}

export async function findProjectResult(db: DbOrTrx, projectId: number) {
  return db.selectFrom("projectResults").selectAll().where("projectId", "=", projectId).executeTakeFirst();
}

/** The projects an organization leads that still owe their completion report. */
export async function projectsAwaitingReport(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("projects")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .select(["projects.id", "tasks.code as taskCode", "tasks.title as taskTitle"])
    .where("projects.leadOrgId", "=", organizationId)
    .where("projects.status", "=", "in_progress")
    .orderBy("projects.id")
    .execute();
}
