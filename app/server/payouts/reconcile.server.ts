import type { Db, DbOrTrx } from "../../../db/client";
import { checkStripeRail } from "./stripe/reconcile.server";
import { stripeConfigured } from "./stripe/stripe-rail.server";
import { appendAudit } from "../../../db/repositories/audit";
import { awardPositions, unbalancedPostings } from "../../../db/repositories/ledger";
import {
  awardsForReconciliation,
  countBatches,
  countPostings,
  insertReconciliationRun,
  payoutsForReconciliation,
} from "../../../db/repositories/payouts-views";
import { formatFen } from "../../domain/money";
import {
  BATCH_PAYOUT_STATUSES,
  expectedPayoutLedger,
  fitsBatch,
  missingOfPaidBankPayout,
  type Difference,
} from "../../domain/payouts-reconcile";

export type { Difference } from "../../domain/payouts-reconcile";

/** A rail's own check: its records (bank batches, Stripe transfers) against the payouts and the ledger. */
export type RailCheck = (db: DbOrTrx) => Promise<Difference[]>;

type PayoutRow = Awaited<ReturnType<typeof payoutsForReconciliation>>[number];

/**
 * The bank rail (国库集中支付) from its own records: each batch's payouts fit the batch's status (a draft batch
 * holds scheduled payouts; once exported they are processing, paid, failed or returned; a closed batch's are
 * settled); a bank payout being paid sits in a batch; a paid bank payout carries the bank's reference, who
 * recorded it and who confirmed it.
 */
export const checkBankRail: RailCheck = async (db) => {
  const payouts = (await payoutsForReconciliation(db)).filter((p) => p.rail === "bank" || p.batchId !== null);
  return bankDifferences(payouts);
};

function bankDifferences(payouts: readonly PayoutRow[]): Difference[] {
  const differences: Difference[] = [];
  const difference = (payout: PayoutRow, code: Difference["code"], expected: string, found: string) =>
    differences.push({ check: "bank", code, subject: `payout ${payout.id}`, expected, found });
  for (const payout of payouts) {
    if (payout.batchId !== null && payout.batchStatus && !fitsBatch(payout.batchStatus, payout.status))
      difference(
        payout,
        "bank.batchStatus",
        `batch ${payout.batchId} (${payout.batchStatus}): ${BATCH_PAYOUT_STATUSES[payout.batchStatus].join(" | ")}`,
        payout.status,
      );
    if (payout.rail === "bank" && payout.status === "processing" && payout.batchId === null)
      difference(payout, "bank.noBatch", "a batch", "none");
    if (payout.rail === "bank" && payout.status === "paid") {
      const missing = missingOfPaidBankPayout(payout);
      if (missing.length > 0)
        difference(
          payout,
          "bank.paidIncomplete",
          "bank_reference, recorded_by, confirmed_by",
          `missing ${missing.join(", ")}`,
        );
    }
  }
  return differences;
}

/** The rails' checkers by name: the bank rail always, the Stripe rail when it is configured. */
export function railChecks(): Record<string, RailCheck> {
  return { bank: checkBankRail, ...(stripeConfigured() ? { stripe: checkStripeRail } : {}) };
}

/**
 * The ledger against itself and the payouts against the ledger:
 * every posting balanced; per award reserved + paid = payable and its payouts adding up to payable; per payout
 * its money where its status says (in clearing while processing, on paid:<its organization> once paid, nowhere
 * of either otherwise) and a paid payout's payment time.
 */
async function ledgerDifferences(db: DbOrTrx): Promise<{ differences: Difference[]; checked: number }> {
  const differences: Difference[] = [];
  for (const posting of await unbalancedPostings(db))
    differences.push({
      check: "ledger",
      code: "posting.unbalanced",
      subject: `posting ${posting.id}`,
      expected: "≥ 2 entries summing to 0",
      found: `${posting.entries} entries summing to ${posting.sumFen} fen`,
    });
  const awards = await awardsForReconciliation(db);
  const positions = await awardPositions(
    db,
    awards.map((a) => a.id),
  );
  for (const award of awards) {
    const { reservedFen, paidFen } = positions.get(award.id)!;
    if (reservedFen + paidFen !== award.payableFen)
      differences.push({
        check: "ledger",
        code: "award.position",
        subject: `award ${award.id}`,
        expected: `reserved + paid = ${formatFen(award.payableFen)}`,
        found: `${formatFen(reservedFen)} + ${formatFen(paidFen)} = ${formatFen(reservedFen + paidFen)}`,
      });
    if (award.payoutsFen !== award.payableFen)
      differences.push({
        check: "payouts",
        code: "award.payouts",
        subject: `award ${award.id}`,
        expected: formatFen(award.payableFen),
        found: formatFen(award.payoutsFen),
      });
  }
  const payouts = await payoutsForReconciliation(db);
  for (const payout of payouts) {
    const expected = expectedPayoutLedger(payout.status, payout.amountFen);
    // Money of this payout on another organization's paid account counts as found (and is wrong).
    const foundPaid = payout.anyPaidFen === payout.paidFen ? payout.paidFen : payout.anyPaidFen;
    if (
      payout.clearingFen !== expected.clearingFen ||
      payout.paidFen !== expected.paidFen ||
      foundPaid !== payout.paidFen
    )
      differences.push({
        check: "payouts",
        code: "payout.ledger",
        subject: `payout ${payout.id}`,
        expected: `${payout.status}: clearing ${formatFen(expected.clearingFen)}, paid:${payout.organizationId} ${formatFen(expected.paidFen)}`,
        found: `clearing ${formatFen(payout.clearingFen)}, paid:${payout.organizationId} ${formatFen(payout.paidFen)}${
          foundPaid !== payout.paidFen
            ? `, other paid accounts ${formatFen(payout.anyPaidFen - payout.paidFen)}`
            : ""
        }`,
      });
    if (payout.status === "paid" && payout.paidAt === null)
      differences.push({
        check: "payouts",
        code: "payout.paidAt",
        subject: `payout ${payout.id}`,
        expected: "paid_at",
        found: "none",
      });
  }
  const checked = (await countPostings(db)) + awards.length + payouts.length;
  return { differences, checked };
}

export interface ReconciliationReport {
  id: number;
  startedAt: Date;
  finishedAt: Date;
  rails: string[];
  checked: number;
  differences: Difference[];
}

/**
 * Runs every check on one snapshot of the database (a repeatable-read transaction), stores the run
 * (reconciliation_runs) and audits it. `rails`: which rails' checkers run (default: every registered one); an
 * unknown name is refused before anything runs. A checker that throws is itself a difference, not a crash.
 */
export async function reconcile(
  db: DbOrTrx,
  {
    checks = railChecks(),
    rails = Object.keys(checks),
    runBy = null,
    ip = null,
  }: {
    rails?: readonly string[];
    runBy?: number | null;
    ip?: string | null;
    checks?: Record<string, RailCheck>;
  } = {},
): Promise<ReconciliationReport> {
  const unknown = rails.filter((rail) => !checks[rail]);
  if (unknown.length > 0) throw new Error(`no reconciliation checker for rail(s): ${unknown.join(", ")}`);
  const startedAt = new Date();
  const run = async (trx: DbOrTrx) => {
    const { differences, checked } = await ledgerDifferences(trx);
    let railChecked = 0;
    for (const rail of rails) {
      try {
        differences.push(...(await checks[rail]!(trx)));
      } catch (error) {
        differences.push({
          check: rail,
          code: "rail.error",
          subject: rail,
          expected: "the check runs",
          found: error instanceof Error ? error.message : String(error),
        });
      }
      railChecked += 1;
    }
    if (rails.includes("bank")) railChecked += await countBatches(trx);
    const finishedAt = new Date();
    const row = await insertReconciliationRun(trx, {
      startedAt,
      finishedAt,
      rails: [...rails],
      checked: checked + railChecked,
      differences,
      runBy,
    });
    await appendAudit(trx, {
      actorUserId: runBy,
      action: "payouts.reconcile",
      entityType: "reconciliation_run",
      entityId: row.id,
      after: { rails: row.rails, checked: row.checked, differences: differences.length },
      ip,
    });
    return { ...row, differences };
  };
  if (db.isTransaction) return run(db);
  return (db as Db).transaction().setIsolationLevel("repeatable read").execute(run);
}
