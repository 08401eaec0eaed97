/**
 * The search engine port. Two adapters implement it: Meilisearch (production, `MEILI_URL`) and the embedded
 * in-process engine (default). PostgreSQL stays the source of truth; engines hold a copy fed by the outbox.
 */

export type FieldValue = string | number | boolean | null;
export type SearchDocument = { id: string } & Record<string, FieldValue>;

export interface IndexDefinition {
  /** The public name of the index, e.g. "tasks". */
  uid: string;
  primaryKey: "id";
  /** In order of importance: a match in an earlier attribute ranks higher. */
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  /** Groups of interchangeable words: a query for any of them finds documents with any other. */
  synonymGroups: string[][];
  /** Attributes holding Chinese text (Meilisearch `localizedAttributes`, locale "cmn"). */
  chineseAttributes: string[];
}

/** Highlighted text marks each match with these private-use characters; callers turn them into markup. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export interface SearchQuery {
  /**
   * Free text, split into words (Chinese segmented); the last word also matches as a prefix. A relevance query
   * that does not require every word: documents with every word come first, then those left when the commonest
   * words are dropped one at a time (Meilisearch's matchingStrategy "frequency", which both adapters use for
   * every query); the rarest word is always required — a word found in no document finds nothing, so callers
   * building long queries from another document's terms query its terms separately (see the matching module).
   */
  q: string;
  /** attribute → accepted values: OR within one attribute, AND across attributes. */
  filters: Record<string, (string | number)[]>;
  /** Attributes whose value counts (over the filtered matches) are returned. */
  facets: string[];
  /** null: by relevance. */
  sort: { attribute: string; direction: "asc" | "desc" } | null;
  /**
   * With a query and no `sort`: the order of equally relevant documents (a sortable attribute; absent: by
   * id). Meilisearch applies it as its "sort" ranking rule, after words, proximity and attribute.
   */
  tieBreak?: { attribute: string; direction: "asc" | "desc" } | null;
  /** 1-based. */
  page: number;
  hitsPerPage: number;
  /** Attributes returned in `_formatted` with every match wrapped in HIGHLIGHT_START … HIGHLIGHT_END. */
  highlight: string[];
  /**
   * Give every hit `_rankingScore`: how well it matches the query, in [0, 1] (Meilisearch `showRankingScore`;
   * the embedded engine computes the analogue from the same rules). A hit with every word scores above one
   * missing a word; hits ranked by relevance have non-increasing scores; without query words every hit scores 1.
   * Scores compare hits of one query, not across queries or engines.
   */
  showRankingScore?: boolean;
}

/** A matching document with `_formatted`: the highlighted attributes as strings; `_rankingScore` when asked. */
export type SearchHit = { id: string; _formatted: Record<string, string>; _rankingScore?: number } & {
  [attribute: string]: FieldValue | Record<string, string>;
};

export interface SearchResult {
  hits: SearchHit[];
  /** attribute → value → count; every requested facet is present, values with no match are left out. */
  facets: Record<string, Record<string, number>>;
  totalHits: number;
  page: number;
  hitsPerPage: number;
  processingTimeMs: number;
}

export type SearchEngineErrorKind = "unavailable" | "taskFailed" | "invalidRequest" | "notFound";

export class SearchEngineError extends Error {
  constructor(
    readonly kind: SearchEngineErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SearchEngineError";
  }
}

export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Creates the index if missing and applies the settings; running it twice changes nothing. */
  applySettings(index: IndexDefinition): Promise<void>;
  /** Adds or replaces documents by id. Resolves only once the engine has applied them; rejects otherwise. */
  upsert(indexUid: string, documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id (unknown ids are fine). Resolves only once applied. */
  delete(indexUid: string, ids: string[]): Promise<void>;
  search(indexUid: string, query: SearchQuery): Promise<SearchResult>;
  count(indexUid: string): Promise<number>;
  health(): Promise<{ ok: true } | { ok: false; detail: string }>;
  /**
   * Builds a new index holding exactly `batches`' documents under a temporary name, then swaps it in for
   * `index.uid` in one step, so searches never see a half-built index.
   */
  replaceAll(index: IndexDefinition, batches: AsyncIterable<SearchDocument[]>): Promise<void>;
}
