import { sql } from "kysely";
import type { DbOrTrx } from "../client";

/**
 * What the open-data feed, the sitemap and the supply–demand datasets read. Only what is public anywhere else
 * on the site is selected: lists and tasks that left draft, notices, approved awards, published (or since
 * closed) supply–demand items — never contact columns, reasons or messages.
 */

/** A public event for the Atom feed: something the city published, with the moment it was published. */
export type FeedEvent =
  | { kind: "list"; id: number; at: Date; year: number; title: string }
  | { kind: "sdBatch"; id: number; at: Date; year: number; number: number }
  | { kind: "notice"; id: number; at: Date; taskCode: string; taskTitle: string }
  | { kind: "result"; id: number; at: Date; taskCode: string; taskTitle: string }
  | { kind: "award"; id: number; at: Date; taskCode: string; taskTitle: string; payableFen: number };

/** The newest `limit` feed events of each kind, merged newest first and cut to `limit`. */
export async function feedEvents(db: DbOrTrx, limit: number): Promise<FeedEvent[]> {
  const [lists, batches, notices, results, awards] = await Promise.all([
    db
      .selectFrom("lists")
      .select(["id", "year", "title", "publishedAt"])
      .where("status", "!=", "draft")
      .where("publishedAt", "is not", null)
      .orderBy("publishedAt", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("sdBatches")
      .select(["id", "year", "number", "publishedAt"])
      .where("status", "=", "published")
      .where("publishedAt", "is not", null)
      .orderBy("publishedAt", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("notices")
      .innerJoin("tasks", "tasks.id", "notices.taskId")
      .select(["notices.id", "notices.startsAt", "tasks.code", "tasks.title"])
      .orderBy("notices.startsAt", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("notices")
      .innerJoin("tasks", "tasks.id", "notices.taskId")
      .select(["notices.id", "notices.finalizedAt", "tasks.code", "tasks.title"])
      .where("notices.status", "=", "final")
      .where("notices.finalizedAt", "is not", null)
      .orderBy("notices.finalizedAt", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("awards")
      .innerJoin("projects", "projects.id", "awards.projectId")
      .innerJoin("tasks", "tasks.id", "projects.taskId")
      .select(["awards.id", "awards.approvedAt", "awards.payableFen", "tasks.code", "tasks.title"])
      .where("awards.approvedAt", "is not", null)
      .where("awards.status", "in", ["approved", "disbursing", "disbursed"])
      .orderBy("awards.approvedAt", "desc")
      .limit(limit)
      .execute(),
  ]);
  const events: FeedEvent[] = [
    ...lists.map((l) => ({
      kind: "list" as const,
      id: l.id,
      at: l.publishedAt!,
      year: l.year,
      title: l.title,
    })),
    ...batches.map((b) => ({
      kind: "sdBatch" as const,
      id: b.id,
      at: b.publishedAt!,
      year: b.year,
      number: b.number,
    })),
    ...notices.map((n) => ({
      kind: "notice" as const,
      id: n.id,
      at: n.startsAt,
      taskCode: n.code,
      taskTitle: n.title,
    })),
    ...results.map((n) => ({
      kind: "result" as const,
      id: n.id,
      at: n.finalizedAt!,
      taskCode: n.code,
      taskTitle: n.title,
    })),
    ...awards.map((a) => ({
      kind: "award" as const,
      id: a.id,
      at: a.approvedAt!,
      taskCode: a.code,
      taskTitle: a.title,
      payableFen: a.payableFen,
    })),
  ];
  return events
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.kind.localeCompare(b.kind) || b.id - a.id)
    .slice(0, limit);
}

/** Every public page with a stable address and when it last changed (null: unknown). */
export async function sitemapEntries(db: DbOrTrx) {
  const [lists, tasks, notices, sdItems, sdYears, events] = await Promise.all([
    db.selectFrom("lists").select(["id", "updatedAt"]).where("status", "!=", "draft").orderBy("id").execute(),
    db
      .selectFrom("tasks")
      .select(["code", "updatedAt"])
      .where("status", "!=", "draft")
      .orderBy("code")
      .execute(),
    db.selectFrom("notices").select(["id", "createdAt"]).orderBy("id").execute(),
    db
      .selectFrom("sdItems")
      .select(["code", "updatedAt"])
      .where("status", "in", ["published", "closed"])
      .where("publishedAt", "is not", null)
      .where("publishedRevisionId", "is not", null)
      .orderBy("code")
      .execute(),
    publishedSdListYears(db),
    db
      .selectFrom("mmEvents")
      .select(["id", "updatedAt"])
      .where("status", "in", ["published", "closed"])
      .orderBy("id")
      .execute(),
  ]);
  return { lists, tasks, notices, sdItems, sdYears, events };
}

/** Years with at least one published supply–demand batch, newest first. */
export async function publishedSdListYears(db: DbOrTrx): Promise<number[]> {
  const rows = await db
    .selectFrom("sdBatches")
    .select("year")
    .distinct()
    .where("status", "=", "published")
    .orderBy("year", "desc")
    .execute();
  return rows.map((r) => r.year);
}

/** Years of the public challenge lists, newest first. */
export async function publicListYears(db: DbOrTrx): Promise<number[]> {
  const rows = await db
    .selectFrom("lists")
    .select("year")
    .distinct()
    .where("status", "!=", "draft")
    .orderBy("year", "desc")
    .execute();
  return rows.map((r) => r.year);
}

/** Years in which any supply–demand item was published, newest first. */
export async function publicSdItemYears(db: DbOrTrx): Promise<number[]> {
  const rows = await db
    .selectFrom("sdItems")
    .select("year")
    .distinct()
    .where("status", "in", ["published", "closed"])
    .where("publishedAt", "is not", null)
    .orderBy("year", "desc")
    .execute();
  return rows.map((r) => r.year);
}

/**
 * The year's public supply–demand items as last published (the published revision; an edit under review is not
 * public yet), in code order, with the batches that carry them. No contact field is selected.
 */
export async function publicSdItemsOfYear(db: DbOrTrx, year: number) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .innerJoin("organizations", "organizations.id", "sdItems.organizationId")
    .leftJoin("sdItems as canonical", "canonical.id", "sdItems.duplicateOfId")
    .select((eb) => [
      "sdItems.code",
      "sdItems.kind",
      "sdItems.year",
      "sdItems.status",
      "sdItems.closeReason",
      "sdItems.closedAt",
      "sdItems.publishedAt",
      "sdItems.expiresAt",
      "sdItems.isDemo",
      "canonical.code as duplicateOfCode",
      "organizations.name as organizationName",
      "organizations.type as organizationType",
      "sdRevisions.number as revisionNumber",
      "sdRevisions.title",
      "sdRevisions.summary",
      "sdRevisions.domain",
      "sdRevisions.tags",
      "sdRevisions.district",
      "sdRevisions.category",
      "sdRevisions.budgetMinFen",
      "sdRevisions.budgetMaxFen",
      "sdRevisions.wantedBy",
      "sdRevisions.supplyKind",
      "sdRevisions.maturity",
      "sdRevisions.deployedCustomers",
      "sdRevisions.districtsServed",
      "sdRevisions.priceMinFen",
      "sdRevisions.priceMaxFen",
      eb
        .selectFrom("sdBatchItems")
        .innerJoin("sdBatches", "sdBatches.id", "sdBatchItems.batchId")
        .select(
          sql<number[]>`coalesce(array_agg(sd_batches.number order by sd_batches.number), '{}')`.as("n"),
        )
        .whereRef("sdBatchItems.itemId", "=", "sdItems.id")
        .where("sdBatches.status", "=", "published")
        .as("batchNumbers"),
    ])
    .where("sdItems.year", "=", year)
    .where("sdItems.status", "in", ["published", "closed"])
    .where("sdItems.publishedAt", "is not", null)
    .orderBy("sdItems.code")
    .execute();
}

export type PublicSdItemRow = Awaited<ReturnType<typeof publicSdItemsOfYear>>[number];

/**
 * Outcomes recorded in `year` (Asia/Shanghai), oldest first: what kind, through which channel, the public item
 * codes on each side (null when that side named no public item), a contract's amount and signing date. Never
 * the reason a talk failed, the messages, or who recorded it.
 */
export async function publicSdOutcomesOfYear(db: DbOrTrx, year: number) {
  const publicCode = (alias: string) =>
    sql<string | null>`case when ${sql.ref(`${alias}.status`)} in ('published', 'closed')
      and ${sql.ref(`${alias}.published_at`)} is not null then ${sql.ref(`${alias}.code`)} end`;
  return db
    .selectFrom("sdOutcomes as o")
    .leftJoin("sdExpressions as e", "e.id", "o.expressionId")
    .leftJoin("mmRequests as r", "r.id", "o.mmRequestId")
    .leftJoin("sdItems as about", (join) =>
      join.on(sql<boolean>`about.id = coalesce(e.target_item_id, r.about_item_id)`),
    )
    .leftJoin("sdItems as from", (join) =>
      join.on(sql<boolean>`"from".id = coalesce(e.from_item_id, r.from_item_id)`),
    )
    .select([
      "o.id",
      "o.expressionId",
      "o.mmRequestId",
      "o.kind",
      "o.amountFen",
      "o.signedOn",
      "o.createdAt",
      sql<
        "online" | "conference"
      >`case when o.expression_id is not null then 'online' else 'conference' end`.as("channel"),
      "about.kind as aboutKind",
      publicCode("about").as("aboutCode"),
      "from.kind as fromKind",
      publicCode("from").as("fromCode"),
    ])
    .where(sql<boolean>`extract(year from o.created_at at time zone 'Asia/Shanghai') = ${year}`)
    .orderBy("o.createdAt")
    .orderBy("o.id")
    .execute();
}

export type PublicSdOutcomeRow = Awaited<ReturnType<typeof publicSdOutcomesOfYear>>[number];

/** Years in which outcomes were recorded (Asia/Shanghai), newest first. */
export async function sdOutcomeYears(db: DbOrTrx): Promise<number[]> {
  const rows = await db
    .selectFrom("sdOutcomes")
    .select(sql<number>`extract(year from created_at at time zone 'Asia/Shanghai')::int`.as("year"))
    .distinct()
    .orderBy("year", "desc")
    .execute();
  return rows.map((r) => r.year);
}
