import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";

export interface NewNotification {
  kind: string;
  params: Record<string, string | number>;
  link: string;
}

/* ---------- writing ---------- */

/*
 * Coalescing: a user who has not yet read a notification of this kind about this thing (same kind, same link) does
 * not get a second one; the unread one is refreshed instead (newest parameters; it keeps its place). Its mail, if not
 * sent yet, goes out once with the newest text; if it was sent, no new mail follows until the user has read it.
 * So invite → remove → invite, submit → withdraw → submit or a run of objections cost each recipient at most one
 * unread notification (and mail) per kind and page, whoever triggers them and however often.
 */

type Recipients = (db: DbOrTrx) => ReturnType<typeof recipientQuery>;

function recipientQuery(db: DbOrTrx) {
  return db.selectFrom("users").select("users.id as userId");
}

async function coalesceAndInsert(db: DbOrTrx, recipients: Recipients, n: NewNotification): Promise<number> {
  // One statement: the partial unique index on unread (user, kind, link) turns a second notification into a refresh
  // of the first, also when concurrent writers send the first at once. Rows are written in user order, so
  // concurrent writers about the same page (many bids submitted on one task notify the same staff) take their locks
  // in the same order and never deadlock.
  const written = await db
    .insertInto("notifications")
    .columns(["userId", "kind", "params", "link"])
    .expression(recipients(db).select(fixedColumns(n)).orderBy("users.id"))
    .onConflict((conflict) =>
      conflict
        .columns(["userId", "kind", "link"])
        .where("readAt", "is", null)
        .doUpdateSet({ params: (eb) => eb.ref("excluded.params") }),
    )
    .returning("id")
    .execute();
  return written.length;
}

/** One notification per distinct user (coalesced, see above); returns how many were written or refreshed. */
export async function insertNotificationsForUsers(
  db: DbOrTrx,
  userIds: number[],
  n: NewNotification,
): Promise<number> {
  const distinct = [...new Set(userIds)];
  if (distinct.length === 0) return 0;
  return coalesceAndInsert(db, (q) => recipientQuery(q).where("users.id", "in", distinct), n);
}

/** The columns of a notification besides its user, as typed SELECT items for INSERT … SELECT. */
function fixedColumns(n: NewNotification) {
  // Explicit casts: in a SELECT list PostgreSQL cannot infer the type of a bare parameter.
  return [
    sql<string>`cast(${n.kind} as text)`.as("kind"),
    jsonb(n.params).as("params"),
    sql<string>`cast(${n.link} as text)`.as("link"),
  ] as const;
}

/** Every user with a membership in one of the organizations, each once (a user in two of them gets one row). */
export async function insertNotificationsForOrganizations(
  db: DbOrTrx,
  organizationIds: number[],
  n: NewNotification,
): Promise<number> {
  if (organizationIds.length === 0) return 0;
  const ids = [...new Set(organizationIds)];
  return coalesceAndInsert(
    db,
    (q) =>
      recipientQuery(q).where("users.id", "in", (eb) =>
        eb
          .selectFrom("memberships")
          .select("memberships.userId")
          .where("memberships.organizationId", "in", ids),
      ),
    n,
  );
}

/**
 * Every staff member. Staff notifications are per task page (the link), so coalescing batches them: one unread
 * notification per task however many bids are submitted or objections filed until a staff member reads it.
 */
export async function insertNotificationsForStaff(db: DbOrTrx, n: NewNotification): Promise<number> {
  return coalesceAndInsert(
    db,
    (q) =>
      recipientQuery(q).where("users.id", "in", (eb) =>
        eb
          .selectFrom("platformRoles")
          .select("platformRoles.userId")
          .where("platformRoles.role", "=", "staff"),
      ),
    n,
  );
}

/* ---------- the notification centre ---------- */

export async function listNotificationsOfUser(
  db: DbOrTrx,
  userId: number,
  { limit, offset }: { limit: number; offset: number },
) {
  return db
    .selectFrom("notifications")
    .select(["id", "kind", "params", "link", "createdAt", "readAt"])
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countNotificationsOfUser(db: DbOrTrx, userId: number) {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => [
      eb.fn.countAll<number>().as("total"),
      sql<number>`count(*) FILTER (WHERE read_at IS NULL)::int`.as("unread"),
    ])
    .where("userId", "=", userId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), unread: row.unread };
}

export async function countUnreadNotifications(db: DbOrTrx, userId: number): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("userId", "=", userId)
    .where("readAt", "is", null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Marks one of the user's own notifications read (keeping the first read time) and returns its link; undefined
 * when the id is not theirs, so nobody can touch or discover another user's notifications.
 */
export async function markNotificationRead(db: DbOrTrx, userId: number, id: number, at: Date) {
  const row = await db
    .updateTable("notifications")
    .set({ readAt: sql<Date>`coalesce(read_at, ${at})` })
    .where("id", "=", id)
    .where("userId", "=", userId)
    .returning("link")
    .executeTakeFirst();
  return row?.link;
}

/** Every notification, mailed or not (the demo seed drops the ones its story produced). */
export async function deleteAllNotifications(db: DbOrTrx): Promise<void> {
  await db.deleteFrom("notifications").execute();
}

export async function markAllNotificationsRead(db: DbOrTrx, userId: number, at: Date): Promise<number> {
  const result = await db
    .updateTable("notifications")
    .set({ readAt: at })
    .where("userId", "=", userId)
    .where("readAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/* ---------- mail outbox ---------- */

export type PendingMail = Awaited<ReturnType<typeof claimPendingMails>>[number];

/**
 * Claims up to `limit` notifications whose mail is due, with the recipient's address. The rows are locked with
 * SKIP LOCKED (a concurrent relay takes other rows, never waits) and leased until `leaseUntil` in the same
 * statement, so no other relay picks them up while this one sends outside any transaction; a relay that dies
 * mid-batch leaves them to be retried when the lease runs out.
 */
export async function claimPendingMails(
  db: DbOrTrx,
  { now, limit, leaseUntil }: { now: Date; limit: number; leaseUntil: Date },
) {
  return db
    .updateTable("notifications")
    .from("users")
    .set({ mailNextAttemptAt: leaseUntil })
    .whereRef("users.id", "=", "notifications.userId")
    .where("notifications.id", "in", (eb) =>
      eb
        .selectFrom("notifications")
        .select("id")
        .where("mailSentAt", "is", null)
        .where("mailNextAttemptAt", "<=", now)
        .orderBy("mailNextAttemptAt")
        .orderBy("id")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning([
      "notifications.id",
      "notifications.kind",
      "notifications.params",
      "notifications.link",
      "notifications.mailAttempts",
      "users.email",
      "users.name",
    ])
    .execute();
}

export async function markMailSent(db: DbOrTrx, id: number, at: Date) {
  await db
    .updateTable("notifications")
    .set({ mailSentAt: at, mailError: null })
    .where("id", "=", id)
    .where("mailSentAt", "is", null)
    .execute();
}

export async function markMailFailed(
  db: DbOrTrx,
  id: number,
  { attempts, retryAt, error }: { attempts: number; retryAt: Date; error: string },
) {
  await db
    .updateTable("notifications")
    .set({ mailAttempts: attempts, mailNextAttemptAt: retryAt, mailError: error.slice(0, 1000) })
    .where("id", "=", id)
    .where("mailSentAt", "is", null)
    .execute();
}
