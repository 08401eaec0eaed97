import { getDb } from "../../../db/client";
import { findPolicyByCode } from "../../../db/repositories/catalog";
import { computeAward, explainAward, splitByShares, type AwardBound } from "../../domain/award";
import {
  AWARD_ESTIMATE_FIELDS,
  awardEstimateInput,
  awardEstimateSchema,
  type AwardEstimateField,
  type AwardEstimateQuery,
} from "../../forms/award";
import { msg, schemaMessage, type Message } from "../../i18n/i18n";

/** The body of GET /api/v1/award-estimate. `split` is present only when shares were given. */
export interface AwardEstimate {
  policyCode: string;
  basisFen: number;
  rateBp: number;
  rawFen: number;
  capFen: number;
  cappedFen: number;
  otherSupportFen: number;
  payableFen: number;
  boundBy: AwardBound;
  split?: number[];
  explanation: { zh: string; en: string };
}

export type AwardEstimateParse =
  | { ok: true; query: AwardEstimateQuery }
  | {
      ok: false;
      /** The first problem, in parameter order: what the API reports. */
      field: AwardEstimateField;
      message: Message;
      /** Every problem by parameter: what the page shows beside its fields. */
      fieldErrors: Partial<Record<AwardEstimateField, Message[]>>;
    };

export function parseAwardEstimate(params: URLSearchParams): AwardEstimateParse {
  const parsed = awardEstimateSchema.safeParse(awardEstimateInput(params));
  if (parsed.success) return { ok: true, query: parsed.data };
  const fieldErrors: Partial<Record<AwardEstimateField, Message[]>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AwardEstimateField;
    (fieldErrors[field] ??= []).push(schemaMessage(issue.message, "err.search.value"));
  }
  const field = AWARD_ESTIMATE_FIELDS.find((name) => fieldErrors[name])!;
  return { ok: false, field, message: fieldErrors[field]![0]!, fieldErrors };
}

export type AwardEstimateResult =
  | { ok: true; estimate: AwardEstimate }
  | { ok: false; error: "unknownPolicy"; field: "policy"; message: Message };

/** The award a project would earn under a policy row: the same engine that computes real awards. */
export async function estimateAward(query: AwardEstimateQuery): Promise<AwardEstimateResult> {
  const policy = await findPolicyByCode(getDb(), query.policyCode);
  if (!policy) {
    return {
      ok: false,
      error: "unknownPolicy",
      field: "policy",
      message: msg("err.award.policyUnknown", { code: query.policyCode }),
    };
  }
  const figures = computeAward(policy, query.basisFen, query.otherSupportFen);
  return {
    ok: true,
    estimate: {
      policyCode: policy.code,
      basisFen: figures.basisFen,
      rateBp: figures.rateBp,
      rawFen: figures.rawFen,
      capFen: figures.capFen,
      cappedFen: figures.cappedFen,
      otherSupportFen: figures.otherSupportFen,
      payableFen: figures.payableFen,
      boundBy: figures.boundBy,
      ...(query.sharesBp ? { split: splitByShares(figures.payableFen, query.sharesBp) } : {}),
      explanation: explainAward(figures, policy),
    },
  };
}
