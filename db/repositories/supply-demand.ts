import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";
import { sdItemCode, type SdContent, type SdKind } from "../../app/domain/supply-demand";

/** The supply–demand list's core rows: items, their revisions and codes. Feature repositories build on these. */

export async function nextSdSerial(db: DbOrTrx, kind: SdKind, year: number): Promise<number> {
  const row = await db
    .insertInto("sdCodeCounters")
    .values({ kind, year, lastSerial: 1 })
    .onConflict((oc) =>
      oc.columns(["kind", "year"]).doUpdateSet({ lastSerial: sql`sd_code_counters.last_serial + 1` }),
    )
    .returning("lastSerial")
    .executeTakeFirstOrThrow();
  return row.lastSerial;
}

export function contentColumns(content: SdContent) {
  return { ...content, tags: jsonb(content.tags), districtsServed: jsonb(content.districtsServed) };
}

export interface NewSdItem {
  kind: SdKind;
  year: number;
  organizationId: number;
  createdBy: number;
  content: SdContent;
  isDemo?: boolean;
}

/** A draft item with its first revision; the code is taken from the per-kind, per-year counter. */
export async function insertSdItem(db: DbOrTrx, item: NewSdItem) {
  const serial = await nextSdSerial(db, item.kind, item.year);
  const inserted = await db
    .insertInto("sdItems")
    .values({
      code: sdItemCode(item.kind, item.year, serial),
      kind: item.kind,
      year: item.year,
      organizationId: item.organizationId,
      createdBy: item.createdBy,
      isDemo: item.isDemo ?? false,
    })
    .returning(["id", "code"])
    .executeTakeFirstOrThrow();
  const revision = await insertSdRevision(db, inserted.id, 1, item.createdBy, item.content);
  await db
    .updateTable("sdItems")
    .set({ latestRevisionId: revision.id })
    .where("id", "=", inserted.id)
    .execute();
  return { id: inserted.id, code: inserted.code, revisionId: revision.id };
}

export async function insertSdRevision(
  db: DbOrTrx,
  itemId: number,
  number: number,
  createdBy: number,
  content: SdContent,
) {
  return db
    .insertInto("sdRevisions")
    .values({ itemId, number, createdBy, ...contentColumns(content) })
    .returning(["id", "number"])
    .executeTakeFirstOrThrow();
}

export async function findSdItemByCode(db: DbOrTrx, code: string) {
  return db.selectFrom("sdItems").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function findSdItemById(db: DbOrTrx, id: number) {
  return db.selectFrom("sdItems").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Locks the item row for the rest of the transaction (every status change of an item goes through this). */
export async function lockSdItem(db: DbOrTrx, id: number) {
  return db.selectFrom("sdItems").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function findSdRevision(db: DbOrTrx, id: number) {
  return db.selectFrom("sdRevisions").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function revisionsOfSdItem(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdRevisions")
    .selectAll()
    .where("itemId", "=", itemId)
    .orderBy("number", "desc")
    .execute();
}

/** The reviewer's scope: an agency (every item) or one district; undefined: the user reviews nothing. */
export async function staffScopeOf(db: DbOrTrx, userId: number) {
  return db.selectFrom("staffScopes").selectAll().where("userId", "=", userId).executeTakeFirst();
}

export async function setStaffScope(
  db: DbOrTrx,
  userId: number,
  scope: { agency: "data_bureau" | "economy_bureau"; district: null } | { agency: null; district: string },
) {
  await db
    .insertInto("staffScopes")
    .values({ userId, ...scope })
    .onConflict((oc) => oc.column("userId").doUpdateSet(scope))
    .execute();
}
