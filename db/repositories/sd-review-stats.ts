import { sql } from "kysely";
import type { DbOrTrx } from "../client";

/**
 * The staff statistics of the supply–demand list. An item is counted with its shown revision (the published one,
 * else the newest) for domain and district; everything filters by the list year (an expression and an outcome by
 * the year of the item they target).
 */

function itemsWithRevision(db: DbOrTrx, year: number | undefined) {
  return db
    .selectFrom("sdItems as i")
    .innerJoin("sdRevisions as r", (join) =>
      join.on(sql`r.id`, "=", sql`coalesce(i.published_revision_id, i.latest_revision_id)`),
    )
    .$if(year !== undefined, (q) => q.where("i.year", "=", year!));
}

const count = sql<number>`count(*)::int`.as("count");

export async function itemCounts(db: DbOrTrx, year: number | undefined) {
  const [byYear, byKind, byDomain, byDistrict, byStatus] = await Promise.all([
    db
      .selectFrom("sdItems")
      .select(["year", "kind", count])
      .groupBy(["year", "kind"])
      .orderBy("year", "desc")
      .orderBy("kind")
      .execute(),
    itemsWithRevision(db, year)
      .select(["i.kind as key", count])
      .groupBy("i.kind")
      .orderBy("i.kind")
      .execute(),
    itemsWithRevision(db, year)
      .select(["r.domain as key", count])
      .groupBy("r.domain")
      .orderBy("count", "desc")
      .orderBy("r.domain")
      .execute(),
    itemsWithRevision(db, year)
      .select([sql<string | null>`r.district`.as("key"), count])
      .groupBy("r.district")
      .orderBy("count", "desc")
      .orderBy("r.district")
      .execute(),
    itemsWithRevision(db, year)
      .select(["i.status as key", count])
      .groupBy("i.status")
      .orderBy("i.status")
      .execute(),
  ]);
  return { byYear, byKind, byDomain, byDistrict, byStatus };
}

export async function expressionCounts(db: DbOrTrx, year: number | undefined) {
  const rows = await db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as i", "i.id", "e.targetItemId")
    .select(["e.status", count])
    .$if(year !== undefined, (q) => q.where("i.year", "=", year!))
    .groupBy("e.status")
    .execute();
  const of = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  return {
    sent: rows.reduce((sum, row) => sum + row.count, 0),
    pending: of("pending"),
    accepted: of("accepted"),
    declined: of("declined"),
    withdrawn: of("withdrawn"),
    expired: of("expired"),
  };
}

/**
 * Contracts and their amount, from both sources of outcomes: accepted expressions (each recorded contract) and
 * conference meetings (sd_outcomes.mm_request_id). A meeting counts at most ONE contract — both of its sides may
 * report the same signing — with the larger amount reported (the rule of app/domain/mm-feedback.ts
 * `meetingOutcome`). A meeting outcome's year is that of the item the meeting was about, else the event's year.
 */
export async function contractTotals(db: DbOrTrx, year: number | undefined) {
  const online = db
    .selectFrom("sdOutcomes as o")
    .innerJoin("sdExpressions as e", "e.id", "o.expressionId")
    .innerJoin("sdItems as i", "i.id", "e.targetItemId")
    .select(["o.amountFen"])
    .where("o.kind", "=", "contract")
    .$if(year !== undefined, (q) => q.where("i.year", "=", year!));
  const meetings = db
    .selectFrom("sdOutcomes as o")
    .innerJoin("mmRequests as r", "r.id", "o.mmRequestId")
    .innerJoin("mmEvents as ev", "ev.id", "r.eventId")
    .leftJoin("sdItems as i", "i.id", "r.aboutItemId")
    .select(sql<number>`max(o.amount_fen)`.as("amountFen"))
    .where("o.kind", "=", "contract")
    .$if(year !== undefined, (q) => q.where(sql`coalesce(i.year, ev.year)`, "=", year!))
    .groupBy("o.mmRequestId");
  const row = await db
    .selectFrom(online.unionAll(meetings).as("c"))
    .select([count, sql<number>`coalesce(sum(c.amount_fen), 0)::bigint`.as("amountFen")])
    .executeTakeFirstOrThrow();
  return { contracts: row.count, amountFen: Number(row.amountFen) };
}

export async function statsYears(db: DbOrTrx): Promise<number[]> {
  const rows = await db.selectFrom("sdItems").select("year").distinct().orderBy("year", "desc").execute();
  return rows.map((row) => row.year);
}
