import { searchEngine } from "../../../../search/runtime";
import type { SearchHit, SearchQuery, SearchResult } from "../../../../search/engine";
import { toSimplified } from "../../../../search/chinese";
import { SD_INDEX } from "../../../../search/sd-index";
import {
  SD_FACETS,
  sdSearchParamsInput,
  sdSearchSchema,
  type SdSearch,
  type SdSearchSort,
} from "../../../forms/sd-search";
import { toShanghaiIso } from "../../../domain/time";
import { queryWords } from "../../catalog/task-search.server";

import { parseSearchParams, type SearchParseResult } from "../../catalog/task-search.server";

export { highlightToHtml, isEngineUnavailable } from "../../catalog/task-search.server";

/** Newest publication first (the order without a query, and between equally relevant items). */
const NEWEST = { attribute: "publishedAtTs", direction: "desc" } as const;

const SORTS: Record<SdSearchSort, SearchQuery["sort"]> = {
  relevance: null,
  newest: NEWEST,
  budget: { attribute: "budgetTopFen", direction: "desc" },
};

export type SdSearchParseResult = SearchParseResult<SdSearch>;

/** Reads and validates the query string; the first problem names its parameter. */
export function parseSdSearch(url: URL): SdSearchParseResult {
  return parseSearchParams(sdSearchSchema, sdSearchParamsInput(url.searchParams));
}

/** One result as the page and the API show it: what the index holds about the item, never a contact. */
export interface SdSearchHit {
  code: string;
  kind: "demand" | "supply";
  year: number;
  status: "published" | "closed";
  closeReason: string | null;
  category: string | null;
  title: string;
  summary: string;
  organizationName: string;
  district: string;
  domain: string;
  budgetBand: string;
  rangeMinFen: number | null;
  rangeMaxFen: number | null;
  isDemo: boolean;
  /** ISO 8601 in Asia/Shanghai. */
  publishedAt: string | null;
  /** title and summary with matches wrapped in HIGHLIGHT_START … HIGHLIGHT_END. */
  _formatted: { title: string; summary: string };
}

export interface SdSearchResult extends Omit<SearchResult, "hits"> {
  hits: SdSearchHit[];
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);

function toHit(hit: SearchHit): SdSearchHit {
  const publishedAtTs = numberOrNull(hit.publishedAtTs);
  return {
    code: text(hit.code),
    kind: hit.kind === "supply" ? "supply" : "demand",
    year: Number(hit.year),
    status: hit.status === "closed" ? "closed" : "published",
    closeReason: typeof hit.closeReason === "string" ? hit.closeReason : null,
    category: typeof hit.category === "string" ? hit.category : null,
    title: text(hit.title),
    summary: text(hit.summary),
    organizationName: text(hit.organizationName),
    district: text(hit.district),
    domain: text(hit.domain),
    budgetBand: text(hit.budgetBand),
    rangeMinFen: numberOrNull(hit.rangeMinFen),
    rangeMaxFen: numberOrNull(hit.rangeMaxFen),
    isDemo: hit.isDemo === true,
    publishedAt: publishedAtTs ? toShanghaiIso(new Date(publishedAtTs)) : null,
    _formatted: {
      title: hit._formatted.title ?? text(hit.title),
      summary: hit._formatted.summary ?? text(hit.summary),
    },
  };
}

/**
 * Published (and closed, once published) demands and supplies. Items under their first review are in the same
 * index for reviewers; this query always filters them out (`visibility: "public"`). The query is folded to
 * Simplified characters first, so 人工智慧 finds 人工智能.
 */
export async function searchSdItems(search: SdSearch): Promise<SdSearchResult> {
  const engine = await searchEngine();
  const q = toSimplified(search.q.trim());
  const byRelevance = search.sort === "relevance";
  const result = await engine.search(SD_INDEX.uid, {
    q,
    filters: {
      kind: search.kind,
      year: search.year,
      category: search.category,
      domain: search.domain,
      district: search.district,
      budgetBand: search.budgetBand,
      status: search.status,
      visibility: ["public"],
    },
    facets: [...SD_FACETS],
    sort: byRelevance && q === "" ? NEWEST : SORTS[search.sort],
    tieBreak: byRelevance ? NEWEST : null,
    page: search.page,
    hitsPerPage: search.hitsPerPage,
    highlight: ["title", "summary"],
  });
  return { ...result, hits: result.hits.map(toHit) };
}

export interface SdNoResultSuggestions {
  /** Searches with one word of the query left out that find something, with how many they find. */
  dropWord: { word: string; q: string; total: number }[];
  /** How many the same words find without the filters, when filters are set and that finds something. */
  withoutFilters: number | null;
}

const MAX_SUGGESTED_WORDS = 6;
const NO_FILTERS = Object.fromEntries(SD_FACETS.map((facet) => [facet, []])) as unknown as Pick<
  SdSearch,
  (typeof SD_FACETS)[number]
>;

/** What to try when a search finds nothing: leaving out one word, or the filters (as /tasks does). */
export async function sdSuggestionsForNoResult(search: SdSearch): Promise<SdNoResultSuggestions> {
  const filtered = SD_FACETS.some((facet) => search[facet].length > 0);
  const count = (q: string, withFilters: boolean) =>
    searchSdItems({ ...search, q, ...(withFilters ? {} : NO_FILTERS), page: 1, hitsPerPage: 1 }).then(
      (result) => result.totalHits,
    );
  const words = queryWords(search.q);
  const dropWord: SdNoResultSuggestions["dropWord"] = [];
  if (words.length > 1) {
    for (const [i, word] of words.slice(0, MAX_SUGGESTED_WORDS).entries()) {
      const q = words.filter((_, j) => j !== i).join(" ");
      const total = await count(q, true);
      if (total > 0) dropWord.push({ word, q, total });
    }
  }
  const withoutFilters = filtered ? await count(search.q, false) : 0;
  return { dropWord, withoutFilters: withoutFilters > 0 ? withoutFilters : null };
}
