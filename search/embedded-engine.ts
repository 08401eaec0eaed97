/**
 * The embedded search engine: in-process, in-memory, no external service. It is the default adapter and the
 * reference the Meilisearch adapter is checked against (tests/search/contract.ts runs against both), so its
 * semantics follow Meilisearch with `matchingStrategy: "frequency"`:
 *
 * - Documents and queries are compared after `normalizeForSearch` (Traditional → Simplified, lower-case,
 *   full-width folded), which preserves positions, so highlight offsets found on normalized text are applied
 *   to the original text.
 * - A query is split into words on whitespace, punctuation and symbols (ASCII and CJK), and between Chinese
 *   and non-Chinese runs ("AI平台" is the two words "ai" and "平台"); Chinese runs are then segmented into
 *   words (`segmentChinese`: 医疗影像 is 医疗|影像, as Meilisearch's segmenter cuts it), so a query typed
 *   without spaces finds what the same words with spaces find. A word matches a document when it matches
 *   one of its searchable attributes. Documents matching every word come first, then, dropping the word
 *   found in the most documents first, those matching the words left (the rarest word is always needed);
 *   then documents whose words stand closer together (proximity), then by attribute and position.
 * - A Chinese word matches as a contiguous substring (医疗 finds "…医疗影像…"). A Latin/digit word matches
 *   whole tokens only ("chain" does not find "blockchain", as in Meilisearch), except the last word of a query
 *   that does not end in a separator, which also matches as a token prefix (search-as-you-type).
 * - Synonyms: a word, or a part of a Chinese word, equal to a member of a synonym group also matches as any
 *   other member of the group (人工智慧平台 finds 人工智能平台 and AI平台).
 *
 * A query with words finds its matches over posting lists of every character, character pair and token
 * (embedded-postings.ts, embedded-indexed.ts) and ranks only what its page needs; `scanAll` visits every
 * document instead (embedded-scan.ts), the reference the indexed way is tested against.
 */
import { normalizeForSearch } from "./chinese";
import { PostingIndex } from "./embedded-postings";
import {
  SearchEngineError,
  type FieldValue,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "./engine";
import { indexedMatches } from "./embedded-indexed";
import {
  passesFilters,
  type Entry,
  type MatchInput,
  type Matches,
  type Ordered,
  type ValueFilter,
} from "./embedded-model";
import {
  ATTRIBUTE_SEPARATOR,
  compileQuery,
  DOCUMENT_ID,
  highlight,
  signatureOf,
  SIGNATURE_WORDS,
} from "./embedded-query";
import { rankingScore } from "./embedded-ranking";
import { scanMatches } from "./embedded-scan";

/** The distinct values of one filterable attribute, numbered so filters and facets work on small integers. */
interface ValueDictionary {
  ids: Map<string, number>;
  values: string[];
}

interface IndexState {
  definition: IndexDefinition;
  /** Synonym groups with every member normalized; empty members and duplicates removed. */
  synonymGroups: string[][];
  documents: Map<string, Entry>;
  /** One per filterable attribute. Values are never forgotten; facets leave out values without matches. */
  dictionaries: ValueDictionary[];
  /**
   * The documents in a result order ("" by id, "asc:budget" …), built on first use and dropped on every
   * write, so a search never sorts more than its relevance-ranked matches.
   */
  orders: Map<string, Ordered>;
  /** Which documents hold each character and character pair of their text: the candidates of a query word. */
  postings: PostingIndex;
}

function textOf(value: FieldValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId(x: Entry, y: Entry): number {
  return compareIds(x.document.id, y.document.id);
}

const collator = new Intl.Collator();

/** Ascending order of two present sort values: numbers (numerically) before strings (by locale). */
function compareSortValues(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return collator.compare(String(a), String(b));
}

function copyDefinition(index: IndexDefinition): IndexDefinition {
  return {
    uid: index.uid,
    primaryKey: index.primaryKey,
    searchableAttributes: [...index.searchableAttributes],
    filterableAttributes: [...index.filterableAttributes],
    sortableAttributes: [...index.sortableAttributes],
    synonymGroups: index.synonymGroups.map((group) => [...group]),
    chineseAttributes: [...index.chineseAttributes],
  };
}

function normalizeSynonyms(groups: string[][]): string[][] {
  return groups
    .map((group) => [...new Set(group.map((member) => normalizeForSearch(member).trim()).filter(Boolean))])
    .filter((group) => group.length > 1);
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function newDictionaries(definition: IndexDefinition): ValueDictionary[] {
  return definition.filterableAttributes.map(() => ({ ids: new Map(), values: [] }));
}

function valueId(dictionary: ValueDictionary, key: string): number {
  let id = dictionary.ids.get(key);
  if (id === undefined) {
    id = dictionary.values.length;
    dictionary.ids.set(key, id);
    dictionary.values.push(key);
  }
  return id;
}

function makeEntry(
  document: SearchDocument,
  definition: IndexDefinition,
  dictionaries: ValueDictionary[],
): Entry {
  let text = "";
  const starts: number[] = [];
  definition.searchableAttributes.forEach((attribute, i) => {
    if (i > 0) text += ATTRIBUTE_SEPARATOR;
    starts.push(text.length);
    text += normalizeForSearch(textOf(document[attribute]));
  });
  starts.push(text.length + 1);
  const valueIds = new Int32Array(definition.filterableAttributes.length);
  definition.filterableAttributes.forEach((attribute, i) => {
    const value = document[attribute];
    valueIds[i] = value === null || value === undefined ? -1 : valueId(dictionaries[i]!, String(value));
  });
  return { document, text, starts, valueIds, slot: -1 };
}

/** Validates a batch and copies its documents (callers may reuse their objects); the last of equal ids wins. */
function entriesOf(
  indexUid: string,
  documents: SearchDocument[],
  definition: IndexDefinition,
  dictionaries: ValueDictionary[],
): Entry[] {
  for (const document of documents) {
    if (typeof document.id !== "string" || !DOCUMENT_ID.test(document.id)) {
      throw new SearchEngineError(
        "taskFailed",
        `index "${indexUid}": invalid document id ${JSON.stringify(document.id)} (use 1–511 of A–Z a–z 0–9 - _)`,
      );
    }
  }
  return documents.map((document) => makeEntry({ ...document }, definition, dictionaries));
}

/** Adds `entry` to `documents` and `postings`, replacing (and unindexing) the document with its id. */
function store(documents: Map<string, Entry>, postings: PostingIndex, entry: Entry): void {
  const previous = documents.get(entry.document.id);
  if (previous) postings.remove(previous.slot, previous.text);
  entry.slot = postings.add(entry.text);
  documents.set(entry.document.id, entry);
}

export interface EmbeddedEngineOptions {
  /**
   * BENCHMARK AND TEST HOOK: visit every document on every query instead of only the posting-list candidates
   * (the engine before posting lists). Results are the same; tests compare the two.
   */
  scanAll?: boolean;
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private indexes = new Map<string, IndexState>();
  private stopped = false;
  private readonly scanAll: boolean;

  constructor(options: EmbeddedEngineOptions = {}) {
    this.scanAll = options.scanAll ?? false;
  }

  /**
   * TEST HOOK: simulates an engine outage. Until `start()`, every method rejects with
   * `SearchEngineError("unavailable")`, except `health()`, which reports `{ ok: false }`. Documents are kept.
   */
  stop(): void {
    this.stopped = true;
  }

  /** TEST HOOK: ends the outage started by `stop()`. */
  start(): void {
    this.stopped = false;
  }

  private assertRunning(): void {
    if (this.stopped) throw new SearchEngineError("unavailable", "the embedded search engine is stopped");
  }

  private state(indexUid: string): IndexState {
    this.assertRunning();
    const state = this.indexes.get(indexUid);
    if (!state) throw new SearchEngineError("notFound", `index "${indexUid}" does not exist`);
    return state;
  }

  async applySettings(index: IndexDefinition): Promise<void> {
    this.assertRunning();
    const definition = copyDefinition(index);
    const synonymGroups = normalizeSynonyms(definition.synonymGroups);
    const existing = this.indexes.get(index.uid);
    let documents = existing?.documents ?? new Map<string, Entry>();
    let dictionaries = existing?.dictionaries ?? newDictionaries(definition);
    let postings = existing?.postings ?? new PostingIndex();
    if (
      existing &&
      (!sameList(existing.definition.searchableAttributes, definition.searchableAttributes) ||
        !sameList(existing.definition.filterableAttributes, definition.filterableAttributes))
    ) {
      documents = new Map();
      dictionaries = newDictionaries(definition);
      postings = new PostingIndex();
      for (const entry of existing.documents.values()) {
        store(documents, postings, makeEntry(entry.document, definition, dictionaries));
      }
    }
    this.indexes.set(index.uid, {
      definition,
      synonymGroups,
      documents,
      dictionaries,
      orders: new Map(),
      postings,
    });
  }

  async upsert(indexUid: string, documents: SearchDocument[]): Promise<void> {
    const state = this.state(indexUid);
    const entries = entriesOf(indexUid, documents, state.definition, state.dictionaries);
    for (const entry of entries) store(state.documents, state.postings, entry);
    state.orders.clear();
  }

  async delete(indexUid: string, ids: string[]): Promise<void> {
    const state = this.state(indexUid);
    for (const id of ids) {
      const entry = state.documents.get(id);
      if (!entry) continue;
      state.postings.remove(entry.slot, entry.text);
      state.documents.delete(id);
    }
    state.orders.clear();
  }

  async count(indexUid: string): Promise<number> {
    return this.state(indexUid).documents.size;
  }

  async health(): Promise<{ ok: true } | { ok: false; detail: string }> {
    return this.stopped ? { ok: false, detail: "the embedded search engine is stopped" } : { ok: true };
  }

  async replaceAll(index: IndexDefinition, batches: AsyncIterable<SearchDocument[]>): Promise<void> {
    this.assertRunning();
    const definition = copyDefinition(index);
    const dictionaries = newDictionaries(definition);
    const documents = new Map<string, Entry>();
    const postings = new PostingIndex();
    for await (const batch of batches) {
      this.assertRunning();
      for (const entry of entriesOf(index.uid, batch, definition, dictionaries)) {
        store(documents, postings, entry);
      }
    }
    this.assertRunning();
    // One assignment: searches see either the old index or the complete new one.
    this.indexes.set(index.uid, {
      definition,
      synonymGroups: normalizeSynonyms(definition.synonymGroups),
      documents,
      dictionaries,
      orders: new Map(),
      postings,
    });
  }

  /** All documents by id, or by `sort` (missing values last in either direction, ties by id). Cached. */
  private ordered(state: IndexState, sort: SearchQuery["sort"]): Ordered {
    const key = sort ? `${sort.direction}:${sort.attribute}` : "";
    let ordered = state.orders.get(key);
    if (!ordered) {
      const order = [...state.documents.values()];
      if (!sort) {
        order.sort(byId);
      } else {
        const { attribute } = sort;
        const direction = sort.direction === "asc" ? 1 : -1;
        order.sort((x, y) => {
          const a = x.document[attribute];
          const b = y.document[attribute];
          const aMissing = a === null || a === undefined;
          const bMissing = b === null || b === undefined;
          if (aMissing || bMissing) {
            if (!(aMissing && bMissing)) return aMissing ? 1 : -1;
          } else {
            const order = compareSortValues(a, b);
            if (order !== 0) return direction * order;
          }
          return byId(x, y);
        });
      }
      const startWidth = state.definition.searchableAttributes.length + 1;
      const valueIds = state.definition.filterableAttributes.map(() => new Int32Array(order.length));
      ordered = {
        entries: order,
        signatures: this.scanAll ? new Int32Array(order.length * SIGNATURE_WORDS) : null,
        valueIds,
        starts: new Int32Array(order.length * startWidth),
        positionOfSlot: new Int32Array(state.postings.slotCount).fill(-1),
      };
      for (let i = 0; i < order.length; i++) {
        const entry = order[i]!;
        ordered.positionOfSlot[entry.slot] = i;
        ordered.signatures?.set((entry.signature ??= signatureOf(entry.text)), i * SIGNATURE_WORDS);
        for (let attribute = 0; attribute < valueIds.length; attribute++) {
          valueIds[attribute]![i] = entry.valueIds[attribute]!;
        }
        ordered.starts.set(entry.starts, i * startWidth);
      }
      state.orders.set(key, ordered);
    }
    return ordered;
  }

  async search(indexUid: string, query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const state = this.state(indexUid);
    const { definition, synonymGroups, dictionaries } = state;
    const { page, hitsPerPage, sort } = query;
    if (!Number.isInteger(page) || page < 1) {
      throw new SearchEngineError("invalidRequest", `page must be an integer ≥ 1, got ${page}`);
    }
    if (!Number.isInteger(hitsPerPage) || hitsPerPage < 1) {
      throw new SearchEngineError("invalidRequest", `hitsPerPage must be an integer ≥ 1, got ${hitsPerPage}`);
    }
    const filterable = (attribute: string, use: string): number => {
      const position = definition.filterableAttributes.indexOf(attribute);
      if (position === -1) {
        throw new SearchEngineError("invalidRequest", `attribute "${attribute}" is not filterable (${use})`);
      }
      return position;
    };
    // Filters: OR within an attribute, AND across attributes. An empty list of values does not filter.
    const filters: ValueFilter[] = [];
    for (const [attribute, values] of Object.entries(query.filters)) {
      const position = filterable(attribute, "filter");
      if (values.length === 0) continue;
      const dictionary = dictionaries[position]!;
      const accepted = new Uint8Array(dictionary.values.length);
      for (const value of values) {
        const id = dictionary.ids.get(String(value));
        if (id !== undefined) accepted[id] = 1;
      }
      filters.push({ position, accepted });
    }
    const facetPositions = query.facets.map((attribute) => filterable(attribute, "facet"));
    if (sort && !definition.sortableAttributes.includes(sort.attribute)) {
      throw new SearchEngineError("invalidRequest", `attribute "${sort.attribute}" is not sortable`);
    }

    const words = compileQuery(query.q, synonymGroups);
    const byRelevance = words.length > 0 && !sort;
    const tieBreak = byRelevance ? (query.tieBreak ?? null) : null;
    if (tieBreak && !definition.sortableAttributes.includes(tieBreak.attribute)) {
      throw new SearchEngineError("invalidRequest", `attribute "${tieBreak.attribute}" is not sortable`);
    }
    // Documents are visited in their final order, except when ranked by relevance: then in tie-break order (or
    // by id), which ranking keeps among equal relevance.
    const ordered = this.ordered(state, sort ?? tieBreak);
    const offset = (page - 1) * hitsPerPage;
    const input: MatchInput = {
      ordered,
      filters,
      attributeCount: definition.searchableAttributes.length,
      words,
      byRelevance,
      wanted: offset + hitsPerPage,
    };
    const { matched, ranked, keyOf } =
      words.length === 0
        ? filteredInOrder(input)
        : this.scanAll
          ? scanMatches(input)
          : indexedMatches(input, state.postings);
    const { entries, valueIds } = ordered;

    const counts = facetPositions.map((position) =>
      countValues(matched, valueIds[position]!, dictionaries[position]!.values.length),
    );
    const facets: Record<string, Record<string, number>> = {};
    query.facets.forEach((attribute, f) => {
      const { values } = dictionaries[facetPositions[f]!]!;
      const present: [value: string, count: number][] = [];
      counts[f]!.forEach((count, id) => {
        if (count > 0) present.push([values[id]!, count]);
      });
      present.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      facets[attribute] = Object.fromEntries(present);
    });

    const hits = Array.from(ranked.slice(offset, offset + hitsPerPage), (e) => {
      const entry = entries[e]!;
      const formatted: Record<string, string> = {};
      for (const attribute of query.highlight) {
        const value = entry.document[attribute];
        if (value === undefined || value === null) continue; // as Meilisearch: no text, no formatted value
        const original = textOf(value);
        const searchable = definition.searchableAttributes.indexOf(attribute);
        const normalized =
          searchable === -1
            ? normalizeForSearch(original)
            : entry.text.slice(entry.starts[searchable], entry.starts[searchable + 1]! - 1);
        formatted[attribute] = words.length === 0 ? original : highlight(original, normalized, words);
      }
      if (!query.showRankingScore) return { ...entry.document, _formatted: formatted };
      const score = words.length > 0 ? rankingScore(keyOf(e), words.length) : 1;
      return { ...entry.document, _formatted: formatted, _rankingScore: score };
    });

    return {
      hits,
      facets,
      totalHits: matched.length,
      page,
      hitsPerPage,
      processingTimeMs: Math.round(performance.now() - started),
    };
  }
}

/** How many of the documents at `positions` have each value id, given every document's (`valueIds`). */
function countValues(positions: Int32Array, valueIds: Int32Array, valueCount: number): Uint32Array {
  const counts = new Uint32Array(valueCount);
  for (let i = 0; i < positions.length; i++) {
    const id = valueIds[positions[i]!]!;
    if (id !== -1) counts[id]!++;
  }
  return counts;
}

/** Without query words: every document passing the filters, in order. */
function filteredInOrder(input: Omit<MatchInput, "words">): Matches {
  const { ordered, filters } = input;
  const passing: number[] = [];
  for (let e = 0; e < ordered.entries.length; e++) {
    if (passesFilters(filters, ordered.valueIds, e)) passing.push(e);
  }
  const matched = Int32Array.from(passing);
  return { matched, ranked: matched, keyOf: () => 0 };
}

export function createEmbeddedEngine(options: EmbeddedEngineOptions = {}): EmbeddedSearchEngine {
  return new EmbeddedSearchEngine(options);
}
