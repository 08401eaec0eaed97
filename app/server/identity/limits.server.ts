import type { LimitRule } from "../platform/rate-limit.server";

/**
 * Per-IP limits on the forms that create accounts: each valid submission may cost an argon2 hash (64 MiB), so an
 * address gets a few per window. Refused attempts get a 429 with the wait beside the form.
 */
export const SIGNUP_BY_IP: LimitRule = { name: "signup-ip", points: 10, windowSeconds: 3600 };
export const INVITATION_ACCEPT_BY_IP: LimitRule = {
  name: "invite-accept-ip",
  points: 10,
  windowSeconds: 900,
};
