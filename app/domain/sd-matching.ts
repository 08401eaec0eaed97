import { CITY_WIDE, MATURITY_LEVELS, type Maturity } from "./supply-demand";

/**
 * Matching of the supply–demand list, the pure part: how text relevance (from the search engine) combines with
 * domain, district, budget/price and maturity into one 0..1 score, and why — each suggestion carries its
 * reasons. The engine queries live in app/server/supply-demand/matching/.
 */

export type MatchReason =
  | { kind: "sharedTerms"; terms: string[] }
  | { kind: "sameDomain" }
  | { kind: "sameDistrict" }
  | { kind: "cityWide" }
  | { kind: "budgetFits" }
  | { kind: "mature"; maturity: string };

/** What scoring reads of either side (a demand or a supply), as the search document holds it. */
export interface MatchSide {
  kind: "demand" | "supply";
  domain: string;
  /** The item's district; null or CITY_WIDE: the whole city. */
  district: string | null;
  /** A supply's districts served; empty: the whole city. */
  districtsServed: string[];
  /** A demand's budget or a supply's price, fen. */
  rangeMinFen: number | null;
  rangeMaxFen: number | null;
  maturity: string | null;
  deployedCustomers: number | null;
}

/** One query term of the source item and how well a candidate matched it (the engine's ranking score). */
export interface TermMatch {
  term: string;
  /** How much the term says: its weight (tag or title word) times its rarity among the candidates. */
  weight: number;
  /** 0..1: the candidate's ranking score for this term alone; 0 when the term did not find it. */
  score: number;
}

/** A term counts as shared when the candidate matched (nearly) all of its words. */
export const SHARED_TERM_SCORE = 0.75;

/** Text relevance in 0..1: the weighted share of the source's terms the candidate matches, and which it shares. */
export function textRelevance(matches: TermMatch[]): { relevance: number; sharedTerms: string[] } {
  let total = 0;
  let found = 0;
  for (const match of matches) {
    total += match.weight;
    found += match.weight * match.score;
  }
  const sharedTerms = matches
    .filter((match) => match.score >= SHARED_TERM_SCORE)
    .sort((a, b) => b.weight - a.weight)
    .map((match) => match.term);
  return { relevance: total > 0 ? found / total : 0, sharedTerms };
}

/** A term's rarity weight among `candidates` documents when `found` of them match it (smoothed IDF, ≥ 0). */
export function rarity(candidates: number, found: number): number {
  return Math.log(1 + candidates / (1 + found));
}

/** How the parts weigh in a demand↔supply score; they sum to 1. */
export const COUNTERPART_WEIGHTS = { text: 0.6, domain: 0.15, district: 0.1, budget: 0.1, maturity: 0.05 };
/** How the parts weigh in the similarity of two items of the same kind (duplicates, similar items). */
export const SIMILARITY_WEIGHTS = { text: 0.75, domain: 0.15, district: 0.1 };
/**
 * From this similarity on, an item of the same kind is shown as a possible duplicate (雷同、交叉). Calibrated on
 * the demo's near-duplicate demands (12345 hot-line dispatch, waterlogging warning, street-video events): from
 * at least one side they score 0.52–0.82 against each other; the next unrelated item stays below 0.4.
 */
export const DUPLICATE_THRESHOLD = 0.4;

function isCityWide(district: string | null): boolean {
  return district === null || district === "" || district === CITY_WIDE;
}

/** 1 and a reason when both sides are in one district or either side covers the whole city; else 0. */
export function districtFit(a: MatchSide, b: MatchSide): { fit: number; reason: MatchReason | null } {
  const areas = (side: MatchSide): string[] | null => {
    if (side.kind === "supply" && side.districtsServed.length > 0) return side.districtsServed;
    if (side.kind === "supply") return null; // serves the whole city
    return isCityWide(side.district) ? null : [side.district!];
  };
  const left = areas(a);
  const right = areas(b);
  if (left === null || right === null) return { fit: 1, reason: { kind: "cityWide" } };
  if (left.some((district) => right.includes(district))) return { fit: 1, reason: { kind: "sameDistrict" } };
  return { fit: 0, reason: null };
}

/** 1 when the ranges overlap, 0.5 when either is not given (no evidence), less the further apart they are. */
export function budgetFit(a: MatchSide, b: MatchSide): { fit: number; reason: MatchReason | null } {
  const range = (side: MatchSide): [number, number] | null => {
    const low = side.rangeMinFen ?? side.rangeMaxFen;
    const high = side.rangeMaxFen ?? side.rangeMinFen;
    return low === null || high === null ? null : [low, high];
  };
  const left = range(a);
  const right = range(b);
  if (!left || !right) return { fit: 0.5, reason: null };
  if (left[0] <= right[1] && right[0] <= left[1]) return { fit: 1, reason: { kind: "budgetFits" } };
  // Apart: how far, as the ratio of the nearer ends (a price of 60 against a budget up to 50 still fits 0.83).
  const [lowEnd, highStart] = left[1] < right[0] ? [left[1], right[0]] : [right[1], left[0]];
  return { fit: highStart > 0 ? Math.max(0, lowEnd / highStart) * 0.8 : 0, reason: null };
}

/** A supply's maturity as 0..1 (deployed at more customers a little higher); a demand has none. */
export function maturityFit(side: MatchSide): { fit: number; reason: MatchReason | null } {
  const level = MATURITY_LEVELS.indexOf(side.maturity as Maturity);
  if (side.kind !== "supply" || level === -1) return { fit: 0.5, reason: null };
  const customers = side.maturity === "deployed" ? Math.min(side.deployedCustomers ?? 1, 20) / 20 : 0;
  const fit = Math.min(1, (level + 1) / MATURITY_LEVELS.length + customers * 0.2);
  const reason: MatchReason | null =
    side.maturity === "product" || side.maturity === "deployed"
      ? { kind: "mature", maturity: side.maturity }
      : null;
  return { fit, reason };
}

export interface Scored {
  /** 0..1, higher is better. */
  score: number;
  reasons: MatchReason[];
}

function sharedTermsReason(sharedTerms: string[]): MatchReason[] {
  return sharedTerms.length ? [{ kind: "sharedTerms", terms: sharedTerms.slice(0, 5) }] : [];
}

/** A demand against a supply (either way round): the weighted parts and the reasons that hold. */
export function counterpartScore(
  source: MatchSide,
  candidate: MatchSide,
  text: { relevance: number; sharedTerms: string[] },
): Scored {
  const sameDomain = source.domain === candidate.domain;
  const district = districtFit(source, candidate);
  const budget = budgetFit(source, candidate);
  const supply = source.kind === "supply" ? source : candidate;
  const maturity = maturityFit(supply);
  const w = COUNTERPART_WEIGHTS;
  const score =
    w.text * text.relevance +
    w.domain * (sameDomain ? 1 : 0) +
    w.district * district.fit +
    w.budget * budget.fit +
    w.maturity * maturity.fit;
  const reasons: MatchReason[] = [
    ...sharedTermsReason(text.sharedTerms),
    ...(sameDomain ? [{ kind: "sameDomain" } as const] : []),
    ...[budget.reason, district.reason, maturity.reason].filter((r): r is MatchReason => r !== null),
  ];
  return { score: clamp(score), reasons };
}

/** Two items of the same kind: mostly their text, then domain and district. */
export function similarityScore(
  source: MatchSide,
  candidate: MatchSide,
  text: { relevance: number; sharedTerms: string[] },
): Scored {
  const sameDomain = source.domain === candidate.domain;
  const sameDistrict =
    !isCityWide(source.district) && !isCityWide(candidate.district) && source.district === candidate.district;
  const w = SIMILARITY_WEIGHTS;
  const score =
    w.text * text.relevance + w.domain * (sameDomain ? 1 : 0) + w.district * (sameDistrict ? 1 : 0);
  const reasons: MatchReason[] = [
    ...sharedTermsReason(text.sharedTerms),
    ...(sameDomain ? [{ kind: "sameDomain" } as const] : []),
    ...(sameDistrict ? [{ kind: "sameDistrict" } as const] : []),
  ];
  return { score: clamp(score), reasons };
}

export function isPossibleDuplicate(similarity: number): boolean {
  return similarity >= DUPLICATE_THRESHOLD;
}

function clamp(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
