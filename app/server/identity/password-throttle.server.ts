import { msg, type Message } from "../../i18n/i18n";
import {
  ACCOUNT_IP_WINDOW_SECONDS,
  IP_FAILURES_PER_WINDOW,
  IP_WINDOW_SECONDS,
  MAX_WAIT_SECONDS,
  minutesToWait,
  waitAfterFailures,
} from "../../domain/throttle";
import { consumeLimit, refundLimit, resetLimit, type LimitRule } from "../platform/rate-limit.server";

/** Attempts in a row for one account from one IP (a success starts over): their count sets the wait. */
export const PASSWORD_ACCOUNT_IP: LimitRule = {
  name: "password-account-ip",
  points: 1_000_000,
  windowSeconds: ACCOUNT_IP_WINDOW_SECONDS,
};
/** Held for the current wait by the attempt that may go ahead; anyone else for that account+IP waits. */
export const PASSWORD_WAIT: LimitRule = { name: "password-wait", points: 1, windowSeconds: MAX_WAIT_SECONDS };
/** Password spraying: failures from one IP across every account. */
export const PASSWORD_IP: LimitRule = {
  name: "password-ip",
  points: IP_FAILURES_PER_WINDOW,
  windowSeconds: IP_WINDOW_SECONDS,
};

export type ThrottledCheck =
  { allowed: true; valid: boolean } | { allowed: false; retryAfterSeconds: number };

/**
 * Checks a password guess for `account` (an email) from `ip`, counting the attempt BEFORE the password is checked:
 * each count is one atomic upsert, so concurrent guesses each get their own number and cannot all pass while the
 * count still reads low. Until the account+IP has FREE_FAILURES failures guesses go straight through; from then on
 * an attempt must also take the wait slot, which stays taken for the wait that applies if it fails (1 s, 2 s, 4 s …
 * 15 min), so at most one guess runs per wait. A success clears the account+IP's counters and gives its IP point
 * back. Sign-in and the current-password check on /account share these counters.
 */
export async function throttledPasswordCheck(
  account: string,
  ip: string,
  check: () => Promise<boolean>,
): Promise<ThrottledCheck> {
  const byIp = await consumeLimit(PASSWORD_IP, ip);
  if (!byIp.allowed) return byIp;
  const key = `${account}|${ip}`;
  const attempt = await consumeLimit(PASSWORD_ACCOUNT_IP, key);
  if (!attempt.allowed) return attempt;
  const failuresIfWrong = PASSWORD_ACCOUNT_IP.points - attempt.remaining;
  const wait = waitAfterFailures(failuresIfWrong);
  if (wait > 0) {
    const slot = await consumeLimit(PASSWORD_WAIT, key, 1, { durationSeconds: wait });
    if (!slot.allowed) {
      // A refused attempt checked nothing: it does not lengthen the next wait.
      await refundLimit(PASSWORD_ACCOUNT_IP, key);
      return slot;
    }
  }
  const valid = await check();
  if (valid) {
    await Promise.all([
      resetLimit(PASSWORD_ACCOUNT_IP, key),
      resetLimit(PASSWORD_WAIT, key),
      refundLimit(PASSWORD_IP, ip),
    ]);
  }
  return { allowed: true, valid };
}

/** "Wait 4 seconds" or "try again in 15 minutes", in the reader's language. */
export function waitMessage(retryAfterSeconds: number): Message {
  return retryAfterSeconds < 60
    ? msg("err.login.wait", { seconds: retryAfterSeconds })
    : msg("err.login.throttled", { minutes: minutesToWait(retryAfterSeconds) });
}
