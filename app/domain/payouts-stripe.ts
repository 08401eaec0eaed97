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

// ---- reconciliation (pure): our stripe-rail payouts of one award against Stripe's transfers of its group ----

export interface ReconPayout {
  id: number;
  awardId: number;
  amountFen: number;
  status: string;
  stripeTransferId: string | null;
  /** What the ledger says reached the organization for this payout (settled − returned), in fen. */
  ledgerPaidFen: number;
}

export interface ReconTransfer {
  id: string;
  amountFen: number;
  amountReversedFen: number;
  payoutId: string | null;
}

export type StripeDifferenceKind =
  /** Paid/processing/returned here, no transfer at Stripe. */
  | "transfer_missing"
  /** A transfer exists for a payout not recorded as sent (an interrupted payout not yet recovered). */
  | "transfer_unrecorded"
  | "transfer_id_mismatch"
  | "amount_mismatch"
  /** More than one transfer for one payout: paid twice. */
  | "duplicate_transfer"
  /** Returned here, not (fully) reversed at Stripe. */
  | "not_reversed"
  /** Fully reversed at Stripe, not returned here. */
  | "reversed_not_returned"
  /** A transfer of the award's group that no stripe payout of this award claims. */
  | "unknown_transfer"
  /** The ledger's paid amount differs from what Stripe moved net of reversals. */
  | "ledger_mismatch";

export interface StripeDifference {
  kind: StripeDifferenceKind;
  awardId: number;
  payoutId: number | null;
  transferId: string | null;
  expected: string | number | null;
  actual: string | number | null;
}

const SENT = new Set(["processing", "paid", "returned"]);

/** Differences between one award's stripe-rail payouts and the transfers of its transfer group. */
export function compareStripeAward(
  awardId: number,
  payouts: readonly ReconPayout[],
  transfers: readonly ReconTransfer[],
): StripeDifference[] {
  const out: StripeDifference[] = [];
  const diff = (
    kind: StripeDifferenceKind,
    payoutId: number | null,
    transferId: string | null,
    expected: string | number | null = null,
    actual: string | number | null = null,
  ) => out.push({ kind, awardId, payoutId, transferId, expected, actual });
  const claimed = new Set<string>();
  for (const payout of payouts) {
    const mine = transfers.filter((t) => t.payoutId === String(payout.id));
    mine.forEach((t) => claimed.add(t.id));
    if (mine.length > 1)
      diff("duplicate_transfer", payout.id, mine.map((t) => t.id).join(","), 1, mine.length);
    const transfer = mine[0];
    const net = mine.reduce((sum, t) => sum + t.amountFen - t.amountReversedFen, 0);
    if (!transfer) {
      if (SENT.has(payout.status)) diff("transfer_missing", payout.id, payout.stripeTransferId);
    } else {
      if (!SENT.has(payout.status)) diff("transfer_unrecorded", payout.id, transfer.id, null, payout.status);
      else if (payout.stripeTransferId !== transfer.id) {
        diff("transfer_id_mismatch", payout.id, transfer.id, payout.stripeTransferId, transfer.id);
      }
      if (transfer.amountFen !== payout.amountFen) {
        diff("amount_mismatch", payout.id, transfer.id, payout.amountFen, transfer.amountFen);
      }
      const fullyReversed = transfer.amountReversedFen >= transfer.amountFen;
      if (payout.status === "returned" && !fullyReversed) {
        diff("not_reversed", payout.id, transfer.id, transfer.amountFen, transfer.amountReversedFen);
      }
      if (payout.status !== "returned" && transfer.amountReversedFen > 0) {
        diff("reversed_not_returned", payout.id, transfer.id, 0, transfer.amountReversedFen);
      }
    }
    if (payout.ledgerPaidFen !== net) {
      diff("ledger_mismatch", payout.id, transfer?.id ?? null, net, payout.ledgerPaidFen);
    }
  }
  for (const transfer of transfers) {
    if (!claimed.has(transfer.id)) diff("unknown_transfer", null, transfer.id, null, transfer.payoutId);
  }
  return out;
}
