import { getDb } from "../../../db/client";
import { assessmentsOfProject } from "../../../db/repositories/assessment";
import { findAward } from "../../../db/repositories/awards";
import {
  assignAssessor,
  checkCompletionReport,
  declareConflict,
  finalizeAssessment,
  submitScores,
} from "../assessment/assessment.server";
import {
  addInvestmentEvidence,
  saveCompletionReport,
  submitCompletionReport,
} from "../assessment/completion-report.server";
import { approveAward, computeProjectAward, recordOtherSupport } from "../awards/awards.server";
import type { Actor } from "../platform/actor.server";
import { must, type DemoOrg } from "./seed-bidding.server";
import type { SeededTask } from "./seed-lists.server";

export interface Evidence {
  spentOn: string;
  counterparty: string;
  reference: string;
  amountFen: number;
}

/** The lead reports the actual investment with evidence lines adding up to it, and a result per indicator. */
export async function reportCompletion(
  lead: DemoOrg,
  projectId: number,
  task: SeededTask,
  report: { summary: string; evidence: Evidence[] },
  { savedAt, submittedAt }: { savedAt: Date; submittedAt: Date | null },
) {
  const actualInvestmentFen = report.evidence.reduce((sum, line) => sum + line.amountFen, 0);
  const indicatorResults = task.vetoes.map((veto, position) => ({
    position,
    result: veto ? "未发现弄虚作假情形（演示）" : "已达到目标值（演示）",
    evidence: veto ? "材料核查记录（演示）" : "第三方检测报告（演示）",
  }));
  must(
    "saveCompletionReport",
    await saveCompletionReport(
      lead.actor,
      projectId,
      { actualInvestmentFen, summary: report.summary, indicatorResults },
      savedAt,
    ),
  );
  for (const line of report.evidence)
    must("addInvestmentEvidence", await addInvestmentEvidence(lead.actor, projectId, line));
  if (submittedAt)
    must("submitCompletionReport", await submitCompletionReport(lead.actor, projectId, submittedAt));
}

export async function acceptReport(staff: Actor, projectId: number, checkedAt: Date) {
  must("checkCompletionReport", await checkCompletionReport(staff, projectId, { accept: true }, checkedAt));
}

/**
 * Staff assign the assessors by hand (a draw could pick the expert who works for beta on a project beta has no
 * part in; the demo keeps that expert unassigned). Each assessor in `scorers` declares no conflict and scores:
 * `quality` plus the assessor's own leaning, per criterion.
 */
export async function assess(
  staff: Actor,
  projectId: number,
  task: SeededTask,
  assessors: Actor[],
  { scorers, quality, at }: { scorers: number; quality: number; at: Date },
) {
  for (const assessor of assessors)
    must("assignAssessor", await assignAssessor(staff, projectId, assessor.id));
  const rows = await assessmentsOfProject(getDb(), projectId);
  for (const [rank, assessor] of assessors.slice(0, scorers).entries()) {
    const assessmentId = rows.find((r) => r.assessorId === assessor.id)!.id;
    must("declareConflict", await declareConflict(assessor, assessmentId, { conflict: false }, at));
    const leaning = [3, -4, 1, 5, -2][(assessor.id + rank) % 5]!;
    const scores = task.vetoes.map((_, position) => ({
      position,
      score: Math.max(0, Math.min(100, quality + leaning + ((position * 7) % 5) - 2)),
      veto: false,
      comment:
        quality >= 60
          ? "指标完成情况与证明材料一致（演示）。"
          : "主要指标未达到目标值，证明材料不足（演示）。",
    }));
    must("submitScores", await submitScores(assessor, assessmentId, scores, at));
  }
}

export async function finalizeDemoAssessment(staff: Actor, projectId: number, at: Date): Promise<boolean> {
  return must("finalizeAssessment", await finalizeAssessment(staff, projectId, null, at)).passed;
}

export interface OtherSupport {
  policyName: string;
  amountFen: number;
  grantedOn: string;
  reference: string;
}

/** 就高不重复 recorded first when there is other support; one staff member computes, another approves. */
export async function awardProject(
  staff: { computer: Actor; approver: Actor },
  projectId: number,
  {
    otherSupport,
    computedAt,
    approvedAt,
  }: { otherSupport?: OtherSupport; computedAt: Date; approvedAt: Date },
) {
  if (otherSupport)
    must("recordOtherSupport", await recordOtherSupport(staff.computer, projectId, otherSupport));
  must("computeProjectAward", await computeProjectAward(staff.computer, projectId, computedAt));
  const { version } = (await findAward(getDb(), { projectId }))!;
  must("approveAward", await approveAward(staff.approver, projectId, version, approvedAt));
}
