import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { requiredText, wholeNumber, yuanField } from "./fields";
import { ANSWER_NOTE_MAX, EXPRESSION_MESSAGE_MAX, OUTCOME_REASON_MAX } from "../domain/sd-expressions";

/** Expressing interest: a message (required) and optionally one of the sender's own published items. */
export const sdExpressionSchema = z.object({
  message: requiredText(EXPRESSION_MESSAGE_MAX),
  fromItemId: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
});
export type SdExpressionInput = z.infer<typeof sdExpressionSchema>;

/** Accepting, declining or withdrawing, with an optional note (shown to the other side). */
export const sdExpressionAnswerSchema = z.object({
  note: z
    .string()
    .trim()
    .max(ANSWER_NOTE_MAX, formMessage("err.tooLong", { max: ANSWER_NOTE_MAX }))
    .optional(),
});

const isoDate = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "err.sdOutcome.date")
  .refine((text) => {
    const at = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
  }, "err.sdOutcome.date");

/** An outcome: 意向 intent, 签约 contract (amount and signing date), 未达成 failed (reason). */
export const sdOutcomeSchema = z
  .object({
    kind: z.enum(["intent", "contract", "failed"], { error: "err.required" }),
    amount: yuanField.optional(),
    signedOn: isoDate.optional(),
    reason: z
      .string()
      .trim()
      .max(OUTCOME_REASON_MAX, formMessage("err.tooLong", { max: OUTCOME_REASON_MAX }))
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "contract") {
      if (value.amount === undefined)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "err.required" });
      else if (value.amount <= 0)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "err.sdOutcome.amount" });
      if (value.signedOn === undefined)
        ctx.addIssue({ code: "custom", path: ["signedOn"], message: "err.required" });
    }
    if (value.kind === "failed" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "err.required" });
  });
export type SdOutcomeInput = z.infer<typeof sdOutcomeSchema>;
