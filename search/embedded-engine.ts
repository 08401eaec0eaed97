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
 * A query with words visits only the documents its words can match: posting lists (embedded-postings.ts) of
 * every character and character pair give the candidates of each word, and for Chinese words of one or two
 * characters also where they first occur, so such documents are ranked without reading their text. Ranking a
 * page near the top of many matches selects its ranks instead of sorting every match.
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
import {
  ATTRIBUTE_SEPARATOR,
  compileQuery,
  DOCUMENT_ID,
  findMatch,
  highlight,
  mayContainWord,
  signatureOf,
  SIGNATURE_WORDS,
  type Alternative,
  type QueryWord,
} from "./embedded-query";
import {
  attributeAt,
  BUCKET_WEIGHT,
  MAX_BUCKET,
  MAX_OCCURRENCES,
  proximityOf,
  rankingScore,
  relevanceKey,
} from "./embedded-ranking";

/** A stored document with its searchable attributes normalized once, at upsert time. */
interface Entry {
  document: SearchDocument;
  /**
   * normalizeForSearch(String(value)) of every searchable attribute, in `searchableAttributes` order, joined
   * with NUL (which no query word contains): the first match in `text` is in the most important attribute.
   */
  text: string;
  /** Where each attribute starts in `text`, then `text.length + 1`. */
  starts: number[];
  /**
   * Which UTF-16 units (hashed to SIGNATURE_BITS) occur in `text`: rules documents out cheaply when every
   * document is scanned (`scanAll`; the posting lists do it otherwise).
   */
  signature: Int32Array;
  /** Per filterable attribute (in `filterableAttributes` order), the id of String(value) or -1 when absent. */
  valueIds: Int32Array;
  /** The entry's number in the index's posting lists (-1 until it is added). */
  slot: number;
}

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

/**
 * Documents in one order, with what every search reads of each copied side by side into typed arrays: a scan
 * then walks contiguous memory instead of chasing a pointer per document (which dominated the run time).
 */
interface Ordered {
  entries: Entry[];
  /** SIGNATURE_WORDS per entry. */
  signatures: Int32Array;
  /** `filterableAttributes.length` value ids per entry. */
  valueIds: Int32Array;
  /** `searchableAttributes.length + 1` attribute starts per entry. */
  starts: Int32Array;
  /** Posting slot → position in `entries` (-1: a slot no longer in the index). */
  positionOfSlot: Int32Array;
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
  return { document, text, starts, signature: signatureOf(text), valueIds, slot: -1 };
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
      const valueWidth = state.definition.filterableAttributes.length;
      const startWidth = state.definition.searchableAttributes.length + 1;
      ordered = {
        entries: order,
        signatures: new Int32Array(order.length * SIGNATURE_WORDS),
        valueIds: new Int32Array(order.length * valueWidth),
        starts: new Int32Array(order.length * startWidth),
        positionOfSlot: new Int32Array(state.postings.slotCount).fill(-1),
      };
      for (let i = 0; i < order.length; i++) {
        const entry = order[i]!;
        ordered.positionOfSlot[entry.slot] = i;
        ordered.signatures.set(entry.signature, i * SIGNATURE_WORDS);
        ordered.valueIds.set(entry.valueIds, i * valueWidth);
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
    const filters: { position: number; accepted: Uint8Array }[] = [];
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
    // Relevance keys are needed to rank, and to score hits when asked (a sorted search is scored, not ranked).
    const scoring = words.length > 0 && (byRelevance || query.showRankingScore === true);
    const attributeCount = definition.searchableAttributes.length;
    const valueWidth = definition.filterableAttributes.length;
    const startWidth = attributeCount + 1;
    // Per-word scratch space, reused across documents so non-matching documents allocate nothing.
    const bestAttributes = new Array<number>(words.length).fill(0);
    const occurrences: number[][] = words.map(() => []);
    const occurrenceAttributes: number[][] = words.map(() => []);
    // Positions (in `entries`) of the matches. Documents are visited in their final order, except when ranked
    // by relevance: then in tie-break order (or by id), which a stable sort by relevance keeps among equals.
    const matched: number[] = [];
    const keys: number[] = [];
    const tieBreak = byRelevance ? (query.tieBreak ?? null) : null;
    if (tieBreak && !definition.sortableAttributes.includes(tieBreak.attribute)) {
      throw new SearchEngineError("invalidRequest", `attribute "${tieBreak.attribute}" is not sortable`);
    }
    const { entries, signatures, valueIds, starts, positionOfSlot } = this.ordered(state, sort ?? tieBreak);
    // With query words only documents holding some alternative of some word can match: the posting-list
    // candidates, visited in the same order as a full scan (null: visit every document).
    const candidates =
      words.length > 0 && !this.scanAll
        ? candidatesOf(state.postings, words, positionOfSlot, entries.length)
        : null;
    const visit = candidates?.positions ?? null;
    const hints = candidates?.hints ?? null;
    const visitCount = visit ? visit.length : entries.length;

    // Per document that passes the filters and matches some word: which words it matches (bit w: word w).
    const masks: number[] = [];
    // How many of those documents each word matches.
    const frequencies = new Array<number>(words.length).fill(0);
    documentLoop: for (let v = 0; v < visitCount; v++) {
      const e = visit ? visit[v]! : v;
      for (const { position, accepted } of filters) {
        // An absent value (id -1) reads undefined: not accepted.
        if (accepted[valueIds[e * valueWidth + position]!] !== 1) continue documentLoop;
      }
      if (words.length > 0) {
        const text = entries[e]!.text;
        const offset = e * startWidth;
        let mask = 0;
        let matchedWords = 0;
        let positions = 0;
        let prefixes = 0;
        for (let w = 0; w < words.length; w++) {
          // Cheap pre-check: the word needs an alternative whose characters all occur in the document.
          if (!hints && !mayContainWord(signatures, e * SIGNATURE_WORDS, words[w]!)) continue;
          // The first match in the joined text is in the earliest attribute, at the earliest position there.
          let first = -1;
          let firstAlternative: Alternative | null = null;
          const alternatives = words[w]!.alternatives;
          for (let a = 0; a < alternatives.length; a++) {
            const alternative = alternatives[a]!;
            let index: number;
            if (hints) {
              const hint = hints[w]![a]![e]!;
              if (hint === NOT_CANDIDATE) continue;
              index = hint === VERIFY ? findMatch(text, alternative, 0) : hint - FIRST_AT;
            } else {
              index = findMatch(text, alternative, 0);
            }
            if (index !== -1 && (first === -1 || index < first)) {
              first = index;
              firstAlternative = alternative;
            }
          }
          if (first === -1) continue;
          mask |= 1 << w;
          frequencies[w]!++;
          if (!scoring) continue;
          if (words.length > 1) {
            const found = occurrences[matchedWords]!;
            const foundIn = occurrenceAttributes[matchedWords]!;
            found.length = 0;
            foundIn.length = 0;
            for (let a = 0; a < alternatives.length; a++) {
              if (hints && hints[w]![a]![e] === NOT_CANDIDATE) continue;
              const alternative = alternatives[a]!;
              for (
                let i = findMatch(text, alternative, 0);
                i !== -1 && found.length < 2 * MAX_OCCURRENCES;
                i = findMatch(text, alternative, i + 1)
              ) {
                found.push(i, i + alternative.text.length);
                foundIn.push(attributeAt(starts, offset, i));
              }
            }
          }
          const attribute = attributeAt(starts, offset, first);
          bestAttributes[matchedWords] = attribute;
          matchedWords++;
          positions += first - starts[offset + attribute]!;
          const twin = firstAlternative!.exactTwin;
          if (twin) {
            const exactAt = findMatch(text, twin, first);
            if (exactAt === -1 || exactAt >= starts[offset + attribute + 1]!) prefixes++;
          }
        }
        if (mask === 0) continue documentLoop;
        masks.push(mask);
        if (scoring) {
          // Insertion sort: a handful of small numbers.
          for (let i = 1; i < matchedWords; i++) {
            const attribute = bestAttributes[i]!;
            let j = i - 1;
            for (; j >= 0 && bestAttributes[j]! > attribute; j--) bestAttributes[j + 1] = bestAttributes[j]!;
            bestAttributes[j + 1] = attribute;
          }
          const proximity =
            matchedWords > 1 ? proximityOf(occurrences, occurrenceAttributes, matchedWords) : 0;
          keys.push(
            relevanceKey(proximity, bestAttributes, matchedWords, attributeCount, positions, prefixes),
          );
        }
      }
      matched.push(e);
    }

    if (words.length > 0) {
      // Meilisearch's matchingStrategy "frequency": documents with every word first; then, dropping words one
      // at a time, the one found in the most documents first (ties: the later word), documents with the words
      // left. The rarest word is never dropped. A document's bucket is how many words were dropped to take it.
      const dropOrder = words.map((_, w) => w).sort((a, b) => frequencies[b]! - frequencies[a]! || b - a);
      const required = [2 ** words.length - 1];
      for (let k = 1; k < words.length; k++) required.push(required[k - 1]! & ~(1 << dropOrder[k - 1]!));
      let kept = 0;
      for (let i = 0; i < matched.length; i++) {
        const mask = masks[i]!;
        const bucket = required.findIndex((needed) => (mask & needed) === needed);
        if (bucket === -1) continue;
        matched[kept] = matched[i]!;
        if (scoring) keys[kept] = Math.min(bucket, MAX_BUCKET) * BUCKET_WEIGHT + keys[i]!;
        kept++;
      }
      matched.length = kept;
      keys.length = scoring ? kept : 0;
    }

    let ranked = matched;
    const offset = (page - 1) * hitsPerPage;
    // Ranked positions needed: those up to the end of the requested page.
    const wanted = offset + hitsPerPage;
    if (byRelevance && wanted * 16 < matched.length) {
      // A page near the top of many matches: select its ranks instead of sorting every match.
      ranked = Array.from(smallest(keys, wanted), (i) => matched[i]!);
    } else if (byRelevance) {
      const count = matched.length;
      let maxKey = 0;
      for (const key of keys) if (key > maxKey) maxKey = key;
      if ((maxKey + 1) * count < Number.MAX_SAFE_INTEGER) {
        // Key and visiting position packed in one number: a native numeric sort, ties in id order.
        const packed = new Float64Array(count);
        for (let i = 0; i < count; i++) packed[i] = keys[i]! * count + i;
        packed.sort();
        ranked = Array.from(packed, (value) => matched[value % count]!);
      } else {
        const order = Array.from(matched, (_, i) => i);
        order.sort((x, y) => keys[x]! - keys[y]! || x - y);
        ranked = order.map((i) => matched[i]!);
      }
    }

    const facets: Record<string, Record<string, number>> = {};
    query.facets.forEach((attribute, f) => {
      const position = facetPositions[f]!;
      const { values } = dictionaries[position]!;
      const counts = new Uint32Array(values.length);
      for (const e of matched) {
        const id = valueIds[e * valueWidth + position]!;
        if (id !== -1) counts[id]!++;
      }
      const present: [value: string, count: number][] = [];
      counts.forEach((count, id) => {
        if (count > 0) present.push([values[id]!, count]);
      });
      present.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      facets[attribute] = Object.fromEntries(present);
    });

    // The relevance key of each match (by position in `entries`), to score the hits of this page.
    const keyOf = new Map<number, number>();
    if (query.showRankingScore && scoring) matched.forEach((e, i) => keyOf.set(e, keys[i]!));
    const hits = ranked.slice(offset, offset + hitsPerPage).map((e) => {
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
      const score = scoring ? rankingScore(keyOf.get(e)!, words.length) : 1;
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

/**
 * The indices of the `count` smallest keys, by key then index (the order a stable sort by key gives), with a
 * bounded max-heap: one pass over the keys instead of a sort of all of them.
 */
function smallest(keys: number[], count: number): number[] {
  const heap: number[] = []; // indices; the root is the largest kept (key, index)
  const above = (x: number, y: number) => keys[x]! > keys[y]! || (keys[x] === keys[y] && x > y);
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < heap.length && above(heap[left]!, heap[top]!)) top = left;
      if (right < heap.length && above(heap[right]!, heap[top]!)) top = right;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let k = 0; k < keys.length; k++) {
    if (heap.length < count) {
      heap.push(k);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!above(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (count > 0 && above(heap[0]!, k)) {
      heap[0] = k;
      siftDown(0);
    }
  }
  return heap.sort((x, y) => keys[x]! - keys[y]! || x - y);
}

/** Per query word, per alternative, per position in `entries`: what the postings say of the document. */
const NOT_CANDIDATE = 0; // it does not contain the alternative
const VERIFY = 1; // it may: check its text
const FIRST_AT = 2; // FIRST_AT + i: it does, first at index i (no need to read the text)

/**
 * The positions (in the order's `entries`), ascending, of the documents that may contain an alternative of
 * some query word, and the hints per word and alternative. An alternative of one or two units with no token
 * edge to respect (Chinese) is found exactly by the postings, with its first index; others are checked.
 */
function candidatesOf(
  postings: PostingIndex,
  words: QueryWord[],
  positionOfSlot: Int32Array,
  entryCount: number,
): { positions: Int32Array; hints: Int32Array[][] } {
  const marks = new Uint8Array(entryCount);
  let marked = 0;
  const hints = words.map((word) =>
    word.alternatives.map((alternative) => {
      const { slots, firsts } = postings.candidates(alternative.text);
      const exact = firsts !== null && !alternative.boundedStart && !alternative.boundedEnd;
      const hint = new Int32Array(entryCount);
      for (let i = 0; i < slots.length; i++) {
        const position = positionOfSlot[slots[i]!]!;
        hint[position] = exact ? FIRST_AT + firsts[i]! : VERIFY;
        if (marks[position] === 0) {
          marks[position] = 1;
          marked++;
        }
      }
      return hint;
    }),
  );
  const positions = new Int32Array(marked);
  let n = 0;
  for (let p = 0; p < entryCount; p++) if (marks[p] === 1) positions[n++] = p;
  return { positions, hints };
}

export function createEmbeddedEngine(options: EmbeddedEngineOptions = {}): EmbeddedSearchEngine {
  return new EmbeddedSearchEngine(options);
}
