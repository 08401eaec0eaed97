import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { parseYuanToFen } from "../domain/money";

export const MAX_SHARES = 20;

/** The query's parameters, in the order their problems are reported (the API names the first). */
export const AWARD_ESTIMATE_FIELDS = ["policy", "investmentYuan", "otherSupportYuan", "shares"] as const;
export type AwardEstimateField = (typeof AWARD_ESTIMATE_FIELDS)[number];

/** Yuan as typed, to integer fen, with exactly one message per problem. */
const yuan = ({ positive }: { positive: boolean }) =>
  z.string({ error: "err.required" }).transform((text, ctx) => {
    const parsed = parseYuanToFen(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `err.money.${parsed.problem}` });
      return z.NEVER;
    }
    if (positive && parsed.fen === 0) {
      ctx.addIssue({ code: "custom", message: "err.money.positive" });
      return z.NEVER;
    }
    return parsed.fen;
  });

/** "6000,4000" → [6000, 4000]: members' shares in basis points, in the consortium's order (lead first). */
const sharesBp = z.string().transform((text, ctx) => {
  const parts = text.split(/[,，]/).map((part) => part.trim());
  if (parts.length > MAX_SHARES) {
    ctx.addIssue({
      code: "custom",
      message: formMessage("err.award.shares.count", { max: MAX_SHARES }),
    });
    return z.NEVER;
  }
  if (parts.some((part) => !/^\d{1,5}$/.test(part))) {
    ctx.addIssue({ code: "custom", message: "err.award.shares.format" });
    return z.NEVER;
  }
  const shares = parts.map(Number);
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (total !== 10000) {
    ctx.addIssue({ code: "custom", message: formMessage("err.award.shares.sum", { total }) });
    return z.NEVER;
  }
  return shares;
});

/** GET /api/v1/award-estimate and the /calculator page read the same query with this one schema. */
export const awardEstimateSchema = z
  .object({
    policy: z
      .string({ error: "err.required" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, "err.award.policy"),
    investmentYuan: yuan({ positive: true }),
    otherSupportYuan: yuan({ positive: false }).optional(),
    shares: sharesBp.optional(),
  })
  // Parameters are named for people (yuan); the parsed query speaks fen, like the rest of the code.
  .transform((query) => ({
    policyCode: query.policy,
    basisFen: query.investmentYuan,
    otherSupportFen: query.otherSupportYuan ?? 0,
    sharesBp: query.shares ?? null,
  }));

export type AwardEstimateQuery = z.output<typeof awardEstimateSchema>;

/** URLSearchParams → the schema's input; a blank parameter (an empty form field) counts as absent. */
export function awardEstimateInput(params: URLSearchParams): Record<AwardEstimateField, string | undefined> {
  const value = (name: AwardEstimateField) => {
    const text = params.get(name);
    return text === null || text.trim() === "" ? undefined : text;
  };
  return {
    policy: value("policy"),
    investmentYuan: value("investmentYuan"),
    otherSupportYuan: value("otherSupportYuan"),
    shares: value("shares"),
  };
}
