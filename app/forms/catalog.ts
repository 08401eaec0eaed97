import { z } from "./zod";
import { requiredText, wholeNumber } from "./fields";
import { yuanField } from "./fields";

const calendarDate = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "err.date.format")
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    {
      message: "err.date.format",
    },
  );

/** Percent with at most two decimals, stored as basis points: "30" → 3000. */
const percentAsBasisPoints = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "err.percent")
  .transform((text) => Math.round(Number(text) * 100))
  .refine((bp) => bp > 0 && bp <= 10000, "err.percent");

export const policySchema = z
  .object({
    code: z
      .string({ error: "err.required" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{2,29}$/, "err.policy.code"),
    title: requiredText(200),
    issuer: requiredText(100),
    effectiveFrom: calendarDate,
    effectiveTo: calendarDate,
    ratePercent: percentAsBasisPoints,
    cap: yuanField.refine((fen) => fen > 0, "err.money.positive"),
    clause: requiredText(50),
    isDemo: z
      .string()
      .optional()
      .transform((v) => v === "on"),
  })
  .refine((p) => p.effectiveFrom <= p.effectiveTo, {
    path: ["effectiveTo"],
    message: "err.policy.window",
    // Compare the dates whenever both are valid, even if another field is not.
    when: (payload) =>
      !payload.issues.some(
        (issue) => issue.path?.[0] === "effectiveFrom" || issue.path?.[0] === "effectiveTo",
      ),
  });

export const LIST_KINDS = ["scenario", "supply_demand"] as const;

export const listSchema = z.object({
  year: wholeNumber(2000, 2100),
  kind: z.enum(LIST_KINDS, { error: "err.list.kind" }),
  title: requiredText(200),
  policyCode: z.string({ error: "err.list.policy" }).trim().min(1, "err.list.policy"),
  noticeDays: wholeNumber(1, 60),
  maxBidsPerOrg: wholeNumber(1, 50),
  maxConsortiumMembers: wholeNumber(1, 50),
});

export const cancelTaskSchema = z.object({ reason: requiredText(500) });
