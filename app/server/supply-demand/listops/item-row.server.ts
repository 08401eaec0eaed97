import { z } from "zod";
import { msg, schemaMessage, type Message } from "../../../i18n/i18n";
import {
  CITY_WIDE,
  SD_DOMAIN_LABEL,
  SD_DOMAINS,
  type SdContent,
  type SdKind,
} from "../../../domain/supply-demand";
import {
  DEMAND_CATEGORY_LABEL,
  MATURITY_LABEL,
  SD_KIND_LABEL,
  SUPPLY_KIND_LABEL,
} from "../../../i18n/sd-messages";
import { DISTRICTS } from "../../../domain/districts";
import { SD_HEADER, type SdColumnKey, type SdRowCells } from "./sheet-columns.server";
import { sdItemInputSchema, type SdItemInputStrings } from "../../../forms/sd-item";

/**
 * One spreadsheet row as the item form would send it, checked by the item schema (sdItemInputSchema). The ONLY place the import
 * meets the schema: labels in cells (需求, 人工智能, 解决方案 …) become the values the form posts, and the schema's
 * issues come back as the column they are about.
 */

type Labels = Record<string, { zh: string; en: string }>;

/** The stored value, or either language's label, case-insensitively; the text itself when nothing matches. */
function fromLabel(labels: Labels, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const needle = text.trim().toLowerCase();
  for (const [value, label] of Object.entries(labels))
    if (
      needle === value.toLowerCase() ||
      needle === label.zh.toLowerCase() ||
      needle === label.en.toLowerCase()
    )
      return value;
  return text;
}

export function kindFromCell(text: string): SdKind | null {
  const value = fromLabel({ ...SD_KIND_LABEL, D: SD_KIND_LABEL.demand, S: SD_KIND_LABEL.supply }, text);
  if (value === "D") return "demand";
  if (value === "S") return "supply";
  return value === "demand" || value === "supply" ? value : null;
}

const DOMAIN_LABELS: Labels = Object.fromEntries(SD_DOMAINS.map((d) => [d, SD_DOMAIN_LABEL[d]]));

/** The strings the item form posts for this row (undefined: an empty cell); labels become the posted values. */
export function rowFormFields(cells: SdRowCells): SdItemInputStrings {
  return {
    title: cells.title,
    summary: cells.summary,
    description: cells.description,
    domain: fromLabel(DOMAIN_LABELS, cells.domain),
    tags: cells.tags,
    district: cells.district,
    category: fromLabel(DEMAND_CATEGORY_LABEL, cells.category),
    expectedOutcome: cells.expectedOutcome,
    budgetMin: cells.budgetMin,
    budgetMax: cells.budgetMax,
    wantedBy: cells.wantedBy,
    supplyKind: fromLabel(SUPPLY_KIND_LABEL, cells.supplyKind),
    maturity: fromLabel(MATURITY_LABEL, cells.maturity),
    deployedCustomers: cells.deployedCustomers,
    referenceCases: cells.referenceCases,
    districtsServed: cells.districtsServed,
    priceMin: cells.priceMin,
    priceMax: cells.priceMax,
    contactName: cells.contactName,
    contactPhone: cells.contactPhone,
    contactEmail: cells.contactEmail,
  };
}

/** The column of a schema field (form field names that differ from the sheet's are mapped here). */
const FIELD_COLUMN: Record<string, SdColumnKey> = {
  budgetMinFen: "budgetMin",
  budgetMaxFen: "budgetMax",
  priceMinFen: "priceMin",
  priceMaxFen: "priceMax",
};

function columnOf(path: readonly PropertyKey[]): SdColumnKey | null {
  const field = path[0];
  if (typeof field !== "string") return null;
  const key = FIELD_COLUMN[field] ?? field;
  return Object.hasOwn(SD_HEADER, key) ? (key as SdColumnKey) : null;
}

export type RowIssue = { column: SdColumnKey | null; message: Message };

function issueMessage(text: string, column: SdColumnKey | null): Message {
  const message = schemaMessage(text, "err.value");
  // A form offers the districts to choose from; a cell has to say which ones there are.
  if (message.key === "err.sd.district" && column === "district")
    return msg("err.import.district", { allowed: `${DISTRICTS.join("、")}、${CITY_WIDE}` });
  return message;
}

/** The row through the ONE item schema (app/forms/sd-item.ts), as the owner's form goes through it. */
export function validateItemRow(
  kind: SdKind,
  cells: SdRowCells,
  now: Date,
): { ok: true; content: SdContent } | { ok: false; issues: RowIssue[] } {
  const result = sdItemInputSchema(kind, { now }).safeParse(rowFormFields(cells));
  if (result.success) return { ok: true, content: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue: z.core.$ZodIssue) => {
      const column = columnOf(issue.path);
      return { column, message: issueMessage(issue.message, column) };
    }),
  };
}
