import type { PayoutStatus } from "./payouts";

/**
 * Reconciliation (DESIGN.md "Payouts"): the ledger against itself, the payouts against the ledger, each rail's
 * records against the payouts. Pure rules here; the queries are in app/server/payouts/reconcile.server.ts.
 */
export const DIFFERENCE_CODES = [
  "posting.unbalanced",
  "award.position",
  "award.payouts",
  "payout.ledger",
  "payout.paidAt",
  "bank.batchStatus",
  "bank.noBatch",
  "bank.paidIncomplete",
  "rail.error",
  "rail.mismatch",
] as const;
export type DifferenceCode = (typeof DIFFERENCE_CODES)[number];

/** One thing that does not add up; stored as JSON in reconciliation_runs.differences. */
export interface Difference {
  /** Which check found it: "ledger", "payouts", or a rail's name ("bank", "stripe"). */
  check: string;
  code: DifferenceCode;
  /** What it is about, e.g. "posting 12", "award 3", "payout 7", "batch 2", "transfer tr_…". */
  subject: string;
  expected: string;
  found: string;
}

/** A bank payment batch's status (payment_batches.status). */
export type PaymentBatchStatus = "draft" | "exported" | "closed";

export function isDifferenceCode(value: string): value is DifferenceCode {
  return (DIFFERENCE_CODES as readonly string[]).includes(value);
}

/**
 * Where a payout's money must be, by its status: in clearing while the rail has it (processing), on the
 * organization's paid account once paid; nothing of it in either otherwise (pending, scheduled, failed,
 * returned: back on award_payable). Amounts are the sums of the entries carrying the payout's id.
 */
export function expectedPayoutLedger(
  status: PayoutStatus,
  amountFen: number,
): { clearingFen: number; paidFen: number } {
  switch (status) {
    case "processing":
      return { clearingFen: amountFen, paidFen: 0 };
    case "paid":
      return { clearingFen: 0, paidFen: amountFen };
    default:
      return { clearingFen: 0, paidFen: 0 };
  }
}

/**
 * The payout statuses a bank batch's payouts may be in: a draft batch holds scheduled payouts; once exported the
 * treasury has them (processing) and they come back paid, failed or returned; a closed batch is settled.
 */
export const BATCH_PAYOUT_STATUSES: Record<PaymentBatchStatus, readonly PayoutStatus[]> = {
  draft: ["scheduled"],
  exported: ["processing", "paid", "failed", "returned"],
  closed: ["paid", "failed", "returned"],
};

export function fitsBatch(batchStatus: PaymentBatchStatus, payoutStatus: PayoutStatus): boolean {
  return BATCH_PAYOUT_STATUSES[batchStatus].includes(payoutStatus);
}

/** What a paid bank payout must carry: the bank's reference, who recorded it and who confirmed it (two people). */
export function missingOfPaidBankPayout(payout: {
  bankReference: string | null;
  recordedBy: number | null;
  confirmedBy: number | null;
}): string[] {
  const missing: string[] = [];
  if (!payout.bankReference?.trim()) missing.push("bank_reference");
  if (payout.recordedBy === null) missing.push("recorded_by");
  if (payout.confirmedBy === null) missing.push("confirmed_by");
  return missing;
}
