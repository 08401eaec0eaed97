/**
 * The Stripe side of `npm run payouts:reconcile`: for every award with a payout on the Stripe rail, our payouts
 * and the ledger's paid amounts against the transfers Stripe lists for the award's transfer group.
 */
import type { DbOrTrx } from "../../../../db/client";
import { stripePayoutsForReconciliation } from "../../../../db/repositories/payouts-stripe";
import {
  compareStripeAward,
  transferGroupOfAward,
  type ReconPayout,
  type StripeDifference,
} from "../../../domain/payouts-stripe";
import type { Difference } from "../../../domain/payouts-reconcile";
import { stripeConfigured, transfersOfGroup } from "./stripe-rail.server";

export interface StripeReconciliation {
  /** False when the rail is off: nothing was compared. */
  configured: boolean;
  /** Awards compared (transfer groups listed). */
  checked: number;
  differences: StripeDifference[];
}

export async function reconcileStripe(db: DbOrTrx): Promise<StripeReconciliation> {
  if (!stripeConfigured()) return { configured: false, checked: 0, differences: [] };
  const rows = await stripePayoutsForReconciliation(db);
  const byAward = new Map<number, ReconPayout[]>();
  for (const row of rows) {
    const list = byAward.get(row.awardId) ?? [];
    list.push({ ...row, ledgerPaidFen: Number(row.ledgerPaidFen) });
    byAward.set(row.awardId, list);
  }
  const differences: StripeDifference[] = [];
  for (const [awardId, payouts] of byAward) {
    const transfers = await transfersOfGroup(transferGroupOfAward(awardId));
    differences.push(...compareStripeAward(awardId, payouts, transfers));
  }
  return { configured: true, checked: byAward.size, differences };
}

/** The Stripe rail's checker for `reconcile` (app/server/payouts/reconcile.server.ts): each finding as a difference. */
export async function checkStripeRail(db: DbOrTrx): Promise<Difference[]> {
  return (await reconcileStripe(db)).differences.map((difference) => ({
    check: "stripe",
    code: "rail.mismatch",
    subject:
      difference.payoutId !== null
        ? `payout ${difference.payoutId}`
        : difference.transferId !== null
          ? `transfer ${difference.transferId}`
          : `award ${difference.awardId}`,
    expected: `${difference.kind}: ${difference.expected ?? "—"}`,
    found: String(difference.actual ?? "—"),
  }));
}
