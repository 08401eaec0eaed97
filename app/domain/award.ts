import type { LifecycleTable } from "./lifecycle";
import { formatFen } from "./money";

/**
 * The award of DESIGN.md ("The award"), as pure integer-fen arithmetic driven by a policy row:
 *   raw = floor(basis × rateBp / 10000); capped = min(raw, cap); payable = max(0, capped − other).
 */
export interface AwardPolicy {
  rateBp: number;
  capFen: number;
}

/**
 * Which rule decided the payable amount, checked in this order:
 * - "other": other city support reduced it (payable < capped) — 就高不重复;
 * - "cap":   the cap cut the rate amount (raw > cap);
 * - "rate":  otherwise: the rate amount is paid in full (raw = cap counts as the rate, since nothing was cut).
 * Other support that reduces nothing (the award is already zero) does not bind.
 */
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

function assertPolicy(policy: AwardPolicy) {
  if (!Number.isInteger(policy.rateBp) || policy.rateBp < 0 || policy.rateBp > 10000)
    throw new RangeError(`rateBp must be an integer between 0 and 10000: ${policy.rateBp}`);
  assertFen("capFen", policy.capFen, { positive: false });
}

export function computeAward(policy: AwardPolicy, basisFen: number, otherSupportFen = 0): AwardFigures {
  assertPolicy(policy);
  assertFen("basisFen", basisFen, { positive: true });
  assertFen("otherSupportFen", otherSupportFen, { positive: false });
  // BigInt for the product: basis × rate can pass 2^53 for very large (if unlikely) investments.
  const rawFen = Number((BigInt(basisFen) * BigInt(policy.rateBp)) / 10000n);
  const cappedFen = Math.min(rawFen, policy.capFen);
  const payableFen = Math.max(0, cappedFen - otherSupportFen);
  const boundBy: AwardBound = payableFen < cappedFen ? "other" : rawFen > policy.capFen ? "cap" : "rate";
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
    sharesBp.some((s) => !Number.isInteger(s) || s < 0) ||
    sharesBp.reduce((sum, share) => sum + share, 0) !== 10000
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

/** 3000 → "30%", 2550 → "25.5%", 3333 → "33.33%" (exact: no floating point). */
export function formatRateBp(rateBp: number): string {
  const cents = String(rateBp % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${Math.floor(rateBp / 100)}${cents ? `.${cents}` : ""}%`;
}

/**
 * The auditor's account of an award in both languages, with every figure, naming the rule that bound.
 * Re-deriving the payable amount needs nothing but this text and the policy it names.
 */
export function explainAward(
  figures: AwardFigures,
  policy: { code: string; title: string },
): { zh: string; en: string } {
  const { basisFen, rateBp, rawFen, capFen, cappedFen, otherSupportFen, payableFen, boundBy } = figures;
  const rate = formatRateBp(rateBp);
  const [basis, raw, cap, capped, other, payable] = [
    basisFen,
    rawFen,
    capFen,
    cappedFen,
    otherSupportFen,
    payableFen,
  ].map(formatFen);
  const truncated = (BigInt(basisFen) * BigInt(rateBp)) % 10000n !== 0n;
  const zh: string[] = [];
  const en: string[] = [];

  zh.push(
    `按《${policy.title}》（${policy.code}），奖励 = 项目总投资 ${basis} × ${rate} = ${raw}${truncated ? "（不足 1 分的部分舍去）" : ""}`,
  );
  en.push(
    `Under “${policy.title}” (${policy.code}), award = total project investment ${basis} × ${rate} = ${raw}${truncated ? " (fractions of a fen dropped)" : ""}`,
  );

  if (rawFen > capFen) {
    zh.push(`超过上限 ${cap}，按上限核定 ${capped}`);
    en.push(`above the cap of ${cap}, so the cap applies: ${capped}`);
  } else {
    zh.push(`未超过上限 ${cap}，按比例核定 ${capped}`);
    en.push(`within the cap of ${cap}, so the rate applies: ${capped}`);
  }

  if (otherSupportFen === 0) {
    zh.push(`未填报市级其他政策支持，应付 ${payable}`);
    en.push(`no other city support recorded, so ${payable} is payable`);
  } else if (boundBy === "other" && payableFen > 0) {
    zh.push(`已获市级其他政策支持 ${other}，按“就高不重复”原则应付 ${capped} − ${other} = ${payable}`);
    en.push(
      `other city support of ${other} already granted; under the “highest entitlement, never the sum” rule (就高不重复) ${capped} − ${other} = ${payable} is payable`,
    );
  } else if (boundBy === "other") {
    zh.push(`已获市级其他政策支持 ${other}，不低于本项奖励 ${capped}，按“就高不重复”原则应付 ${payable}`);
    en.push(
      `other city support of ${other} already granted is not less than this award of ${capped}; under the “highest entitlement, never the sum” rule (就高不重复) ${payable} is payable`,
    );
  } else {
    zh.push(`已获市级其他政策支持 ${other}，本项奖励为 ${capped}，应付 ${payable}`);
    en.push(
      `other city support of ${other} already granted; this award is ${capped}, so ${payable} is payable`,
    );
  }

  const bound = {
    rate: { zh: `起决定作用的规则：比例（${rate}）`, en: `Binding rule: the rate (${rate})` },
    cap: { zh: `起决定作用的规则：上限（${cap}）`, en: `Binding rule: the cap (${cap})` },
    other: {
      zh: "起决定作用的规则：就高不重复（扣除市级其他政策支持）",
      en: "Binding rule: highest entitlement, never the sum (就高不重复: other city support deducted)",
    },
  }[boundBy];
  return { zh: `${zh.join("；")}。${bound.zh}。`, en: `${en.join("; ")}. ${bound.en}.` };
}

export const AWARD_STATUSES = ["computed", "stale", "approved", "disbursing", "disbursed"] as const;
export type AwardStatusName = (typeof AWARD_STATUSES)[number];

/** The statuses of an approved award (published, shown to the consortium). */
export const APPROVED_AWARD_STATUSES = [
  "approved",
  "disbursing",
  "disbursed",
] as const satisfies AwardStatusName[];

export function awardIsApproved(status: AwardStatusName): boolean {
  return (APPROVED_AWARD_STATUSES as readonly AwardStatusName[]).includes(status);
}

/**
 * The award lifecycle (DESIGN.md): a computed award is replaced, not edited, until a second person approves it.
 * A change of its inputs (other support recorded) makes it stale: it cannot be approved until recomputed (the
 * recomputation replaces the row, as any recomputation does). Each computation and invalidation is a new
 * `version`, and the approval names the version it approves.
 */
export const AWARD_EVENTS = {
  invalidate: { from: ["computed"], to: "stale" },
  approve: { from: ["computed"], to: "approved" },
  startDisbursing: { from: ["approved"], to: "disbursing" },
  completeDisbursing: { from: ["approved", "disbursing"], to: "disbursed" },
  // A paid payout came back (a bank return, a Stripe reversal).
  reopenDisbursing: { from: ["disbursed"], to: "disbursing" },
} as const satisfies LifecycleTable<AwardStatusName>;
