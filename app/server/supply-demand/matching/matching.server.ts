import { getDb } from "../../../../db/client";
import { matchSourceOf } from "../../../../db/repositories/sd-matching";
import type { SearchEngine } from "../../../../search/engine";
import { searchEngine } from "../../../../search/runtime";
import { SD_INDEX } from "../../../../search/sd-index";
import { TASK_INDEX } from "../../../../search/task-index";
import { isPossibleDuplicate, type MatchReason } from "../../../domain/sd-matching";
import {
  highlightTerms,
  rankCounterparts,
  rankSimilar,
  rankTasks,
  type MatchSource,
  type RankedCandidate,
} from "./rank.server";

/**
 * Matching for the supply–demand list (issue 13): possible duplicates for reviewers, similar items on public
 * pages, counterpart suggestions (a demand's supplies, a supply's demands) and related challenge tasks — all
 * through the search engine port (the sd_items and tasks indexes), scored and explained by
 * app/domain/sd-matching.ts. An unknown item, or an engine that is down, gives no suggestions rather than an
 * error: suggestions are an aid on pages that must still render.
 */

export type { MatchReason } from "../../../domain/sd-matching";

export interface SimilarItem {
  code: string;
  kind: "demand" | "supply";
  title: string;
  status: string;
  /** Whether the item is published (false: under its first review — only reviewers may see it). */
  public: boolean;
  /** 0..1 */
  similarity: number;
  /** Why (shared terms, same domain, same district). */
  reasons: MatchReason[];
}

export interface Suggestion {
  code: string;
  kind: "demand" | "supply";
  title: string;
  organizationName: string;
  /** 0..1, higher is better. */
  score: number;
  reasons: MatchReason[];
  /** The title with the shared terms wrapped in HIGHLIGHT_START … HIGHLIGHT_END (search/engine.ts). */
  highlightedTitle: string;
}

export interface RelatedTask {
  code: string;
  title: string;
  status: string;
  score: number;
  reasons: MatchReason[];
  highlightedTitle: string;
}

/** The five of the issue: possible duplicates shown on submission and in review. */
export const DUPLICATES_SHOWN = 5;
/** A related task below this score shares too little to be worth showing. */
const MIN_TASK_SCORE = 0.3;

async function sourceOf(itemId: number): Promise<MatchSource | null> {
  const row = await matchSourceOf(getDb(), itemId);
  if (!row) return null;
  const demand = row.kind === "demand";
  return {
    code: row.code,
    kind: row.kind,
    title: row.title,
    tags: row.tags,
    domain: row.domain,
    district: row.district,
    districtsServed: row.districtsServed,
    rangeMinFen: toNumber(demand ? row.budgetMinFen : row.priceMinFen),
    rangeMaxFen: toNumber(demand ? row.budgetMaxFen : row.priceMaxFen),
    maturity: row.maturity,
    deployedCustomers: row.deployedCustomers,
  };
}

/** bigint columns may come back as strings. */
function toNumber(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

async function withEngine<T>(
  itemId: number,
  work: (engine: SearchEngine, source: MatchSource) => Promise<T[]>,
): Promise<T[]> {
  const source = await sourceOf(itemId);
  if (!source) return [];
  try {
    return await work(await searchEngine(), source);
  } catch (error) {
    console.warn(`matching for item ${itemId} failed: ${String(error)}`);
    return [];
  }
}

function similarItem(candidate: RankedCandidate): SimilarItem {
  const { document } = candidate;
  return {
    code: String(document.code),
    kind: document.kind === "supply" ? "supply" : "demand",
    title: String(document.title),
    status: String(document.status),
    public: document.visibility === "public",
    similarity: candidate.score,
    reasons: candidate.reasons,
  };
}

/**
 * For reviewers and owners at submission: the most similar items of the same kind, published or under review,
 * from DUPLICATE_THRESHOLD on (app/domain/sd-matching.ts), at most five. Pending ones are not public: callers
 * show them to reviewers only.
 */
export async function possibleDuplicates(
  itemId: number,
  options: { limit?: number } = {},
): Promise<SimilarItem[]> {
  return withEngine(itemId, async (engine, source) =>
    (await rankSimilar(engine, SD_INDEX.uid, source, true))
      .filter((candidate) => isPossibleDuplicate(candidate.score))
      .slice(0, options.limit ?? DUPLICATES_SHOWN)
      .map(similarItem),
  );
}

/** For public pages: similar published items of the same kind. */
export async function similarPublishedItems(
  itemId: number,
  options: { limit?: number } = {},
): Promise<SimilarItem[]> {
  return withEngine(itemId, async (engine, source) =>
    (await rankSimilar(engine, SD_INDEX.uid, source, false)).slice(0, options.limit ?? 5).map(similarItem),
  );
}

/** For a demand: ranked supplies; for a supply: ranked demands (published only), each with why. */
export async function counterpartSuggestions(
  itemId: number,
  options: { limit?: number } = {},
): Promise<Suggestion[]> {
  return withEngine(itemId, async (engine, source) =>
    (await rankCounterparts(engine, SD_INDEX.uid, source)).slice(0, options.limit ?? 10).map((candidate) => {
      const { document } = candidate;
      const title = String(document.title);
      return {
        code: String(document.code),
        kind: document.kind === "supply" ? "supply" : "demand",
        title,
        organizationName: String(document.organizationName ?? ""),
        score: candidate.score,
        reasons: candidate.reasons,
        highlightedTitle: highlightTerms(title, candidate.sharedTerms),
      };
    }),
  );
}

/** For a demand: public challenge tasks on the same subject (the tasks index holds public tasks only). */
export async function relatedChallengeTasks(
  itemId: number,
  options: { limit?: number } = {},
): Promise<RelatedTask[]> {
  return withEngine(itemId, async (engine, source) =>
    (await rankTasks(engine, TASK_INDEX.uid, source))
      .filter((candidate) => candidate.score >= MIN_TASK_SCORE)
      .slice(0, options.limit ?? 5)
      .map((candidate) => {
        const title = String(candidate.document.title);
        return {
          code: String(candidate.document.code),
          title,
          status: String(candidate.document.status),
          score: candidate.score,
          reasons: candidate.reasons,
          highlightedTitle: highlightTerms(title, candidate.sharedTerms),
        };
      }),
  );
}
