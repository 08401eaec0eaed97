import { z } from "zod";
import { normalizeUscc, usccProblem } from "../domain/uscc";

/** Error messages are message keys (see app/i18n/messages.ts), translated where they are shown. */
const tooLong = (max: number) => `err.tooLong|${JSON.stringify({ max })}`;

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
  .max(200, "err.password.tooLong");

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
    .refine((n) => n >= min && n <= max, { message: `err.range|${JSON.stringify({ min, max })}` });
