import { sql } from "kysely";
import type { DbOrTrx } from "../client";

/* ---------- outbox ---------- */

/** Locks up to `limit` due rows; another relay skips them rather than waiting. Call inside a transaction. */
export async function claimDueOutboxRows(trx: DbOrTrx, limit: number) {
  return trx
    .selectFrom("searchOutbox")
    .select(["id", "indexUid", "documentId", "attempts"])
    .where("doneAt", "is", null)
    .where("nextAttemptAt", "<=", new Date())
    .orderBy("id")
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markOutboxDone(trx: DbOrTrx, ids: number[]) {
  if (ids.length)
    await trx.updateTable("searchOutbox").set({ doneAt: new Date() }).where("id", "in", ids).execute();
}

/** Reschedules failed rows: one statement per distinct attempt count (rows of one batch mostly share it). */
export async function markOutboxFailed(
  trx: DbOrTrx,
  rows: { id: number; attempts: number }[],
  error: string,
  retryAt: (attempts: number) => Date,
) {
  const byAttempts = new Map<number, number[]>();
  for (const row of rows) byAttempts.set(row.attempts, [...(byAttempts.get(row.attempts) ?? []), row.id]);
  for (const [attempts, ids] of byAttempts) {
    await trx
      .updateTable("searchOutbox")
      .set({ attempts: attempts + 1, nextAttemptAt: retryAt(attempts + 1), lastError: error.slice(0, 1000) })
      .where("id", "in", ids)
      .execute();
  }
}

/** How far the index is behind the database: pending rows and the age of the oldest. */
export async function outboxLag(db: DbOrTrx) {
  const row = await db
    .selectFrom("searchOutbox")
    .select([sql<number>`count(*)::int`.as("pending"), sql<Date | null>`min(created_at)`.as("oldest")])
    .where("doneAt", "is", null)
    .executeTakeFirstOrThrow();
  return row;
}

/** Finished rows are history only; keep a day of them for diagnosis. */
export async function pruneOutbox(db: DbOrTrx, olderThan: Date) {
  await db.deleteFrom("searchOutbox").where("doneAt", "<", olderThan).execute();
}

/* ---------- the outbox tailed by every process (several app processes, issue 17) ---------- */

/** The channel the leader notifies once it applied a batch: the other processes then read the outbox. */
export const OUTBOX_CHANNEL = "jiebang_search_outbox";

/** What this transaction sees (pg_current_snapshot as text): in REPEATABLE READ, what every read in it sees. */
export async function currentSnapshot(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ snapshot: string }>`SELECT pg_current_snapshot()::text AS snapshot`.execute(
    db,
  );
  return rows[0]!.snapshot;
}

/**
 * The rows written by transactions that had not committed in `since` (a snapshot taken earlier) and are visible
 * now, by id, a page at a time. Commit order is not id order, so this, and not "id > the last seen", is gapless.
 */
export async function outboxRowsSince(db: DbOrTrx, since: string, afterId: number, limit: number) {
  return db
    .selectFrom("searchOutbox")
    .select(["id", "indexUid", "documentId"])
    .where(sql<boolean>`xact >= pg_snapshot_xmin(${since}::pg_snapshot)`)
    .where(sql<boolean>`NOT pg_visible_in_snapshot(xact, ${since}::pg_snapshot)`)
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Marks done every pending row `snapshot` sees: the leader's index holds them all. Returns how many. */
export async function markOutboxDoneUpTo(db: DbOrTrx, snapshot: string): Promise<number> {
  const result = await db
    .updateTable("searchOutbox")
    .set({ doneAt: new Date() })
    .where("doneAt", "is", null)
    .where(sql<boolean>`pg_visible_in_snapshot(xact, ${snapshot}::pg_snapshot)`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function notifyOutboxApplied(db: DbOrTrx) {
  await sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`.execute(db);
}

/* ---------- documents ---------- */

function publicTaskRows(db: DbOrTrx) {
  return db
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .select([
      "tasks.id",
      "tasks.code",
      "tasks.title",
      "tasks.domain",
      "tasks.status",
      "tasks.district",
      "tasks.demandUnit",
      "tasks.scenarioNeed",
      "tasks.goals",
      "tasks.bidDeadline",
      "tasks.publishedAt",
      "tasks.indicativeInvestmentFen",
      "lists.year",
    ])
    .where("tasks.status", "!=", "draft")
    .where("lists.status", "!=", "draft");
}

export type PublicTaskRow = Awaited<ReturnType<typeof tasksByCodes>>[number];

/** The public tasks among `codes`; a code not returned is a draft or gone and leaves the index. */
export async function tasksByCodes(db: DbOrTrx, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return publicTaskRows(db).where("tasks.code", "in", codes).execute();
}

/** Every public task, in pages, for a full reindex. */
export async function* allPublicTasks(db: DbOrTrx, pageSize = 1000) {
  let afterId = 0;
  for (;;) {
    const page = await publicTaskRows(db)
      .where("tasks.id", ">", afterId)
      .orderBy("tasks.id")
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield page;
    afterId = page.at(-1)!.id;
  }
}

/* ---------- supply–demand items ---------- */

/**
 * Items the index holds: every item that was ever published (its published revision), and items under their
 * first review (their latest revision, indexed as not public). Drafts, returned and rejected first submissions,
 * and items closed before publication are left out.
 */
function indexedSdItemRows(db: DbOrTrx) {
  return db
    .selectFrom("sdItems")
    .innerJoin("organizations", "organizations.id", "sdItems.organizationId")
    .innerJoin("sdRevisions", (join) =>
      join.on((eb) =>
        eb(
          "sdRevisions.id",
          "=",
          eb.fn.coalesce(
            "sdItems.publishedRevisionId",
            eb.case().when("sdItems.status", "=", "submitted").then(eb.ref("sdItems.latestRevisionId")).end(),
          ),
        ),
      ),
    )
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.kind",
      "sdItems.year",
      "sdItems.status",
      "sdItems.closeReason",
      "sdItems.organizationId",
      "organizations.name as organizationName",
      "sdItems.publishedAt",
      "sdItems.isDemo",
      "sdRevisions.title",
      "sdRevisions.summary",
      "sdRevisions.description",
      "sdRevisions.domain",
      "sdRevisions.tags",
      "sdRevisions.district",
      "sdRevisions.districtsServed",
      "sdRevisions.category",
      "sdRevisions.expectedOutcome",
      "sdRevisions.budgetMinFen",
      "sdRevisions.budgetMaxFen",
      "sdRevisions.supplyKind",
      "sdRevisions.maturity",
      "sdRevisions.deployedCustomers",
      "sdRevisions.referenceCases",
      "sdRevisions.priceMinFen",
      "sdRevisions.priceMaxFen",
    ]);
}

export type IndexedSdItemRow = Awaited<ReturnType<typeof sdItemsByCodes>>[number];

export async function sdItemsByCodes(db: DbOrTrx, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return indexedSdItemRows(db).where("sdItems.code", "in", codes).execute();
}

export async function* allIndexedSdItems(db: DbOrTrx, pageSize = 1000) {
  let afterId = 0;
  for (;;) {
    const page = await indexedSdItemRows(db)
      .where("sdItems.id", ">", afterId)
      .orderBy("sdItems.id")
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield page;
    afterId = page.at(-1)!.id;
  }
}
