import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { wholeNumber, yuanField } from "./fields";
import { FEEDBACK_COMMENT_MAX } from "../domain/mm-feedback";
import { MM_FEEDBACK_OUTCOMES } from "../domain/matchmaking";

const isoDate = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "err.sdOutcome.date")
  .refine((text) => {
    const at = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
  }, "err.sdOutcome.date");

/**
 * One organization's feedback on one meeting: useful yes/no, the outcome (意向 / 签约 with amount in yuan → fen and
 * the signing date / 无) and an optional comment. Amount and date are required for a contract and ignored otherwise.
 */
export const mmFeedbackSchema = z
  .object({
    requestId: wholeNumber(1, Number.MAX_SAFE_INTEGER),
    useful: z.enum(["yes", "no"], { error: "err.required" }),
    outcome: z.enum(MM_FEEDBACK_OUTCOMES, { error: "err.required" }),
    amount: yuanField.optional(),
    signedOn: isoDate.optional(),
    comment: z
      .string()
      .trim()
      .max(FEEDBACK_COMMENT_MAX, formMessage("err.tooLong", { max: FEEDBACK_COMMENT_MAX }))
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== "contract") return;
    if (value.amount === undefined)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "err.required" });
    else if (value.amount <= 0)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "err.sdOutcome.amount" });
    if (value.signedOn === undefined)
      ctx.addIssue({ code: "custom", path: ["signedOn"], message: "err.required" });
  });
export type MmFeedbackInput = z.infer<typeof mmFeedbackSchema>;
