import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { DISTRICTS } from "../domain/districts";
import { CITATION_LIMITS } from "../domain/sd-listops";
import { SHOWCASE_THEMES } from "../domain/supply-demand";
import { normalizeTyped } from "../domain/text";
import { wholeNumber } from "./fields";

/** Staff forms of the supply–demand list's operations: the showcase and turning a demand into a task. */

const citation = ({ min, max }: { min: number; max: number }) =>
  z
    .string({ error: "err.required" })
    .trim()
    .min(1, "err.required")
    .min(min, formMessage("err.sdListops.tooShort", { min }))
    .max(max, formMessage("err.tooLong", { max }));

export const showcaseSchema = z.object({
  year: wholeNumber(2000, 2100),
  code: z
    .string({ error: "err.required" })
    .transform((text) => normalizeTyped(text).toUpperCase())
    .pipe(z.string().min(1, "err.required")),
  theme: z.enum(SHOWCASE_THEMES, { error: "err.sdShowcase.theme" }),
  citationZh: citation(CITATION_LIMITS.zh),
  citationEn: citation(CITATION_LIMITS.en),
});
export type ShowcaseInput = z.infer<typeof showcaseSchema>;

export const removeShowcaseSchema = z.object({ id: wholeNumber(1, Number.MAX_SAFE_INTEGER) });

export const toTaskSchema = z.object({
  listId: z.string({ error: "err.sdToTask.list" }).regex(/^\d+$/, "err.sdToTask.list").transform(Number),
  /** Required only when the demand is city-wide; otherwise the demand's district is taken. */
  district: z.enum(DISTRICTS, { error: "err.district" }).optional(),
});
export type ToTaskInput = z.infer<typeof toTaskSchema>;
