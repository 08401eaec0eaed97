/**
 * The embedded engine's ranking: Meilisearch's rules (words dropped by the matching strategy, proximity,
 * attribute, position, exactness) folded into one sort key, and the ranking score (`_rankingScore`) derived
 * from it, with what both ways of finding matches (embedded-indexed.ts, embedded-scan.ts) rank by.
 */
import { findMatch, type Alternative } from "./embedded-query";

/**
 * The attribute (index into `searchableAttributes`) holding position `index` of an entry's text, given the
 * entry's attribute starts at `offset` in `starts`.
 */
export function attributeAt(starts: Int32Array, offset: number, index: number): number {
  let attribute = 0;
  while (starts[offset + attribute + 1]! <= index) attribute++;
  return attribute;
}

/** The proximity cost of two words in different attributes, and the most one pair of words can cost. */
export const MAX_PAIR_PROXIMITY = 8;
/** Match positions looked at per word when measuring how close the words are. */
export const MAX_OCCURRENCES = 16;

/**
 * How far apart consecutive query words are in the document (0: each word right after the one before it), as
 * in Meilisearch's proximity rule: per pair of words, the closest pair of their matches in one attribute; the
 * other order costs one more; matches in different attributes, or further apart, cost MAX_PAIR_PROXIMITY.
 * `occurrences[w]` holds the start and end of word w's matches, flat; `attributes[w]` their attributes.
 */
export function proximityOf(occurrences: number[][], attributes: number[][], count: number): number {
  let total = 0;
  for (let w = 0; w + 1 < count; w++) {
    const left = occurrences[w]!;
    const right = occurrences[w + 1]!;
    let best = MAX_PAIR_PROXIMITY;
    for (let i = 0; i < left.length && best > 0; i += 2) {
      for (let j = 0; j < right.length && best > 0; j += 2) {
        if (attributes[w]![i / 2] !== attributes[w + 1]![j / 2]) continue;
        const [ls, le, rs, re] = [left[i]!, left[i + 1]!, right[j]!, right[j + 1]!];
        const cost = rs >= le ? rs - le : ls >= re ? ls - re + 1 : MAX_PAIR_PROXIMITY;
        if (cost < best) best = cost;
      }
    }
    total += best;
  }
  return total;
}

/**
 * Relevance as one number, smaller is better: how close together the matched words are (proximity), then the
 * best attribute of each matched word (sorted, as base-`attributeCount` digits: more words in earlier
 * attributes wins), then the sum of first-match positions, then prefix matches. Exact while
 * attributeCount^words < 2^24; with more words the attribute part saturates (ties by position). Below
 * BUCKET_WEIGHT, so that the matching-strategy bucket can be added in front.
 */
export function relevanceKey(
  proximity: number,
  bestAttributes: number[],
  matchedWords: number,
  attributeCount: number,
  positions: number,
  prefixes: number,
) {
  let attributes = 0;
  for (let i = 0; i < matchedWords; i++)
    attributes = Math.min(attributes * attributeCount + bestAttributes[i]!, 2 ** 24 - 1);
  const primary = Math.min(proximity, 63) * 2 ** 24 + attributes;
  return (primary * 2 ** 14 + Math.min(positions, 2 ** 14 - 1)) * 2 ** 5 + Math.min(prefixes, 31);
}

/** relevanceKey is below 2^49: buckets (words dropped) weigh more than all of it, up to MAX_BUCKET. */
export const BUCKET_WEIGHT = 2 ** 49;
export const MAX_BUCKET = 15;

/**
 * The ranking score (Meilisearch's `_rankingScore`) of a match with sort key `key` (bucket × BUCKET_WEIGHT +
 * relevanceKey) for a query of `wordCount` words, in [0, 1]: the words rule first — a match with every word
 * scores above any match missing one — then, within its bucket, the rest of the key (proximity, attribute,
 * position, exactness) as a fraction. It is monotone in the key, so hits ranked by relevance have
 * non-increasing scores; a match with every word side by side at the start of the first attribute scores 1.
 */
export function rankingScore(key: number, wordCount: number): number {
  if (wordCount === 0) return 1;
  const bucket = Math.floor(key / BUCKET_WEIGHT);
  const inner = 1 - (key - bucket * BUCKET_WEIGHT) / BUCKET_WEIGHT;
  const score = (wordCount - bucket - 1 + inner) / wordCount;
  return Math.min(1, Math.max(0, score));
}

/** Sorts the first `count` numbers of `values` ascending in place (insertion sort: a handful of them). */
export function sortSmall(values: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    let j = i - 1;
    for (; j >= 0 && values[j]! > value; j--) values[j + 1] = values[j]!;
    values[j + 1] = value;
  }
}

/**
 * Meilisearch's matchingStrategy "frequency": documents with every word first; then, dropping words one at a
 * time, the one found in the most documents first (ties: the later word), documents with the words left. The
 * rarest word is never dropped. Returns, per bucket (how many words were dropped), the mask of words a
 * document needs to be in it.
 */
export function bucketRequirements(frequencies: number[]): number[] {
  const dropOrder = frequencies.map((_, w) => w).sort((a, b) => frequencies[b]! - frequencies[a]! || b - a);
  const required = [2 ** frequencies.length - 1];
  for (let k = 1; k < frequencies.length; k++) required.push(required[k - 1]! & ~(1 << dropOrder[k - 1]!));
  return required;
}

/** The bucket of a document matching the words in `mask` (bit w: word w), or -1 when it is in none. */
export function bucketOf(mask: number, required: number[]): number {
  for (let k = 0; k < required.length; k++) {
    const needed = required[k]!;
    if ((mask & needed) === needed) return k;
  }
  return -1;
}

/**
 * Collects, for proximity, the matches of every alternative of a word in `text` (start and end, flat, in
 * `found`; their attributes in `foundIn`), at most MAX_OCCURRENCES in all, alternatives in order.
 */
export function gatherOccurrences(
  text: string,
  alternatives: Alternative[],
  starts: Int32Array,
  offset: number,
  found: number[],
  foundIn: number[],
): void {
  found.length = 0;
  foundIn.length = 0;
  for (const alternative of alternatives) {
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

/** Whether the match (key k1, position p1) ranks after (k2, p2): a larger key, or an equal key offered later. */
function ranksAfter(k1: number, p1: number, k2: number, p2: number): boolean {
  return k1 > k2 || (k1 === k2 && p1 > p2);
}

/**
 * The `capacity` best (smallest key; equal keys: the one offered first) of a stream of matches offered in
 * ascending position, kept in a bounded max-heap: one pass instead of a sort of every match.
 */
export class TopRanks {
  private readonly keys: Float64Array;
  private readonly positions: Int32Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.keys = new Float64Array(capacity);
    this.positions = new Int32Array(capacity);
  }

  /**
   * Whether a match with this key, offered after every kept one, would be kept. The caller may pass a lower
   * bound of the key when that is all it knows: false then means the match cannot be kept.
   */
  admits(key: number): boolean {
    return this.size < this.capacity || key < this.keys[0]!;
  }

  /** Offers a match with a position above every one offered before. */
  offer(key: number, position: number): void {
    const { keys, positions } = this;
    let i: number;
    if (this.size < this.capacity) {
      // Sift up from a new leaf.
      i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksAfter(key, position, keys[parent]!, positions[parent]!)) break;
        keys[i] = keys[parent]!;
        positions[i] = positions[parent]!;
        i = parent;
      }
    } else {
      if (!this.admits(key)) return;
      // Replace the worst kept (the root) and sift down.
      i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= this.size) break;
        const right = left + 1;
        const child =
          right < this.size && ranksAfter(keys[right]!, positions[right]!, keys[left]!, positions[left]!)
            ? right
            : left;
        if (!ranksAfter(keys[child]!, positions[child]!, key, position)) break;
        keys[i] = keys[child]!;
        positions[i] = positions[child]!;
        i = child;
      }
    }
    keys[i] = key;
    positions[i] = position;
  }

  /** The kept matches, best first: their positions and keys. */
  ranked(): { positions: Int32Array; keys: Float64Array } {
    const order = Array.from({ length: this.size }, (_, i) => i).sort(
      (x, y) => this.keys[x]! - this.keys[y]! || this.positions[x]! - this.positions[y]!,
    );
    return {
      positions: Int32Array.from(order, (i) => this.positions[i]!),
      keys: Float64Array.from(order, (i) => this.keys[i]!),
    };
  }
}
