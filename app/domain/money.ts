import { normalizeTyped } from "./text";

/** Money is integer fen (分) everywhere; yuan (元) exists only at the edges: input and display. */

const YUAN_PATTERN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

export type YuanProblem = "format" | "decimals" | "negative" | "tooLarge";

/** "1234.5" → 123450. Refuses negatives, more than two decimals, thousands separators and exponent forms. */
export function parseYuanToFen(
  input: string,
): { ok: true; fen: number } | { ok: false; problem: YuanProblem } {
  const text = input.trim().replace(/^¥/, "");
  if (text.startsWith("-")) return { ok: false, problem: "negative" };
  if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, problem: "decimals" };
  const match = YUAN_PATTERN.exec(text);
  if (!match) return { ok: false, problem: /^\d{14,}(\.\d*)?$/.test(text) ? "tooLarge" : "format" };
  const fen = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(fen) ? { ok: true, fen } : { ok: false, problem: "tooLarge" };
}

export type Amount = { ok: true; fen: number; inWan: boolean } | { ok: false; problem: YuanProblem };

const AMOUNT_PATTERN = /^(?:¥|RMB)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|万|元)?$/i;
/** Fen per unit: a yuan is 100 fen, a 万 (ten thousand yuan) 1,000,000. */
const FEN_PER = { yuan: 100, wan: 1_000_000 } as const;
/** Amounts stay below 10^13 yuan, like parseYuanToFen's. */
const MAX_FEN = 10 ** 15;

/**
 * An amount as people write it: "9500000", "9,500,000", "¥9,500,000.00", "9500000元", "950万", "950万元",
 * "950.5万" (full-width digits and ￥ too). Exact: 万 multiplies the written digits, never a float.
 */
export function parseAmountToFen(input: string): Amount {
  const text = normalizeTyped(input);
  if (/^(?:¥|RMB)?\s*-/i.test(text)) return { ok: false, problem: "negative" };
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) return { ok: false, problem: "format" };
  const inWan = match[3] === "万" || match[3] === "万元";
  const unit = inWan ? FEN_PER.wan : FEN_PER.yuan;
  const decimals = match[2] ?? "";
  const places = String(unit).length - 1;
  if (decimals.length > places) return { ok: false, problem: "decimals" };
  const whole = match[1]!.replaceAll(",", "");
  if (whole.length > 15) return { ok: false, problem: "tooLarge" };
  const fen = Number(whole) * unit + Number(decimals.padEnd(places, "0"));
  return Number.isSafeInteger(fen) && fen < MAX_FEN
    ? { ok: true, fen, inWan }
    : { ok: false, problem: "tooLarge" };
}

/** 123450 → "1234.50" (plain, for forms and files). */
export function fenToYuanString(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** 123450 → "¥1,234.50" for people. */
export function formatFen(fen: number): string {
  const [whole, cents] = fenToYuanString(fen).split(".") as [string, string];
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}
