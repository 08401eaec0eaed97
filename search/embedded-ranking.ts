/**
 * The embedded engine's ranking: Meilisearch's rules (words dropped by the matching strategy, proximity,
 * attribute, position, exactness) folded into one sort key, and the ranking score (`_rankingScore`) derived
 * from it. Split from embedded-engine.ts.
 */

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
