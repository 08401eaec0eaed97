import { sql, type ExpressionBuilder } from "kysely";
import type { DbOrTrx } from "../client";
import type { Database } from "../schema";
import type { SdAgency, SdKind } from "../../app/domain/supply-demand";

/** Moderation of the supply–demand list: the review queue, revision decisions, reviewer scopes. */

export type QueueScope = { agency: SdAgency | null; district: string | null } | null | undefined;

type QueueEb = ExpressionBuilder<
  Database & { r: Database["sdRevisions"]; i: Database["sdItems"] },
  "r" | "i"
>;

/** Submitted revisions of live items (a first submission, or an edit of a published item) in the scope. */
function inQueue(eb: QueueEb, scope: QueueScope) {
  const live = eb.and([eb("r.status", "=", "submitted"), eb("i.status", "in", ["submitted", "published"])]);
  if (!scope || (scope.agency === null && scope.district === null)) return eb.and([live, eb.lit(false)]);
  if (scope.agency !== null) return live;
  return eb.and([live, eb("r.district", "=", scope.district)]);
}

export interface QueueFilter {
  kind?: SdKind;
  /** A district, or "" for city-wide items (district null). */
  district?: string;
}

function queueBase(db: DbOrTrx, scope: QueueScope, filter: QueueFilter) {
  return db
    .selectFrom("sdRevisions as r")
    .innerJoin("sdItems as i", "i.id", "r.itemId")
    .where((eb) => inQueue(eb, scope))
    .$if(filter.kind !== undefined, (q) => q.where("i.kind", "=", filter.kind!))
    .$if(filter.district !== undefined, (q) =>
      filter.district === ""
        ? q.where("r.district", "is", null)
        : q.where("r.district", "=", filter.district!),
    );
}

/** One page of the queue, oldest submission first, with the total and counts by kind and by new/edit. */
export async function reviewQueue(
  db: DbOrTrx,
  scope: QueueScope,
  filter: QueueFilter,
  { page, pageSize }: { page: number; pageSize: number },
) {
  const [rows, counts, districts] = await Promise.all([
    queueBase(db, scope, filter)
      .innerJoin("organizations as o", "o.id", "i.organizationId")
      .select([
        "i.id as itemId",
        "i.code",
        "i.kind",
        "i.status as itemStatus",
        "i.organizationId",
        "o.name as organizationName",
        "r.id as revisionId",
        "r.number",
        "r.title",
        "r.district",
        "r.domain",
        "r.submittedAt",
      ])
      .orderBy("r.submittedAt", "asc")
      .orderBy("r.id", "asc")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    queueBase(db, scope, filter)
      .select([
        "i.kind",
        sql<boolean>`i.published_revision_id IS NOT NULL`.as("isEdit"),
        sql<number>`count(*)::int`.as("count"),
      ])
      .groupBy(["i.kind", sql`i.published_revision_id IS NOT NULL`])
      .execute(),
    // The districts with something waiting (for the filter), whatever the current filter.
    queueBase(db, scope, {})
      .select([sql<string | null>`r.district`.as("district"), sql<number>`count(*)::int`.as("count")])
      .groupBy("r.district")
      .orderBy("r.district")
      .execute(),
  ]);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const count = (kind: SdKind | null, isEdit: boolean | null) =>
    counts
      .filter((c) => (kind === null || c.kind === kind) && (isEdit === null || c.isEdit === isEdit))
      .reduce((sum, c) => sum + c.count, 0);
  return {
    rows: rows.map((row) => ({ ...row, isEdit: row.itemStatus === "published" })),
    total,
    counts: {
      demand: count("demand", null),
      supply: count("supply", null),
      newItems: count(null, false),
      edits: count(null, true),
    },
    districts,
  };
}

/** The revision of the item that awaits review, if any (at most one is submitted at a time). */
export async function submittedRevisionOf(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdRevisions")
    .selectAll()
    .where("itemId", "=", itemId)
    .where("status", "=", "submitted")
    .orderBy("number", "desc")
    .executeTakeFirst();
}

/** Decides a submitted revision; undefined when it is not submitted any more (another reviewer was first). */
export async function decideRevision(
  db: DbOrTrx,
  revisionId: number,
  decision: { status: "approved" | "returned" | "rejected"; reason: string | null; by: number; at: Date },
) {
  return db
    .updateTable("sdRevisions")
    .set({
      status: decision.status,
      reviewReason: decision.reason,
      reviewedBy: decision.by,
      reviewedAt: decision.at,
    })
    .where("id", "=", revisionId)
    .where("status", "=", "submitted")
    .returning(["id"])
    .executeTakeFirst();
}

export async function supersedeRevision(db: DbOrTrx, revisionId: number) {
  await db
    .updateTable("sdRevisions")
    .set({ status: "superseded" })
    .where("id", "=", revisionId)
    .where("status", "=", "approved")
    .execute();
}

/** The revisions of an item with their reviewers' names, newest first: the item's history. */
export async function revisionHistory(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdRevisions as r")
    .leftJoin("users as reviewer", "reviewer.id", "r.reviewedBy")
    .innerJoin("users as author", "author.id", "r.createdBy")
    .select([
      "r.id",
      "r.number",
      "r.status",
      "r.title",
      "r.createdAt",
      "r.submittedAt",
      "r.reviewedAt",
      "r.reviewReason",
      "reviewer.name as reviewerName",
      "author.name as authorName",
    ])
    .where("r.itemId", "=", itemId)
    .orderBy("r.number", "desc")
    .execute();
}

export async function organizationName(db: DbOrTrx, organizationId: number) {
  const row = await db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", organizationId)
    .executeTakeFirst();
  return row?.name ?? "";
}

/* ---------- reviewer scopes ---------- */

/** Every staff member with their scope (none: they review nothing). */
export async function staffWithScopes(db: DbOrTrx) {
  return db
    .selectFrom("users as u")
    .innerJoin("platformRoles as pr", (join) =>
      join.onRef("pr.userId", "=", "u.id").on("pr.role", "=", "staff"),
    )
    .leftJoin("staffScopes as s", "s.userId", "u.id")
    .select(["u.id", "u.name", "u.email", "s.agency", "s.district"])
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}

export async function isStaffUser(db: DbOrTrx, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom("platformRoles")
    .select("userId")
    .where("userId", "=", userId)
    .where("role", "=", "staff")
    .executeTakeFirst();
  return row !== undefined;
}

export async function clearStaffScope(db: DbOrTrx, userId: number) {
  await db.deleteFrom("staffScopes").where("userId", "=", userId).execute();
}
