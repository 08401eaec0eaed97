import type { DbOrTrx } from "../client";

/**
 * What anyone may read about the supply–demand list: published revisions of items that were published (and
 * perhaps closed since). Contact columns are never selected here — not even to be dropped later.
 */

/** The item's published revision with its organization; undefined when unknown or never published. */
export async function publishedSdItemByCode(db: DbOrTrx, code: string) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .innerJoin("organizations", "organizations.id", "sdItems.organizationId")
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.kind",
      "sdItems.year",
      "sdItems.status",
      "sdItems.closeReason",
      "sdItems.closedAt",
      "sdItems.duplicateOfId",
      "sdItems.publishedAt",
      "sdItems.expiresAt",
      "sdItems.isDemo",
      "organizations.name as organizationName",
      "organizations.type as organizationType",
      "sdRevisions.number as revisionNumber",
      "sdRevisions.reviewedAt as revisionApprovedAt",
      "sdRevisions.title",
      "sdRevisions.summary",
      "sdRevisions.description",
      "sdRevisions.domain",
      "sdRevisions.tags",
      "sdRevisions.district",
      "sdRevisions.category",
      "sdRevisions.expectedOutcome",
      "sdRevisions.budgetMinFen",
      "sdRevisions.budgetMaxFen",
      "sdRevisions.wantedBy",
      "sdRevisions.supplyKind",
      "sdRevisions.maturity",
      "sdRevisions.deployedCustomers",
      "sdRevisions.referenceCases",
      "sdRevisions.districtsServed",
      "sdRevisions.priceMinFen",
      "sdRevisions.priceMaxFen",
    ])
    .where("sdItems.code", "=", code)
    .where("sdItems.status", "in", ["published", "closed"])
    .where("sdItems.publishedAt", "is not", null)
    .where("sdRevisions.status", "in", ["approved", "superseded"])
    .executeTakeFirst();
}

export type PublishedSdItemRow = NonNullable<Awaited<ReturnType<typeof publishedSdItemByCode>>>;

/** The canonical item a duplicate points to: its code and title when it is public itself. */
export async function publicSdItemRef(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .select(["sdItems.code", "sdRevisions.title"])
    .where("sdItems.id", "=", itemId)
    .where("sdItems.status", "in", ["published", "closed"])
    .where("sdItems.publishedAt", "is not", null)
    .executeTakeFirst();
}

/** The challenge task a demand became (tasks.source_sd_item_id), if any. */
export async function taskFromSdItem(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("tasks")
    .select(["tasks.code", "tasks.title", "tasks.status"])
    .where("tasks.sourceSdItemId", "=", itemId)
    .executeTakeFirst();
}

/** The PDFs attached to an item (names and sizes only). */
export async function sdItemAttachments(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("attachments")
    .select(["id", "fileName", "sizeBytes"])
    .where("sdItemId", "=", itemId)
    .orderBy("id")
    .execute();
}

/** One attachment of a published item, by the item's code; undefined for anything else. */
export async function publishedSdItemAttachment(db: DbOrTrx, code: string, attachmentId: number) {
  return db
    .selectFrom("attachments")
    .innerJoin("sdItems", "sdItems.id", "attachments.sdItemId")
    .select(["attachments.id", "attachments.fileName", "attachments.storageKey"])
    .where("attachments.id", "=", attachmentId)
    .where("sdItems.code", "=", code)
    .where("sdItems.status", "in", ["published", "closed"])
    .where("sdItems.publishedAt", "is not", null)
    .where("sdItems.publishedRevisionId", "is not", null)
    .executeTakeFirst();
}
