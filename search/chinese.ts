/**
 * Chinese text normalization for search.
 *
 * Both functions are POSITION-PRESERVING: the output has exactly the same UTF-16 length as the input and the
 * character at index i of the output comes from the character at index i of the input. Search code relies on
 * this to compute match offsets on normalized text and then wrap the same offsets of the original text in
 * highlight markers. A character whose conversion would change the length is left unchanged.
 */
import { Converter } from "opencc-js/t2cn";

type ConvertText = (text: string) => string;

/**
 * Traditional → Simplified at the CHARACTER level: the "t" → "cn" dictionaries (not "twp", which rewrites
 * whole phrases such as 影像 → 图像 and would break matching). Created lazily, on first use.
 */
let converter: ConvertText | undefined;

function simplifyConverter(): ConvertText {
  converter ??= Converter({ from: "t", to: "cn" });
  return converter;
}

// Code point → converted character (same UTF-16 length as the original), filled as characters are seen.
const simplifiedCache = new Map<number, string>();
const searchCache = new Map<number, string>();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function simplifyCharacter(codePoint: number, character: string): string {
  let converted = simplifiedCache.get(codePoint);
  if (converted === undefined) {
    const candidate = simplifyConverter()(character);
    converted = candidate.length === character.length ? candidate : character;
    simplifiedCache.set(codePoint, converted);
  }
  return converted;
}

function searchCharacter(codePoint: number, character: string): string {
  let normalized = searchCache.get(codePoint);
  if (normalized === undefined) {
    let folded = character;
    if (codePoint >= 0xff01 && codePoint <= 0xff5e) {
      // Full-width ASCII (Ａ, ｂ, ３, ！ …) → half-width: one UTF-16 unit each way.
      folded = String.fromCharCode(codePoint - 0xfee0);
    } else if (codePoint === 0x3000) {
      folded = " "; // ideographic space
    } else if (codePoint >= 0x00c0 && codePoint <= 0x024f) {
      // Latin letters with diacritics (é → e), as Meilisearch does; only when the base letter is one unit.
      const base = character.normalize("NFD").charAt(0);
      if (base.length === 1 && base.charCodeAt(0) < 0x80) folded = base;
    } else {
      folded = simplifyCharacter(codePoint, character);
    }
    const lower = folded.toLowerCase();
    normalized = lower.length === character.length ? lower : folded;
    searchCache.set(codePoint, normalized);
  }
  return normalized;
}

/**
 * Applies `map` to every character from U+0080 up (and, with `lowerAscii`, lower-cases A–Z), copying runs of
 * unchanged characters in one slice.
 */
function mapCharacters(
  text: string,
  map: (codePoint: number, character: string) => string,
  lowerAscii: boolean,
): string {
  let out = "";
  let unchangedFrom = 0; // start of the current run of characters that map to themselves
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i) as number;
    if (codePoint < 0x80) {
      if (lowerAscii && codePoint >= 0x41 && codePoint <= 0x5a) {
        out += text.slice(unchangedFrom, i) + String.fromCharCode(codePoint + 0x20);
        unchangedFrom = i + 1;
      }
      i += 1;
      continue;
    }
    const width = codePoint > 0xffff ? 2 : 1;
    const character = width === 1 ? text[i]! : text.slice(i, i + 2);
    const mapped = map(codePoint, character);
    if (mapped !== character) {
      out += text.slice(unchangedFrom, i) + mapped;
      unchangedFrom = i + width;
    }
    i += width;
  }
  return unchangedFrom === 0 ? text : out + text.slice(unchangedFrom);
}

/** Traditional → Simplified Chinese, character by character; same length and positions as `text`. */
export function toSimplified(text: string): string {
  if (isAscii(text)) return text;
  return mapCharacters(text, simplifyCharacter, false);
}

/**
 * The form both documents and queries are compared in: Simplified, lower-case, full-width ASCII folded to
 * half-width, Latin diacritics removed. Same length and positions as `text`.
 */
export function normalizeForSearch(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return mapCharacters(text, searchCharacter, true);
}

/** Chinese function words a query may contain that say nothing about what is searched for. */
const CHINESE_STOPWORDS = new Set(["的", "之", "与", "和", "及", "或", "在", "了", "是", "等", "对", "为"]);

let chineseSegmenter: Intl.Segmenter | undefined;

/**
 * Splits a run of Chinese text into words with the ICU dictionary segmenter Node ships. ICU cuts words its
 * dictionary lacks into single characters (区块链 → 区块|链, 随访 → 随|访, 无人机巡检 → 无人|机|巡|检), and
 * matching each character on its own would find far too much, so runs of single characters are joined again
 * into the two-character words most Chinese words are: a lone character joins the word before it (or after
 * it, at the start), an odd one out at the start of a longer run too (无人机|巡检), the rest go in pairs.
 * Function words (的, 与 …) are dropped.
 */
export function segmentChinese(text: string): string[] {
  chineseSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  let singles: string[] = [];
  let attachNext = "";
  const flushSingles = () => {
    let rest = singles;
    if (rest.length % 2 === 1) {
      if (words.length > 0) words[words.length - 1] += rest[0]!;
      else if (rest.length === 1) attachNext += rest[0]!;
      else {
        words.push(rest.slice(0, 3).join(""));
        rest = rest.slice(2);
      }
      rest = rest.slice(1);
    }
    for (let i = 0; i < rest.length; i += 2) words.push(attachNext + rest[i]! + rest[i + 1]!);
    if (rest.length > 0) attachNext = "";
    singles = [];
  };
  for (const { segment, isWordLike } of chineseSegmenter.segment(text)) {
    if (!isWordLike || CHINESE_STOPWORDS.has(segment)) continue;
    if ([...segment].length === 1) {
      singles.push(segment);
      continue;
    }
    flushSingles();
    words.push(attachNext + segment);
    attachNext = "";
  }
  flushSingles();
  if (attachNext) words.push(attachNext);
  return words;
}
