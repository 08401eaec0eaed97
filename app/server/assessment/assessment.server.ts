import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  assessmentsOfProject,
  assessorPool,
  findAssessment,
  findAssessorProfile,
  findProject,
  insertAssessment,
  insertConflict,
  insertProjectResult,
  insertScores,
  projectStatusesOfTask,
  setAssessmentStatus,
  setProjectStatus,
  setReportStatus,
} from "../../../db/repositories/assessment";
import { lockTask } from "../../../db/repositories/bids";
import { findTaskById, indicatorsOf } from "../../../db/repositories/catalog";
import {
  drawAssessors,
  MIN_ASSESSORS,
  projectPasses,
  projectScore,
  seededRandom,
  taskStatusFromProjects,
  weightedScoreCenti,
} from "../../domain/assessment";
import { notifyOrganizations, notifyUsers } from "../notifications/notifications.server";
import { transitionTaskTo } from "../catalog/task-transitions.server";
import { fail, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";
import { assertNoConflict, conflictedAmong, isConflicted } from "../conflicts/conflicts.server";
import { consortiumOrgIds } from "./access.server";

export async function auditProject(
  trx: DbOrTrx,
  actor: Actor | null,
  action: string,
  projectId: number,
  after: unknown,
) {
  await appendAudit(trx, {
    actorUserId: actor?.id ?? null,
    action,
    entityType: "project",
    entityId: projectId,
    after,
    ip: actor?.ip ?? null,
  });
}

/** Moves the task to where its projects are (see taskStatusFromProjects), through its lifecycle. */
export async function syncTaskStatus(
  trx: DbOrTrx,
  actor: Actor,
  project: { taskId: number; taskCode: string },
) {
  await lockTask(trx, project.taskId);
  const target = taskStatusFromProjects(await projectStatusesOfTask(trx, project.taskId));
  const task = (await findTaskById(trx, project.taskId))!;
  const moved = await transitionTaskTo(trx, task, target, actor);
  if (!moved.ok) throw new Error(`task ${task.code}: its projects imply ${target} but it is ${task.status}`);
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
      const conflicted = await assertNoConflict(trx, actor.id, { projectId });
      if (conflicted) return conflicted;
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
      await auditProject(
        trx,
        actor,
        decision.accept ? "report.accept" : "report.return",
        projectId,
        decision,
      );
      return { ok: true as const, value: null };
    });
}

/** The project, locked, while it is being assessed and the staff member has no conflict with it. */
async function assignable(trx: DbOrTrx, actor: Actor, projectId: number) {
  const project = await findProject(trx, projectId, { lock: true });
  if (!project) return fail("err.project.notFound");
  if (project.status !== "assessing") return fail("err.assessment.notAssessing");
  return (await assertNoConflict(trx, actor.id, { projectId })) ?? { ok: true as const, value: project };
}

export async function assignAssessor(
  actor: Actor,
  projectId: number,
  assessorId: number,
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await assignable(trx, actor, projectId);
      if (!found.ok) return found;
      if (assessorId === actor.id) return fail("err.assessment.self");
      const profile = await findAssessorProfile(trx, assessorId);
      if (!profile) return fail("err.assessment.notAssessor");
      if (!profile.active) return fail("err.assessment.inactive");
      if (await isConflicted(trx, assessorId, { projectId })) return fail("err.assessment.conflicted");
      const created = await insertAssessment(trx, {
        projectId,
        assessorId,
        method: "manual",
        assignedBy: actor.id,
      });
      if (!created) return fail("err.assessment.already");
      await notifyAssigned(trx, found.value, created);
      await auditProject(trx, actor, "assessment.assign", projectId, { assessorId, method: "manual" });
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
      const found = await assignable(trx, actor, projectId);
      if (!found.ok) return found;
      const already = new Set((await assessmentsOfProject(trx, projectId)).map((a) => a.assessorId));
      // Active experts only (the pool), never the staff member who draws.
      const pool = (await assessorPool(trx)).filter((p) => !already.has(p.userId) && p.userId !== actor.id);
      const conflicted = await conflictedAmong(
        trx,
        pool.map((p) => p.userId),
        { projectId },
      );
      const candidates = pool.map((p) => ({
        userId: p.userId,
        domains: p.domains,
        load: p.load ?? 0,
        conflicted: conflicted.has(p.userId),
      }));
      const chosen = drawAssessors(candidates, {
        domain: found.value.taskDomain,
        needed,
        random: seededRandom(seed),
      });
      if (chosen.length < needed)
        return fail("err.assessment.poolTooSmall", { needed, available: chosen.length });
      for (const assessorId of chosen) {
        const created = await insertAssessment(trx, {
          projectId,
          assessorId,
          method: "draw",
          assignedBy: actor.id,
        });
        if (created) await notifyAssigned(trx, found.value, created);
      }
      await auditProject(trx, actor, "assessment.draw", projectId, {
        seed,
        needed,
        domain: found.value.taskDomain,
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
        if (await isConflicted(trx, actor.id, { projectId: assessment.projectId }))
          return fail("err.assessment.conflicted");
        await setAssessmentStatus(trx, assessmentId, ["assigned"], "declared", { declaredAt: now });
      }
      await auditProject(
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
      if (await isConflicted(trx, actor.id, { projectId: assessment.projectId }))
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
      await auditProject(trx, actor, "assessment.submit", assessment.projectId, {
        assessmentId,
        scoreCenti,
        vetoRaised,
      });
      return { ok: true as const, value: { scoreCenti } };
    });
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
      const conflicted = await assertNoConflict(trx, actor.id, { projectId });
      if (conflicted) return conflicted;
      const submitted = (await assessmentsOfProject(trx, projectId)).filter(
        (a) => a.status === "submitted" && a.scoreCenti !== null,
      );
      if (submitted.length < MIN_ASSESSORS)
        return fail("err.assessment.tooFew", { min: MIN_ASSESSORS, count: submitted.length });
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
      await auditProject(
        trx,
        actor,
        override ? "assessment.finalizeOverride" : "assessment.finalize",
        projectId,
        result,
      );
      return { ok: true as const, value: { passed: result.passed } };
    });
}
