import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { CITY_WIDE, type SdKind } from "../../app/domain/supply-demand";

/**
 * The annual list's batches (年度数字经济供需清单, 第一批 …): drafts staff compose, published batches frozen by the
 * sd_batch_frozen trigger. Members are read from the revision recorded in sd_batch_items, never from the item's
 * current text, and never with contact columns.
 */

export async function batchesOfYear(db: DbOrTrx, year: number) {
  return db
    .selectFrom("sdBatches as b")
    .innerJoin("users as composer", "composer.id", "b.composedBy")
    .leftJoin("users as publisher", "publisher.id", "b.publishedBy")
    .select((eb) => [
      "b.id",
      "b.year",
      "b.number",
      "b.status",
      "b.publishedOn",
      "b.publishedAt",
      "b.createdAt",
      "composer.name as composerName",
      "publisher.name as publisherName",
      eb
        .selectFrom("sdBatchItems as bi")
        .select(eb.fn.countAll<string>().as("n"))
        .whereRef("bi.batchId", "=", "b.id")
        .as("itemCount"),
    ])
    .where("b.year", "=", year)
    .orderBy("b.number", "asc")
    .execute();
}

/** Years that have batches (any status, for staff), newest first. */
export async function batchYears(db: DbOrTrx) {
  const rows = await db.selectFrom("sdBatches").select("year").distinct().orderBy("year", "desc").execute();
  return rows.map((r) => r.year);
}

export async function findBatch(db: DbOrTrx, id: number) {
  return db
    .selectFrom("sdBatches as b")
    .innerJoin("users as composer", "composer.id", "b.composedBy")
    .leftJoin("users as publisher", "publisher.id", "b.publishedBy")
    .selectAll("b")
    .select(["composer.name as composerName", "publisher.name as publisherName"])
    .where("b.id", "=", id)
    .executeTakeFirst();
}

/** Locks the batch row for the rest of the transaction (every change of a batch or its members goes through it). */
export async function lockBatch(db: DbOrTrx, id: number) {
  return db.selectFrom("sdBatches").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/**
 * The next batch of the year, numbered after the last one. Two staff creating one at the same moment: the
 * UNIQUE (year, number) constraint refuses the second, which the service reports.
 */
export async function insertBatch(db: DbOrTrx, year: number, composedBy: number) {
  const last = await db
    .selectFrom("sdBatches")
    .select((eb) => eb.fn.max("number").as("n"))
    .where("year", "=", year)
    .executeTakeFirst();
  return db
    .insertInto("sdBatches")
    .values({ year, number: Number(last?.n ?? 0) + 1, composedBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** What a batch member shows anywhere (staff preview, public page, exports, API): no contact column. */
export interface BatchMemberRow {
  batchId: number;
  itemId: number;
  revisionId: number;
  position: number;
  code: string;
  kind: SdKind;
  year: number;
  itemStatus: string;
  isDemo: boolean;
  organizationName: string;
  title: string;
  summary: string;
  domain: string;
  district: string | null;
  category: string | null;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  priceMinFen: number | null;
  priceMaxFen: number | null;
}

/** Members of the given batches, in batch and position order, with the text of their recorded revision. */
export async function membersOfBatches(db: DbOrTrx, batchIds: number[]): Promise<BatchMemberRow[]> {
  if (batchIds.length === 0) return [];
  return db
    .selectFrom("sdBatchItems as bi")
    .innerJoin("sdItems as i", "i.id", "bi.itemId")
    .innerJoin("sdRevisions as r", "r.id", "bi.revisionId")
    .innerJoin("organizations as o", "o.id", "i.organizationId")
    .select([
      "bi.batchId",
      "bi.itemId",
      "bi.revisionId",
      "bi.position",
      "i.code",
      "i.kind",
      "i.year",
      "i.status as itemStatus",
      "i.isDemo",
      "o.name as organizationName",
      "r.title",
      "r.summary",
      "r.domain",
      "r.district",
      "r.category",
      "r.budgetMinFen",
      "r.budgetMaxFen",
      "r.priceMinFen",
      "r.priceMaxFen",
    ])
    .where("bi.batchId", "in", batchIds)
    .orderBy("bi.batchId", "asc")
    .orderBy("bi.position", "asc")
    .execute();
}

export interface CandidateFilter {
  year: number;
  kind: SdKind | null;
  domain: string | null;
  district: string | null;
  q: string;
  limit: number;
  offset: number;
}

/**
 * Published items of the year that no batch holds yet (the UNIQUE item_id of sd_batch_items keeps an item in one
 * batch at most), with their published revision's text; newest publication first.
 */
export async function batchCandidates(db: DbOrTrx, filter: CandidateFilter) {
  let query = db
    .selectFrom("sdItems as i")
    .innerJoin("sdRevisions as r", "r.id", "i.publishedRevisionId")
    .innerJoin("organizations as o", "o.id", "i.organizationId")
    .where("i.year", "=", filter.year)
    .where("i.status", "=", "published")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("sdBatchItems as bi").select("bi.itemId").whereRef("bi.itemId", "=", "i.id"))),
    );
  if (filter.kind) query = query.where("i.kind", "=", filter.kind);
  if (filter.domain) query = query.where("r.domain", "=", filter.domain);
  if (filter.district === CITY_WIDE) query = query.where("r.district", "is", null);
  else if (filter.district) query = query.where("r.district", "=", filter.district);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb("r.title", "ilike", like),
        eb("r.summary", "ilike", like),
        eb("i.code", "ilike", like),
        eb("o.name", "ilike", like),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .select([
        "i.id",
        "i.code",
        "i.kind",
        "i.isDemo",
        "i.publishedAt",
        "o.name as organizationName",
        "r.title",
        "r.domain",
        "r.district",
      ])
      .orderBy("i.publishedAt", "desc")
      .orderBy("i.id", "desc")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The item as a batch may take it: its year, status and published revision, locked against a concurrent change. */
export async function lockCandidate(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdItems")
    .select(["id", "code", "year", "status", "publishedRevisionId"])
    .where("id", "=", itemId)
    .forUpdate()
    .executeTakeFirst();
}

export async function batchOfItem(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdBatchItems as bi")
    .innerJoin("sdBatches as b", "b.id", "bi.batchId")
    .select(["b.id", "b.year", "b.number"])
    .where("bi.itemId", "=", itemId)
    .executeTakeFirst();
}

export async function memberRows(db: DbOrTrx, batchId: number) {
  return db
    .selectFrom("sdBatchItems")
    .selectAll()
    .where("batchId", "=", batchId)
    .orderBy("position", "asc")
    .execute();
}

export async function appendMember(db: DbOrTrx, batchId: number, itemId: number, revisionId: number) {
  const last = await db
    .selectFrom("sdBatchItems")
    .select((eb) => eb.fn.max("position").as("p"))
    .where("batchId", "=", batchId)
    .executeTakeFirst();
  const position = Number(last?.p ?? 0) + 1;
  await db.insertInto("sdBatchItems").values({ batchId, itemId, revisionId, position }).execute();
  return position;
}

export async function deleteMember(db: DbOrTrx, batchId: number, itemId: number) {
  const deleted = await db
    .deleteFrom("sdBatchItems")
    .where("batchId", "=", batchId)
    .where("itemId", "=", itemId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

/** Rewrites the positions as 1..n in the given order of item ids. */
export async function setPositions(db: DbOrTrx, batchId: number, itemIds: number[]) {
  for (const [index, itemId] of itemIds.entries()) {
    await db
      .updateTable("sdBatchItems")
      .set({ position: index + 1 })
      .where("batchId", "=", batchId)
      .where("itemId", "=", itemId)
      .execute();
  }
}

/** Records the item's revision at this moment (its published revision) for every member of a draft batch. */
export async function refreshMemberRevisions(db: DbOrTrx, batchId: number) {
  await sql`
    UPDATE sd_batch_items bi SET revision_id = i.published_revision_id
      FROM sd_items i
     WHERE bi.batch_id = ${batchId} AND i.id = bi.item_id AND i.published_revision_id IS NOT NULL
       AND bi.revision_id <> i.published_revision_id`.execute(db);
}

/** Members that may not be published: no longer published items (closed since composition). */
export async function unpublishedMembers(db: DbOrTrx, batchId: number) {
  return db
    .selectFrom("sdBatchItems as bi")
    .innerJoin("sdItems as i", "i.id", "bi.itemId")
    .select(["i.code", "i.status"])
    .where("bi.batchId", "=", batchId)
    .where("i.status", "<>", "published")
    .orderBy("bi.position")
    .execute();
}

export async function markBatchPublished(
  db: DbOrTrx,
  batchId: number,
  values: { publishedBy: number; publishedOn: string; publishedAt: Date },
) {
  return db
    .updateTable("sdBatches")
    .set({ status: "published", ...values })
    .where("id", "=", batchId)
    .where("status", "=", "draft")
    .returningAll()
    .executeTakeFirst();
}

export async function deleteDraftBatch(db: DbOrTrx, batchId: number) {
  await db.deleteFrom("sdBatchItems").where("batchId", "=", batchId).execute();
  await db.deleteFrom("sdBatches").where("id", "=", batchId).where("status", "=", "draft").execute();
}

/** Published batches of a year, by number. */
export async function publishedBatchesOfYear(db: DbOrTrx, year: number) {
  return db
    .selectFrom("sdBatches")
    .select(["id", "year", "number", "publishedOn", "publishedAt"])
    .where("year", "=", year)
    .where("status", "=", "published")
    .orderBy("number", "asc")
    .execute();
}

/** Years with at least one published batch, newest first, with their batch and item counts. */
export async function publishedListYears(db: DbOrTrx) {
  const rows = await db
    .selectFrom("sdBatches as b")
    .leftJoin("sdBatchItems as bi", "bi.batchId", "b.id")
    .select((eb) => [
      "b.year",
      eb.fn.count<string>("b.id").distinct().as("batches"),
      eb.fn.count<string>("bi.itemId").as("items"),
      eb.fn.max("b.publishedOn").as("lastPublishedOn"),
    ])
    .where("b.status", "=", "published")
    .groupBy("b.year")
    .orderBy("b.year", "desc")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    batches: Number(r.batches),
    items: Number(r.items),
    lastPublishedOn: r.lastPublishedOn,
  }));
}
