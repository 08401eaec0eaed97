/**
 * The embedded engine's query side: how a query becomes words and alternatives (segmentation, synonyms,
 * prefixes), how a word is found in a document's normalized text, the character signatures that rule documents
 * out cheaply, and highlighting. Split from embedded-engine.ts (the index and the search loop).
 */
import { normalizeForSearch, segmentChinese } from "./chinese";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./engine";

/** One way a query word can appear in a text. */
export interface Alternative {
  text: string;
  /** The match must not be preceded by a letter or digit (a Latin/digit edge must start a token). */
  boundedStart: boolean;
  /** The match must not be followed by a letter or digit (false for a prefix match). */
  boundedEnd: boolean;
  /** For a prefix alternative: the same text matched as a whole token, to tell exact from prefix matches. */
  exactTwin: Alternative | null;
  /** The signature bits a document must have to contain `text`, as parallel (word index, bits) lists. */
  maskWords: number[];
  maskBits: number[];
}

export interface QueryWord {
  /** The word itself first, then its synonyms. */
  alternatives: Alternative[];
}

/** Meilisearch's rule for document ids. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
// Control characters separate too: NUL joins a document's attributes and must never be part of a word.
const SEPARATORS = /[\s\p{P}\p{S}\p{Cc}]+/u;
const ENDS_WITH_SEPARATOR = /[\s\p{P}\p{S}\p{Cc}]$/u;
export const ATTRIBUTE_SEPARATOR = "\u0000";
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Synonym substitutions combine per query word up to this many alternatives. */
const MAX_ALTERNATIVES = 64;
/**
 * Size of the per-document character signature (256 bytes a document). A typical task document has a few
 * hundred distinct characters, so about a tenth of the bits are set and a two-character word rules out ~99% of
 * the documents that lack it before any substring search.
 */
const SIGNATURE_BITS = 2048;
export const SIGNATURE_WORDS = SIGNATURE_BITS / 32;

function signatureBit(unit: number): number {
  return unit & (SIGNATURE_BITS - 1);
}

export function signatureOf(text: string): Int32Array {
  const signature = new Int32Array(SIGNATURE_WORDS);
  for (let i = 0; i < text.length; i++) {
    const bit = signatureBit(text.charCodeAt(i));
    signature[bit >>> 5]! |= 1 << (bit & 31);
  }
  return signature;
}

/**
 * Whether the document whose signature starts at `offset` in `signatures` may contain some alternative of
 * `word` (false: it certainly does not).
 */
export function mayContainWord(signatures: Int32Array, offset: number, word: QueryWord): boolean {
  for (const { maskWords, maskBits } of word.alternatives) {
    let possible = true;
    for (let i = 0; i < maskWords.length && possible; i++) {
      const bits = maskBits[i]!;
      possible = (signatures[offset + maskWords[i]!]! & bits) === bits;
    }
    if (possible) return true;
  }
  return false;
}

/** Per code point below 2^16, once asked: 1 when it is a word code point, 2 when not (0: not yet asked). */
const wordCodePoints = new Uint8Array(0x10000);

/** A letter or digit of a space-separated script: the characters tokens are made of outside Chinese. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x30 && codePoint <= 0x39) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x61 && codePoint <= 0x7a)
    );
  }
  // The regular expressions cost far more than a lookup, and indexing asks for every character of every text.
  const known = codePoint < 0x10000 ? wordCodePoints[codePoint]! : 0;
  if (known !== 0) return known === 1;
  const character = String.fromCodePoint(codePoint);
  const word = LETTER_OR_DIGIT.test(character) && !CJK.test(character);
  if (codePoint < 0x10000) wordCodePoints[codePoint] = word ? 1 : 2;
  return word;
}

function wordCharacterAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return isWordCodePoint(text.codePointAt(index) as number);
}

function wordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const unit = text.charCodeAt(index - 1);
  const start = unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordCodePoint(text.codePointAt(start) as number);
}

function firstCodePoint(text: string): number {
  return text.codePointAt(0) as number;
}

function lastCodePoint(text: string): number {
  const unit = text.charCodeAt(text.length - 1);
  const start = unit >= 0xdc00 && unit <= 0xdfff && text.length >= 2 ? text.length - 2 : text.length - 1;
  return text.codePointAt(start) as number;
}

function makeAlternative(text: string, prefix: boolean): Alternative {
  const boundedStart = isWordCodePoint(firstCodePoint(text));
  const endsInWord = isWordCodePoint(lastCodePoint(text));
  const mask = signatureOf(text);
  const maskWords: number[] = [];
  const maskBits: number[] = [];
  mask.forEach((bits, word) => {
    if (bits !== 0) {
      maskWords.push(word);
      maskBits.push(bits);
    }
  });
  return {
    text,
    boundedStart,
    boundedEnd: endsInWord && !prefix,
    exactTwin: prefix && endsInWord ? makeAlternative(text, false) : null,
    maskWords,
    maskBits,
  };
}

/** The first index ≥ from where `alternative` matches `text`, or -1. */
export function findMatch(text: string, alternative: Alternative, from: number): number {
  const needle = alternative.text;
  let index = text.indexOf(needle, from);
  while (index !== -1) {
    if (
      (!alternative.boundedStart || !wordCharacterBefore(text, index)) &&
      (!alternative.boundedEnd || !wordCharacterAt(text, index + needle.length))
    ) {
      return index;
    }
    index = text.indexOf(needle, index + 1);
  }
  return -1;
}

/** Splits a normalized query into words: on separators, then between Chinese and non-Chinese runs. */
function splitWords(normalizedQuery: string): string[] {
  const words: string[] = [];
  for (const piece of normalizedQuery.split(SEPARATORS)) {
    let current = "";
    let currentIsCjk: boolean | null = null;
    for (const character of piece) {
      const isCjk = CJK.test(character);
      if (currentIsCjk !== null && isCjk !== currentIsCjk) {
        words.push(current);
        current = "";
      }
      current += character;
      currentIsCjk = isCjk;
    }
    if (current) words.push(current);
  }
  return words;
}

/**
 * The word and every variant obtained by replacing synonym-group members found in it (leftmost-longest,
 * non-overlapping, respecting token edges) by the other members of their group.
 */
function synonymVariants(word: string, groups: string[][]): string[] {
  const occurrences: { start: number; end: number; group: string[] }[] = [];
  for (const group of groups) {
    for (const member of group) {
      const probe = makeAlternative(member, false);
      for (let i = findMatch(word, probe, 0); i !== -1; i = findMatch(word, probe, i + 1)) {
        occurrences.push({ start: i, end: i + member.length, group });
      }
    }
  }
  if (occurrences.length === 0) return [word];
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  let variants = [""];
  let position = 0;
  for (const occurrence of occurrences) {
    if (occurrence.start < position) continue; // overlaps one already chosen
    const literal = word.slice(position, occurrence.start);
    const original = word.slice(occurrence.start, occurrence.end);
    const replacements =
      variants.length * occurrence.group.length <= MAX_ALTERNATIVES ? occurrence.group : [original];
    variants = variants.flatMap((variant) => replacements.map((member) => variant + literal + member));
    position = occurrence.end;
  }
  const rest = word.slice(position);
  return [...new Set([word, ...variants.map((variant) => variant + rest)])];
}

/** A Chinese piece of a query as words: synonym-group members found in it stay whole, the rest is segmented. */
function chineseWords(piece: string, groups: string[][]): string[] {
  const occurrences: { start: number; end: number }[] = [];
  for (const group of groups) {
    for (const member of group) {
      if (!CJK.test(member)) continue;
      for (let i = piece.indexOf(member); i !== -1; i = piece.indexOf(member, i + 1)) {
        occurrences.push({ start: i, end: i + member.length });
      }
    }
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  const words: string[] = [];
  let position = 0;
  for (const { start, end } of occurrences) {
    if (start < position) continue;
    if (start > position) words.push(...segmentChinese(piece.slice(position, start)));
    words.push(piece.slice(start, end));
    position = end;
  }
  if (position < piece.length) words.push(...segmentChinese(piece.slice(position)));
  return words;
}

export function compileQuery(q: string, groups: string[][]): QueryWord[] {
  const normalized = normalizeForSearch(q);
  const words = splitWords(normalized).flatMap((piece) =>
    CJK.test(piece) ? chineseWords(piece, groups) : [piece],
  );
  const lastIsPrefix = !ENDS_WITH_SEPARATOR.test(normalized);
  return words.slice(0, MAX_QUERY_WORDS).map((word, index) => {
    const prefix = lastIsPrefix && index === words.length - 1;
    const variants = synonymVariants(word, groups);
    // Only the word as typed matches as a prefix; its synonyms must match whole.
    return { alternatives: variants.map((text, i) => makeAlternative(text, prefix && i === 0)) };
  });
}

/**
 * Positions of every match of every word, non-overlapping, leftmost-longest, wrapped in highlight marks;
 * adjacent matches share one mark.
 */
export function highlight(original: string, normalized: string, words: QueryWord[]): string {
  const matches: [start: number, end: number][] = [];
  for (const word of words) {
    for (const alternative of word.alternatives) {
      const length = alternative.text.length;
      for (
        let i = findMatch(normalized, alternative, 0);
        i !== -1;
        i = findMatch(normalized, alternative, i + 1)
      ) {
        matches.push([i, i + length]);
      }
    }
  }
  if (matches.length === 0) return original;
  matches.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let position = 0;
  for (const [start, end] of matches) {
    if (start < position) continue;
    if (start === position && out.endsWith(HIGHLIGHT_END)) {
      // Adjacent words (医疗|影像) read as one marked run.
      out = out.slice(0, -HIGHLIGHT_END.length) + original.slice(start, end) + HIGHLIGHT_END;
    } else {
      out += original.slice(position, start) + HIGHLIGHT_START + original.slice(start, end) + HIGHLIGHT_END;
    }
    position = end;
  }
  return out + original.slice(position);
}

/** Words of a query beyond this many are ignored (a document's matched words are bits of one number). */
export const MAX_QUERY_WORDS = 30;
