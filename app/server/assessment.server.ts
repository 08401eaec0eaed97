import { randomUUID } from "node:crypto";
import { getDb, type DbOrTrx } from "../../db/client";
import { appendAudit } from "../../db/repositories/audit";
import {
  assessmentsOfAssessor,
  assessmentsOfProject,
  assessorPool,
  conflictsOf,
  consortiumOfProject,
  deleteEvidence,
  ensureReport,
  evidenceOf,
  findAssessment,
  findAssessorProfile,
  findAward,
  findProject,
  findProjectResult,
  findReport,
  insertAssessment,
  insertConflict,
  insertEvidence,
  insertProjectResult,
  insertScores,
  listProjects,
  affiliatedOrgIds,
  awardSplits,
  otherSupportOf,
  projectsOfOrganization,
  projectStatusesOfTask,
  scoresOfAssessments,
  setAssessmentStatus,
  setProjectStatus,
  setReportStatus,
  updateReportContent,
} from "../../db/repositories/assessment";
import { deleteProjectAttachment, insertAttachment, lockTask } from "../../db/repositories/bids";
import { findTaskById, indicatorsOf, setTaskStatus } from "../../db/repositories/catalog";
import type { IndicatorResult } from "../../db/schema";
import {
  drawAssessors,
  hasConflict,
  isOutlier,
  MIN_ASSESSORS,
  projectPasses,
  projectScore,
  seededRandom,
  taskStatusFromProjects,
  weightedScoreCenti,
} from "../domain/assessment";
import type { TaskStatus } from "../domain/task-lifecycle";
import type { SessionUser } from "./auth.server";
import type { OrgActor } from "./bids.server";
import { fileStorage, storeThenRecord } from "./storage.server";
import { attachmentFacts, type PdfUpload } from "./uploads.server";
import { notifyOrganizations, notifyUsers } from "./notifications.server";
import { fail, type Actor, type Outcome } from "./outcome.server";

async function audit(trx: DbOrTrx, actor: Actor | null, action: string, projectId: number, after: unknown) {
  await appendAudit(trx, {
    actorUserId: actor?.id ?? null,
    action,
    entityType: "project",
    entityId: projectId,
    after,
    ip: actor?.ip ?? null,
  });
}

/** Moves the task to where its projects are (see taskStatusFromProjects), audited. */
async function syncTaskStatus(trx: DbOrTrx, actor: Actor, project: { taskId: number; taskCode: string }) {
  const target = taskStatusFromProjects(await projectStatusesOfTask(trx, project.taskId)) as TaskStatus;
  await lockTask(trx, project.taskId);
  const task = (await findTaskById(trx, project.taskId))!;
  if (task.status === target) return;
  await setTaskStatus(trx, project.taskId, task.status, target);
  await appendAudit(trx, {
    actorUserId: actor.id,
    action: "task.progress",
    entityType: "task",
    entityId: project.taskCode,
    before: { status: task.status },
    after: { status: target },
    ip: actor.ip,
  });
}

/* ---------- who may see a project ---------- */

async function consortiumOrgIds(db: DbOrTrx, projectId: number) {
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

export async function myProjects(user: SessionUser) {
  return user.organization ? projectsOfOrganization(getDb(), user.organization.id) : [];
}

export async function staffProjects() {
  return listProjects(getDb());
}

/** The project page for a consortium member; undefined when the user's organization is not in it. */
/** The user's organization's part in the project ("lead" or "member"), or null when it has none. */
export async function consortiumRole(user: SessionUser, projectId: number) {
  if (!user.organization) return null;
  const consortium = await consortiumOfProject(getDb(), projectId);
  return consortium.find((m) => m.organizationId === user.organization!.id)?.role ?? null;
}

export async function projectForConsortium(user: SessionUser, projectId: number) {
  const db = getDb();
  const project = await findProject(db, projectId);
  if (!project || !user.organization) return undefined;
  const consortium = await consortiumOfProject(db, projectId);
  const mine = consortium.find((m) => m.organizationId === user.organization!.id);
  if (!mine) return undefined;
  const [report, evidence, indicators, result, award] = await Promise.all([
    findReport(db, projectId),
    evidenceOf(db, projectId),
    indicatorsOf(db, project.taskId),
    findProjectResult(db, projectId),
    findAward(db, { projectId }),
  ]);
  // The consortium sees its award once approved, not while staff are still computing it.
  const approved = award && award.status !== "computed" ? award : null;
  return {
    project,
    consortium,
    isLead: mine.role === "lead",
    report: report ?? null,
    evidence,
    indicators,
    result: result ?? null,
    award: approved,
    splits: approved ? await awardSplits(db, [approved.id]) : [],
  };
}

/** The user's own assessment (any other id does not exist for them). */
export async function isOwnAssessment(user: SessionUser, assessmentId: number): Promise<boolean> {
  return (await findAssessment(getDb(), assessmentId))?.assessorId === user.id;
}

/* ---------- completion report (the consortium's lead) ---------- */

/**
 * Runs `work` in one transaction on the lead's project (row locked) while it is still in progress: the
 * completion report and its evidence change only then.
 */
async function asLeadInProgress<T>(
  actor: OrgActor,
  projectId: number,
  work: (trx: DbOrTrx, project: NonNullable<Awaited<ReturnType<typeof findProject>>>) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const project = await findProject(trx, projectId, { lock: true });
      if (!project || project.leadOrgId !== actor.organization.id) return fail("err.project.notFound");
      if (project.status !== "in_progress") return fail("err.report.notEditable");
      return work(trx, project);
    });
}

export async function saveCompletionReport(
  actor: OrgActor,
  projectId: number,
  input: { actualInvestmentFen: number; summary: string; indicatorResults: IndicatorResult[] },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLeadInProgress(actor, projectId, async (trx) => {
    await ensureReport(trx, projectId);
    if (!(await updateReportContent(trx, projectId, input, now))) return fail("err.report.notEditable");
    await audit(trx, actor, "report.save", projectId, { actualInvestmentFen: input.actualInvestmentFen });
    return { ok: true as const, value: null };
  });
}

/** An evidence line, with its PDF (contract or invoice) when one is uploaded. */
export async function addInvestmentEvidence(
  actor: OrgActor,
  projectId: number,
  line: { spentOn: string; counterparty: string; reference: string; amountFen: number },
  upload: PdfUpload | null = null,
): Promise<Outcome<null>> {
  const record = () =>
    asLeadInProgress(actor, projectId, async (trx) => {
      await ensureReport(trx, projectId);
      const attachment = upload
        ? await insertAttachment(trx, { ...attachmentFacts(upload, storageKey, actor.id), projectId })
        : null;
      const row = await insertEvidence(trx, { projectId, ...line, attachmentId: attachment?.id ?? null });
      await audit(trx, actor, "report.evidence.add", projectId, { ...row, sha256: upload?.sha256 ?? null });
      return { ok: true as const, value: null };
    });
  const storageKey = `projects/${projectId}/${randomUUID()}.pdf`;
  return upload ? storeThenRecord(storageKey, upload.bytes, record) : record();
}

export async function removeInvestmentEvidence(
  actor: OrgActor,
  projectId: number,
  evidenceId: number,
): Promise<Outcome<null>> {
  const outcome = await asLeadInProgress(actor, projectId, async (trx) => {
    const removed = await deleteEvidence(trx, projectId, evidenceId);
    if (!removed) return fail("err.report.noSuchEvidence");
    const file = removed.attachmentId
      ? await deleteProjectAttachment(trx, projectId, removed.attachmentId)
      : null;
    await audit(trx, actor, "report.evidence.remove", projectId, { evidenceId });
    return { ok: true as const, value: file?.storageKey ?? null };
  });
  if (!outcome.ok) return outcome;
  if (outcome.value) await fileStorage().delete(outcome.value);
  return { ok: true, value: null };
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

/** What a report still lacks: evidence lines adding up to the actual investment, a result for each indicator. */
export function reportProblems(
  report: { actualInvestmentFen: number; indicatorResults: IndicatorResult[] } | null,
  evidenceTotalFen: number,
  indicatorCount: number,
): string[] {
  if (!report) return ["err.report.missing"];
  const problems: string[] = [];
  if (report.actualInvestmentFen <= 0) problems.push("err.report.investment");
  if (evidenceTotalFen !== report.actualInvestmentFen)
    problems.push(
      `err.report.evidenceSum|${JSON.stringify({ total: evidenceTotalFen / 100, actual: report.actualInvestmentFen / 100 })}`,
    );
  const answered = new Set(report.indicatorResults.filter((r) => r.result.trim()).map((r) => r.position));
  for (let position = 0; position < indicatorCount; position += 1)
    if (!answered.has(position)) {
      problems.push("err.report.results");
      break;
    }
  return problems;
}

export async function submitCompletionReport(
  actor: OrgActor,
  projectId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return asLeadInProgress(actor, projectId, async (trx, project) => {
    const [report, evidence, indicators] = await Promise.all([
      findReport(trx, projectId, { lock: true }),
      evidenceOf(trx, projectId),
      indicatorsOf(trx, project.taskId),
    ]);
    const problems = reportProblems(
      report ?? null,
      evidence.reduce((s, e) => s + e.amountFen, 0),
      indicators.length,
    );
    if (problems.length)
      return { ok: false as const, formError: "err.report.incomplete", fieldErrors: { report: problems } };
    await setReportStatus(trx, projectId, ["draft", "returned"], "submitted", {
      submittedAt: now,
      updatedAt: now,
    });
    await setProjectStatus(trx, projectId, "in_progress", "completion_submitted");
    await syncTaskStatus(trx, actor, project);
    await audit(trx, actor, "report.submit", projectId, {
      actualInvestmentFen: report!.actualInvestmentFen,
      evidence: evidence.map((e) => ({ id: e.id, amountFen: e.amountFen, reference: e.reference })),
    });
    return { ok: true as const, value: null };
  });
}

/* ---------- staff: check the report, assign assessors ---------- */

/** Staff accept the report (assessment starts) or return it to the consortium with a reason. */
export async function checkCompletionReport(
  actor: Actor,
  projectId: number,
  decision: { accept: true } | { accept: false; reason: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const project = await findProject(trx, projectId, { lock: true });
      if (!project) return fail("err.project.notFound");
      if (project.status !== "completion_submitted") return fail("err.report.notSubmitted");
      if (decision.accept) {
        await setReportStatus(trx, projectId, ["submitted"], "accepted", {
          checkedBy: actor.id,
          checkedAt: now,
          updatedAt: now,
        });
        await setProjectStatus(trx, projectId, "completion_submitted", "assessing");
      } else {
        await setReportStatus(trx, projectId, ["submitted"], "returned", {
          checkedBy: actor.id,
          checkedAt: now,
          returnReason: decision.reason,
          updatedAt: now,
        });
        await setProjectStatus(trx, projectId, "completion_submitted", "in_progress");
      }
      await syncTaskStatus(trx, actor, project);
      if (!decision.accept)
        await notifyOrganizations(trx, await consortiumOrgIds(trx, projectId), {
          kind: "report.returned",
          params: { taskCode: project.taskCode, taskTitle: project.taskTitle, reason: decision.reason },
          link: `/projects/${projectId}`,
        });
      await audit(trx, actor, decision.accept ? "report.accept" : "report.return", projectId, decision);
      return { ok: true as const, value: null };
    });
}

async function assignable(trx: DbOrTrx, projectId: number) {
  const project = await findProject(trx, projectId, { lock: true });
  if (!project) return { error: "err.project.notFound" } as const;
  if (project.status !== "assessing") return { error: "err.assessment.notAssessing" } as const;
  return { project } as const;
}

export async function assignAssessor(
  actor: Actor,
  projectId: number,
  assessorId: number,
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await assignable(trx, projectId);
      if ("error" in found) return fail(found.error!);
      if (!(await findAssessorProfile(trx, assessorId))) return fail("err.assessment.notAssessor");
      if (await personConflicted(trx, assessorId, projectId)) return fail("err.assessment.conflicted");
      const created = await insertAssessment(trx, {
        projectId,
        assessorId,
        method: "manual",
        assignedBy: actor.id,
      });
      if (!created) return fail("err.assessment.already");
      await notifyAssigned(trx, found.project, created);
      await audit(trx, actor, "assessment.assign", projectId, { assessorId, method: "manual" });
      return { ok: true as const, value: null };
    });
}

/**
 * The automatic draw: domain match, then lightest load, then the seeded random tie-break; the seed and the
 * candidates are written to the audit trail, so anyone can replay the draw.
 */
export async function drawAssessorsForProject(
  actor: Actor,
  projectId: number,
  needed: number,
  seed = Math.floor(Math.random() * 2 ** 32),
): Promise<Outcome<{ assessorIds: number[] }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await assignable(trx, projectId);
      if ("error" in found) return fail(found.error!);
      const already = new Set((await assessmentsOfProject(trx, projectId)).map((a) => a.assessorId));
      const pool = (await assessorPool(trx)).filter((p) => !already.has(p.userId));
      const conflicted = await conflictedAmong(
        trx,
        pool.map((p) => p.userId),
        projectId,
      );
      const candidates = pool.map((p) => ({
        userId: p.userId,
        domains: p.domains,
        load: p.load ?? 0,
        conflicted: conflicted.has(p.userId),
      }));
      const chosen = drawAssessors(candidates, {
        domain: found.project.taskDomain,
        needed,
        random: seededRandom(seed),
      });
      if (chosen.length < needed)
        return fail(`err.assessment.poolTooSmall|${JSON.stringify({ needed, available: chosen.length })}`);
      for (const assessorId of chosen) {
        const created = await insertAssessment(trx, {
          projectId,
          assessorId,
          method: "draw",
          assignedBy: actor.id,
        });
        if (created) await notifyAssigned(trx, found.project, created);
      }
      await audit(trx, actor, "assessment.draw", projectId, {
        seed,
        needed,
        domain: found.project.taskDomain,
        candidates: candidates.map((c) => ({ userId: c.userId, load: c.load, conflicted: c.conflicted })),
        chosen,
      });
      return { ok: true as const, value: { assessorIds: chosen } };
    });
}

async function notifyAssigned(
  trx: DbOrTrx,
  project: { taskCode: string; taskTitle: string },
  assessment: { id: number; assessorId: number },
) {
  await notifyUsers(trx, [assessment.assessorId], {
    kind: "assessment.assigned",
    params: { taskCode: project.taskCode, taskTitle: project.taskTitle },
    link: `/assess/${assessment.id}`,
  });
}

/* ---------- assessors ---------- */

export async function myAssessments(user: SessionUser) {
  return assessmentsOfAssessor(getDb(), user.id);
}

/**
 * The assessor's view. Before the declaration only the project's name and consortium are shown (to decide on a
 * conflict); contents and own scores afterwards; never anyone else's scores.
 */
export async function assessmentForAssessor(user: SessionUser, assessmentId: number) {
  const db = getDb();
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment || assessment.assessorId !== user.id) return undefined;
  const project = await findProject(db, assessment.projectId);
  if (!project) return undefined;
  const consortium = await consortiumOfProject(db, project.id);
  const base = { assessment, project, consortium };
  const mayOpen =
    (assessment.status === "declared" || assessment.status === "submitted") &&
    !(await personConflicted(db, user.id, project.id));
  if (!mayOpen) return { ...base, contents: null };
  const [report, evidence, indicators, ownScores] = await Promise.all([
    findReport(db, project.id),
    evidenceOf(db, project.id),
    indicatorsOf(db, project.taskId),
    scoresOfAssessments(db, [assessment.id]),
  ]);
  return { ...base, contents: { report: report ?? null, evidence, indicators, ownScores } };
}

export async function declareConflict(
  actor: Actor,
  assessmentId: number,
  declaration: { conflict: false } | { conflict: true; reason: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const assessment = await findAssessment(trx, assessmentId, { lock: true });
      if (!assessment || assessment.assessorId !== actor.id) return fail("err.assessment.notFound");
      if (assessment.status !== "assigned") return fail("err.assessment.declared");
      if (declaration.conflict) {
        await insertConflict(trx, {
          userId: actor.id,
          projectId: assessment.projectId,
          reason: declaration.reason,
        });
        await setAssessmentStatus(trx, assessmentId, ["assigned"], "conflicted", { declaredAt: now });
      } else {
        if (await personConflicted(trx, actor.id, assessment.projectId))
          return fail("err.assessment.conflicted");
        await setAssessmentStatus(trx, assessmentId, ["assigned"], "declared", { declaredAt: now });
      }
      await audit(
        trx,
        actor,
        declaration.conflict ? "assessment.conflict" : "assessment.noConflict",
        assessment.projectId,
        {
          assessmentId,
          ...declaration,
        },
      );
      return { ok: true as const, value: null };
    });
}

export async function submitScores(
  actor: Actor,
  assessmentId: number,
  scores: { position: number; score: number; veto: boolean; comment: string }[],
  now = new Date(),
): Promise<Outcome<{ scoreCenti: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const assessment = await findAssessment(trx, assessmentId, { lock: true });
      if (!assessment || assessment.assessorId !== actor.id) return fail("err.assessment.notFound");
      if (assessment.status !== "declared") return fail("err.assessment.notOpen");
      if (await personConflicted(trx, actor.id, assessment.projectId))
        return fail("err.assessment.conflicted");
      const project = (await findProject(trx, assessment.projectId))!;
      if (project.status !== "assessing") return fail("err.assessment.notAssessing");
      const indicators = await indicatorsOf(trx, project.taskId);
      if (
        scores.length !== indicators.length ||
        indicators.some((_, p) => !scores.some((s) => s.position === p))
      )
        return fail("err.assessment.everyCriterion");
      // A veto can only be raised on a veto item.
      const normalized = scores.map((s) => ({ ...s, veto: s.veto && indicators[s.position]!.veto }));
      const scoreCenti = weightedScoreCenti(
        normalized,
        indicators.map((i) => i.weight),
      );
      const vetoRaised = normalized.some((s) => s.veto);
      await insertScores(trx, assessmentId, normalized);
      await setAssessmentStatus(trx, assessmentId, ["declared"], "submitted", {
        submittedAt: now,
        scoreCenti,
        vetoRaised,
      });
      await audit(trx, actor, "assessment.submit", assessment.projectId, {
        assessmentId,
        scoreCenti,
        vetoRaised,
      });
      return { ok: true as const, value: { scoreCenti } };
    });
}

/* ---------- staff: progress and finalization ---------- */

export async function projectForStaff(user: SessionUser, projectId: number) {
  const db = getDb();
  const project = await findProject(db, projectId);
  if (!project) return undefined;
  const [consortium, report, evidence, indicators, assessments, pool, result, support, award] =
    await Promise.all([
      consortiumOfProject(db, projectId),
      findReport(db, projectId),
      evidenceOf(db, projectId),
      indicatorsOf(db, project.taskId),
      assessmentsOfProject(db, projectId),
      assessorPool(db),
      findProjectResult(db, projectId),
      otherSupportOf(db, projectId),
      findAward(db, { projectId }),
    ]);
  const submitted = assessments.filter((a) => a.status === "submitted" && a.scoreCenti !== null);
  const submittedScores = submitted.map((a) => a.scoreCenti!);
  const scores = await scoresOfAssessments(
    db,
    submitted.map((a) => a.id),
  );
  const conflicted = await conflictedAmong(db, [...pool.map((p) => p.userId), user.id], projectId);
  return {
    project,
    consortium,
    report: report ?? null,
    evidence,
    indicators,
    assessments: assessments.map((a) => ({
      ...a,
      outlier: a.scoreCenti !== null && isOutlier(a.scoreCenti, submittedScores),
      scores: scores.filter((s) => s.assessmentId === a.id),
    })),
    pool: pool.map((p) => ({ ...p, conflicted: conflicted.has(p.userId) })),
    preview:
      submitted.length >= MIN_ASSESSORS
        ? {
            ...projectScore(submittedScores),
            vetoRaised: submitted.some((a) => a.vetoRaised),
          }
        : null,
    result: result ?? null,
    otherSupport: support,
    award: award ?? null,
    splits: award ? await awardSplits(db, [award.id]) : [],
    viewerConflicted: conflicted.has(user.id),
  };
}

/**
 * Finalizes the assessment from at least three submitted assessments (trimmed mean from five). A staff member
 * with a conflict cannot; an override of the computed result needs a written reason and keeps both in the record.
 */
export async function finalizeAssessment(
  actor: Actor,
  projectId: number,
  override: { scoreCenti: number; passed: boolean; reason: string } | null,
  now = new Date(),
): Promise<Outcome<{ passed: boolean }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const project = await findProject(trx, projectId, { lock: true });
      if (!project) return fail("err.project.notFound");
      if (project.status !== "assessing") return fail("err.assessment.notAssessing");
      if (await personConflicted(trx, actor.id, projectId)) return fail("err.assessment.staffConflicted");
      const submitted = (await assessmentsOfProject(trx, projectId)).filter(
        (a) => a.status === "submitted" && a.scoreCenti !== null,
      );
      if (submitted.length < MIN_ASSESSORS)
        return fail(
          `err.assessment.tooFew|${JSON.stringify({ min: MIN_ASSESSORS, count: submitted.length })}`,
        );
      const computed = projectScore(submitted.map((a) => a.scoreCenti!));
      const computedPassed = projectPasses(
        computed.scoreCenti,
        submitted.some((a) => a.vetoRaised),
      );
      const result = await insertProjectResult(trx, {
        projectId,
        computedScoreCenti: computed.scoreCenti,
        computedPassed,
        method: computed.method,
        assessorCount: submitted.length,
        scoreCenti: override?.scoreCenti ?? computed.scoreCenti,
        passed: override?.passed ?? computedPassed,
        overrideReason: override?.reason ?? null,
        finalizedBy: actor.id,
        finalizedAt: now,
      });
      await setProjectStatus(trx, projectId, "assessing", result.passed ? "succeeded" : "failed");
      await syncTaskStatus(trx, actor, project);
      await audit(
        trx,
        actor,
        override ? "assessment.finalizeOverride" : "assessment.finalize",
        projectId,
        result,
      );
      return { ok: true as const, value: { passed: result.passed } };
    });
}
