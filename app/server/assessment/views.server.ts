import { getDb } from "../../../db/client";
import {
  assessmentsOfAssessor,
  assessmentsOfProject,
  assessorPool,
  consortiumOfProject,
  evidenceOf,
  findAssessment,
  findProject,
  findProjectResult,
  findReport,
  listProjects,
  projectsOfOrganization,
  scoresOfAssessments,
} from "../../../db/repositories/assessment";
import { findAward, awardSplits, otherSupportOf } from "../../../db/repositories/awards";
import { indicatorsOf } from "../../../db/repositories/catalog";
import { isOutlier, MIN_ASSESSORS, projectScore } from "../../domain/assessment";
import { awardIsApproved } from "../../domain/award";
import type { SessionUser } from "../identity/auth.server";
import { conflictedAmong, isConflicted } from "../conflicts/conflicts.server";

export async function myProjects(user: SessionUser) {
  return user.organization ? projectsOfOrganization(getDb(), user.organization.id) : [];
}

export async function staffProjects() {
  return listProjects(getDb());
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
  const approved = award && awardIsApproved(award.status) ? award : null;
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
    !(await isConflicted(db, user.id, { projectId: project.id }));
  if (!mayOpen) return { ...base, contents: null };
  const [report, evidence, indicators, ownScores] = await Promise.all([
    findReport(db, project.id),
    evidenceOf(db, project.id),
    indicatorsOf(db, project.taskId),
    scoresOfAssessments(db, [assessment.id]),
  ]);
  return { ...base, contents: { report: report ?? null, evidence, indicators, ownScores } };
}

/* ---------- staff: progress and finalization ---------- */

/**
 * The staff view of a project. A staff member with a conflict of interest gets the project, its report and the
 * result, but no assessor (names, e-mail, scores, the pool) and no score preview: the fields are absent.
 */
export async function projectForStaff(user: SessionUser, projectId: number) {
  const db = getDb();
  const project = await findProject(db, projectId);
  if (!project) return undefined;
  const viewerConflicted = await isConflicted(db, user.id, { projectId });
  const [consortium, report, evidence, indicators, assessments, pool, result, support, award] =
    await Promise.all([
      consortiumOfProject(db, projectId),
      findReport(db, projectId),
      evidenceOf(db, projectId),
      indicatorsOf(db, project.taskId),
      viewerConflicted ? [] : assessmentsOfProject(db, projectId),
      viewerConflicted ? [] : assessorPool(db),
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
  const conflicted = await conflictedAmong(
    db,
    pool.map((p) => p.userId),
    { projectId },
  );
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
    // Never the viewer: staff do not assign themselves.
    pool: pool
      .filter((p) => p.userId !== user.id)
      .map((p) => ({ ...p, conflicted: conflicted.has(p.userId) })),
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
    viewerConflicted,
  };
}
