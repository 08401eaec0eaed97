import { getDb } from "../../db/client";
import { upsertAssessorProfile } from "../../db/repositories/assessment";
import { createUser } from "../../app/server/demo/factories.server";
import {
  assignAssessor,
  checkCompletionReport,
  declareConflict,
  finalizeAssessment,
  submitScores,
} from "../../app/server/assessment/assessment.server";
import { computeProjectAward, recordOtherSupport } from "../../app/server/awards/awards.server";
import {
  addInvestmentEvidence,
  saveCompletionReport,
  submitCompletionReport,
} from "../../app/server/assessment/completion-report.server";
import { projectInProgress } from "./bidding";
import { must } from "./outcome";

let serial = 0;

/** An assessor (评审专家) with a profile in the given domains, optionally affiliated with an organization. */
export async function expert({
  domains = ["ai"],
  affiliationOrgId = null,
}: { domains?: string[]; affiliationOrgId?: number | null } = {}) {
  const email = `expert-${++serial}-${Date.now()}@example.com`;
  const password = "expert-password-1";
  const user = await createUser(getDb(), { email, name: `专家${serial}`, password, roles: ["assessor"] });
  await upsertAssessorProfile(getDb(), { userId: user.id, affiliation: "某大学", affiliationOrgId, domains });
  return { id: user.id, ip: "192.0.2.60", email, password };
}

/**
 * A project whose completion report (one evidence line covering the actual investment) was submitted and
 * accepted by staff: ready for assessors.
 */
export async function projectBeingAssessed(
  year: number,
  {
    sharesBp,
    actualFen = 8_000_000_00,
    summary = "项目已建成",
    reference = "HT-2027-001",
    budgetFen,
  }: {
    sharesBp?: [number, number, ...number[]];
    actualFen?: number;
    summary?: string;
    reference?: string;
    budgetFen?: number;
  } = {},
) {
  const setup = await projectInProgress(year, { sharesBp, budgetFen });
  const { lead, project, staff } = setup;
  must(
    await saveCompletionReport(lead.actor, project.id, {
      actualInvestmentFen: actualFen,
      summary,
      indicatorResults: [0, 1, 2].map((position) => ({
        position,
        result: `指标 ${position} 已达成`,
        evidence: "检测报告",
      })),
    }),
  );
  must(
    await addInvestmentEvidence(lead.actor, project.id, {
      spentOn: "2027-01-15",
      counterparty: "某设备公司",
      reference,
      amountFen: actualFen,
    }),
  );
  must(await submitCompletionReport(lead.actor, project.id));
  must(await checkCompletionReport(staff, project.id, { accept: true }));
  return setup;
}

/** An assigned assessor declares no conflict and submits `points` (one score per indicator, in order). */
export async function score(
  assessor: { id: number; ip: string },
  projectId: number,
  points: number[],
  veto = false,
) {
  const row = await getDb()
    .selectFrom("assessments")
    .select("id")
    .where("projectId", "=", projectId)
    .where("assessorId", "=", assessor.id)
    .executeTakeFirstOrThrow();
  must(await declareConflict(assessor, row.id, { conflict: false }));
  return submitScores(
    assessor,
    row.id,
    points.map((score, position) => ({ position, score, veto: veto && position === 2, comment: "意见" })),
  );
}

/**
 * Report (accepted) → assessors score (`points`: each assessor's scores for the three indicators, weights 60/40/0;
 * passing by default) → staff finalize → award computed by that staff member, not yet approved.
 */
export async function computedAward(
  year: number,
  {
    sharesBp,
    actualFen = 8_000_000_00,
    otherSupportFen = 0,
    points = [
      [80, 70, 100],
      [80, 70, 100],
      [80, 70, 100],
    ],
    budgetFen,
  }: {
    sharesBp?: [number, number, ...number[]];
    actualFen?: number;
    otherSupportFen?: number;
    points?: number[][];
    budgetFen?: number;
  } = {},
) {
  const setup = await projectBeingAssessed(year, { sharesBp, actualFen, budgetFen });
  const { project, staff } = setup;
  for (const scores of points) {
    const assessor = await expert();
    must(await assignAssessor(staff, project.id, assessor.id));
    must(await score(assessor, project.id, scores));
  }
  const finalized = must(await finalizeAssessment(staff, project.id, null));
  if (!finalized.passed) throw new Error("computedAward: the assessment did not pass");
  if (otherSupportFen > 0)
    must(
      await recordOtherSupport(staff, project.id, {
        policyName: "武汉市某科技专项",
        amountFen: otherSupportFen,
        grantedOn: "2026-06-01",
        reference: "武科〔2026〕1号",
      }),
    );
  must(await computeProjectAward(staff, project.id));
  const award = await getDb()
    .selectFrom("awards")
    .selectAll()
    .where("projectId", "=", project.id)
    .executeTakeFirstOrThrow();
  return { ...setup, award };
}
