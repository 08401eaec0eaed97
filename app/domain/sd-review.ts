import type { SdAgency, SdContent } from "./supply-demand";

/**
 * Moderation of the supply–demand list (clause 五(三): 市政务服务大数据局, 市经信局 and the district governments).
 * Pure rules: who may review which item, what changed between two revisions, and the statistics' ratios.
 */

/** A reviewer's scope as stored in staff_scopes: an agency or one district (never both), or none at all. */
export type ReviewerScope = { agency: SdAgency | null; district: string | null } | null | undefined;

export type ReviewRefusal = "noScope" | "outOfScope" | "cityWide";

/**
 * Whether a reviewer with this scope reviews an item whose submitted revision names `district` (null: city-wide).
 * Agency staff review every item; district staff only items of their own district (a city-wide item belongs to no
 * district: agency staff only); staff without a scope review nothing.
 */
export function reviewScopeDecision(
  scope: ReviewerScope,
  district: string | null,
): { ok: true } | { ok: false; reason: ReviewRefusal } {
  if (!scope || (scope.agency === null && scope.district === null)) return { ok: false, reason: "noScope" };
  if (scope.agency !== null) return { ok: true };
  if (district === null) return { ok: false, reason: "cityWide" };
  return scope.district === district ? { ok: true } : { ok: false, reason: "outOfScope" };
}

export function mayReview(scope: ReviewerScope, district: string | null): boolean {
  return reviewScopeDecision(scope, district).ok;
}

/** The decisions a reviewer takes on a submitted revision. */
export const REVIEW_DECISIONS = ["approve", "return", "reject", "duplicate"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The fields of a revision, in the order the review page shows them. */
export const REVIEW_FIELDS = [
  "title",
  "summary",
  "description",
  "domain",
  "tags",
  "district",
  "category",
  "expectedOutcome",
  "budgetMinFen",
  "budgetMaxFen",
  "wantedBy",
  "supplyKind",
  "maturity",
  "deployedCustomers",
  "referenceCases",
  "districtsServed",
  "priceMinFen",
  "priceMaxFen",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const satisfies readonly (keyof SdContent)[];
export type ReviewField = (typeof REVIEW_FIELDS)[number];

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (a ?? null) === (b ?? null);
}

/** Which fields an edit changes against the published revision (none when there is no published revision). */
export function changedFields(
  published: Record<ReviewField, unknown> | null,
  submitted: Record<ReviewField, unknown>,
): Set<ReviewField> {
  if (!published) return new Set();
  return new Set(REVIEW_FIELDS.filter((field) => !same(published[field], submitted[field])));
}

/**
 * The acceptance rate of expressions of interest: accepted among those that got an answer or lapsed (accepted,
 * declined, expired); pending and withdrawn ones have no outcome yet or never asked for one. Null when none.
 */
export function acceptanceRate(counts: {
  accepted: number;
  declined: number;
  expired: number;
}): number | null {
  const decided = counts.accepted + counts.declined + counts.expired;
  return decided === 0 ? null : counts.accepted / decided;
}

/** A 0..1 ratio as a whole percentage, for similarity and rates ("87%"). */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
