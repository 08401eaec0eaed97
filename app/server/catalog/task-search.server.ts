import { searchEngine } from "../../../search/runtime";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SearchEngineError,
  type SearchQuery,
  type SearchResult,
} from "../../../search/engine";
import { toSimplified } from "../../../search/chinese";
import { TASK_INDEX } from "../../../search/task-index";
import { schemaMessage, type Message } from "../../i18n/i18n";
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

export type SearchParseResult =
  { ok: true; search: TaskSearch } | { ok: false; field: string; message: Message };

/** Reads and validates the query string; the first problem names its parameter. */
export function parseTaskSearch(url: URL): SearchParseResult {
  const parsed = taskSearchSchema.safeParse(searchParamsInput(url.searchParams));
  if (parsed.success) return { ok: true, search: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    field: String(issue.path[0] ?? "q"),
    message: schemaMessage(issue.message, "err.search.value"),
  };
}

/**
 * Public tasks only: drafts never enter the index. The query is folded to Simplified characters first. By
 * relevance without a query, open tasks come first by nearest deadline; with one, open tasks go ahead of
 * closed ones at equal relevance.
 */
export async function searchTasks(search: TaskSearch): Promise<SearchResult> {
  const engine = await searchEngine();
  const q = toSimplified(search.q.trim());
  const byRelevance = search.sort === "relevance";
  return engine.search(TASK_INDEX.uid, {
    q,
    filters: { domain: search.domain, year: search.year, district: search.district, status: search.status },
    facets: [...FACETS],
    sort: byRelevance && q === "" ? OPEN_FIRST : SORTS[search.sort],
    tieBreak: byRelevance ? OPEN_FIRST : null,
    page: search.page,
    hitsPerPage: search.hitsPerPage,
    highlight: ["title"],
  });
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
