import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { checkbox, requiredText, wholeNumber, yuanField } from "./fields";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, formMessage("err.tooLong", { max }))
    .optional()
    .transform((v) => v ?? "");

const positiveYuan = yuanField.refine((fen) => fen > 0, "err.money.positive");

const calendarDay = z
  .string({ error: "err.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "err.date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "err.date");

export const reportSchema = z.object({
  actualInvestment: positiveYuan,
  summary: optionalText(5000),
  results: z
    .array(
      z.object({ position: wholeNumber(0, 99), result: optionalText(2000), evidence: optionalText(2000) }),
    )
    .max(30)
    .optional()
    .transform((list) => list ?? []),
});

export const evidenceSchema = z.object({
  spentOn: calendarDay,
  counterparty: requiredText(100),
  reference: requiredText(100),
  amount: positiveYuan,
});

export const declarationSchema = z
  .object({ conflict: z.enum(["no", "yes"], { error: "err.required" }), reason: optionalText(1000) })
  .refine((d) => d.conflict === "no" || d.reason !== "", { path: ["reason"], message: "err.required" });

export const scoresSchema = z.object({
  scores: z
    .array(
      z.object({
        position: wholeNumber(0, 99),
        score: wholeNumber(0, 100),
        comment: requiredText(1000),
        veto: checkbox,
      }),
      { error: "err.assessment.everyCriterion" },
    )
    .min(1, "err.assessment.everyCriterion")
    .max(30),
});

export const reportCheckSchema = z
  .object({ decision: z.enum(["accept", "return"], { error: "err.required" }), reason: optionalText(1000) })
  .refine((d) => d.decision === "accept" || d.reason !== "", { path: ["reason"], message: "err.required" });

export const assignSchema = z.object({ assessorId: wholeNumber(1, Number.MAX_SAFE_INTEGER) });
export const drawSchema = z.object({ count: wholeNumber(1, 10) });
/** The approver names the award version they saw (a hidden field of the approval form). */
export const approveAwardSchema = z.object({ version: wholeNumber(1, 2 ** 31 - 1) });

/** A score typed as points with up to two decimals ("76.5"), as hundredths. */
const pointsToCenti = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "err.points")
  .transform((text) => Math.round(Number(text) * 100))
  .refine((centi) => centi <= 10000, "err.points");

export const finalizeSchema = z.discriminatedUnion("override", [
  z.object({ override: z.literal("no") }),
  z.object({
    override: z.literal("yes"),
    overrideScore: pointsToCenti,
    overridePassed: checkbox,
    overrideReason: requiredText(1000),
  }),
]);

export const otherSupportSchema = z.object({
  policyName: requiredText(200),
  amount: positiveYuan,
  grantedOn: calendarDay,
  reference: requiredText(100),
});
