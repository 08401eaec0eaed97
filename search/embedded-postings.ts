/**
 * The embedded engine's posting lists: for every character and every pair of adjacent characters (UTF-16
 * units) of a document's normalized text, the documents holding it. A text containing a word contains every
 * character pair of the word (or, for a one-unit word, the unit), so intersecting the pairs' lists gives every
 * document that can contain the word — a superset the search then checks with the exact matcher (token edges,
 * prefixes). A query therefore touches only the documents that may match instead of scanning all of them,
 * while keeping the engine's semantics exactly (Chinese words match as substrings, which word-level postings
 * of a segmenter could not promise). Latin and digit words, which match whole tokens (or, typed last, token
 * prefixes), are looked up among the text's tokens instead, exactly. Documents are numbered by slots given out
 * in increasing order, so every list stays sorted by appending.
 */
import { isWordCodePoint, type Alternative } from "./embedded-query";

/** A last occurrence too far after the first to keep (or unknown). */
const FAR = 0xffff;

/**
 * A sorted, growable list of slots, with where the key first occurs in each slot's text, how far after that it
 * last occurs (FAR: unknown), and which attributes hold it (bit a: attribute a, the last bit standing for it
 * and every later one).
 */
class SlotList {
  data = new Int32Array(4);
  firsts = new Int32Array(4);
  lastDeltas = new Uint16Array(4);
  attributes = new Uint8Array(4);
  length = 0;

  push(slot: number, first: number, last: number, attributes: number): void {
    if (this.length === this.data.length) {
      const room = this.data.length * 2;
      const data = new Int32Array(room);
      data.set(this.data);
      this.data = data;
      const firsts = new Int32Array(room);
      firsts.set(this.firsts);
      this.firsts = firsts;
      const lastDeltas = new Uint16Array(room);
      lastDeltas.set(this.lastDeltas);
      this.lastDeltas = lastDeltas;
      const attributes = new Uint8Array(room);
      attributes.set(this.attributes);
      this.attributes = attributes;
    }
    this.data[this.length] = slot;
    this.firsts[this.length] = first;
    this.lastDeltas[this.length] = Math.min(last - first, FAR);
    this.attributes[this.length++] = attributes;
  }

  /** Index of `slot` at or after `from`, or where it would go (slots are ascending). */
  seek(slot: number, from: number): number {
    // Galloping then binary search: cheap both for close and for far targets.
    let step = 1;
    let low = from;
    let high = from;
    while (high < this.length && this.data[high]! < slot) {
      low = high + 1;
      high = from + step;
      step *= 2;
    }
    if (high > this.length) high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.data[middle]! < slot) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  remove(slot: number): void {
    const at = this.seek(slot, 0);
    if (at < this.length && this.data[at] === slot) {
      this.data.copyWithin(at, at + 1, this.length);
      this.firsts.copyWithin(at, at + 1, this.length);
      this.lastDeltas.copyWithin(at, at + 1, this.length);
      this.attributes.copyWithin(at, at + 1, this.length);
      this.length--;
    }
  }
}

const PAIR_BASE = 0x10000;

/** Attributes are joined with NUL (embedded-query.ts ATTRIBUTE_SEPARATOR): the attribute at an index. */
const NUL = 0;
/** The bits of an attribute mask: attributes past the last share it. */
const ATTRIBUTE_BITS = 8;

/** The distinct keys of a text, each with where it first and last occurs and the attributes holding it. */
class Occurrences<K> {
  readonly keys: K[] = [];
  readonly firsts: number[] = [];
  readonly lasts: number[] = [];
  readonly masks: number[] = [];
  private readonly index = new Map<K, number>();

  /** Notes an occurrence of `key` at `at`, in the attribute of mask bit `bit`. */
  note(key: K, at: number, bit: number): void {
    const i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, this.keys.length);
      this.keys.push(key);
      this.firsts.push(at);
      this.lasts.push(at);
      this.masks.push(bit);
    } else {
      this.lasts[i] = at;
      this.masks[i]! |= bit;
    }
  }
}

/** The keys of a text: each distinct unit (< 2^16) and each distinct adjacent pair (≥ 2^16). */
function keysOf(text: string): Occurrences<number> {
  const keys = new Occurrences<number>();
  let previous = -1;
  let attribute = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === NUL) attribute++;
    const bit = 1 << Math.min(attribute, ATTRIBUTE_BITS - 1);
    keys.note(unit, i, bit);
    if (previous !== -1) keys.note(PAIR_BASE + previous * PAIR_BASE + unit, i - 1, bit);
    previous = unit;
  }
  return keys;
}

/**
 * The tokens of a text — maximal runs of letters and digits outside Chinese, as `findMatch` draws token
 * edges.
 */
function tokensOf(text: string): Occurrences<string> {
  const tokens = new Occurrences<string>();
  let start = -1;
  let attribute = 0;
  for (let i = 0; i <= text.length;) {
    const codePoint = i < text.length ? (text.codePointAt(i) as number) : -1;
    const inWord = codePoint !== -1 && isWordCodePoint(codePoint);
    if (inWord && start === -1) start = i;
    if (!inWord && start !== -1) {
      tokens.note(text.slice(start, i), start, 1 << Math.min(attribute, ATTRIBUTE_BITS - 1));
      start = -1;
    }
    if (codePoint === NUL) attribute++;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return tokens;
}

/** Adds `slot` with its `occurrences` to `lists`, calling `created` for each key that had no list. */
function post<K>(
  lists: Map<K, SlotList>,
  occurrences: Occurrences<K>,
  slot: number,
  created?: (key: K) => void,
): void {
  const { keys, firsts, lasts, masks } = occurrences;
  for (let i = 0; i < keys.length; i++) {
    let list = lists.get(keys[i]!);
    if (!list) {
      list = new SlotList();
      lists.set(keys[i]!, list);
      created?.(keys[i]!);
    }
    list.push(slot, firsts[i]!, lasts[i]!, masks[i]!);
  }
}

/** Takes `slot` out of the lists of its `occurrences`' keys, calling `emptied` for each list it empties. */
function unpost<K>(
  lists: Map<K, SlotList>,
  occurrences: Occurrences<K>,
  slot: number,
  emptied?: (key: K) => void,
): void {
  for (const key of occurrences.keys) {
    const list = lists.get(key);
    if (!list) continue;
    list.remove(slot);
    if (list.length === 0) {
      lists.delete(key);
      emptied?.(key);
    }
  }
}

/** Whether `text` is one token: letters and digits outside Chinese only. */
function isToken(text: string): boolean {
  for (const character of text) if (!isWordCodePoint(character.codePointAt(0) as number)) return false;
  return text.length > 0;
}

/** The documents that may hold a needle, or a query word's alternative. */
export interface Candidates {
  /** Ascending. */
  slots: Int32Array;
  /**
   * Per slot, where it first occurs (≥ 0: the slot holds it there), or, as ~from (< 0), that the slot may hold
   * it but not before index `from`: its text tells.
   */
  firsts: Int32Array;
  /** Per slot, a mask of the attributes that may hold it (every attribute that does is in it). */
  attributes: Uint8Array;
  /** For a prefix: whether this list's token is the prefix itself (its slots hold it as a whole token). */
  wholeToken?: boolean;
}

const EMPTY: Candidates = {
  slots: new Int32Array(0),
  firsts: new Int32Array(0),
  attributes: new Uint8Array(0),
};

export class PostingIndex {
  private lists = new Map<number, SlotList>();
  /** Per token, the slots holding it; and every token, sorted (code units), for prefixes. */
  private tokens = new Map<string, SlotList>();
  private sortedTokens: string[] = [];
  private nextSlot = 0;

  /** One more than the highest slot ever given out. */
  get slotCount(): number {
    return this.nextSlot;
  }

  /** Indexes `text` under a new slot, returned. */
  add(text: string): number {
    const slot = this.nextSlot++;
    post(this.lists, keysOf(text), slot);
    post(this.tokens, tokensOf(text), slot, (token) =>
      this.sortedTokens.splice(this.tokenIndex(token), 0, token),
    );
    return slot;
  }

  /** Forgets `slot`, indexed with `text`. */
  remove(slot: number, text: string): void {
    unpost(this.lists, keysOf(text), slot);
    unpost(this.tokens, tokensOf(text), slot, (token) => this.sortedTokens.splice(this.tokenIndex(token), 1));
  }

  /** Where `token` is, or would go, in `sortedTokens`. */
  private tokenIndex(token: string): number {
    let low = 0;
    let high = this.sortedTokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sortedTokens[middle]! < token) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Whether some document may match `alternative`, at the cost of a few lookups: false when one of its tokens
   * or character pairs is in no document (`candidatesOf` then finds none).
   */
  mayMatch({ text, boundedStart, boundedEnd }: Alternative): boolean {
    if (boundedStart && isToken(text)) {
      if (boundedEnd) return this.tokens.has(text);
      return this.sortedTokens[this.tokenIndex(text)]?.startsWith(text) ?? false;
    }
    if (text.length === 1) return this.lists.has(text.charCodeAt(0));
    for (let i = 1; i < text.length; i++) {
      if (!this.lists.has(PAIR_BASE + text.charCodeAt(i - 1) * PAIR_BASE + text.charCodeAt(i))) return false;
    }
    return true;
  }

  /**
   * The candidates of a query word's alternative, as one or more lists. An alternative that is one token and
   * must start one — a Latin or digit word — is looked up among the tokens: the list of that token, or, for a
   * prefix, of every token it begins, each exact. Others go by `candidates` of their text, checked in the
   * text when a token edge is asked for.
   */
  candidatesOf(alternative: Alternative): Candidates[] {
    const { text, boundedStart, boundedEnd } = alternative;
    if (boundedStart && isToken(text)) {
      if (boundedEnd) return [this.whole(this.tokens.get(text))];
      const lists: Candidates[] = [];
      for (let i = this.tokenIndex(text); i < this.sortedTokens.length; i++) {
        const token = this.sortedTokens[i]!;
        if (!token.startsWith(text)) break;
        lists.push({ ...this.whole(this.tokens.get(token)), wholeToken: token === text });
      }
      return lists;
    }
    const found = this.candidates(text);
    if (!boundedStart && !boundedEnd) return [found];
    return [{ ...found, firsts: found.firsts.map((first) => (first >= 0 ? ~first : first)) }];
  }

  /**
   * The slots, ascending, of the documents that may contain `needle` (non-empty) — every document that does
   * is among them. For one or two units they all do, and the postings tell where first. For more, the
   * needle's pair of offset k stands at f + k wherever the needle stands at f, so f is at least the first
   * occurrence of each pair minus its offset; when these all agree (and no pair repeats), the needle stands
   * there, first.
   */
  candidates(needle: string): Candidates {
    if (needle.length === 1) return this.whole(this.lists.get(needle.charCodeAt(0)));
    // Each distinct pair of the needle with its first offset.
    const offsets = new Map<number, number>();
    let repeated = false;
    for (let i = 1; i < needle.length; i++) {
      const key = PAIR_BASE + needle.charCodeAt(i - 1) * PAIR_BASE + needle.charCodeAt(i);
      if (offsets.has(key)) repeated = true;
      else offsets.set(key, i - 1);
    }
    const lists: { list: SlotList; offset: number }[] = [];
    for (const [key, offset] of offsets) {
      const list = this.lists.get(key);
      if (!list) return EMPTY;
      lists.push({ list, offset });
    }
    if (needle.length === 2) return this.whole(lists[0]!.list);
    lists.sort((a, b) => a.list.length - b.list.length);
    const { list: shortest } = lists[0]!;
    const slots = shortest.data.slice(0, shortest.length);
    const attributes = shortest.attributes.slice(0, shortest.length);
    // Per slot: where the needle can first occur, from the pairs so far — not before the first occurrence of
    // any pair minus its offset (`from`), not after the last of any (`until`).
    const from = new Int32Array(shortest.length);
    const until = new Int32Array(shortest.length).fill(2 ** 31 - 1);
    let count = 0;
    for (let l = 0; l < lists.length; l++) {
      const { list, offset } = lists[l]!;
      const total = l === 0 ? slots.length : count;
      let kept = 0;
      let at = 0;
      for (let i = 0; i < total; i++) {
        const slot = slots[i]!;
        at = l === 0 ? i : list.seek(slot, at);
        if (at === list.length) break;
        if (list.data[at] !== slot) continue;
        const first = list.firsts[at]!;
        const lastDelta = list.lastDeltas[at]!;
        const earliest = Math.max(l === 0 ? 0 : from[i]!, first - offset);
        const latest = lastDelta === FAR ? until[i]! : Math.min(until[i]!, first + lastDelta - offset);
        if (earliest > latest) continue;
        slots[kept] = slot;
        from[kept] = earliest;
        until[kept] = latest;
        attributes[kept++] = attributes[i]! & list.attributes[at]!;
      }
      count = kept;
    }
    // Where every pair is known to stand at its offset from `from` (its first or its last occurrence), the
    // needle stands there, first.
    const firsts = from.subarray(0, count);
    const known = new Uint8Array(count).fill(repeated ? 0 : 1);
    for (const { list, offset } of lists) {
      let at = 0;
      for (let i = 0; i < count; i++) {
        at = list.seek(slots[i]!, at);
        if (known[i] === 0) continue;
        const first = list.firsts[at]!;
        const lastDelta = list.lastDeltas[at]!;
        const stands = firsts[i]! + offset;
        if (stands !== first && (lastDelta === FAR || stands !== first + lastDelta)) known[i] = 0;
      }
    }
    for (let i = 0; i < count; i++) if (known[i] === 0) firsts[i] = ~firsts[i]!;
    return { slots: slots.subarray(0, count), firsts, attributes: attributes.subarray(0, count) };
  }

  private whole(list: SlotList | undefined): Candidates {
    if (!list) return EMPTY;
    return {
      slots: list.data.subarray(0, list.length),
      firsts: list.firsts.subarray(0, list.length),
      attributes: list.attributes.subarray(0, list.length),
    };
  }

  /** How many (key or token, slot) entries are stored: the index's size. */
  get size(): number {
    let total = 0;
    for (const list of this.lists.values()) total += list.length;
    for (const list of this.tokens.values()) total += list.length;
    return total;
  }
}
