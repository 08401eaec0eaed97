/**
 * Matching for the supply–demand list — PLACEHOLDER SIGNATURES ONLY, written so other parts can be wired while the
 * matching helper builds the real thing (it replaces this file; nothing may ship with these bodies).
 */

export type MatchReason =
  | { kind: "sharedTerms"; terms: string[] }
  | { kind: "sameDomain" }
  | { kind: "sameDistrict" }
  | { kind: "cityWide" }
  | { kind: "budgetFits" }
  | { kind: "mature"; maturity: string };

export interface SimilarItem {
  code: string;
  kind: "demand" | "supply";
  title: string;
  status: string;
  /** Whether the item is published (false: under its first review — only reviewers may see it). */
  public: boolean;
  /** 0..1 */
  similarity: number;
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
}

/** For reviewers and owners at submission: the most similar items of the same kind, published or pending. */
export async function possibleDuplicates(
  _itemId: number,
  _options: { limit?: number } = {},
): Promise<SimilarItem[]> {
  return [];
}

/** For public pages: similar published items of the same kind. */
export async function similarPublishedItems(
  _itemId: number,
  _options: { limit?: number } = {},
): Promise<SimilarItem[]> {
  return [];
}

/** For a demand: ranked supplies; for a supply: ranked demands (published only), each with why. */
export async function counterpartSuggestions(
  _itemId: number,
  _options: { limit?: number } = {},
): Promise<Suggestion[]> {
  return [];
}

/** For a demand: challenge tasks on the same subject. */
export async function relatedChallengeTasks(
  _itemId: number,
  _options: { limit?: number } = {},
): Promise<RelatedTask[]> {
  return [];
}
