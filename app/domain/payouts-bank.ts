/** The bank rail's pure rules (国库集中支付): the payee name check, the purpose line and the export's amounts. */

/** 开户名 must be the organization's registered name, character for character (outer spaces aside). */
export function accountNameMatches(accountName: string, registeredName: string): boolean {
  return accountName.trim() === registeredName.trim();
}

/** The purpose (用途) the treasury system prints on the transfer. */
export function payoutPurpose(taskCode: string): string {
  return `揭榜挂帅奖励 ${taskCode}`;
}

/** Fen as a yuan number with two decimals, for a spreadsheet's number cell (exact for any amount we hold). */
export function fenToYuanNumber(fen: number): number {
  return Math.round(fen) / 100;
}

/** A bank reference (银行流水号) or a reason, as staff type it. */
export const BANK_REFERENCE_MAX = 64;
export const REASON_MAX = 500;

/**
 * The finance views' filters. `pending_ready` and `pending_no_account` split pending payouts by whether the
 * organization has recorded a bank account; `awaiting` is a processing payout whose bank reference was recorded and
 * which waits for the second person's confirmation; `processing` is one still with the bank.
 */
export const PAYOUT_FILTERS = [
  "pending_ready",
  "pending_no_account",
  "scheduled",
  "processing",
  "awaiting",
  "paid",
  "failed",
  "returned",
] as const;
export type PayoutFilter = (typeof PAYOUT_FILTERS)[number];
