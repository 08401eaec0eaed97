import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { DISTRICTS, isDistrict } from "../domain/districts";
import { fenToYuanString, parseAmountToFen } from "../domain/money";
import {
  CITY_WIDE,
  DEMAND_CATEGORIES,
  MATURITY_LEVELS,
  MAX_TAGS,
  SD_DOMAINS,
  SUPPLY_KINDS,
  type SdContent,
  type SdKind,
} from "../domain/supply-demand";
import { normalizeTyped } from "../domain/text";
import { shanghaiDate } from "../domain/time";
import { emailField, phoneField, requiredText } from "./fields";

/**
 * One schema for a demand or a supply, whether it comes from the owner's form or a row of the staff's Excel
 * import: both hand over strings (an empty field or cell is undefined or ""), and this schema turns them into an
 * `SdContent` or message keys beside the fields. Fields of the other kind are not read.
 */

export const MAX_TAG_LENGTH = 20;
export const MAX_CUSTOMERS = 1_000_000;

/** Separators a person types between tags or districts: ASCII and full-width commas, 、, semicolons, newlines. */
const LIST_SEPARATOR = /[,，、;；\n]+/;

const blank = (text: string | undefined): text is undefined => text === undefined || text.trim() === "";

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((text) => (blank(text) ? undefined : text.trim()))
    .pipe(z.string().max(max, formMessage("err.tooLong", { max })).optional())
    .transform((text) => text ?? null);

/** An optional amount in yuan ("50万", "1,200,000"), as integer fen or null. */
const optionalYuan = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (blank(text)) return null;
    const parsed = parseAmountToFen(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `err.money.${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.fen;
  });

const tagsField = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (blank(text)) return [];
    const tags = [
      ...new Set(
        text
          .split(LIST_SEPARATOR)
          .map((tag) => tag.trim())
          .filter((tag) => tag !== ""),
      ),
    ];
    if (tags.length > MAX_TAGS) {
      ctx.addIssue({ code: "custom", message: formMessage("err.sd.tagsTooMany", { max: MAX_TAGS }) });
      return z.NEVER;
    }
    const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
    if (long !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: formMessage("err.sd.tagTooLong", { tag: long, max: MAX_TAG_LENGTH }),
      });
      return z.NEVER;
    }
    return tags;
  });

/** A district, or empty (or 全市) for the whole city: null. */
const districtField = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (blank(text) || text.trim() === CITY_WIDE) return null;
    const district = text.trim();
    if (!isDistrict(district)) {
      ctx.addIssue({ code: "custom", message: "err.sd.district" });
      return z.NEVER;
    }
    return district;
  });

/** Several districts: a multiple select sends an array, a spreadsheet cell a list ("江汉区、武昌区"). Empty: whole city. */
const districtsField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx) => {
    const list = (value === undefined ? [] : Array.isArray(value) ? value : value.split(LIST_SEPARATOR))
      .map((d) => d.trim())
      .filter((d) => d !== "");
    if (list.includes(CITY_WIDE)) return [];
    const unknown = list.find((d) => !isDistrict(d));
    if (unknown !== undefined) {
      ctx.addIssue({ code: "custom", message: formMessage("err.sd.districtUnknown", { district: unknown }) });
      return z.NEVER;
    }
    return DISTRICTS.filter((d) => list.includes(d));
  });

/** A calendar date YYYY-MM-DD, not before today in Shanghai. */
const wantedByField = (now: Date) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (blank(text)) return null;
      const date = normalizeTyped(text).replaceAll("/", "-");
      const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
      const iso = match ? `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}` : "";
      const parsed = new Date(`${iso}T00:00:00Z`);
      if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
        ctx.addIssue({ code: "custom", message: "err.date" });
        return z.NEVER;
      }
      if (iso < shanghaiDate(now)) {
        ctx.addIssue({ code: "custom", message: "err.sd.wantedByPast" });
        return z.NEVER;
      }
      return iso;
    });

const commonShape = {
  title: requiredText(100),
  summary: requiredText(300),
  description: requiredText(10000),
  domain: z.enum(SD_DOMAINS, { error: "err.sd.domain" }),
  tags: tagsField,
  district: districtField,
  contactName: requiredText(50),
  contactPhone: phoneField,
  contactEmail: emailField,
};

const demandShape = (now: Date) => ({
  ...commonShape,
  category: z.enum(DEMAND_CATEGORIES, { error: "err.sd.category" }),
  expectedOutcome: requiredText(3000),
  budgetMin: optionalYuan,
  budgetMax: optionalYuan,
  wantedBy: wantedByField(now),
});

const supplyShape = {
  ...commonShape,
  supplyKind: z.enum(SUPPLY_KINDS, { error: "err.sd.supplyKind" }),
  maturity: z.enum(MATURITY_LEVELS, { error: "err.sd.maturity" }),
  deployedCustomers: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (blank(text)) return null;
      const digits = normalizeTyped(text);
      if (!/^\d+$/.test(digits)) {
        ctx.addIssue({ code: "custom", message: "err.integer" });
        return z.NEVER;
      }
      const n = Number(digits);
      if (n < 1 || n > MAX_CUSTOMERS) {
        ctx.addIssue({ code: "custom", message: formMessage("err.range", { min: 1, max: MAX_CUSTOMERS }) });
        return z.NEVER;
      }
      return n;
    }),
  referenceCases: optionalText(3000),
  districtsServed: districtsField,
  priceMin: optionalYuan,
  priceMax: optionalYuan,
};

type Issues = { issues: readonly { path?: readonly PropertyKey[] }[] };
const untouched =
  (...fields: string[]) =>
  (payload: Issues) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));

const rangeOrder = (min: number | null, max: number | null) => min === null || max === null || min <= max;

function demandSchema(now: Date) {
  return z
    .object(demandShape(now))
    .superRefine(
      (demand, ctx) => {
        if (!rangeOrder(demand.budgetMin, demand.budgetMax))
          ctx.addIssue({ code: "custom", path: ["budgetMax"], message: "err.sd.rangeOrder" });
      },
      { when: untouched("budgetMin", "budgetMax") },
    )
    .transform((d): SdContent => ({
      title: d.title,
      summary: d.summary,
      description: d.description,
      domain: d.domain,
      tags: d.tags,
      district: d.district,
      category: d.category,
      expectedOutcome: d.expectedOutcome,
      budgetMinFen: d.budgetMin,
      budgetMaxFen: d.budgetMax,
      wantedBy: d.wantedBy,
      supplyKind: null,
      maturity: null,
      deployedCustomers: null,
      referenceCases: null,
      districtsServed: [],
      priceMinFen: null,
      priceMaxFen: null,
      contactName: d.contactName,
      contactPhone: d.contactPhone,
      contactEmail: d.contactEmail,
    }));
}

function supplySchema() {
  return z
    .object(supplyShape)
    .superRefine(
      (supply, ctx) => {
        if (!rangeOrder(supply.priceMin, supply.priceMax))
          ctx.addIssue({ code: "custom", path: ["priceMax"], message: "err.sd.rangeOrder" });
      },
      { when: untouched("priceMin", "priceMax") },
    )
    .superRefine(
      (supply, ctx) => {
        if (supply.maturity === "deployed" && supply.deployedCustomers === null)
          ctx.addIssue({ code: "custom", path: ["deployedCustomers"], message: "err.sd.deployedCustomers" });
      },
      { when: untouched("maturity", "deployedCustomers") },
    )
    .transform((s): SdContent => ({
      title: s.title,
      summary: s.summary,
      description: s.description,
      domain: s.domain,
      tags: s.tags,
      district: s.district,
      category: null,
      expectedOutcome: null,
      budgetMinFen: null,
      budgetMaxFen: null,
      wantedBy: null,
      supplyKind: s.supplyKind,
      maturity: s.maturity,
      deployedCustomers: s.maturity === "deployed" ? s.deployedCustomers : null,
      referenceCases: s.referenceCases,
      districtsServed: s.districtsServed,
      priceMinFen: s.priceMin,
      priceMaxFen: s.priceMax,
      contactName: s.contactName,
      contactPhone: s.contactPhone,
      contactEmail: s.contactEmail,
    }));
}

/**
 * The schema of a demand or a supply. `now` decides what "in the past" means for the wanted-by date (the server's
 * clock on the server, the browser's in the browser).
 */
export function sdItemInputSchema(kind: SdKind, { now }: { now: Date }) {
  return kind === "demand" ? demandSchema(now) : supplySchema();
}

/** The form's and the spreadsheet's field names (strings before parsing). */
export const SD_COMMON_FIELDS = [
  "title",
  "summary",
  "description",
  "domain",
  "tags",
  "district",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const;
export const SD_DEMAND_FIELDS = [
  ...SD_COMMON_FIELDS,
  "category",
  "expectedOutcome",
  "budgetMin",
  "budgetMax",
  "wantedBy",
] as const;
export const SD_SUPPLY_FIELDS = [
  ...SD_COMMON_FIELDS,
  "supplyKind",
  "maturity",
  "deployedCustomers",
  "referenceCases",
  "districtsServed",
  "priceMin",
  "priceMax",
] as const;

type SdField = (typeof SD_DEMAND_FIELDS)[number] | (typeof SD_SUPPLY_FIELDS)[number];

/** What the form and a spreadsheet row hand over before parsing. */
export type SdItemInputStrings = Partial<Record<Exclude<SdField, "districtsServed">, string>> & {
  districtsServed?: string | string[];
};

/** A saved revision's content as the form's strings (the editor's starting values). */
export function sdContentToStrings(content: SdContent): SdItemInputStrings {
  const yuan = (fen: number | null) => (fen === null ? "" : fenToYuanString(fen));
  return {
    title: content.title,
    summary: content.summary,
    description: content.description,
    domain: content.domain,
    tags: content.tags.join("、"),
    district: content.district ?? "",
    contactName: content.contactName,
    contactPhone: content.contactPhone,
    contactEmail: content.contactEmail,
    category: content.category ?? "",
    expectedOutcome: content.expectedOutcome ?? "",
    budgetMin: yuan(content.budgetMinFen),
    budgetMax: yuan(content.budgetMaxFen),
    wantedBy: content.wantedBy ?? "",
    supplyKind: content.supplyKind ?? "",
    maturity: content.maturity ?? "",
    deployedCustomers: content.deployedCustomers === null ? "" : String(content.deployedCustomers),
    referenceCases: content.referenceCases ?? "",
    districtsServed: content.districtsServed,
    priceMin: yuan(content.priceMinFen),
    priceMax: yuan(content.priceMaxFen),
  };
}
