import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { isCommonPassword } from "../domain/common-passwords";
import { parseAmountToFen } from "../domain/money";
import { normalizeUscc, usccProblem } from "../domain/uscc";

/** Error messages are message keys (see app/i18n/messages.ts), translated where they are shown. */
const tooLong = (max: number) => formMessage("err.tooLong", { max });

export const requiredText = (max: number) =>
  z.string({ error: "err.required" }).trim().min(1, "err.required").max(max, tooLong(max));

export const emailField = z
  .string({ error: "err.required" })
  .trim()
  .max(254, tooLong(254))
  .pipe(z.email({ error: "err.email.invalid" }))
  .transform((email) => email.toLowerCase());

export const newPasswordField = z
  .string({ error: "err.required" })
  .min(10, "err.password.tooShort")
  .max(200, "err.password.tooLong")
  .refine((password) => !isCommonPassword(password), "err.password.common");

export const anyPasswordField = z.string({ error: "err.required" }).max(200, "err.password.tooLong");

export const usccField = z
  .string({ error: "err.required" })
  .transform(normalizeUscc)
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: `err.uscc.${problem}` });
  });

export const phoneField = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, "err.phone");

export const wholeNumber = (min: number, max: number) =>
  z
    .string({ error: "err.required" })
    .trim()
    .regex(/^\d+$/, "err.integer")
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: formMessage("err.range", { min, max }) });

/** An amount typed by a person ("1234.5", "9,500,000", "950万元"), as integer fen. */
export const yuanField = z.string({ error: "err.required" }).transform((text, ctx) => {
  const parsed = parseAmountToFen(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `err.money.${parsed.problem}` });
    return z.NEVER;
  }
  return parsed.fen;
});

export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/** A percentage with at most two decimals ("33.33"), as basis points (3333). */
export const percentToBp = z
  .string({ error: "err.required" })
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "err.percent")
  .transform((text) => Math.round(Number(text) * 100))
  .refine((bp) => bp > 0 && bp <= 10000, "err.percent");
