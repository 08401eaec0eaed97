/**
 * The embedded engine's posting lists: for every character and every pair of adjacent characters (UTF-16
 * units) of a document's normalized text, the documents holding it. A text containing a word contains every
 * character pair of the word (or, for a one-unit word, the unit), so intersecting the pairs' lists gives every
 * document that can contain the word — a superset the search then checks with the exact matcher (token edges,
 * prefixes). A query therefore touches only the documents that may match instead of scanning all of them,
 * while keeping the engine's semantics exactly (Chinese words match as substrings, which word-level postings
 * of a segmenter could not promise). Documents are numbered by slots given out in increasing order, so every
 * list stays sorted by appending.
 */

/** A sorted, growable list of slots, with where the key first occurs in each slot's text. */
class SlotList {
  data = new Int32Array(4);
  firsts = new Int32Array(4);
  length = 0;

  push(slot: number, first: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
      const grownFirsts = new Int32Array(this.firsts.length * 2);
      grownFirsts.set(this.firsts);
      this.firsts = grownFirsts;
    }
    this.data[this.length] = slot;
    this.firsts[this.length++] = first;
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
      this.length--;
    }
  }
}

const PAIR_BASE = 0x10000;

/**
 * The keys of a text — each distinct unit (< 2^16) and each distinct adjacent pair (≥ 2^16) — with the index
 * of their first occurrence.
 */
function keysOf(text: string): Map<number, number> {
  const keys = new Map<number, number>();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!keys.has(unit)) keys.set(unit, i);
    if (previous !== -1) {
      const pair = PAIR_BASE + previous * PAIR_BASE + unit;
      if (!keys.has(pair)) keys.set(pair, i - 1);
    }
    previous = unit;
  }
  return keys;
}

export interface Candidates {
  /** Ascending. */
  slots: Int32Array;
  /** Per slot: no occurrence of the needle in its text starts before this index. */
  from: Int32Array;
  /**
   * Whether every slot holds the needle, first at `from` (needles of one or two units); otherwise a slot only
   * may hold it, and its text tells.
   */
  exact: boolean;
}

const EMPTY = new Int32Array(0);

export class PostingIndex {
  private lists = new Map<number, SlotList>();
  private nextSlot = 0;

  /** One more than the highest slot ever given out. */
  get slotCount(): number {
    return this.nextSlot;
  }

  /** Indexes `text` under a new slot, returned. */
  add(text: string): number {
    const slot = this.nextSlot++;
    for (const [key, first] of keysOf(text)) {
      let list = this.lists.get(key);
      if (!list) {
        list = new SlotList();
        this.lists.set(key, list);
      }
      list.push(slot, first);
    }
    return slot;
  }

  /** Forgets `slot`, indexed with `text`. */
  remove(slot: number, text: string): void {
    for (const key of keysOf(text).keys()) {
      const list = this.lists.get(key);
      if (!list) continue;
      list.remove(slot);
      if (list.length === 0) this.lists.delete(key);
    }
  }

  /**
   * The slots, ascending, of the documents that may contain `needle` (non-empty) — every document that does is
   * among them — and from where in each text it may occur: an occurrence at f holds the needle's pair of
   * offset k at f + k, so f is at least the first occurrence of every pair minus its offset.
   */
  candidates(needle: string): Candidates {
    if (needle.length === 1) return this.whole(this.lists.get(needle.charCodeAt(0)));
    // Each distinct pair of the needle with its first offset.
    const offsets = new Map<number, number>();
    for (let i = 1; i < needle.length; i++) {
      const key = PAIR_BASE + needle.charCodeAt(i - 1) * PAIR_BASE + needle.charCodeAt(i);
      if (!offsets.has(key)) offsets.set(key, i - 1);
    }
    const lists: { list: SlotList; offset: number }[] = [];
    for (const [key, offset] of offsets) {
      const list = this.lists.get(key);
      if (!list) return { slots: EMPTY, from: EMPTY, exact: needle.length === 2 };
      lists.push({ list, offset });
    }
    if (needle.length === 2) return this.whole(lists[0]!.list);
    lists.sort((a, b) => a.list.length - b.list.length);
    const { list: shortest, offset: shortestOffset } = lists[0]!;
    const slots = shortest.data.slice(0, shortest.length);
    const from = new Int32Array(shortest.length);
    for (let i = 0; i < shortest.length; i++) from[i] = Math.max(0, shortest.firsts[i]! - shortestOffset);
    let count = slots.length;
    for (let l = 1; l < lists.length && count > 0; l++) {
      const { list, offset } = lists[l]!;
      let kept = 0;
      let at = 0;
      for (let i = 0; i < count; i++) {
        const slot = slots[i]!;
        at = list.seek(slot, at);
        if (at === list.length) break;
        if (list.data[at] !== slot) continue;
        slots[kept] = slot;
        from[kept++] = Math.max(from[i]!, list.firsts[at]! - offset);
      }
      count = kept;
    }
    return { slots: slots.subarray(0, count), from: from.subarray(0, count), exact: false };
  }

  private whole(list: SlotList | undefined): Candidates {
    if (!list) return { slots: EMPTY, from: EMPTY, exact: true };
    return {
      slots: list.data.subarray(0, list.length),
      from: list.firsts.subarray(0, list.length),
      exact: true,
    };
  }

  /** How many (key, slot) entries are stored: the index's size. */
  get size(): number {
    let total = 0;
    for (const list of this.lists.values()) total += list.length;
    return total;
  }
}
