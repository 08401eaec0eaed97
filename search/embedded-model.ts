/**
 * What the embedded engine's parts share: a stored document, the documents in one result order, and the
 * question and answer of the two ways of finding a query's matches — over the posting lists
 * (embedded-indexed.ts, what every search uses) and by scanning every document (embedded-scan.ts, the
 * reference the first is tested and benchmarked against).
 */
import type { SearchDocument } from "./engine";
import type { QueryWord } from "./embedded-query";

/** A stored document with its searchable attributes normalized once, at upsert time. */
export interface Entry {
  document: SearchDocument;
  /**
   * normalizeForSearch(String(value)) of every searchable attribute, in `searchableAttributes` order, joined
   * with NUL (which no query word contains): the first match in `text` is in the most important attribute.
   */
  text: string;
  /** Where each attribute starts in `text`, then `text.length + 1`. */
  starts: number[];
  /** Per filterable attribute (in `filterableAttributes` order), the id of String(value) or -1 when absent. */
  valueIds: Int32Array;
  /** Its text's character signature (see Ordered.signatures), kept once an engine that scans has ordered it. */
  signature?: Int32Array;
  /** The entry's number in the index's posting lists (-1 until it is added). */
  slot: number;
}

/**
 * Documents in one order, with what every search reads of each copied side by side into typed arrays: a scan
 * then walks contiguous memory instead of chasing a pointer per document (which dominated the run time).
 */
export interface Ordered {
  entries: Entry[];
  /**
   * SIGNATURE_WORDS per entry: which UTF-16 units (hashed) occur in its text, what rules documents out cheaply in
   * the reference scan. Built only for an engine that scans (null otherwise).
   */
  signatures: Int32Array | null;
  /** Per filterable attribute, the value id of every entry (a column: a facet reads one contiguous array). */
  valueIds: Int32Array[];
  /** `searchableAttributes.length + 1` attribute starts per entry. */
  starts: Int32Array;
  /** Posting slot → position in `entries` (-1: a slot no longer in the index). */
  positionOfSlot: Int32Array;
}

/** Documents whose value of the filterable attribute at `position` has an id with `accepted[id] === 1`. */
export interface ValueFilter {
  position: number;
  accepted: Uint8Array;
}

export interface MatchInput {
  ordered: Ordered;
  /** All must accept a document (an empty list: every document passes). */
  filters: ValueFilter[];
  attributeCount: number;
  /** At least one. */
  words: QueryWord[];
  /** Rank the matches by relevance (else they stay in `ordered`'s order). */
  byRelevance: boolean;
  /** How many ranked matches are needed: those up to the end of the requested page. */
  wanted: number;
}

export interface Matches {
  /** Every match, by position in `ordered.entries`, ascending. */
  matched: Int32Array;
  /** The first `wanted` (or all) matches in result order: by relevance, ties in `matched` order. */
  ranked: Int32Array;
  /** The relevance sort key of a match (bucket and relevance: smaller is better). */
  keyOf(position: number): number;
}

/** Whether the document at `position` passes every filter. An absent value (id -1) is never accepted. */
export function passesFilters(filters: ValueFilter[], valueIds: Int32Array[], position: number): boolean {
  for (const { position: attribute, accepted } of filters) {
    if (accepted[valueIds[attribute]![position]!] !== 1) return false;
  }
  return true;
}
