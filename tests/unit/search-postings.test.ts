import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded-engine";
import { PostingIndex } from "../../search/embedded-postings";
import { compileQuery, findMatch } from "../../search/embedded-query";
import type { SearchDocument, SearchQuery, SearchResult } from "../../search/engine";
import { TASK_INDEX } from "../../search/task-index";

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

describe("posting index", () => {
  const alphabet = ["a", "b", "c", "医", "疗", "影", "像", " ", "\u0000"];

  it("keeps candidates exact for one and two units, and a superset of the containing texts beyond", () => {
    const rng = random(17);
    const postings = new PostingIndex();
    const texts = new Map<number, string>(); // slot → text, the live documents
    const randomText = () => Array.from({ length: rng.int(12) }, () => rng.pick(alphabet)).join("");
    for (let step = 0; step < 600; step++) {
      const live = [...texts.keys()];
      const action = rng.int(10);
      if (action < 5 || live.length === 0) {
        const text = randomText();
        texts.set(postings.add(text), text);
      } else if (action < 8) {
        // An update: the old text goes, the new one comes under a new slot.
        const slot = rng.pick(live);
        postings.remove(slot, texts.get(slot)!);
        texts.delete(slot);
        const text = randomText();
        texts.set(postings.add(text), text);
      } else {
        const slot = rng.pick(live);
        postings.remove(slot, texts.get(slot)!);
        texts.delete(slot);
      }
      const needle = Array.from({ length: 1 + rng.int(4) }, () => rng.pick(alphabet)).join("");
      // A Latin word (whole token, or a prefix when typed last) through the token lists: exact.
      const word = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(["a", "b", "c"])).join("");
      for (const alternative of compileQuery(word + rng.pick(["", " "]), [])[0]!.alternatives) {
        const lists = postings.candidatesOf(alternative);
        // The cheap check never rules out a word some text holds.
        if (!postings.mayMatch(alternative))
          expect(lists.every(({ slots }) => slots.length === 0)).toBe(true);
        for (const [slot, text] of texts) {
          const at = lists.flatMap(({ slots, firsts }) =>
            [...slots].flatMap((s, i) => (s === slot ? [firsts[i]!] : [])),
          );
          const first = findMatch(text, alternative, 0);
          if (first === -1) expect(at).toEqual([]);
          else expect(Math.min(...at)).toBe(first);
          expect(at.every((known) => known >= 0)).toBe(true);
        }
      }
      const { slots, firsts, attributes } = postings.candidates(needle);
      const candidates = [...slots];
      expect(candidates).toEqual([...candidates].sort((x, y) => x - y));
      candidates.forEach((slot, i) => {
        const text = texts.get(slot)!;
        const first = text.indexOf(needle);
        // Where the needle first occurs, or (~from) not before from: always known for one or two units.
        if (needle.length <= 2 || firsts[i]! >= 0) expect(first).toBe(firsts[i]);
        else if (first !== -1) expect(first).toBeGreaterThanOrEqual(~firsts[i]!);
        // Every attribute holding the needle is in the mask.
        text.split("\u0000").forEach((part, attribute) => {
          if (part.includes(needle)) expect(attributes[i]! & (1 << Math.min(attribute, 7))).not.toBe(0);
        });
      });
      const containing = [...texts].filter(([, text]) => text.includes(needle)).map(([slot]) => slot);
      if (needle.length <= 2) {
        expect(candidates).toEqual(containing.sort((x, y) => x - y));
      } else {
        // Only texts holding every pair of the needle; every text holding the needle.
        const pairs = Array.from({ length: needle.length - 1 }, (_, i) => needle.slice(i, i + 2));
        for (const slot of candidates)
          expect(pairs.every((pair) => texts.get(slot)!.includes(pair))).toBe(true);
        for (const slot of containing) expect(candidates).toContain(slot);
      }
    }
    // Everything removed: nothing left anywhere.
    for (const [slot, text] of texts) postings.remove(slot, text);
    expect(postings.size).toBe(0);
  });
});

describe("posting index: where a longer needle can first occur", () => {
  it("knows it where each pair stands at its offset as its first or last occurrence, and otherwise from where to look", () => {
    const postings = new PostingIndex();
    const aligned = postings.add("医疗影像，医疗");
    // 医疗 first at 2, last at 6; 疗影 at 7; 影像 at 8: the needle stands at 6.
    const byLast = postings.add("xx医疗yy医疗影像");
    // 医疗 at 0 and 4, 疗影 at 1, 5 and 9, 影像 at 6 and 10: not before 4 nor after 4, but 疗影 at 5 is
    // neither its first nor its last occurrence: look from 4.
    const unknown = postings.add("医疗影a医疗影像b疗影像");
    // Every pair, but 影像 (at 1) can stand at offset 2 only from a needle at -1, before any 医疗 (at 3).
    const reversed = postings.add("疗影像医疗影");
    expect(postings.candidates("医疗影像")).toEqual({
      slots: Int32Array.of(aligned, byLast, unknown),
      firsts: Int32Array.of(0, 6, ~4),
      attributes: Uint8Array.of(1, 1, 1),
    });
    expect(postings.candidates("影像医疗")).toEqual({
      slots: Int32Array.of(reversed),
      firsts: Int32Array.of(1),
      attributes: Uint8Array.of(1),
    });
  });

  it("keeps which attributes may hold a needle", () => {
    const postings = new PostingIndex();
    const slot = postings.add("医疗\u0000影像医疗影像\u0000\u0000ai 医疗");
    expect(postings.candidates("医疗影像").attributes).toEqual(Uint8Array.of(0b10));
    expect(postings.candidates("医疗").attributes).toEqual(Uint8Array.of(0b1011));
    const [ai] = postings.candidatesOf(compileQuery("ai ", [])[0]!.alternatives[0]!);
    expect(ai).toEqual({
      slots: Int32Array.of(slot),
      firsts: Int32Array.of(11),
      attributes: Uint8Array.of(0b1000),
    });
  });
});

describe("embedded engine with posting lists against a full scan", () => {
  const chinese = [
    "医疗",
    "影像",
    "醫療",
    "數據",
    "数据",
    "平台",
    "智能",
    "人工智能",
    "人工智慧",
    "区块链",
    "港口",
  ];
  const latin = ["ai", "AI", "blockchain", "chain", "5G", "data", "iiot", "Metaverse", "2024"];
  const joiners = ["", "", " ", "，", "的", "与"];
  const domains = ["ai", "5g", "blockchain"];
  const districts = ["江岸区", "江汉区", "洪山区"];

  function randomDocument(rng: ReturnType<typeof random>, id: string): SearchDocument {
    const phrase = (words: number) =>
      Array.from(
        { length: words },
        () => rng.pick(rng.next() < 0.7 ? chinese : latin) + rng.pick(joiners),
      ).join("");
    const document: SearchDocument = {
      id,
      code: id,
      title: phrase(1 + rng.int(4)),
      scenarioNeed: phrase(rng.int(10)),
      goals: phrase(rng.int(3)),
      domain: rng.pick(domains),
      year: 2023 + rng.int(3),
      status: rng.pick(["published", "bidding_closed"]),
      district: rng.pick(districts),
      indicativeInvestmentFen: rng.int(5) * 1000,
    };
    if (rng.next() < 0.1) delete document.goals; // a missing attribute
    return document;
  }

  function randomQuery(rng: ReturnType<typeof random>): SearchQuery {
    const words = Array.from({ length: rng.int(4) }, () => {
      const word = rng.pick(rng.next() < 0.6 ? chinese : latin);
      // Sometimes a prefix of the word, or a single character.
      return rng.next() < 0.2 ? word.slice(0, 1 + rng.int(word.length)) : word;
    });
    const q = words.join(rng.pick([" ", "", " "])) + (rng.next() < 0.2 ? " " : "");
    const filters: SearchQuery["filters"] = {};
    if (rng.next() < 0.3) filters.domain = [rng.pick(domains)];
    if (rng.next() < 0.2) filters.year = [2023 + rng.int(3), 2023 + rng.int(3)];
    const sorts: SearchQuery["sort"][] = [
      null,
      null,
      { attribute: "indicativeInvestmentFen", direction: "desc" },
    ];
    return {
      q,
      filters,
      facets: rng.next() < 0.5 ? ["domain", "year", "district", "status"] : [],
      sort: rng.pick(sorts),
      tieBreak: rng.next() < 0.3 ? { attribute: "indicativeInvestmentFen", direction: "asc" } : null,
      page: 1 + rng.int(2),
      hitsPerPage: 1 + rng.int(8),
      highlight: rng.next() < 0.5 ? ["title", "scenarioNeed"] : [],
      showRankingScore: rng.next() < 0.5,
    };
  }

  const comparable = (result: SearchResult) => ({ ...result, processingTimeMs: 0 });

  it("answers every query exactly as scanning every document, through upserts, updates and deletes", async () => {
    const rng = random(2024);
    const indexed = createEmbeddedEngine();
    const scanned = createEmbeddedEngine({ scanAll: true });
    const index = { ...TASK_INDEX, uid: "postings" };
    for (const engine of [indexed, scanned]) await engine.applySettings(index);
    let nextId = 0;
    const ids: string[] = [];
    let queries = 0;
    let nonEmpty = 0;
    let selected = 0;
    for (let round = 0; round < 20; round++) {
      // Writes: new documents, replacements of existing ones (same id, new text), deletions.
      const batch: SearchDocument[] = [];
      for (let i = 0; i < 20; i++) {
        const replace = ids.length > 0 && rng.next() < 0.3;
        const id = replace ? rng.pick(ids) : `D-${nextId++}`;
        if (!replace) ids.push(id);
        batch.push(randomDocument(rng, id));
      }
      const deleted = ids.length > 5 && rng.next() < 0.5 ? [rng.pick(ids), "unknown-id"] : [];
      for (const engine of [indexed, scanned]) {
        await engine.upsert(index.uid, batch);
        await engine.delete(index.uid, deleted);
      }
      for (let i = 0; i < 15; i++) {
        const query = randomQuery(rng);
        const expected = await scanned.search(index.uid, query);
        expect(comparable(await indexed.search(index.uid, query)), JSON.stringify(query)).toEqual(
          comparable(expected),
        );
        queries++;
        if (expected.totalHits > 0 && query.q.trim()) nonEmpty++;
        // Many matches for one page: most are ruled out by a lower bound of their key, unmeasured.
        if (query.q.trim() && !query.sort && expected.totalHits > 16 * query.page * query.hitsPerPage)
          selected++;
      }
    }
    // The comparison meant something: most queries with words found documents.
    expect(queries).toBe(300);
    expect(nonEmpty).toBeGreaterThan(100);
    expect(selected).toBeGreaterThan(10);
  });

  it("measures proximity as the scan does when a synonym matches first but is not among the occurrences looked at", async () => {
    // The scan measures proximity over at most 16 occurrences per word, the word's own first: here 16 of
    // 人工智能, none of its synonym "ai", whose first occurrence stands right before 平台.
    const index = { ...TASK_INDEX, uid: "cap", synonymGroups: [["人工智能", "ai"]] };
    const documents: SearchDocument[] = [
      { id: "A", code: "A", title: `ai平台，${"人工智能，".repeat(16)}` },
      { id: "B", code: "B", title: "人工智能 平台" },
    ];
    const query: SearchQuery = {
      q: "人工智能 平台",
      filters: {},
      facets: [],
      sort: null,
      page: 1,
      hitsPerPage: 1,
      highlight: [],
      showRankingScore: true,
    };
    const results: SearchResult[] = [];
    for (const engine of [createEmbeddedEngine(), createEmbeddedEngine({ scanAll: true })]) {
      await engine.applySettings(index);
      await engine.upsert(index.uid, documents);
      results.push(await engine.search(index.uid, query));
    }
    // B's words are one apart; A's 平台 is two before the nearest 人工智能 looked at.
    expect(results[1]!.hits.map((hit) => hit.id)).toEqual(["B"]);
    expect(comparable(results[0]!)).toEqual(comparable(results[1]!));
  });

  it("keeps the postings when settings are applied again and when the index is replaced", async () => {
    const rng = random(7);
    const documents = Array.from({ length: 60 }, (_, i) => randomDocument(rng, `R-${i}`));
    const indexed = createEmbeddedEngine();
    const scanned = createEmbeddedEngine({ scanAll: true });
    const index = { ...TASK_INDEX, uid: "replaced" };
    for (const engine of [indexed, scanned]) {
      await engine.applySettings(index);
      await engine.upsert(index.uid, documents.slice(0, 30));
      await engine.replaceAll(
        index,
        (async function* () {
          yield documents.slice(20, 50);
          yield documents.slice(40);
        })(),
      );
      // Other searchable attributes: every document is indexed again.
      await engine.applySettings({ ...index, searchableAttributes: ["scenarioNeed", "title"] });
    }
    for (let i = 0; i < 100; i++) {
      const query = randomQuery(rng);
      expect(comparable(await indexed.search(index.uid, query))).toEqual(
        comparable(await scanned.search(index.uid, query)),
      );
    }
    expect(await indexed.count(index.uid)).toBe(40);
  });
});
