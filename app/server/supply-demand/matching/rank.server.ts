import { normalizeForSearch, segmentChinese } from "../../../../search/chinese";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
} from "../../../../search/engine";
import { CITY_WIDE } from "../../../domain/supply-demand";
import {
  counterpartScore,
  rarity,
  similarityScore,
  textRelevance,
  type MatchReason,
  type MatchSide,
  type Scored,
  type TermMatch,
} from "../../../domain/sd-matching";

/**
 * The engine side of matching, without the database: an item's key terms become one relevance query each (the
 * engines' "frequency" strategy always needs a query's rarest word, so one long query would find only what
 * holds that word); each candidate's per-term ranking scores, weighted by the term's rarity, give its text
 * relevance, which app/domain/sd-matching.ts combines with domain, district, budget and maturity. The bench
 * (scripts/bench-matching.ts) runs this on the demo data.
 */

/** What matching reads of the item it starts from. */
export interface MatchSource extends MatchSide {
  /** Left out of its own results (null: not indexed). */
  code: string | null;
  title: string;
  tags: string[];
}

export interface RankedCandidate extends Scored {
  document: SearchDocument;
  /** The shared terms (for highlighting). */
  sharedTerms: string[];
}

/** Meilisearch reads at most 10 words of a query; matching asks at most this many terms, one query each. */
export const MAX_TERMS = 10;
/** Candidates taken per term. */
const POOL_PER_TERM = 50;
const TAG_WEIGHT = 1;
const TITLE_WORD_WEIGHT = 0.7;
const ONLY_ITS_OWN = 0.25;

/** Words of a title that say nothing about what is asked or offered. */
const TITLE_STOPWORDS = new Set([
  "平台",
  "系统",
  "建设",
  "需求",
  "服务",
  "解决",
  "方案",
  "管理",
  "智能",
  "应用",
  "数字化",
  "技术",
  "基于",
  "实现",
  "提供",
  "开展",
  "项目",
  "一体化",
  "整体",
]);

/** The item's tags first (the owner chose them), then the words of its title; at most MAX_TERMS, no repeats. */
export function keyTerms(source: { title: string; tags: string[] }): { term: string; weight: number }[] {
  const terms: { term: string; weight: number }[] = [];
  const seen = new Set<string>();
  const add = (term: string, weight: number) => {
    const key = normalizeForSearch(term.trim());
    if (key.length < 2 || seen.has(key) || terms.length >= MAX_TERMS) return;
    // A title word inside an accepted tag adds nothing.
    if (weight < TAG_WEIGHT && [...seen].some((taken) => taken.includes(key))) return;
    seen.add(key);
    terms.push({ term: term.trim(), weight });
  };
  for (const tag of source.tags) add(tag, TAG_WEIGHT);
  for (const word of segmentChinese(source.title)) {
    if (!TITLE_STOPWORDS.has(normalizeForSearch(word))) add(word, TITLE_WORD_WEIGHT);
  }
  return terms;
}

/** The candidates any term finds, with each term's ranking score for them. */
async function termMatches(
  engine: SearchEngine,
  indexUid: string,
  terms: { term: string; weight: number }[],
  filters: Record<string, (string | number)[]>,
  exclude: string | null,
): Promise<{ document: SearchDocument; matches: TermMatch[] }[]> {
  const base = { filters, facets: [], sort: null, page: 1, highlight: [] };
  const everything = await engine.search(indexUid, { ...base, q: "", hitsPerPage: 1 });
  const results = await Promise.all(
    terms.map(({ term }) =>
      engine.search(indexUid, { ...base, q: term, hitsPerPage: POOL_PER_TERM, showRankingScore: true }),
    ),
  );
  const candidates = new Map<string, { document: SearchDocument; scores: number[] }>();
  results.forEach((result, t) => {
    for (const hit of result.hits) {
      if (hit.id === exclude) continue;
      let candidate = candidates.get(hit.id);
      if (!candidate) {
        candidate = { document: documentOf(hit), scores: terms.map(() => 0) };
        candidates.set(hit.id, candidate);
      }
      candidate.scores[t] = hit._rankingScore ?? 1;
    }
  });
  // A term nothing but the item itself holds says nothing about any candidate: it still counts (an item with
  // many words of its own is less like the others), but a quarter as much as a term others share.
  const weights = terms.map(({ weight }, t) => {
    const result = results[t]!;
    const others = result.totalHits - (result.hits.some((hit) => hit.id === exclude) ? 1 : 0);
    return weight * rarity(everything.totalHits, result.totalHits) * (others > 0 ? 1 : ONLY_ITS_OWN);
  });
  return [...candidates.values()].map(({ document, scores }) => ({
    document,
    matches: terms.map(({ term }, t) => ({ term, weight: weights[t]!, score: scores[t]! })),
  }));
}

function documentOf(hit: SearchHit): SearchDocument {
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hit)) if (!key.startsWith("_")) document[key] = value;
  return document as SearchDocument;
}

/** A search document of the sd_items index as a side of a match. */
export function sideOf(document: SearchDocument): MatchSide {
  const text = (key: string) => (typeof document[key] === "string" ? (document[key] as string) : null);
  const number = (key: string) => (typeof document[key] === "number" ? (document[key] as number) : null);
  const served = text("districtsServed");
  return {
    kind: document.kind === "supply" ? "supply" : "demand",
    domain: text("domain") ?? "other",
    district: text("district"),
    districtsServed: !served || served === CITY_WIDE ? [] : served.split(" ").filter(Boolean),
    rangeMinFen: number("rangeMinFen"),
    rangeMaxFen: number("rangeMaxFen"),
    maturity: text("maturity"),
    deployedCustomers: number("deployedCustomers"),
  };
}

async function rank(
  engine: SearchEngine,
  indexUid: string,
  source: MatchSource,
  filters: Record<string, (string | number)[]>,
  score: (candidate: SearchDocument, text: { relevance: number; sharedTerms: string[] }) => Scored,
): Promise<RankedCandidate[]> {
  const terms = keyTerms(source);
  if (terms.length === 0) return [];
  const candidates = await termMatches(engine, indexUid, terms, filters, source.code);
  return candidates
    .map(({ document, matches }) => {
      const text = textRelevance(matches);
      return { document, sharedTerms: text.sharedTerms, ...score(document, text) };
    })
    .sort((a, b) => b.score - a.score || String(a.document.id).localeCompare(String(b.document.id)));
}

/** For a demand: published supplies; for a supply: published demands — best first, each with its reasons. */
export function rankCounterparts(
  engine: SearchEngine,
  indexUid: string,
  source: MatchSource,
): Promise<RankedCandidate[]> {
  const filters = {
    kind: [source.kind === "demand" ? "supply" : "demand"],
    visibility: ["public"],
    status: ["published"],
  };
  return rank(engine, indexUid, source, filters, (document, text) =>
    counterpartScore(source, sideOf(document), text),
  );
}

/** Items of the same kind by similarity: published ones, or also those under their first review. */
export function rankSimilar(
  engine: SearchEngine,
  indexUid: string,
  source: MatchSource,
  withPending: boolean,
): Promise<RankedCandidate[]> {
  const filters: Record<string, string[]> = withPending
    ? { kind: [source.kind], status: ["published", "submitted"] }
    : { kind: [source.kind], visibility: ["public"], status: ["published"] };
  return rank(engine, indexUid, source, filters, (document, text) =>
    similarityScore(source, sideOf(document), text),
  );
}

/** Challenge tasks on the same subject: text relevance, and the same domain. */
export function rankTasks(engine: SearchEngine, indexUid: string, source: MatchSource) {
  return rank(engine, indexUid, { ...source, code: null }, {}, (document, text) => {
    const sameDomain = document.domain === source.domain;
    const reasons: MatchReason[] = [
      ...(text.sharedTerms.length
        ? [{ kind: "sharedTerms", terms: text.sharedTerms.slice(0, 5) } as const]
        : []),
      ...(sameDomain ? [{ kind: "sameDomain" } as const] : []),
    ];
    return { score: Math.round((0.8 * text.relevance + 0.2 * (sameDomain ? 1 : 0)) * 1000) / 1000, reasons };
  });
}

/** `title` with every occurrence of the shared terms (or their words) wrapped in the highlight marks. */
export function highlightTerms(title: string, terms: string[]): string {
  const normalized = normalizeForSearch(title);
  const marked = new Uint8Array(title.length);
  for (const term of terms) {
    for (const piece of new Set([term, ...segmentChinese(term)])) {
      const needle = normalizeForSearch(piece.trim());
      if (needle.length < 2) continue;
      for (let at = normalized.indexOf(needle); at !== -1; at = normalized.indexOf(needle, at + 1))
        marked.fill(1, at, at + needle.length);
    }
  }
  let out = "";
  for (let i = 0; i < title.length; i++) {
    if (marked[i] && !marked[i - 1]) out += HIGHLIGHT_START;
    out += title[i];
    if (marked[i] && !marked[i + 1]) out += HIGHLIGHT_END;
  }
  return out;
}
