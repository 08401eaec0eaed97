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
