import { batchOrdinalZh, budgetBand, type BudgetBand, type SdKind } from "./supply-demand";

/** The annual list (年度数字经济供需清单): rules about years, batch names and the rows everyone sees. */

export const LIST_YEAR_MIN = 2000;
export const LIST_YEAR_MAX = 2100;

/** A list year from the URL: four digits within the batches' CHECK range, else null. */
export function parseListYear(value: string | undefined | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= LIST_YEAR_MIN && year <= LIST_YEAR_MAX ? year : null;
}

/** 第二批 / Batch 2. */
export function batchName(number: number, locale: "zh" | "en"): string {
  return locale === "zh" ? batchOrdinalZh(number) : `Batch ${number}`;
}

/** 《2026年度数字经济供需清单》 */
export function listTitleZh(year: number): string {
  return `《${year}年度数字经济供需清单》`;
}

export function listTitleEn(year: number): string {
  return `Digital Economy Supply and Demand List ${year}`;
}

/** A demand's budget or a supply's price, whichever the kind has. */
export function rangeOf(row: {
  kind: SdKind;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  priceMinFen: number | null;
  priceMaxFen: number | null;
}): { minFen: number | null; maxFen: number | null; band: BudgetBand } {
  const minFen = row.kind === "demand" ? row.budgetMinFen : row.priceMinFen;
  const maxFen = row.kind === "demand" ? row.budgetMaxFen : row.priceMaxFen;
  return { minFen, maxFen, band: budgetBand(minFen, maxFen) };
}

/** 500000 fen → "5000"; 150_000_000 → "150万" (the list prints yuan in 万 as official lists do). */
export function yuanShort(fen: number): string {
  const yuan = fen / 100;
  if (yuan >= 10_000 && yuan % 100 === 0) return `${yuan / 10_000}万`;
  return String(Math.round(yuan));
}

/** "50万–100万元", "50万元起", "至 100万元", "" when none is given. */
export function rangeText(minFen: number | null, maxFen: number | null): string {
  if (minFen !== null && maxFen !== null)
    return minFen === maxFen ? `${yuanShort(minFen)}元` : `${yuanShort(minFen)}–${yuanShort(maxFen)}元`;
  if (minFen !== null) return `${yuanShort(minFen)}元起`;
  if (maxFen !== null) return `至${yuanShort(maxFen)}元`;
  return "";
}

/**
 * Where a member goes when staff move it one place up or down: the new order of item ids, or null when it is
 * already first / last or not a member.
 */
export function moved(order: readonly number[], itemId: number, direction: "up" | "down"): number[] | null {
  const index = order.indexOf(itemId);
  if (index < 0) return null;
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= order.length) return null;
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
