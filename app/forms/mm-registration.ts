import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { emailField, phoneField, requiredText } from "./fields";
import {
  ATTENDEE_NAME_MAX,
  JOB_TITLE_MAX,
  MAX_ITEMS_BROUGHT,
  NOTE_MAX,
  REFUSE_REASON_MAX,
} from "../domain/mm-registration";

/**
 * Registering for the conference: one or two attendees (fields `name1`…`email1`, and `name2`…`email2` when a
 * second person comes: filling any of them makes all four required), the published items the organization
 * brings (checkboxes `itemIds`, zero allowed), and a note.
 */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const itemIdsField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx) => {
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const ids: number[] = [];
    for (const text of list) {
      if (!/^\d{1,15}$/.test(text.trim())) {
        ctx.addIssue({ code: "custom", message: "err.mmRegistration.item" });
        return z.NEVER;
      }
      ids.push(Number(text));
    }
    const unique = [...new Set(ids)];
    if (unique.length > MAX_ITEMS_BROUGHT) {
      ctx.addIssue({
        code: "custom",
        message: formMessage("err.mmRegistration.tooManyItems", { max: MAX_ITEMS_BROUGHT }),
      });
      return z.NEVER;
    }
    return unique;
  });

export const mmRegistrationSchema = z
  .object({
    name1: requiredText(ATTENDEE_NAME_MAX),
    jobTitle1: requiredText(JOB_TITLE_MAX),
    phone1: phoneField,
    email1: emailField,
    name2: optionalText,
    jobTitle2: optionalText,
    phone2: optionalText,
    email2: optionalText,
    itemIds: itemIdsField,
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, formMessage("err.tooLong", { max: NOTE_MAX }))
      .optional(),
  })
  .superRefine((value, ctx) => {
    const second = [value.name2, value.jobTitle2, value.phone2, value.email2];
    if (second.every((v) => v === undefined)) return;
    const check = (field: "name2" | "jobTitle2" | "phone2" | "email2", schema: z.ZodType) => {
      const parsed = schema.safeParse(value[field] ?? "");
      if (!parsed.success)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: parsed.error.issues[0]?.message ?? "err.required",
        });
    };
    check("name2", requiredText(ATTENDEE_NAME_MAX));
    check("jobTitle2", requiredText(JOB_TITLE_MAX));
    check("phone2", phoneField);
    check("email2", emailField);
  })
  .transform((value) => ({
    attendees: [
      { name: value.name1, jobTitle: value.jobTitle1, phone: value.phone1, email: value.email1 },
      ...(value.name2 !== undefined
        ? [
            {
              name: value.name2,
              jobTitle: value.jobTitle2 ?? "",
              phone: value.phone2 ?? "",
              email: (value.email2 ?? "").toLowerCase(),
            },
          ]
        : []),
    ],
    itemIds: value.itemIds,
    note: value.note ? value.note : null,
  }));
export type MmRegistrationInput = z.output<typeof mmRegistrationSchema>;

/** Staff refusing a registration: the reason is required (the organization reads it). */
export const mmRefuseSchema = z.object({
  reason: requiredText(REFUSE_REASON_MAX),
});

export const MM_QUEUE_STATUSES = ["pending", "validated", "refused", "withdrawn"] as const;
