import type { DbOrTrx } from "../client";
import type { OrganizationType } from "../schema";
import type { ShowcaseTheme } from "../../app/domain/supply-demand";
import { expiryAfter } from "../../app/domain/supply-demand";
import { insertSdItem, type NewSdItem } from "./supply-demand";

/** The supply–demand list's staff operations: import, showcase, and the demand a challenge task came from. */

/* ---------- import ---------- */

export async function organizationsByUscc(db: DbOrTrx, usccs: string[]) {
  if (usccs.length === 0) return new Map<string, { id: number; name: string; type: OrganizationType }>();
  const rows = await db
    .selectFrom("organizations")
    .select(["id", "name", "uscc", "type"])
    .where("uscc", "in", usccs)
    .execute();
  return new Map(rows.map((r) => [r.uscc, { id: r.id, name: r.name, type: r.type }]));
}

export async function organizationIdsOfUser(db: DbOrTrx, userId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom("memberships")
    .select("organizationId")
    .where("userId", "=", userId)
    .execute();
  return new Set(rows.map((r) => r.organizationId));
}

/**
 * An item that staff collected and checked offline: its first revision goes draft → submitted → approved with the
 * importing staff member as reviewer, and the item draft → submitted → published, as the status trigger allows.
 */
export async function insertPublishedSdItem(db: DbOrTrx, item: NewSdItem, reviewerId: number, now: Date) {
  const inserted = await insertSdItem(db, item);
  await db
    .updateTable("sdRevisions")
    .set({ status: "submitted", submittedAt: now })
    .where("id", "=", inserted.revisionId)
    .execute();
  await db
    .updateTable("sdRevisions")
    .set({ status: "approved", reviewedBy: reviewerId, reviewedAt: now })
    .where("id", "=", inserted.revisionId)
    .execute();
  await db
    .updateTable("sdItems")
    .set({ status: "submitted", updatedAt: now })
    .where("id", "=", inserted.id)
    .execute();
  await db
    .updateTable("sdItems")
    .set({
      status: "published",
      publishedRevisionId: inserted.revisionId,
      publishedAt: now,
      expiresAt: expiryAfter(now),
      updatedAt: now,
    })
    .where("id", "=", inserted.id)
    .execute();
  return inserted;
}

/* ---------- showcase ---------- */

/** An item with its published text, for the showcase and the conversion to a task. */
export async function publishedSdItemByCode(db: DbOrTrx, code: string) {
  return db
    .selectFrom("sdItems")
    .innerJoin("organizations", "organizations.id", "sdItems.organizationId")
    .leftJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.kind",
      "sdItems.year",
      "sdItems.status",
      "sdItems.organizationId",
      "sdItems.isDemo",
      "organizations.name as organizationName",
      "sdRevisions.title",
    ])
    .where("sdItems.code", "=", code)
    .executeTakeFirst();
}

export async function taskForShowcase(db: DbOrTrx, code: string) {
  return db
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .select(["tasks.id", "tasks.code", "tasks.title", "tasks.status", "lists.year"])
    .where("tasks.code", "=", code)
    .executeTakeFirst();
}

export async function insertShowcaseEntry(
  db: DbOrTrx,
  entry: {
    year: number;
    theme: ShowcaseTheme;
    itemId: number | null;
    taskId: number | null;
    citationZh: string;
    citationEn: string;
    featuredBy: number;
  },
) {
  return db.insertInto("sdShowcase").values(entry).returningAll().executeTakeFirstOrThrow();
}

export async function deleteShowcaseEntry(db: DbOrTrx, id: number) {
  return db.deleteFrom("sdShowcase").where("id", "=", id).returningAll().executeTakeFirst();
}

/**
 * The showcase of a year, with what each card shows: the item's published title and organization, or the task's
 * title and demand unit. Never contacts.
 */
export async function showcaseOfYear(db: DbOrTrx, year: number) {
  return db
    .selectFrom("sdShowcase")
    .leftJoin("sdItems", "sdItems.id", "sdShowcase.itemId")
    .leftJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .leftJoin("organizations", "organizations.id", "sdItems.organizationId")
    .leftJoin("tasks", "tasks.id", "sdShowcase.taskId")
    .select([
      "sdShowcase.id",
      "sdShowcase.year",
      "sdShowcase.theme",
      "sdShowcase.citationZh",
      "sdShowcase.citationEn",
      "sdShowcase.createdAt",
      "sdItems.code as itemCode",
      "sdItems.kind as itemKind",
      "sdItems.isDemo as itemIsDemo",
      "sdRevisions.title as itemTitle",
      "sdRevisions.summary as itemSummary",
      "organizations.name as organizationName",
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "tasks.demandUnit as taskDemandUnit",
    ])
    .where("sdShowcase.year", "=", year)
    .orderBy("sdShowcase.theme")
    .orderBy("sdShowcase.createdAt")
    .orderBy("sdShowcase.id")
    .execute();
}

/** The years that have a showcase, newest first. */
export async function showcaseYears(db: DbOrTrx): Promise<number[]> {
  const rows = await db.selectFrom("sdShowcase").select("year").distinct().orderBy("year", "desc").execute();
  return rows.map((r) => r.year);
}

/* ---------- from demand to task ---------- */

/** The scenario lists a demand may become a task of: drafts and published ones, any year, newest first. */
export async function scenarioListsForConversion(db: DbOrTrx) {
  return db
    .selectFrom("lists")
    .select(["id", "title", "year", "status"])
    .where("kind", "=", "scenario")
    .where("status", "in", ["draft", "published"])
    .orderBy("year", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** The demand with everything a task takes from it: the published revision and the organization. */
export async function demandForConversion(db: DbOrTrx, code: string) {
  return db
    .selectFrom("sdItems")
    .innerJoin("organizations", "organizations.id", "sdItems.organizationId")
    .leftJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
    .select([
      "sdItems.id",
      "sdItems.code",
      "sdItems.kind",
      "sdItems.status",
      "sdItems.organizationId",
      "organizations.name as organizationName",
      "sdRevisions.title",
      "sdRevisions.summary",
      "sdRevisions.description",
      "sdRevisions.domain",
      "sdRevisions.district",
      "sdRevisions.expectedOutcome",
      "sdRevisions.budgetMinFen",
      "sdRevisions.budgetMaxFen",
      "sdRevisions.contactName",
      "sdRevisions.contactPhone",
    ])
    .where("sdItems.code", "=", code)
    .executeTakeFirst();
}

/** The task a demand became, if any (a demand becomes at most one task). */
export async function taskFromSdItem(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("tasks")
    .select(["id", "code", "title", "status"])
    .where("sourceSdItemId", "=", itemId)
    .executeTakeFirst();
}

/** The demand a task was made from, for the staff task page. */
export async function sourceSdItemOfTask(db: DbOrTrx, taskCode: string) {
  return db
    .selectFrom("tasks")
    .innerJoin("sdItems", "sdItems.id", "tasks.sourceSdItemId")
    .select(["sdItems.code", "sdItems.kind"])
    .where("tasks.code", "=", taskCode)
    .executeTakeFirst();
}
