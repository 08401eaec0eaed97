/**
 * The embedded engine's way of finding a query's matches over its posting lists (embedded-postings.ts), with
 * the same results as visiting every document (embedded-scan.ts, tested side by side) at a cost that grows
 * with what the query needs rather than with the index:
 *
 * 1. Per query word, only the documents the postings name for one of its alternatives are looked at, and where
 *    the postings tell where the alternative first occurs (one or two Chinese characters, Latin tokens, longer
 *    words whose pairs' first or last occurrences line up), the text is not read at all.
 * 2. Buckets (words dropped) come from which words each document matches, without ranking anything.
 * 3. Only the ranks up to the requested page are kept, in one pass in tie order. A document's key is first
 *    bounded from below without its proximity (the costliest part: every occurrence of every word in its text);
 *    the proximity is measured only when that bound could still enter the page, and not at all when each two
 *    consecutive words share no attribute (the most a pair costs) or first stand side by side (nothing).
 */
import { passesFilters, type MatchInput, type Matches } from "./embedded-model";
import type { PostingIndex } from "./embedded-postings";
import { findMatch } from "./embedded-query";
import {
  attributeAt,
  BUCKET_WEIGHT,
  bucketOf,
  bucketRequirements,
  gatherOccurrences,
  MAX_BUCKET,
  MAX_PAIR_PROXIMITY,
  proximityOf,
  relevanceKey,
  sortSmall,
  TopRanks,
} from "./embedded-ranking";

/** Where each word first matches each document, and through which alternative. */
interface WordMatches {
  /** Per position in `entries`: the first match's index in the text + 1, or 0 when the word does not match. */
  firstPlusOne: Int32Array;
  /** Per position: the index of the alternative that matches first (the earlier alternative on equal index). */
  alternative: Uint8Array;
  /** Per position: a mask of the attributes its matches may be in (each one they are in is in it). */
  attributes: Uint8Array;
  /**
   * When the word is typed last (a prefix) and looked up among the tokens: per position, where it first occurs
   * as a whole token + 1, or 0 — what tells an exact match from a prefix without the text.
   */
  wholeTokenPlusOne: Int32Array | null;
}

export function indexedMatches(input: MatchInput, postings: PostingIndex): Matches {
  const { ordered, filters, attributeCount, words, byRelevance, wanted } = input;
  const { entries, valueIds, starts, positionOfSlot } = ordered;
  const count = entries.length;
  const startWidth = attributeCount + 1;

  // 1. Which words each document (passing the filters) matches, and where first. A word no document may hold
  // is the rarest, never dropped: then nothing matches.
  const none = { matched: new Int32Array(0), ranked: new Int32Array(0), keyOf: () => 0 };
  if (words.some((word) => !word.alternatives.some((alternative) => postings.mayMatch(alternative))))
    return none;
  const candidates = words.map((word) =>
    word.alternatives.map((alternative) => postings.candidatesOf(alternative)),
  );
  if (
    candidates.some((lists) =>
      lists.every((alternative) => alternative.every(({ slots }) => slots.length === 0)),
    )
  ) {
    return none;
  }
  const masks = new Int32Array(count);
  const frequencies = new Array<number>(words.length).fill(0);
  // Filter verdicts, decided once per document: 0 not yet, 1 passes, -1 does not.
  const verdicts = filters.length > 0 ? new Int8Array(count) : null;
  const found: WordMatches[] = words.map((word, w) => {
    const firstPlusOne = new Int32Array(count);
    const alternativeOf = new Uint8Array(count);
    const attributesOf = new Uint8Array(count);
    const tokenLists = candidates[w]![0]!;
    const wholeTokenPlusOne =
      word.alternatives[0]!.exactTwin && tokenLists.every((list) => list.wholeToken !== undefined)
        ? new Int32Array(count)
        : null;
    word.alternatives.forEach((alternative, a) => {
      for (const { slots, firsts, attributes, wholeToken } of candidates[w]![a]!) {
        if (wholeToken && wholeTokenPlusOne) {
          for (let i = 0; i < slots.length; i++)
            wholeTokenPlusOne[positionOfSlot[slots[i]!]!] = firsts[i]! + 1;
        }
        for (let i = 0; i < slots.length; i++) {
          const position = positionOfSlot[slots[i]!]!;
          if (verdicts) {
            let verdict = verdicts[position]!;
            if (verdict === 0) {
              verdict = passesFilters(filters, valueIds, position) ? 1 : -1;
              verdicts[position] = verdict;
            }
            if (verdict === -1) continue;
          }
          // Where the postings name the first match, the text is not read.
          const known = firsts[i]!;
          const index = known >= 0 ? known : findMatch(entries[position]!.text, alternative, ~known);
          if (index === -1) continue;
          attributesOf[position]! |= attributes[i]!;
          const current = firstPlusOne[position]!;
          if (current === 0) {
            frequencies[w]!++;
            masks[position]! |= 1 << w;
          } else if (index + 1 >= current) {
            continue;
          }
          firstPlusOne[position] = index + 1;
          alternativeOf[position] = a;
        }
      }
    });
    return { firstPlusOne, alternative: alternativeOf, attributes: attributesOf, wholeTokenPlusOne };
  });

  // 2. The matches, ascending, and their buckets (a document matching every word is in bucket 0).
  const required = bucketRequirements(frequencies);
  const all = required[0]!;
  const bucketAt = new Uint8Array(count);
  const matchedAll = new Int32Array(count);
  let matchCount = 0;
  for (let p = 0; p < count; p++) {
    const mask = masks[p]!;
    if (mask === 0) continue;
    if (mask !== all) {
      const bucket = bucketOf(mask, required);
      if (bucket === -1) {
        masks[p] = 0;
        continue;
      }
      bucketAt[p] = Math.min(bucket, MAX_BUCKET);
    }
    matchedAll[matchCount++] = p;
  }
  const matched = matchedAll.subarray(0, matchCount);

  // 3. Keys, on demand.
  const bestAttributes = new Array<number>(words.length).fill(0);
  const occurrences: number[][] = words.map(() => []);
  const occurrenceAttributes: number[][] = words.map(() => []);
  // Whether the last key `keyAt` returned is exact (else it is a lower bound).
  let exactKey = true;
  /**
   * The key of the match at `position`. Its proximity is known without reading the text when every two
   * consecutive matched words either share no attribute (the most a pair can cost) or first occur side by
   * side (nothing); otherwise, with `bound`, a lower bound of the key is returned instead, the unknown pairs
   * counted as side by side.
   */
  const keyAt = (position: number, bound: boolean): number => {
    const mask = masks[position]!;
    const offset = position * startWidth;
    let matchedWords = 0;
    let positions = 0;
    let prefixes = 0;
    let knownProximity = 0;
    let proximityKnown = true;
    let previousEnd = -1;
    let previousAlternative = -1;
    let previousAttributes = 0;
    let text: string | null = null;
    for (let w = 0; w < words.length; w++) {
      if ((mask & (1 << w)) === 0) continue;
      const { firstPlusOne, alternative: alternativeOf, attributes, wholeTokenPlusOne } = found[w]!;
      const first = firstPlusOne[position]! - 1;
      const a = alternativeOf[position]!;
      const alternative = words[w]!.alternatives[a]!;
      if (matchedWords > 0) {
        if ((previousAttributes & attributes[position]!) === 0) knownProximity += MAX_PAIR_PROXIMITY;
        // Only a first alternative's first occurrence is sure to be among those proximity looks at (at most
        // MAX_OCCURRENCES, alternatives in order). Side by side is within one attribute: NUL parts them.
        else if (previousAlternative !== 0 || a !== 0 || first !== previousEnd) proximityKnown = false;
      }
      previousEnd = first + alternative.text.length;
      previousAlternative = a;
      previousAttributes = attributes[position]!;
      const attribute = attributeAt(starts, offset, first);
      bestAttributes[matchedWords++] = attribute;
      positions += first - starts[offset + attribute]!;
      const twin = alternative.exactTwin;
      if (twin) {
        // The typed word whole, at or after its first match as a prefix (which is never after its first whole).
        let exactAt: number;
        if (wholeTokenPlusOne) exactAt = wholeTokenPlusOne[position]! - 1;
        else {
          text ??= entries[position]!.text;
          exactAt = findMatch(text, twin, first);
        }
        if (exactAt === -1 || exactAt >= starts[offset + attribute + 1]!) prefixes++;
      }
    }
    sortSmall(bestAttributes, matchedWords);
    let proximity = knownProximity;
    exactKey = proximityKnown || !bound;
    if (!proximityKnown && !bound) {
      text ??= entries[position]!.text;
      let k = 0;
      for (let w = 0; w < words.length; w++) {
        if ((mask & (1 << w)) === 0) continue;
        gatherOccurrences(
          text,
          words[w]!.alternatives,
          starts,
          offset,
          occurrences[k]!,
          occurrenceAttributes[k]!,
        );
        k++;
      }
      proximity = proximityOf(occurrences, occurrenceAttributes, matchedWords);
    }
    return (
      bucketAt[position]! * BUCKET_WEIGHT +
      relevanceKey(proximity, bestAttributes, matchedWords, attributeCount, positions, prefixes)
    );
  };

  if (!byRelevance) return { matched, ranked: matched, keyOf: (position) => keyAt(position, false) };

  const top = new TopRanks(Math.min(wanted, matchCount));
  for (let m = 0; m < matchCount; m++) {
    const position = matched[m]!;
    // The bucket alone already decides most of the documents once the page is full.
    if (!top.admits(bucketAt[position]! * BUCKET_WEIGHT)) continue;
    const key = keyAt(position, true);
    if (!top.admits(key)) continue;
    top.offer(exactKey ? key : keyAt(position, false), position);
  }
  const { positions: ranked, keys } = top.ranked();
  const keyOfRanked = new Map<number, number>();
  ranked.forEach((position, i) => keyOfRanked.set(position, keys[i]!));
  return { matched, ranked, keyOf: (position) => keyOfRanked.get(position) ?? keyAt(position, false) };
}
