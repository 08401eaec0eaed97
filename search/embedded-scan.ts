/**
 * The embedded engine's reference way of finding a query's matches: every document is visited and every word
 * looked for in its text (a character signature rules most out first), then every match is ranked. It is what
 * the engine did before posting lists; `createEmbeddedEngine({ scanAll: true })` uses it so that tests can check
 * the indexed way (embedded-indexed.ts) against it and the benchmark can show what the posting lists save.
 */
import type { MatchInput, Matches } from "./embedded-model";
import { passesFilters } from "./embedded-model";
import { findMatch, mayContainWord, SIGNATURE_WORDS, type Alternative } from "./embedded-query";
import {
  attributeAt,
  BUCKET_WEIGHT,
  bucketOf,
  bucketRequirements,
  gatherOccurrences,
  MAX_BUCKET,
  proximityOf,
  relevanceKey,
  sortSmall,
} from "./embedded-ranking";

export function scanMatches(input: MatchInput): Matches {
  const { ordered, filters, attributeCount, words, byRelevance, wanted } = input;
  const { entries, valueIds, starts } = ordered;
  const signatures = ordered.signatures!; // built for every engine that scans
  const startWidth = attributeCount + 1;
  // Per-word scratch space, reused across documents so non-matching documents allocate nothing.
  const bestAttributes = new Array<number>(words.length).fill(0);
  const occurrences: number[][] = words.map(() => []);
  const occurrenceAttributes: number[][] = words.map(() => []);
  const matched: number[] = [];
  const masks: number[] = [];
  const keys: number[] = [];
  const frequencies = new Array<number>(words.length).fill(0);
  for (let e = 0; e < entries.length; e++) {
    if (!passesFilters(filters, valueIds, e)) continue;
    const text = entries[e]!.text;
    const offset = e * startWidth;
    let mask = 0;
    let matchedWords = 0;
    let positions = 0;
    let prefixes = 0;
    for (let w = 0; w < words.length; w++) {
      if (!mayContainWord(signatures, e * SIGNATURE_WORDS, words[w]!)) continue;
      // The first match in the joined text is in the earliest attribute, at the earliest position there.
      let first = -1;
      let firstAlternative: Alternative | null = null;
      for (const alternative of words[w]!.alternatives) {
        const index = findMatch(text, alternative, 0);
        if (index !== -1 && (first === -1 || index < first)) {
          first = index;
          firstAlternative = alternative;
        }
      }
      if (first === -1) continue;
      mask |= 1 << w;
      frequencies[w]!++;
      if (words.length > 1) {
        gatherOccurrences(
          text,
          words[w]!.alternatives,
          starts,
          offset,
          occurrences[matchedWords]!,
          occurrenceAttributes[matchedWords]!,
        );
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
    if (mask === 0) continue;
    masks.push(mask);
    sortSmall(bestAttributes, matchedWords);
    const proximity = matchedWords > 1 ? proximityOf(occurrences, occurrenceAttributes, matchedWords) : 0;
    keys.push(relevanceKey(proximity, bestAttributes, matchedWords, attributeCount, positions, prefixes));
    matched.push(e);
  }

  const required = bucketRequirements(frequencies);
  let kept = 0;
  for (let i = 0; i < matched.length; i++) {
    const bucket = bucketOf(masks[i]!, required);
    if (bucket === -1) continue;
    matched[kept] = matched[i]!;
    keys[kept] = Math.min(bucket, MAX_BUCKET) * BUCKET_WEIGHT + keys[i]!;
    kept++;
  }
  matched.length = kept;
  keys.length = kept;

  const keyOf = new Map<number, number>();
  matched.forEach((e, i) => keyOf.set(e, keys[i]!));
  // Equal keys stay in visiting order.
  const ranked = byRelevance
    ? matched
        .map((_, i) => i)
        .sort((x, y) => keys[x]! - keys[y]! || x - y)
        .slice(0, wanted)
        .map((i) => matched[i]!)
    : matched;
  return {
    matched: Int32Array.from(matched),
    ranked: Int32Array.from(ranked),
    keyOf: (position) => keyOf.get(position)!,
  };
}
