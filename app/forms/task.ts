import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { DISTRICTS } from "../domain/districts";
import { DOMAIN_CODE, TASK_CODE_PATTERN, TASK_DOMAINS } from "../domain/task-domains";
import { normalizeTyped } from "../domain/text";
import { parseShanghaiDateTime } from "../domain/time";
import { checkbox, phoneField, requiredText, wholeNumber, yuanField } from "./fields";

/**
 * One schema for a task, whether it comes from the staff form or a spreadsheet row: both hand over strings
 * (an empty cell or field is undefined), and this schema turns them into typed values or message keys.
 */

export const indicatorSchema = z.object({
  name: requiredText(100),
  target: requiredText(200),
  measurement: requiredText(300),
  weight: wholeNumber(0, 100),
  veto: checkbox,
});

export const MAX_INDICATORS = 20;

/** `year`, when known (the list's), is the year every explicit code must start with. */
export function taskInputSchema({ now, year }: { now: Date; year?: number }) {
  return z
    .object({
      code: z
        .string()
        .transform((text) => normalizeTyped(text).toUpperCase())
        .pipe(z.string().regex(TASK_CODE_PATTERN, "err.task.codeFormat"))
        .refine((code) => year === undefined || code.startsWith(`${year}-`), {
          message: formMessage("err.task.codeYear", { year: year ?? 0 }),
        })
        .optional(),
      title: requiredText(100),
      domain: z.enum(TASK_DOMAINS, { error: "err.task.domain" }),
      demandUnit: requiredText(100),
      district: z.enum(DISTRICTS, { error: "err.district" }),
      scenarioNeed: requiredText(5000),
      goals: requiredText(5000),
      eligibility: requiredText(3000),
      indicativeInvestment: yuanField,
      bidDeadline: z.string({ error: "err.required" }).transform((text, ctx) => {
        const parsed = parseShanghaiDateTime(text);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: `err.deadline.${parsed.problem}` });
          return z.NEVER;
        }
        const at = parsed.at;
        if (at.getTime() <= now.getTime()) {
          ctx.addIssue({ code: "custom", message: "err.deadline.past" });
          return z.NEVER;
        }
        return at;
      }),
      maxWinners: wholeNumber(1, 20),
      contactName: requiredText(50),
      contactPhone: phoneField,
      indicators: z
        .array(indicatorSchema, { error: "err.indicators.required" })
        .min(1, "err.indicators.required")
        .max(MAX_INDICATORS, formMessage("err.indicators.tooMany", { max: MAX_INDICATORS })),
    })
    .superRefine(
      (task, ctx) => {
        const given = task.code === undefined ? undefined : TASK_CODE_PATTERN.exec(task.code)?.[2];
        const expected = DOMAIN_CODE[task.domain];
        if (given !== undefined && given !== expected) {
          ctx.addIssue({
            code: "custom",
            path: ["code"],
            message: formMessage("err.task.codeDomain", { expected, given }),
          });
        }
      },
      // The code's middle part names the domain: a mismatch would advance another domain's counter.
      {
        when: (payload) =>
          !payload.issues.some((issue) => ["code", "domain"].includes(String(issue.path?.[0]))),
      },
    )
    .superRefine(
      (task, ctx) => {
        const total = task.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
        if (total !== 100) {
          ctx.addIssue({
            code: "custom",
            path: ["indicators"],
            message: formMessage("err.indicators.weights", { total }),
          });
        }
      },
      // Check the sum whenever the indicators themselves are valid, even if another field is not, so every
      // problem of a task is reported at once.
      { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "indicators") },
    );
}

export type TaskInput = z.infer<ReturnType<typeof taskInputSchema>>;
/** What the form and the spreadsheet hand over before parsing. */
export type TaskInputStrings = {
  [K in Exclude<keyof TaskInput, "indicators">]?: string;
} & {
  indicators?: { name?: string; target?: string; measurement?: string; weight?: string; veto?: string }[];
};
