import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { DISTRICTS } from "../domain/districts";
import {
  BUDGET_BANDS,
  CITY_WIDE,
  DEMAND_CATEGORIES,
  SD_DOMAINS,
  SD_KINDS,
  type SdDomain,
} from "../domain/supply-demand";
import { wholeNumber } from "./fields";
import { MAX_HITS_PER_PAGE } from "./search";

/** The public supply–demand search (/supply-demand, GET /api/v1/supply-demand). */

export const SD_SEARCH_SORTS = ["relevance", "newest", "budget"] as const;
export type SdSearchSort = (typeof SD_SEARCH_SORTS)[number];
/** What the public may filter by: published items, and closed ones that once were. */
export const SD_PUBLIC_STATUSES = ["published", "closed"] as const;
/** The repeatable filters, in the order the page shows them. */
export const SD_FACETS = ["kind", "year", "category", "domain", "district", "budgetBand", "status"] as const;
export type SdFacet = (typeof SD_FACETS)[number];
export const SD_DISTRICT_VALUES = [CITY_WIDE, ...DISTRICTS] as const;

/** Repeated parameters (?kind=demand&kind=supply) and comma lists (?kind=demand,supply) mean the same. */
function many<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .array(z.string())
    .transform((values) =>
      values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50));
}

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "err.search.value" });

export const sdSearchSchema = z.object({
  q: z
    .string()
    .max(200, formMessage("err.tooLong", { max: 200 }))
    .default(""),
  kind: many(oneOf(SD_KINDS)),
  year: many(wholeNumber(2000, 2100)),
  category: many(oneOf(DEMAND_CATEGORIES)),
  domain: many(oneOf(SD_DOMAINS as unknown as readonly [SdDomain, ...SdDomain[]])),
  district: many(oneOf(SD_DISTRICT_VALUES)),
  budgetBand: many(oneOf(BUDGET_BANDS)),
  status: many(oneOf(SD_PUBLIC_STATUSES)),
  sort: z.enum(SD_SEARCH_SORTS, { error: "err.search.sort" }).default("relevance"),
  page: wholeNumber(1, 1000).default(1),
  hitsPerPage: wholeNumber(1, MAX_HITS_PER_PAGE).default(20),
});

export type SdSearch = z.infer<typeof sdSearchSchema>;

/** URLSearchParams → the schema's input (arrays for the repeatable ones, strings for the rest). */
export function sdSearchParamsInput(params: URLSearchParams) {
  const single = (name: string) => params.get(name) || undefined;
  return {
    q: params.get("q") ?? undefined,
    ...Object.fromEntries(SD_FACETS.map((facet) => [facet, params.getAll(facet)])),
    sort: single("sort"),
    page: single("page"),
    hitsPerPage: single("hitsPerPage"),
  };
}

/** The query parameters a saved search keeps (the search itself, not its page or order). */
export const SD_SAVED_SEARCH_PARAMS = ["q", ...SD_FACETS] as const;
