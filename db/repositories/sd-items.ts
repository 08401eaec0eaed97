import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";
import type { SdRevision } from "../schema-supply-demand";
import {
  SD_ITEM_EVENTS,
  SD_REVISION_EVENTS,
  type SdCloseReason,
  type SdContent,
  type SdDomain,
  type SdItemEvent,
  type SdItemStatus,
  type SdKind,
  type SdRevisionEvent,
} from "../../app/domain/supply-demand";
import { contentColumns } from "./supply-demand";

/** The owner side of the supply–demand list: status changes, my items, attachments, expiry, saved searches. */

export async function organizationTypeOf(db: DbOrTrx, organizationId: number) {
  const row = await db
    .selectFrom("organizations")
    .select(["type", "name"])
    .where("id", "=", organizationId)
    .executeTakeFirst();
  return row;
}

/* ---------- lifecycle: every status change goes through the event tables ---------- */

export async function setSdItemStatus(
  db: DbOrTrx,
  itemId: number,
  event: SdItemEvent,
  extra: {
    closeReason?: SdCloseReason;
    closedAt?: Date;
    updatedAt: Date;
  },
) {
  const { from, to } = SD_ITEM_EVENTS[event];
  return db
    .updateTable("sdItems")
    .set({ status: to, ...extra })
    .where("id", "=", itemId)
    .where("status", "in", from as readonly SdItemStatus[])
    .returningAll()
    .executeTakeFirst();
}

export async function setSdRevisionStatus(
  db: DbOrTrx,
  revisionId: number,
  event: SdRevisionEvent,
  extra: { submittedAt?: Date },
) {
  const { from, to } = SD_REVISION_EVENTS[event];
  return db
    .updateTable("sdRevisions")
    .set({ status: to, ...extra })
    .where("id", "=", revisionId)
    .where("status", "in", from)
    .returningAll()
    .executeTakeFirst();
}

/** Only a revision still being written (draft) or sent back (returned) takes new content. */
export async function updateSdRevisionContent(db: DbOrTrx, revisionId: number, content: SdContent) {
  return db
    .updateTable("sdRevisions")
    .set(contentColumns(content))
    .where("id", "=", revisionId)
    .where("status", "in", ["draft", "returned"])
    .returning("id")
    .executeTakeFirst();
}

export async function setLatestRevision(db: DbOrTrx, itemId: number, revisionId: number, at: Date) {
  await db
    .updateTable("sdItems")
    .set({ latestRevisionId: revisionId, updatedAt: at })
    .where("id", "=", itemId)
    .execute();
}

export async function renewSdItem(db: DbOrTrx, itemId: number, expiresAt: Date, at: Date) {
  return db
    .updateTable("sdItems")
    .set({ expiresAt, expiryRemindedAt: null, updatedAt: at })
    .where("id", "=", itemId)
    .where("status", "=", "published")
    .returning("id")
    .executeTakeFirst();
}

/** The revision as the content it holds. */
export function revisionContent(revision: SdRevision): SdContent {
  return {
    title: revision.title,
    summary: revision.summary,
    description: revision.description,
    domain: revision.domain as SdDomain,
    tags: revision.tags,
    district: revision.district,
    category: revision.category,
    expectedOutcome: revision.expectedOutcome,
    budgetMinFen: revision.budgetMinFen,
    budgetMaxFen: revision.budgetMaxFen,
    wantedBy: revision.wantedBy,
    supplyKind: revision.supplyKind,
    maturity: revision.maturity,
    deployedCustomers: revision.deployedCustomers,
    referenceCases: revision.referenceCases,
    districtsServed: revision.districtsServed,
    priceMinFen: revision.priceMinFen,
    priceMaxFen: revision.priceMaxFen,
    contactName: revision.contactName,
    contactPhone: revision.contactPhone,
    contactEmail: revision.contactEmail,
  };
}

/* ---------- outcomes: a contract on an accepted expression or a conference meeting about the item ---------- */

/**
 * Whether a contract was recorded on the item: on an accepted expression on either side of it, or on a conference
 * meeting that named it (as the item asked about or the item the requester brought). Outcomes come from either
 * source (sd_outcomes.expression_id or mm_request_id).
 */
export async function hasContractOutcome(db: DbOrTrx, itemId: number): Promise<boolean> {
  const row = await db
    .selectFrom("sdOutcomes")
    .leftJoin("sdExpressions", "sdExpressions.id", "sdOutcomes.expressionId")
    .leftJoin("mmRequests", "mmRequests.id", "sdOutcomes.mmRequestId")
    .select("sdOutcomes.id")
    .where("sdOutcomes.kind", "=", "contract")
    .where((eb) =>
      eb.or([
        eb.and([
          eb("sdExpressions.status", "=", "accepted"),
          eb.or([eb("sdExpressions.targetItemId", "=", itemId), eb("sdExpressions.fromItemId", "=", itemId)]),
        ]),
        eb.or([eb("mmRequests.aboutItemId", "=", itemId), eb("mmRequests.fromItemId", "=", itemId)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/* ---------- my organization's items ---------- */

export interface MyItemsFilter {
  organizationId: number;
  kind: SdKind;
  limit: number;
  offset: number;
}

/** One page of the organization's items of one kind, newest first, with their newest and published revision. */
export async function itemsOfOrganization(db: DbOrTrx, filter: MyItemsFilter) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions as latest", "latest.id", "sdItems.latestRevisionId")
    .leftJoin("sdRevisions as published", "published.id", "sdItems.publishedRevisionId")
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.kind",
      "sdItems.status",
      "sdItems.closeReason",
      "sdItems.publishedAt",
      "sdItems.expiresAt",
      "sdItems.updatedAt",
      "sdItems.isDemo",
      "latest.title as latestTitle",
      "latest.status as latestStatus",
      "latest.number as latestNumber",
      "published.title as publishedTitle",
    ])
    .where("sdItems.organizationId", "=", filter.organizationId)
    .where("sdItems.kind", "=", filter.kind)
    .orderBy("sdItems.updatedAt", "desc")
    .orderBy("sdItems.id", "desc")
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/** The organization's items counted by kind and status. */
export async function countItemsOfOrganization(db: DbOrTrx, organizationId: number) {
  const rows = await db
    .selectFrom("sdItems")
    .select(["kind", "status", sql<string>`count(*)`.as("count")])
    .where("organizationId", "=", organizationId)
    .groupBy(["kind", "status"])
    .execute();
  return rows.map((row) => ({ kind: row.kind, status: row.status, count: Number(row.count) }));
}

/** The organization's published items, newest first (the dashboard's suggestions). */
export async function publishedItemsOfOrganization(db: DbOrTrx, organizationId: number, limit: number) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .select(["sdItems.id", "sdItems.code", "sdItems.kind", "sdRevisions.title"])
    .where("sdItems.organizationId", "=", organizationId)
    .where("sdItems.status", "=", "published")
    .orderBy("sdItems.publishedAt", "desc")
    .limit(limit)
    .execute();
}

/* ---------- attachments ---------- */

export async function attachmentsOfSdItem(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("attachments")
    .select(["id", "fileName", "sizeBytes", "sha256", "createdAt"])
    .where("sdItemId", "=", itemId)
    .orderBy("id")
    .execute();
}

export async function deleteSdItemAttachment(db: DbOrTrx, itemId: number, attachmentId: number) {
  return db
    .deleteFrom("attachments")
    .where("id", "=", attachmentId)
    .where("sdItemId", "=", itemId)
    .returning(["storageKey"])
    .executeTakeFirst();
}

/* ---------- expiry ---------- */

/** Published items whose expiry is at most `until` away and who were not reminded yet, locked (others skip them). */
export async function itemsToRemind(db: DbOrTrx, now: Date, until: Date) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.organizationId",
      "sdItems.expiresAt",
      "sdRevisions.title",
    ])
    .where("sdItems.status", "=", "published")
    .where("sdItems.expiryRemindedAt", "is", null)
    .where("sdItems.expiresAt", ">", now)
    .where("sdItems.expiresAt", "<=", until)
    .orderBy("sdItems.expiresAt")
    .forUpdate("sdItems")
    .skipLocked()
    .execute();
}

export async function markReminded(db: DbOrTrx, itemIds: number[], at: Date) {
  if (itemIds.length === 0) return;
  await db.updateTable("sdItems").set({ expiryRemindedAt: at }).where("id", "in", itemIds).execute();
}

/** Published items at or past their expiry, locked (others skip them). */
export async function itemsToExpire(db: DbOrTrx, now: Date) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .select(["sdItems.id", "sdItems.code", "sdItems.organizationId", "sdRevisions.title"])
    .where("sdItems.status", "=", "published")
    .where("sdItems.expiresAt", "<=", now)
    .orderBy("sdItems.expiresAt")
    .forUpdate("sdItems")
    .skipLocked()
    .execute();
}

/* ---------- saved searches ---------- */

export async function insertSavedSearch(
  db: DbOrTrx,
  search: {
    organizationId: number;
    userId: number;
    name: string;
    query: string;
    filters: Record<string, string[]>;
    lastDigestAt: Date;
  },
) {
  return db
    .insertInto("sdSavedSearches")
    .values({ ...search, filters: jsonb(search.filters) })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export async function savedSearchesOfOrganization(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("sdSavedSearches")
    .innerJoin("users", "users.id", "sdSavedSearches.userId")
    .select([
      "sdSavedSearches.id",
      "sdSavedSearches.name",
      "sdSavedSearches.query",
      "sdSavedSearches.filters",
      "sdSavedSearches.lastDigestAt",
      "sdSavedSearches.createdAt",
      "users.name as userName",
    ])
    .where("sdSavedSearches.organizationId", "=", organizationId)
    .orderBy("sdSavedSearches.id", "desc")
    .execute();
}

export async function countSavedSearches(db: DbOrTrx, organizationId: number) {
  const row = await db
    .selectFrom("sdSavedSearches")
    .select(sql<string>`count(*)`.as("count"))
    .where("organizationId", "=", organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function deleteSavedSearch(db: DbOrTrx, organizationId: number, id: number) {
  return db
    .deleteFrom("sdSavedSearches")
    .where("id", "=", id)
    .where("organizationId", "=", organizationId)
    .returning(["id", "name"])
    .executeTakeFirst();
}

/** Saved searches whose last digest is before `before`, locked (a second sweep skips them). */
export async function savedSearchesDue(db: DbOrTrx, before: Date, limit: number) {
  return db
    .selectFrom("sdSavedSearches")
    .selectAll()
    .where("lastDigestAt", "<", before)
    .orderBy("id")
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function setLastDigestAt(db: DbOrTrx, id: number, at: Date) {
  await db.updateTable("sdSavedSearches").set({ lastDigestAt: at }).where("id", "=", id).execute();
}
