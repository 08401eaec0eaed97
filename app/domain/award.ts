/**
 * The award of DESIGN.md ("The award"), as pure integer-fen arithmetic driven by a policy row:
 *   raw = floor(basis × rateBp / 10000); capped = min(raw, cap); payable = max(0, capped − other).
 */
export interface AwardPolicy {
  rateBp: number;
  capFen: number;
}

export type AwardBound = "rate" | "cap" | "other";

export interface AwardFigures {
  basisFen: number;
  rateBp: number;
  rawFen: number;
  capFen: number;
  cappedFen: number;
  otherSupportFen: number;
  payableFen: number;
  boundBy: AwardBound;
}

function assertFen(name: string, value: number, { positive }: { positive: boolean }) {
  if (!Number.isSafeInteger(value) || value < 0 || (positive && value === 0))
    throw new RangeError(
      `${name} must be a ${positive ? "positive" : "non-negative"} integer of fen: ${value}`,
    );
}

export function computeAward(policy: AwardPolicy, basisFen: number, otherSupportFen = 0): AwardFigures {
  assertFen("basisFen", basisFen, { positive: true });
  assertFen("otherSupportFen", otherSupportFen, { positive: false });
  // BigInt for the product: basis × rate can pass 2^53 for very large (if unlikely) investments.
  const rawFen = Number((BigInt(basisFen) * BigInt(policy.rateBp)) / 10000n);
  const cappedFen = Math.min(rawFen, policy.capFen);
  const payableFen = Math.max(0, cappedFen - otherSupportFen);
  const boundBy: AwardBound = otherSupportFen > 0 ? "other" : rawFen > policy.capFen ? "cap" : "rate";
  return {
    basisFen,
    rateBp: policy.rateBp,
    rawFen,
    capFen: policy.capFen,
    cappedFen,
    otherSupportFen,
    payableFen,
    boundBy,
  };
}

/** Largest-remainder split of `totalFen` by shares in basis points (summing to 10000): the parts sum exactly. */
export function splitByShares(totalFen: number, sharesBp: readonly number[]): number[] {
  assertFen("totalFen", totalFen, { positive: false });
  if (
    sharesBp.reduce((sum, share) => sum + share, 0) !== 10000 ||
    sharesBp.some((s) => !Number.isInteger(s) || s < 0)
  )
    throw new RangeError(`shares must be non-negative integers summing to 10000: ${sharesBp.join(",")}`);
  const exact = sharesBp.map((share) => BigInt(totalFen) * BigInt(share));
  const parts = exact.map((value) => Number(value / 10000n));
  let left = totalFen - parts.reduce((sum, part) => sum + part, 0);
  // Ties go to the earlier member (the lead is listed first), so the split is deterministic.
  const order = exact
    .map((value, index) => ({ index, remainder: Number(value % 10000n) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}
