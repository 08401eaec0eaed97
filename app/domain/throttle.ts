/**
 * Password guessing, per account and client IP. The first few failures cost nothing; after FREE_FAILURES each
 * further attempt must wait, the wait doubling from 1 s up to 15 min. Nothing locks an account: an attacker's
 * failures slow down only the attacker's own address, and the owner signs in from theirs. A coarser per-IP limit
 * across all accounts (password spraying) is kept as well.
 */
export const FREE_FAILURES = 5;
export const FIRST_WAIT_SECONDS = 1;
export const MAX_WAIT_SECONDS = 15 * 60;

/** How long the counters of one account+IP live without a success: a day, so waits persist that long. */
export const ACCOUNT_IP_WINDOW_SECONDS = 24 * 60 * 60;

/** Failed password attempts allowed per IP across accounts in the window (successes are given back). */
export const IP_FAILURES_PER_WINDOW = 30;
export const IP_WINDOW_SECONDS = 15 * 60;

/**
 * The wait before the next attempt once `failures` consecutive attempts (for one account from one IP) failed:
 * none before FREE_FAILURES, then 1 s, 2 s, 4 s … never more than 15 minutes.
 */
export function waitAfterFailures(failures: number): number {
  if (!Number.isFinite(failures) || failures < FREE_FAILURES) return 0;
  const doublings = failures - FREE_FAILURES;
  // 2^10 s already exceeds the cap; larger exponents are not computed.
  if (doublings >= 10) return MAX_WAIT_SECONDS;
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** doublings);
}

/** A wait in whole minutes for a message, never "0 minutes". */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** A wait in whole hours for a message, never "0 hours". */
export function hoursToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 3600));
}
