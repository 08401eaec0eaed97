import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { checkbox, percentToBp, requiredText, wholeNumber, yuanField } from "./fields";

/**
 * The bid form. A draft may be incomplete, so every field is optional here; what a submission needs is checked
 * by `bidProblems` (app/domain/bid-content.ts) against the saved draft. Rows left entirely blank are dropped;
 * a half-filled row is an error beside that row.
 */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, formMessage("err.tooLong", { max }))
    .optional()
    .transform((v) => v ?? "");

export const PROPOSAL_SECTIONS = ["approach", "innovation", "capacity", "risks"] as const;
export type ProposalSectionKey = (typeof PROPOSAL_SECTIONS)[number];

const MAX_ROWS = 30;
const tooMany = formMessage("err.rows.tooMany", { max: MAX_ROWS });

/** Every cell of a row as the raw (optional) string the form sent, before the row's own schema parses it. */
const rawStrings = <Shape extends z.ZodRawShape>(shape: Shape) =>
  Object.fromEntries(Object.keys(shape).map((key) => [key, z.string().optional()])) as {
    [K in keyof Shape]: z.ZodOptional<z.ZodString>;
  };

/** Rows where every cell is blank are dropped; the others must have every cell. */
function rows<Shape extends z.ZodRawShape, Out>(shape: Shape, complete: z.ZodType<Out>) {
  return z
    .array(z.object(rawStrings(shape)))
    .max(MAX_ROWS, tooMany)
    .optional()
    .superRefine((list, ctx) => {
      list?.forEach((row, index) => {
        if (Object.values(row).every((v) => v === undefined || v === "")) return;
        const parsed = complete.safeParse(row);
        if (!parsed.success)
          for (const issue of parsed.error.issues)
            ctx.addIssue({ code: "custom", path: [index, ...issue.path], message: issue.message });
      });
    })
    .transform((list) =>
      (list ?? [])
        .filter((row) => !Object.values(row).every((v) => v === undefined || v === ""))
        .map((row) => complete.parse(row)),
    );
}

const breakdownRow = z.object({ item: requiredText(100), amount: yuanField });
const milestoneRow = z.object({
  date: z
    .string({ error: "err.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "err.date")
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "err.date"),
  deliverable: requiredText(300),
});
const teamRow = z.object({
  name: requiredText(50),
  role: requiredText(100),
  organization: requiredText(100),
});

export const bidContentSchema = z.object({
  summary: optionalText(2000),
  proposal: z
    .object(
      Object.fromEntries(PROPOSAL_SECTIONS.map((key) => [key, optionalText(20000)])) as Record<
        ProposalSectionKey,
        ReturnType<typeof optionalText>
      >,
    )
    .partial()
    .optional()
    .transform((sections) => PROPOSAL_SECTIONS.map((key) => ({ heading: key, body: sections?.[key] ?? "" }))),
  // Not a union with undefined: a union's failure is zod's own "Invalid input", not the amount's message.
  plannedInvestment: yuanField.optional().transform((fen) => fen ?? 0),
  breakdown: rows(breakdownRow.shape, breakdownRow),
  milestones: rows(milestoneRow.shape, milestoneRow),
  team: rows(teamRow.shape, teamRow),
  responses: z
    .array(z.object({ position: wholeNumber(0, 99), response: optionalText(3000) }))
    .max(MAX_ROWS, tooMany)
    .optional()
    .transform((list) => (list ?? []).filter((r) => r.response !== "")),
});
export type BidContentInput = z.infer<typeof bidContentSchema>;

export const inviteMemberSchema = z.object({
  organizationId: wholeNumber(1, Number.MAX_SAFE_INTEGER),
  share: percentToBp,
  workDivision: requiredText(500),
});

export const memberTermsSchema = inviteMemberSchema;

export const invitationAnswerSchema = z.object({
  answer: z.enum(["accepted", "declined"], { error: "err.required" }),
  // The terms the page showed: accepting is refused when the lead changed them since.
  seenShareBp: wholeNumber(0, 10000).optional(),
  seenWorkDivision: z.string().max(500).optional(),
});

export const bidReviewSchema = z.object({
  staffNote: optionalText(2000),
  shortlisted: checkbox,
});

export const selectionReasonSchema = z.object({ reason: requiredText(1000) });

export const objectionSchema = z.object({
  bidId: wholeNumber(1, Number.MAX_SAFE_INTEGER),
  reasons: requiredText(3000),
  evidence: optionalText(3000),
});

export const objectionResolutionSchema = z.object({
  decision: z.enum(["upheld", "dismissed"], { error: "err.required" }),
  resolution: requiredText(2000),
});
