/**
 * The Meilisearch adapter of the search port: a thin wrapper over the official client (`meilisearch` 0.62).
 * Every write waits for its Meilisearch task and resolves only when the task succeeded; every failure surfaces
 * as a `SearchEngineError`.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type SearchParams,
  type Settings,
} from "meilisearch";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SearchEngineError,
  type FieldValue,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "./engine";

const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkAttribute(attribute: string): string {
  if (!ATTRIBUTE_NAME.test(attribute)) {
    throw new SearchEngineError("invalidRequest", `Invalid attribute name: ${JSON.stringify(attribute)}`);
  }
  return attribute;
}

/** The settings payload `applySettings` sends for `index` (pure, so it can be asserted). */
export function meilisearchSettings(index: IndexDefinition): Settings {
  // Meilisearch synonyms are one-directional: every member of a group maps to all the others.
  const synonyms: Record<string, string[]> = {};
  for (const group of index.synonymGroups) {
    for (const word of group) {
      const others = group.filter((other) => other !== word);
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...others])];
    }
  }
  return {
    searchableAttributes: [...index.searchableAttributes],
    filterableAttributes: [...index.filterableAttributes],
    sortableAttributes: [...index.sortableAttributes],
    synonyms,
    localizedAttributes: [{ locales: ["cmn"], attributePatterns: [...index.chineseAttributes] }],
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 1000 },
  };
}

function filterValue(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new SearchEngineError("invalidRequest", `Invalid filter value: ${value}`);
    }
    return String(value);
  }
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * Meilisearch filter expressions for the port's filters: one expression per attribute (OR within it; the
 * array form means AND across attributes). Attributes with no accepted value are skipped.
 */
export function meilisearchFilter(filters: Record<string, (string | number)[]>): string[] {
  const expressions: string[] = [];
  for (const [attribute, values] of Object.entries(filters)) {
    checkAttribute(attribute);
    if (values.length === 0) continue;
    expressions.push(values.map((value) => `${attribute} = ${filterValue(value)}`).join(" OR "));
  }
  return expressions;
}

function formattedValue(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** The name of the search-only key the adapter creates when Meilisearch has none. */
export const SEARCH_KEY_NAME = "jiebang-search";

/**
 * Two keys: `apiKey` (the admin or master key) for writes, settings and stats; queries go out with a search-only
 * key — `searchKey` when given (MEILI_SEARCH_KEY), else one looked up with the admin key on first search
 * (Meilisearch's default search key, or one the adapter creates), so a leaked query key can only search.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch";
  readonly #client: Meilisearch;
  readonly #url: string;
  readonly #apiKey: string | undefined;
  readonly #searchKey: string | undefined;
  readonly #taskTimeoutMs: number;
  #searchClient: Promise<Meilisearch> | undefined;

  constructor({
    url,
    apiKey,
    searchKey,
    taskTimeoutMs = 30_000,
  }: {
    url: string;
    apiKey?: string;
    searchKey?: string;
    taskTimeoutMs?: number;
  }) {
    this.#url = url;
    this.#apiKey = apiKey;
    this.#searchKey = searchKey;
    this.#taskTimeoutMs = taskTimeoutMs;
    this.#client = new Meilisearch({
      host: url,
      apiKey,
      // Bounds every single HTTP request; task waits are bounded separately (see #wait).
      timeout: taskTimeoutMs,
      defaultWaitOptions: { timeout: taskTimeoutMs },
    });
  }

  /** The client queries go through, with the search-only key (resolved once; tried again after a failure). */
  #searcher(): Promise<Meilisearch> {
    this.#searchClient ??= this.#resolveSearchKey()
      .then((apiKey) => new Meilisearch({ host: this.#url, apiKey, timeout: this.#taskTimeoutMs }))
      .catch((error: unknown) => {
        this.#searchClient = undefined;
        throw error;
      });
    return this.#searchClient;
  }

  async #resolveSearchKey(): Promise<string | undefined> {
    if (this.#searchKey) return this.#searchKey;
    // A Meilisearch without a master key has no keys at all: nothing to narrow.
    if (!this.#apiKey) return undefined;
    const { results } = await this.#call(() => this.#client.getKeys({ limit: 1000 }));
    const searchOnly = results.filter(
      (key) =>
        key.actions.length === 1 &&
        key.actions[0] === "search" &&
        key.indexes.includes("*") &&
        (key.expiresAt === null || new Date(key.expiresAt).getTime() > Date.now()),
    );
    const found = searchOnly.find((key) => key.name === SEARCH_KEY_NAME) ?? searchOnly[0];
    if (found) return found.key;
    const created = await this.#call(() =>
      this.#client.createKey({
        name: SEARCH_KEY_NAME,
        description: "Jiebang: queries only (created by the app with the admin key)",
        actions: ["search"],
        indexes: ["*"],
        expiresAt: null,
      }),
    );
    return created.key;
  }

  async applySettings(index: IndexDefinition): Promise<void> {
    await this.#ensureIndex(index.uid);
    await this.#wait(() => this.#client.index(index.uid).updateSettings(meilisearchSettings(index)));
  }

  async upsert(indexUid: string, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.#wait(() => this.#client.index(indexUid).addDocuments(documents, { primaryKey: "id" }));
  }

  async delete(indexUid: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#wait(() => this.#client.index(indexUid).deleteDocuments(ids));
  }

  async search(indexUid: string, query: SearchQuery): Promise<SearchResult> {
    const filter = meilisearchFilter(query.filters);
    // Meilisearch ranks by "sort" after words, proximity and attribute: with a query, it breaks ties.
    const sort = query.sort ?? (query.q.trim() && query.tieBreak ? query.tieBreak : null);
    const params = {
      matchingStrategy: "frequency",
      ...(filter.length > 0 ? { filter } : {}),
      facets: query.facets,
      ...(sort ? { sort: [`${checkAttribute(sort.attribute)}:${sort.direction}`] } : {}),
      page: query.page,
      hitsPerPage: query.hitsPerPage,
      attributesToHighlight: query.highlight,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      ...(query.showRankingScore ? { showRankingScore: true } : {}),
    } satisfies SearchParams;

    const searcher = await this.#searcher();
    const response = await this.#call(() => searcher.index(indexUid).search(query.q, params));

    const hits = response.hits.map((hit) => {
      const document: Record<string, FieldValue> = {};
      // Keys starting with "_" are Meilisearch's (`_formatted`, `_matchesPosition`, `_rankingScore`, …).
      for (const [key, value] of Object.entries(hit)) {
        if (!key.startsWith("_")) document[key] = value as FieldValue;
      }
      const source: Record<string, unknown> = hit._formatted ?? {};
      const formatted: Record<string, string> = {};
      for (const attribute of query.highlight) {
        const value = formattedValue(source[attribute] ?? document[attribute]);
        if (value !== null) formatted[attribute] = value;
      }
      const score =
        query.showRankingScore && typeof hit._rankingScore === "number" ? hit._rankingScore : null;
      // The port's hit type intersects a record of field values with `_formatted`, which only a cast can build.
      return {
        ...document,
        _formatted: formatted,
        ...(score === null ? {} : { _rankingScore: score }),
      } as SearchResult["hits"][number];
    });

    const facets: Record<string, Record<string, number>> = {};
    for (const facet of query.facets) facets[facet] = { ...(response.facetDistribution?.[facet] ?? {}) };

    return {
      hits,
      facets,
      totalHits: response.totalHits,
      page: response.page,
      hitsPerPage: response.hitsPerPage,
      processingTimeMs: response.processingTimeMs,
    };
  }

  async count(indexUid: string): Promise<number> {
    const stats = await this.#call(() => this.#client.index(indexUid).getStats());
    return stats.numberOfDocuments;
  }

  async health(): Promise<{ ok: true } | { ok: false; detail: string }> {
    try {
      const { status } = await this.#client.health();
      return status === "available" ? { ok: true } : { ok: false, detail: `Meilisearch status: ${status}` };
    } catch (error) {
      return { ok: false, detail: this.#toEngineError(error).message };
    }
  }

  async replaceAll(index: IndexDefinition, batches: AsyncIterable<SearchDocument[]>): Promise<void> {
    const temporaryUid = `${index.uid}_build_${Date.now()}`;
    try {
      await this.#wait(() => this.#client.createIndex(temporaryUid, { primaryKey: "id" }));
      await this.#wait(() => this.#client.index(temporaryUid).updateSettings(meilisearchSettings(index)));
      for await (const batch of batches) {
        await this.upsert(temporaryUid, batch);
      }
      await this.#ensureIndex(index.uid);
      // `rename: false` is a plain swap (both indexes exist); the 0.62 client's `IndexSwap` type requires it.
      await this.#wait(() =>
        this.#client.swapIndexes([{ indexes: [index.uid, temporaryUid], rename: false }]),
      );
    } catch (error) {
      // Nothing was swapped in: drop the half-built index. A failing clean-up must not hide the cause.
      await this.#wait(() => this.#client.deleteIndex(temporaryUid)).catch(() => {});
      throw error;
    }
    // After the swap the temporary name holds the old documents.
    await this.#wait(() => this.#client.deleteIndex(temporaryUid));
  }

  /** Creates the index (primary key "id") unless it exists. */
  async #ensureIndex(uid: string): Promise<void> {
    try {
      await this.#call(() => this.#client.getRawIndex(uid));
      return;
    } catch (error) {
      if (!(error instanceof SearchEngineError && error.kind === "notFound")) throw error;
    }
    // Another process may create it in between: Meilisearch reports that as a failed creation task.
    await this.#wait(() => this.#client.createIndex(uid, { primaryKey: "id" }), ["index_already_exists"]);
  }

  /** Enqueues a task, waits for it, and requires it to succeed (tasks failing with `ignoredCodes` are fine). */
  async #wait(enqueue: () => EnqueuedTaskPromise, ignoredCodes: string[] = []): Promise<void> {
    // `createIndex` waits with the client's default 5 s, not `defaultWaitOptions`: always pass the timeout.
    const task = await this.#call(() => enqueue().waitTask({ timeout: this.#taskTimeoutMs }));
    if (task.status === "succeeded") return;
    if (task.status === "failed" && task.error && ignoredCodes.includes(task.error.code)) return;
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : "no error reported";
    throw new SearchEngineError(
      "taskFailed",
      `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? "no index"}) ${task.status}: ${reason}`,
      { cause: task.error ?? undefined },
    );
  }

  async #call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw this.#toEngineError(error);
    }
  }

  /** The one place where client errors become `SearchEngineError`s. */
  #toEngineError(error: unknown): SearchEngineError {
    if (error instanceof SearchEngineError) return error;
    if (error instanceof MeilisearchApiError) {
      const status = error.response.status;
      const code = error.cause?.code;
      const message = `Meilisearch ${status}${code ? ` ${code}` : ""}: ${error.message}`;
      if (status === 404 && code === "index_not_found") {
        return new SearchEngineError("notFound", message, { cause: error });
      }
      if (status >= 400 && status < 500)
        return new SearchEngineError("invalidRequest", message, { cause: error });
      return new SearchEngineError("unavailable", message, { cause: error });
    }
    if (error instanceof MeilisearchTaskTimeOutError) {
      return new SearchEngineError("unavailable", `Meilisearch: ${error.message}`, { cause: error });
    }
    if (error instanceof MeilisearchRequestError) {
      const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
      return new SearchEngineError("unavailable", `Meilisearch unreachable: ${error.message}${cause}`, {
        cause: error,
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new SearchEngineError("unavailable", `Meilisearch: ${detail}`, { cause: error });
  }
}
