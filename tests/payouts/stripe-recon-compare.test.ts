/** The pure comparison behind reconcileStripe: one award's stripe payouts against its transfer group. */
import { describe, expect, it } from "vitest";
import {
  compareStripeAward,
  isTwoDecimalCurrency,
  payoutIdempotencyKey,
  transferGroupOfAward,
  type ReconPayout,
  type ReconTransfer,
} from "../../app/domain/payouts-stripe";

const payout = (over: Partial<ReconPayout> = {}): ReconPayout => ({
  id: 1,
  awardId: 9,
  amountFen: 1000,
  status: "paid",
  stripeTransferId: "tr_a",
  ledgerPaidFen: 1000,
  ...over,
});
const transfer = (over: Partial<ReconTransfer> = {}): ReconTransfer => ({
  id: "tr_a",
  amountFen: 1000,
  amountReversedFen: 0,
  payoutId: "1",
  ...over,
});
const kinds = (p: ReconPayout[], t: ReconTransfer[]) => compareStripeAward(9, p, t).map((d) => d.kind);

describe("compareStripeAward", () => {
  it("finds nothing when the ledger, the payout and Stripe agree (paid, returned, pending)", () => {
    expect(kinds([payout()], [transfer()])).toEqual([]);
    expect(
      kinds([payout({ status: "returned", ledgerPaidFen: 0 })], [transfer({ amountReversedFen: 1000 })]),
    ).toEqual([]);
    expect(kinds([payout({ status: "pending", stripeTransferId: null, ledgerPaidFen: 0 })], [])).toEqual([]);
  });

  it("reports a paid payout without a transfer, and a transfer nobody recorded", () => {
    expect(kinds([payout()], [])).toEqual(["transfer_missing", "ledger_mismatch"]);
    expect(
      kinds([payout({ status: "scheduled", stripeTransferId: null, ledgerPaidFen: 0 })], [transfer()]),
    ).toEqual(["transfer_unrecorded", "ledger_mismatch"]);
  });

  it("reports paying twice, wrong amounts, wrong ids and transfers of nobody", () => {
    expect(kinds([payout()], [transfer(), transfer({ id: "tr_b" })])).toEqual([
      "duplicate_transfer",
      "ledger_mismatch",
    ]);
    expect(kinds([payout()], [transfer({ amountFen: 1001 })])).toEqual([
      "amount_mismatch",
      "ledger_mismatch",
    ]);
    expect(kinds([payout({ stripeTransferId: "tr_z" })], [transfer()])).toEqual(["transfer_id_mismatch"]);
    expect(kinds([payout()], [transfer(), transfer({ id: "tr_x", payoutId: "77" })])).toEqual([
      "unknown_transfer",
    ]);
  });

  it("reports reversals on one side only", () => {
    expect(kinds([payout({ status: "returned", ledgerPaidFen: 0 })], [transfer()])).toEqual([
      "not_reversed",
      "ledger_mismatch",
    ]);
    expect(kinds([payout()], [transfer({ amountReversedFen: 1000 })])).toEqual([
      "reversed_not_returned",
      "ledger_mismatch",
    ]);
  });

  it("names groups and keys as the rail sends them; refuses currencies not in hundredths", () => {
    expect(transferGroupOfAward(12)).toBe("award-12");
    expect(payoutIdempotencyKey(5, 2)).toBe("payout-5-2");
    expect(["cny", "usd", "eur", "hkd"].every(isTwoDecimalCurrency)).toBe(true);
    expect(["jpy", "krw", "kwd", "CNY", "yuan"].some(isTwoDecimalCurrency)).toBe(false);
  });
});
