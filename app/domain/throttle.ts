export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_SIGN_INS = 10;

/** Failed sign-ins in the window, per account and per IP; blocked once either reaches the limit. */
export function signInThrottle(
  failures: { byEmail: number; byIp: number; oldest: Date | null },
  now: Date,
): { blocked: false } | { blocked: true; retryAfterMinutes: number } {
  if (failures.byEmail < MAX_FAILED_SIGN_INS && failures.byIp < MAX_FAILED_SIGN_INS)
    return { blocked: false };
  const freesAt = (failures.oldest?.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_MS;
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((freesAt - now.getTime()) / 60_000)) };
}
