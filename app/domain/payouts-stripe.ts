/**
 * Pure rules of the Stripe Connect rail (no I/O). Amounts in this app are integer fen (1/100 yuan), so the
 * payout currency must be one whose smallest unit is 1/100 of the unit — Stripe's zero-decimal currencies
 * (amount = whole units) and three-decimal currencies (amount = 1/1000) would silently pay 100× or 1/10 the
 * sum, so they are refused. Lists from https://docs.stripe.com/currencies (special cases).
 */
export const ZERO_DECIMAL_CURRENCIES: readonly string[] = [
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
];
export const THREE_DECIMAL_CURRENCIES: readonly string[] = ["bhd", "jod", "kwd", "omr", "tnd"];

/** A lower-case ISO 4217 code whose Stripe amounts are in hundredths (like our fen). */
export function isTwoDecimalCurrency(code: string): boolean {
  return (
    /^[a-z]{3}$/.test(code) &&
    !ZERO_DECIMAL_CURRENCIES.includes(code) &&
    !THREE_DECIMAL_CURRENCIES.includes(code)
  );
}

export const STRIPE_ACCOUNT_ID = /^acct_[A-Za-z0-9]+$/;
export const STRIPE_TRANSFER_ID = /^tr_[A-Za-z0-9]+$/;

export const isStripeAccountId = (value: unknown): value is string =>
  typeof value === "string" && STRIPE_ACCOUNT_ID.test(value);
export const isStripeTransferId = (value: unknown): value is string =>
  typeof value === "string" && STRIPE_TRANSFER_ID.test(value);

/** An amount in fen we may hand to Stripe: a positive safe integer. */
export const isPayableFen = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0;

/** One transfer group per award: every member's payout of that award is a transfer of this group. */
export const transferGroupOfAward = (awardId: number | string) => `award-${awardId}`;

/** The idempotency key of a payout's n-th attempt, stored before the call. */
export const payoutIdempotencyKey = (payoutId: number | string, attempt: number) =>
  `payout-${payoutId}-${attempt}`;

/** Stripe keeps idempotency keys at least 24 h; past that the same key could create a second transfer. */
// Trusted for 23 h, not 24: an hour of margin for clock skew between us and Stripe (the lookup is always safe).
export const IDEMPOTENCY_KEY_TRUST_MS = 23 * 60 * 60 * 1000;

/** Webhook timestamps older than this (seconds) are refused, as stale or replayed. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
