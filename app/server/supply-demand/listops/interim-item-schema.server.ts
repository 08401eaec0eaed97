import { z } from "../../../forms/zod";
import { formMessage } from "../../../i18n/i18n";
import { DISTRICTS } from "../../../domain/districts";
import {
  DEMAND_CATEGORIES,
  MATURITY_LEVELS,
  MAX_TAGS,
  SD_DOMAINS,
  SUPPLY_KINDS,
  type SdContent,
} from "../../../domain/supply-demand";
import { emailField, phoneField, requiredText } from "../../../forms/fields";
import { parseAmountToFen } from "../../../domain/money";

/**
 * INTERIM: stands in for `sdItemInputSchema` (app/forms/sd-item.ts, written by the items part) until it is on
 * main; item-row.server.ts is the only caller. Same inputs (the form's strings), same output (SdContent).
 */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, formMessage("err.tooLong", { max }))
    .optional()
    .transform((v) => (v ? v : null));

const optionalAmount = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === "") return null;
    const parsed = parseAmountToFen(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `err.money.${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.fen;
  });

export const interimItemSchema = z
  .object({
    kind: z.enum(["demand", "supply"]),
    title: requiredText(100),
    summary: requiredText(300),
    description: requiredText(5000),
    domain: z.enum(SD_DOMAINS, { error: "err.sdListops.domain" }),
    tags: z.array(z.string().max(20)).max(MAX_TAGS),
    district: z.union([z.literal(""), z.enum(DISTRICTS, { error: "err.district" })], {
      error: "err.district",
    }),
    category: z.enum(DEMAND_CATEGORIES, { error: "err.value" }).optional(),
    expectedOutcome: optionalText(2000),
    budgetMin: optionalAmount,
    budgetMax: optionalAmount,
    wantedBy: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "err.value")
      .optional(),
    supplyKind: z.enum(SUPPLY_KINDS, { error: "err.value" }).optional(),
    maturity: z.enum(MATURITY_LEVELS, { error: "err.value" }).optional(),
    deployedCustomers: z.string().regex(/^\d+$/, "err.integer").transform(Number).optional(),
    referenceCases: optionalText(2000),
    districtsServed: z.array(z.enum(DISTRICTS, { error: "err.district" })),
    priceMin: optionalAmount,
    priceMax: optionalAmount,
    contactName: requiredText(50),
    contactPhone: phoneField,
    contactEmail: emailField,
  })
  .superRefine((v, ctx) => {
    const demand = v.kind === "demand";
    const need = (ok: boolean, path: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message: "err.required" });
    };
    if (demand) need(v.category !== undefined, "category");
    else {
      need(v.supplyKind !== undefined, "supplyKind");
      need(v.maturity !== undefined, "maturity");
    }
    const range = (min: number | null, max: number | null, path: string) => {
      if (min !== null && max !== null && min > max)
        ctx.addIssue({ code: "custom", path: [path], message: "err.sdListops.rangeOrder" });
    };
    range(v.budgetMin, v.budgetMax, "budgetMax");
    range(v.priceMin, v.priceMax, "priceMax");
  })
  .transform((v): SdContent => ({
    title: v.title,
    summary: v.summary,
    description: v.description,
    domain: v.domain,
    tags: v.tags,
    district: v.district === "" ? null : v.district,
    category: v.kind === "demand" ? (v.category ?? null) : null,
    expectedOutcome: v.kind === "demand" ? v.expectedOutcome : null,
    budgetMinFen: v.kind === "demand" ? v.budgetMin : null,
    budgetMaxFen: v.kind === "demand" ? v.budgetMax : null,
    wantedBy: v.kind === "demand" ? (v.wantedBy ?? null) : null,
    supplyKind: v.kind === "supply" ? (v.supplyKind ?? null) : null,
    maturity: v.kind === "supply" ? (v.maturity ?? null) : null,
    deployedCustomers: v.kind === "supply" ? (v.deployedCustomers ?? null) : null,
    referenceCases: v.kind === "supply" ? v.referenceCases : null,
    districtsServed: v.kind === "supply" ? v.districtsServed : [],
    priceMinFen: v.kind === "supply" ? v.priceMin : null,
    priceMaxFen: v.kind === "supply" ? v.priceMax : null,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
  }));
