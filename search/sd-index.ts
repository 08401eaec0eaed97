import type { IndexDefinition, SearchDocument } from "./engine";
import { TASK_INDEX } from "./task-index";
import {
  budgetBand,
  CITY_WIDE,
  SD_DOMAIN_LABEL,
  isSdDomain,
  type SdCloseReason,
  type SdItemStatus,
  type SdKind,
} from "../app/domain/supply-demand";

/**
 * The supply–demand index (issue 13): demands and supplies in one index, `kind` tells them apart. Items under
 * first review are in it too, with `visibility: "review"`, so reviewers see possible duplicates among pending
 * items; every public query filters `visibility: ["public"]`. Contact details are never indexed.
 */
export const SD_INDEX: IndexDefinition = {
  uid: "sd_items",
  primaryKey: "id",
  searchableAttributes: [
    "title",
    "code",
    "tags",
    "summary",
    "domainLabel",
    "description",
    "expectedOutcome",
    "referenceCases",
    "organizationName",
    "district",
  ],
  filterableAttributes: [
    "kind",
    "year",
    "status",
    "category",
    "domain",
    "district",
    "budgetBand",
    "supplyKind",
    "maturity",
    "visibility",
    "organizationId",
  ],
  sortableAttributes: ["publishedAtTs", "budgetTopFen"],
  synonymGroups: TASK_INDEX.synonymGroups,
  chineseAttributes: [
    "title",
    "tags",
    "summary",
    "domainLabel",
    "description",
    "expectedOutcome",
    "referenceCases",
    "organizationName",
    "district",
  ],
};

export interface SdItemForIndex {
  code: string;
  kind: SdKind;
  year: number;
  status: SdItemStatus;
  closeReason: SdCloseReason | null;
  organizationId: number;
  organizationName: string;
  publishedAt: Date | null;
  isDemo: boolean;
  title: string;
  summary: string;
  description: string;
  domain: string;
  tags: string[];
  district: string | null;
  districtsServed: string[];
  category: string | null;
  expectedOutcome: string | null;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  supplyKind: string | null;
  maturity: string | null;
  deployedCustomers: number | null;
  referenceCases: string | null;
  priceMinFen: number | null;
  priceMaxFen: number | null;
}

/** One item as a search document (ids are item codes). `rangeMinFen/MaxFen`: a demand's budget or a supply's price. */
export function sdItemDocument(item: SdItemForIndex): SearchDocument {
  const rangeMinFen = item.kind === "demand" ? item.budgetMinFen : item.priceMinFen;
  const rangeMaxFen = item.kind === "demand" ? item.budgetMaxFen : item.priceMaxFen;
  return {
    id: item.code,
    code: item.code,
    kind: item.kind,
    year: item.year,
    status: item.status,
    closeReason: item.closeReason,
    visibility: item.publishedAt !== null ? "public" : "review",
    isDemo: item.isDemo,
    organizationId: item.organizationId,
    organizationName: item.organizationName,
    title: item.title,
    summary: item.summary,
    description: item.description,
    domain: item.domain,
    domainLabel: isSdDomain(item.domain)
      ? `${SD_DOMAIN_LABEL[item.domain].zh} ${SD_DOMAIN_LABEL[item.domain].en}`
      : item.domain,
    tags: item.tags.join(" "),
    district: item.district ?? CITY_WIDE,
    districtsServed: item.districtsServed.length ? item.districtsServed.join(" ") : CITY_WIDE,
    category: item.category,
    expectedOutcome: item.expectedOutcome,
    supplyKind: item.supplyKind,
    maturity: item.maturity,
    deployedCustomers: item.deployedCustomers,
    referenceCases: item.referenceCases,
    rangeMinFen,
    rangeMaxFen,
    budgetTopFen: rangeMaxFen ?? rangeMinFen ?? 0,
    budgetBand: budgetBand(rangeMinFen, rangeMaxFen),
    publishedAtTs: item.publishedAt?.getTime() ?? 0,
  };
}
