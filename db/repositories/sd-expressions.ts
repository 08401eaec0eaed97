import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import type { SdExpressionStatus, SdKind, SdOutcomeKind } from "../../app/domain/supply-demand";

/**
 * Expressions of interest and their outcomes. Contacts are selected by `contactRowsOf` alone, and only the
 * contacts service (app/server/supply-demand/expressions/contacts.server.ts) calls it.
 */

/** Serialises one organization's sends (the daily count and the one-pending check) until the transaction ends. */
const EXPRESSION_LOCK_CLASS = 13_04;

export async function lockOrganizationSends(db: DbOrTrx, organizationId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${EXPRESSION_LOCK_CLASS}::int, ${organizationId}::int)`.execute(db);
}

/** A published (or any) item with what an expression needs of it: its owner and the published title. */
export async function itemForExpression(db: DbOrTrx, where: { id: number } | { code: string }) {
  let query = db
    .selectFrom("sdItems as i")
    .innerJoin("organizations as o", "o.id", "i.organizationId")
    .leftJoin("sdRevisions as r", "r.id", "i.publishedRevisionId")
    .select([
      "i.id",
      "i.code",
      "i.kind",
      "i.status",
      "i.organizationId",
      "o.name as organizationName",
      "r.title",
    ]);
  query = "id" in where ? query.where("i.id", "=", where.id) : query.where("i.code", "=", where.code);
  return query.executeTakeFirst();
}

/** The organization's published items of one kind (to name one in an expression), newest first. */
export async function publishedItemsOf(db: DbOrTrx, organizationId: number, kind: SdKind) {
  return db
    .selectFrom("sdItems as i")
    .innerJoin("sdRevisions as r", "r.id", "i.publishedRevisionId")
    .select(["i.id", "i.code", "r.title"])
    .where("i.organizationId", "=", organizationId)
    .where("i.kind", "=", kind)
    .where("i.status", "=", "published")
    .orderBy("i.publishedAt", "desc")
    .limit(100)
    .execute();
}

export async function countSentSince(db: DbOrTrx, organizationId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom("sdExpressions")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("fromOrganizationId", "=", organizationId)
    .where("createdAt", ">=", since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function pendingExpressionOf(db: DbOrTrx, targetItemId: number, fromOrganizationId: number) {
  return db
    .selectFrom("sdExpressions")
    .select(["id"])
    .where("targetItemId", "=", targetItemId)
    .where("fromOrganizationId", "=", fromOrganizationId)
    .where("status", "=", "pending")
    .executeTakeFirst();
}

export async function insertExpression(
  db: DbOrTrx,
  row: {
    targetItemId: number;
    fromOrganizationId: number;
    fromUserId: number;
    fromItemId: number | null;
    message: string;
    createdAt: Date;
    expiresAt: Date;
  },
) {
  return db.insertInto("sdExpressions").values(row).returning(["id"]).executeTakeFirstOrThrow();
}

/** One expression with both sides' names and item titles; `lock` takes its row FOR UPDATE. */
export async function findExpression(db: DbOrTrx, id: number, { lock = false } = {}) {
  let query = db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .innerJoin("organizations as to", "to.id", "t.organizationId")
    .innerJoin("organizations as fo", "fo.id", "e.fromOrganizationId")
    .leftJoin("sdRevisions as tr", "tr.id", "t.publishedRevisionId")
    .leftJoin("sdItems as f", "f.id", "e.fromItemId")
    .leftJoin("sdRevisions as fr", "fr.id", "f.publishedRevisionId")
    .select([
      "e.id",
      "e.status",
      "e.message",
      "e.createdAt",
      "e.expiresAt",
      "e.answeredAt",
      "e.answerNote",
      "e.fromUserId",
      "e.fromOrganizationId",
      "e.fromItemId",
      "e.targetItemId",
      "t.code as targetCode",
      "t.kind as targetKind",
      "tr.title as targetTitle",
      "t.organizationId as targetOrganizationId",
      "to.name as targetOrganizationName",
      "fo.name as fromOrganizationName",
      "f.code as fromItemCode",
      "fr.title as fromItemTitle",
    ])
    .where("e.id", "=", id);
  if (lock) query = query.forUpdate("e");
  return query.executeTakeFirst();
}
export type ExpressionRow = NonNullable<Awaited<ReturnType<typeof findExpression>>>;

export async function setExpressionStatus(
  db: DbOrTrx,
  id: number,
  from: SdExpressionStatus,
  to: SdExpressionStatus,
  answer: { answeredAt?: Date; answeredBy?: number; answerNote?: string | null } = {},
) {
  const updated = await db
    .updateTable("sdExpressions")
    .set({ status: to, ...answer })
    .where("id", "=", id)
    .where("status", "=", from)
    .returning(["id"])
    .executeTakeFirst();
  return updated !== undefined;
}

/** The pending expressions past their expiry, locked (others already being swept are skipped). */
export async function lockDueExpressions(db: DbOrTrx, now: Date, limit = 200) {
  return db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .leftJoin("sdRevisions as tr", "tr.id", "t.publishedRevisionId")
    .select(["e.id", "e.fromOrganizationId", "t.code as targetCode", "tr.title as targetTitle"])
    .where("e.status", "=", "pending")
    .where("e.expiresAt", "<=", now)
    .orderBy("e.expiresAt")
    .limit(limit)
    .forUpdate("e")
    .skipLocked()
    .execute();
}

export type ExpressionSide = "received" | "sent";

/** One page of an organization's received or sent expressions, newest first, with the total. */
export async function expressionsOfOrganization(
  db: DbOrTrx,
  organizationId: number,
  side: ExpressionSide,
  { limit, offset }: { limit: number; offset: number },
) {
  const base = db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .where(side === "received" ? "t.organizationId" : "e.fromOrganizationId", "=", organizationId);
  const [rows, total] = await Promise.all([
    base
      .innerJoin("organizations as to", "to.id", "t.organizationId")
      .innerJoin("organizations as fo", "fo.id", "e.fromOrganizationId")
      .leftJoin("sdRevisions as tr", "tr.id", "t.publishedRevisionId")
      .leftJoin("sdItems as f", "f.id", "e.fromItemId")
      .leftJoin("sdRevisions as fr", "fr.id", "f.publishedRevisionId")
      .select([
        "e.id",
        "e.status",
        "e.message",
        "e.createdAt",
        "e.expiresAt",
        "e.answeredAt",
        "e.answerNote",
        "t.code as targetCode",
        "t.kind as targetKind",
        "tr.title as targetTitle",
        "to.name as targetOrganizationName",
        "fo.name as fromOrganizationName",
        "f.code as fromItemCode",
        "fr.title as fromItemTitle",
      ])
      .orderBy("e.createdAt", "desc")
      .orderBy("e.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

/** The newest expression the organization sent about the item (pending first), for the item page's panel. */
export async function latestExpressionAbout(db: DbOrTrx, targetItemId: number, fromOrganizationId: number) {
  return db
    .selectFrom("sdExpressions")
    .select(["id", "status", "createdAt", "expiresAt"])
    .where("targetItemId", "=", targetItemId)
    .where("fromOrganizationId", "=", fromOrganizationId)
    .orderBy(sql`status = 'pending'`, "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Whether the organization is a side of an accepted expression involving the item (as its target or named). */
export async function acceptedCounterpartOf(db: DbOrTrx, itemId: number, organizationId: number) {
  const row = await db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .select("e.id")
    .where("e.status", "=", "accepted")
    .where((eb) =>
      eb.or([
        eb.and([eb("e.targetItemId", "=", itemId), eb("e.fromOrganizationId", "=", organizationId)]),
        eb.and([eb("e.fromItemId", "=", itemId), eb("t.organizationId", "=", organizationId)]),
      ]),
    )
    .orderBy("e.id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/* ---------- contacts: read by the contacts service only ---------- */

/** An item's published contact person. */
export async function itemContactRow(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom("sdItems as i")
    .innerJoin("sdRevisions as r", "r.id", "i.publishedRevisionId")
    .select(["r.contactName as name", "r.contactPhone as phone", "r.contactEmail as email"])
    .where("i.id", "=", itemId)
    .executeTakeFirst();
}

/** The sending user's name and email with their organization's phone (when no item was named). */
export async function senderContactRow(db: DbOrTrx, userId: number, organizationId: number) {
  return db
    .selectFrom("users as u")
    .innerJoin("organizations as o", (join) => join.on("o.id", "=", organizationId))
    .select(["u.name as name", "o.contactPhone as phone", "u.email as email"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
}

/* ---------- outcomes ---------- */

export async function insertOutcome(
  db: DbOrTrx,
  row: {
    expressionId: number;
    kind: SdOutcomeKind;
    amountFen: number | null;
    signedOn: string | null;
    reason: string | null;
    recordedBy: number;
    recordedByOrganizationId: number;
    createdAt: Date;
  },
) {
  return db.insertInto("sdOutcomes").values(row).returning(["id"]).executeTakeFirstOrThrow();
}

export async function outcomesOf(db: DbOrTrx, expressionId: number) {
  const rows = await db
    .selectFrom("sdOutcomes as o")
    .innerJoin("organizations as org", "org.id", "o.recordedByOrganizationId")
    .select([
      "o.id",
      "o.kind",
      "o.amountFen",
      "o.signedOn",
      "o.reason",
      "o.createdAt",
      "org.name as organizationName",
    ])
    .where("o.expressionId", "=", expressionId)
    .orderBy("o.createdAt")
    .orderBy("o.id")
    .execute();
  const files = rows.length
    ? await db
        .selectFrom("attachments")
        .select(["id", "fileName", "sdOutcomeId"])
        .where(
          "sdOutcomeId",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((row) => ({
    ...row,
    amountFen: row.amountFen === null ? null : Number(row.amountFen),
    signedOn: row.signedOn === null ? null : String(row.signedOn).slice(0, 10),
    files: files.filter((f) => f.sdOutcomeId === row.id).map((f) => ({ id: f.id, fileName: f.fileName })),
  }));
}

/** Whether a contract was recorded on an expression involving the item (as its target or the named item). */
export async function hasContract(db: DbOrTrx, itemId: number): Promise<boolean> {
  const row = await db
    .selectFrom("sdOutcomes as o")
    .innerJoin("sdExpressions as e", "e.id", "o.expressionId")
    .select("o.id")
    .where("o.kind", "=", "contract")
    .where((eb) => eb.or([eb("e.targetItemId", "=", itemId), eb("e.fromItemId", "=", itemId)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Median days from sending to answering over accepted and declined expressions; null when none. */
export async function medianAnswerDays(
  db: DbOrTrx,
  filter: { organizationId?: number; year?: number },
): Promise<number | null> {
  let query = db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .select(
      sql<
        number | null
      >`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.answered_at - e.created_at) / 86400)`.as(
        "median",
      ),
    )
    .where("e.status", "in", ["accepted", "declined"])
    .where("e.answeredAt", "is not", null);
  if (filter.organizationId !== undefined)
    query = query.where("t.organizationId", "=", filter.organizationId);
  if (filter.year !== undefined) query = query.where("t.year", "=", filter.year);
  const row = await query.executeTakeFirst();
  return row?.median === null || row?.median === undefined ? null : Number(row.median);
}
