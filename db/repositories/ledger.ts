import { sql } from "kysely";
import { postingEntries, type LedgerEvent } from "../../app/domain/ledger";
import type { DbOrTrx } from "../client";

const sumFen = sql<number>`coalesce(sum(ledger_entries.amount_fen), 0)::bigint`;

/**
 * Posts one money event: the posting and its entries. Balance is checked again by the database at commit (a
 * deferred constraint trigger), so this must run inside the transaction that makes the change it records.
 * An event that moves nothing (an approval of zero) posts nothing and returns null.
 */
export async function post(
  db: DbOrTrx,
  event: LedgerEvent,
  meta: { postedBy: number | null; memo?: string; stripeEventId?: string | null },
) {
  const entries = postingEntries(event);
  if (entries.length === 0) return null;
  const posting = await db
    .insertInto("ledgerPostings")
    .values({
      kind: event.kind,
      year: "year" in event ? event.year : null,
      awardId: "awardId" in event ? event.awardId : null,
      payoutId: "payoutId" in event ? event.payoutId : null,
      memo: meta.memo ?? "",
      postedBy: meta.postedBy,
      stripeEventId: meta.stripeEventId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("ledgerEntries")
    .values(entries.map((entry) => ({ postingId: posting.id, ...entry })))
    .execute();
  return posting.id;
}

/** The balance (debits − credits, fen) of each named account; an account never posted to is 0. */
export async function balancesOf(db: DbOrTrx, accounts: readonly string[]): Promise<Map<string, number>> {
  const result = new Map(accounts.map((name) => [name, 0]));
  if (accounts.length === 0) return result;
  const rows = await db
    .selectFrom("ledgerEntries")
    .select(["account", sumFen.as("balanceFen")])
    .where("account", "in", accounts as string[] as never[])
    .groupBy("account")
    .execute();
  for (const row of rows) result.set(row.account, row.balanceFen);
  return result;
}

/** Every account's balance, e.g. for the reconciliation report and the ledger page. */
export async function allBalances(db: DbOrTrx) {
  return db
    .selectFrom("ledgerEntries")
    .select(["account", sumFen.as("balanceFen")])
    .groupBy("account")
    .orderBy("account")
    .execute();
}

/** Per award: what it still has reserved (payable + in clearing) and what it has paid. */
export async function awardPositions(db: DbOrTrx, awardIds: readonly number[]) {
  if (awardIds.length === 0) return new Map<number, { reservedFen: number; paidFen: number }>();
  const rows = await db
    .selectFrom("ledgerEntries")
    .select([
      "awardId",
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE account LIKE 'award_payable:%' OR account LIKE 'clearing:%'), 0)::bigint`.as(
        "reservedFen",
      ),
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE account LIKE 'paid:%'), 0)::bigint`.as("paidFen"),
    ])
    .where("awardId", "in", awardIds as number[])
    .groupBy("awardId")
    .execute();
  return new Map(
    awardIds.map((id) => {
      const row = rows.find((r) => r.awardId === id);
      return [id, { reservedFen: row?.reservedFen ?? 0, paidFen: row?.paidFen ?? 0 }];
    }),
  );
}

/** Postings that do not balance: always empty (the database refuses them); the reconciliation checks anyway. */
export async function unbalancedPostings(db: DbOrTrx) {
  return db
    .selectFrom("ledgerPostings")
    .leftJoin("ledgerEntries", "ledgerEntries.postingId", "ledgerPostings.id")
    .select([
      "ledgerPostings.id",
      sumFen.as("sumFen"),
      sql<number>`count(ledger_entries.id)::int`.as("entries"),
    ])
    .groupBy("ledgerPostings.id")
    .having((eb) =>
      eb.or([
        eb(sql`coalesce(sum(ledger_entries.amount_fen), 0)`, "<>", 0),
        eb(sql`count(ledger_entries.id)`, "<", 2),
      ]),
    )
    .execute();
}
