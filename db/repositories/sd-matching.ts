import type { DbOrTrx } from "../client";

/**
 * What matching reads of the item it starts from: the published revision, else the newest one (a draft or an
 * item under its first review is compared as written). Never contacts.
 */
export async function matchSourceOf(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", (join) =>
      join.on((eb) =>
        eb("sdRevisions.id", "=", eb.fn.coalesce("sdItems.publishedRevisionId", "sdItems.latestRevisionId")),
      ),
    )
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.kind",
      "sdItems.status",
      "sdRevisions.title",
      "sdRevisions.domain",
      "sdRevisions.tags",
      "sdRevisions.district",
      "sdRevisions.districtsServed",
      "sdRevisions.budgetMinFen",
      "sdRevisions.budgetMaxFen",
      "sdRevisions.priceMinFen",
      "sdRevisions.priceMaxFen",
      "sdRevisions.maturity",
      "sdRevisions.deployedCustomers",
    ])
    .where("sdItems.id", "=", itemId)
    .executeTakeFirst();
}
