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
