import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";

/** The queries of the finance pages (budget, ledger, reconciliation) and of what organizations and the public see. */

export async function organizationNames(db: DbOrTrx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The newest postings first, a page of them, with who posted them. */
export async function latestPostings(db: DbOrTrx, { limit, offset }: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("ledgerPostings")
      .leftJoin("users", "users.id", "ledgerPostings.postedBy")
      .select([
        "ledgerPostings.id",
        "ledgerPostings.kind",
        "ledgerPostings.year",
        "ledgerPostings.awardId",
        "ledgerPostings.payoutId",
        "ledgerPostings.memo",
        "ledgerPostings.postedAt",
        "users.name as postedByName",
      ])
      .orderBy("ledgerPostings.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("ledgerPostings")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

export async function entriesOfPostings(db: DbOrTrx, postingIds: readonly number[]) {
  if (postingIds.length === 0) return [];
  return db
    .selectFrom("ledgerEntries")
    .select(["id", "postingId", "account", "amountFen"])
    .where("postingId", "in", postingIds as number[])
    .orderBy("postingId")
    .orderBy("id")
    .execute();
}

/** An award's payouts with everything about them; the caller decides what of it a viewer may see. */
export async function payoutsOfAward(db: DbOrTrx, awardId: number) {
  return db.selectFrom("payouts").selectAll().where("awardId", "=", awardId).orderBy("id").execute();
}

/* ---------- reconciliation ---------- */

/** Every payout with its batch's status (if in one) and the sums of the ledger entries carrying its id. */
export async function payoutsForReconciliation(db: DbOrTrx) {
  return db
    .selectFrom("payouts")
    .leftJoin("paymentBatches", "paymentBatches.id", "payouts.batchId")
    .select([
      "payouts.id",
      "payouts.awardId",
      "payouts.organizationId",
      "payouts.amountFen",
      "payouts.status",
      "payouts.rail",
      "payouts.batchId",
      "payouts.bankReference",
      "payouts.recordedBy",
      "payouts.confirmedBy",
      "payouts.paidAt",
      "paymentBatches.status as batchStatus",
      sql<number>`(SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e
        WHERE e.payout_id = payouts.id AND e.account LIKE 'clearing:%')::bigint`.as("clearingFen"),
      sql<number>`(SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e
        WHERE e.payout_id = payouts.id AND e.account = 'paid:' || payouts.organization_id)::bigint`.as(
        "paidFen",
      ),
      sql<number>`(SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e
        WHERE e.payout_id = payouts.id AND e.account LIKE 'paid:%')::bigint`.as("anyPaidFen"),
    ])
    .orderBy("payouts.id")
    .execute();
}

/** Awards whose money is reserved (approved or later), with the sum of their payouts. */
export async function awardsForReconciliation(db: DbOrTrx) {
  return db
    .selectFrom("awards")
    .select([
      "awards.id",
      "awards.payableFen",
      "awards.status",
      sql<number>`(SELECT coalesce(sum(p.amount_fen), 0) FROM payouts p WHERE p.award_id = awards.id)::bigint`.as(
        "payoutsFen",
      ),
    ])
    .where("awards.status", "in", ["approved", "disbursing", "disbursed"])
    .orderBy("awards.id")
    .execute();
}

export async function countPostings(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom("ledgerPostings")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function countBatches(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom("paymentBatches")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertReconciliationRun(
  db: DbOrTrx,
  run: {
    startedAt: Date;
    finishedAt: Date;
    rails: string[];
    checked: number;
    differences: unknown[];
    runBy: number | null;
  },
) {
  return db
    .insertInto("reconciliationRuns")
    .values({ ...run, differences: jsonb(run.differences) })
    .returning(["id", "startedAt", "finishedAt", "rails", "checked"])
    .executeTakeFirstOrThrow();
}

export async function latestReconciliationRun(db: DbOrTrx) {
  return db
    .selectFrom("reconciliationRuns")
    .leftJoin("users", "users.id", "reconciliationRuns.runBy")
    .selectAll("reconciliationRuns")
    .select("users.name as runByName")
    .orderBy("reconciliationRuns.id", "desc")
    .limit(1)
    .executeTakeFirst();
}
