import { sql } from "kysely";
import type { DbOrTrx } from "../client";

export async function ensureBudgetYear(db: DbOrTrx, year: number) {
  await db
    .insertInto("budgets")
    .values({ year })
    .onConflict((oc) => oc.column("year").doNothing())
    .execute();
}

export async function insertAppropriation(
  db: DbOrTrx,
  appropriation: { year: number; amountFen: number; documentRef: string; recordedBy: number },
) {
  return db.insertInto("budgetAppropriations").values(appropriation).returningAll().executeTakeFirstOrThrow();
}

/**
 * Locks the year's budget row: approvals reserving against the same year queue here, so two of them can never both
 * see the same remaining amount. Undefined when nothing was ever appropriated for the year.
 */
export async function lockBudget(db: DbOrTrx, year: number) {
  return db.selectFrom("budgets").selectAll().where("year", "=", year).forUpdate().executeTakeFirst();
}

export async function appropriationsOf(db: DbOrTrx, year: number) {
  return db
    .selectFrom("budgetAppropriations")
    .innerJoin("users", "users.id", "budgetAppropriations.recordedBy")
    .selectAll("budgetAppropriations")
    .select("users.name as recordedByName")
    .where("year", "=", year)
    .orderBy("id", "desc")
    .execute();
}

/**
 * Each year's figures from the ledger: appropriated, reserved by approved awards (all of it, paid or not), paid,
 * and what approvals may still reserve (the budget account's balance).
 */
export async function budgetYears(db: DbOrTrx) {
  return db
    .selectFrom("budgets")
    .select([
      "budgets.year",
      sql<number>`(SELECT coalesce(sum(amount_fen), 0) FROM budget_appropriations a WHERE a.year = budgets.year)::bigint`.as(
        "appropriatedFen",
      ),
      sql<number>`(SELECT coalesce(sum(amount_fen), 0) FROM ledger_entries e
        WHERE e.account = 'budget:' || budgets.year)::bigint`.as("remainingFen"),
      sql<number>`(SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e
        JOIN ledger_postings p ON p.award_id = e.award_id AND p.kind = 'approve' AND p.year = budgets.year
        WHERE e.account LIKE 'paid:%')::bigint`.as("paidFen"),
      sql<number>`(SELECT count(*) FROM budget_appropriations a WHERE a.year = budgets.year)::int`.as(
        "appropriations",
      ),
    ])
    .orderBy("budgets.year", "desc")
    .execute();
}
