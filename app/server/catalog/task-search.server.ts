import type { ZodType } from "zod";
import { searchEngine } from "../../../search/runtime";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SearchEngineError,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "../../../search/engine";
import { segmentChinese, toSimplified } from "../../../search/chinese";
import { TASK_INDEX } from "../../../search/task-index";
import { schemaMessage, type Message } from "../../i18n/i18n";
import type { TaskStatus } from "../../domain/task-lifecycle";
import { searchParamsInput, taskSearchSchema, type SearchSort, type TaskSearch } from "../../forms/search";

const FACETS = ["domain", "year", "district", "status"] as const;

/** Tasks open for bids first, by nearest deadline; then the others, most recently closed first. */
const OPEN_FIRST = { attribute: "openDeadlineOrder", direction: "asc" } as const;

const SORTS: Record<SearchSort, SearchQuery["sort"]> = {
  relevance: null,
  deadline: OPEN_FIRST,
  newest: { attribute: "publishedAtTs", direction: "desc" },
  investment: { attribute: "indicativeInvestmentFen", direction: "desc" },
};

export type SearchParseResult<T = TaskSearch> =
  { ok: true; search: T } | { ok: false; field: string; message: Message };

/** Validates a search's query parameters with `schema`; the first problem names its parameter. */
export function parseSearchParams<T>(schema: ZodType<T>, input: unknown): SearchParseResult<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, search: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    field: String(issue.path[0] ?? "q"),
    message: schemaMessage(issue.message, "err.search.value"),
  };
}

/** Reads and validates the query string. */
export function parseTaskSearch(url: URL): SearchParseResult {
  return parseSearchParams(taskSearchSchema, searchParamsInput(url.searchParams));
}

/**
 * Public tasks only: drafts never enter the index. The query is folded to Simplified characters first. By
 * relevance without a query, open tasks come first by nearest deadline; with one, open tasks go ahead of
 * closed ones at equal relevance.
 */
export async function searchTasks(search: TaskSearch): Promise<SearchResult> {
  const engine = await searchEngine();
  return engine.search(TASK_INDEX.uid, taskSearchQuery(search));
}

/**
 * What a result list shows of a task. The engine's hits carry every stored attribute (the scenario and goals
 * run to hundreds of characters each), and a page's loader data is serialised into its HTML and sent again on
 * every search as you type: the list's data is these fields only.
 */
export function listedTask(hit: SearchHit) {
  return {
    id: hit.id,
    code: String(hit.code),
    highlightedTitle: hit._formatted.title ?? String(hit.title),
    domain: String(hit.domain),
    district: String(hit.district),
    status: String(hit.status) as TaskStatus,
    bidDeadline: String(hit.bidDeadline),
    indicativeInvestmentFen: Number(hit.indicativeInvestmentFen),
  };
}

/** The engine query of a task search (also what the HTTP benchmark runs in-process, to compare like with like). */
export function taskSearchQuery(search: TaskSearch): SearchQuery {
  const q = toSimplified(search.q.trim());
  const byRelevance = search.sort === "relevance";
  return {
    q,
    filters: { domain: search.domain, year: search.year, district: search.district, status: search.status },
    facets: [...FACETS],
    sort: byRelevance && q === "" ? OPEN_FIRST : SORTS[search.sort],
    tieBreak: byRelevance ? OPEN_FIRST : null,
    page: search.page,
    hitsPerPage: search.hitsPerPage,
    highlight: ["title"],
  };
}

export interface NoResultSuggestions {
  /** Searches with one word of the query left out that find something, with how many they find. */
  dropWord: { word: string; q: string; total: number }[];
  /** How many the same words find without the filters, when filters are set and that finds something. */
  withoutFilters: number | null;
}

const CHINESE = /\p{Script=Han}/u;
const MAX_SUGGESTED_WORDS = 6;

/** The words of a query as a searcher sees them: split on spaces, Chinese runs segmented (医疗影像 → 医疗 影像). */
export function queryWords(q: string): string[] {
  return q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((piece) =>
      CHINESE.test(piece) && !/[A-Za-z0-9]/.test(piece) ? segmentChinese(piece) : [piece],
    );
}

/** What to try when a search finds nothing: leaving out one word, or the filters. */
export async function suggestionsForNoResult(search: TaskSearch): Promise<NoResultSuggestions> {
  const filtered = [search.domain, search.year, search.district, search.status].some((v) => v.length > 0);
  const count = (q: string, withFilters: boolean) =>
    searchTasks({
      ...search,
      q,
      ...(withFilters ? {} : { domain: [], year: [], district: [], status: [] }),
      page: 1,
      hitsPerPage: 1,
    }).then((result) => result.totalHits);
  const words = queryWords(search.q);
  const dropWord: NoResultSuggestions["dropWord"] = [];
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

export function isEngineUnavailable(error: unknown): boolean {
  return error instanceof SearchEngineError && error.kind === "unavailable";
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** For the JSON API: the text HTML-escaped, matches wrapped in <mark>…</mark>. */
export function highlightToHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replaceAll(HIGHLIGHT_START, "<mark>")
    .replaceAll(HIGHLIGHT_END, "</mark>");
}
