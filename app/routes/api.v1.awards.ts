import { toShanghaiIso } from "../domain/time";
import { apiJson } from "../server/platform/api.server";
import { publicAwards } from "../server/awards/awards.server";

/**
 * GET /api/v1/awards: every approved (or later) award, newest approval first, with every figure of the
 * calculation (integer fen, rate in basis points) and the consortium split, whose amounts sum to payableFen, each
 * with its payout's status and paid time.
 */
export async function loader() {
  const awards = await publicAwards();
  return apiJson({
    awards: awards.map((award) => {
      const split = award.split.map(
        ({ organizationName, role, shareBp, amountFen, payoutStatus, paidAt }) => ({
          organizationName,
          role,
          shareBp,
          amountFen,
          // The member's payout: pending | scheduled | processing | paid | failed | returned (null: nothing to pay),
          // and when it was paid (UTC). Never bank details or references.
          payoutStatus,
          paidAt: paidAt ? paidAt.toISOString() : null,
        }),
      );
      return {
        taskCode: award.taskCode,
        taskTitle: award.taskTitle,
        leadOrgName: award.leadOrgName,
        memberOrgNames: split.filter((s) => s.role === "member").map((s) => s.organizationName),
        // Hundredths of a point, exactly: 7633 → 76.33.
        score: award.scoreCenti / 100,
        passed: award.passed,
        payableFen: award.payableFen,
        basisFen: award.basisFen,
        rateBp: award.rateBp,
        rawFen: award.rawFen,
        capFen: award.capFen,
        cappedFen: award.cappedFen,
        otherSupportFen: award.otherSupportFen,
        boundBy: award.boundBy,
        explanation: { zh: award.explanationZh, en: award.explanationEn },
        split,
        approvedAt: award.approvedAt ? toShanghaiIso(award.approvedAt) : null,
      };
    }),
  });
}
