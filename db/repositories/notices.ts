import { BID_EVENTS } from "../../app/domain/bidding";
import { sql } from "kysely";
import type { DbOrTrx } from "../client";

/* ---------- notices (公示) ---------- */

export async function insertNotice(
  db: DbOrTrx,
  notice: { taskId: number; startsAt: Date; endsAt: Date; createdBy: number },
) {
  return db.insertInto("notices").values(notice).returningAll().executeTakeFirstOrThrow();
}

const pendingCount = sql<number>`(SELECT count(*)::int FROM objections o WHERE o.notice_id = notices.id AND o.status = 'pending')`;

function noticesWithTask(db: DbOrTrx) {
  return db
    .selectFrom("notices")
    .innerJoin("tasks", "tasks.id", "notices.taskId")
    .selectAll("notices")
    .select([
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "tasks.domain as taskDomain",
      "tasks.maxWinners",
      pendingCount.as("pendingObjections"),
    ]);
}

export async function findNotice(db: DbOrTrx, noticeId: number, { lock = false } = {}) {
  return noticesWithTask(db)
    .where("notices.id", "=", noticeId)
    .$if(lock, (q) => q.forUpdate("notices"))
    .executeTakeFirst();
}

export async function liveNoticeOfTask(db: DbOrTrx, taskId: number) {
  return noticesWithTask(db)
    .where("notices.taskId", "=", taskId)
    .where("notices.status", "!=", "revoked")
    .executeTakeFirst();
}

/** Public notices, newest first (revoked ones included: the public saw them). */
export async function listNotices(db: DbOrTrx, { limit, offset }: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    noticesWithTask(db)
      .orderBy("notices.startsAt", "desc")
      .orderBy("notices.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("notices")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Open notices whose period is over and that have no pending objection: ready to become final. */
export async function noticesReadyToFinalize(db: DbOrTrx, now: Date) {
  return db
    .selectFrom("notices")
    .select("id")
    .where("status", "=", "open")
    .where("endsAt", "<=", now)
    .where(pendingCount, "=", 0)
    .orderBy("id")
    .execute();
}

export async function setNoticeStatus(db: DbOrTrx, noticeId: number, to: "final" | "revoked", at: Date) {
  return db
    .updateTable("notices")
    .set({ status: to, ...(to === "final" ? { finalizedAt: at } : {}) })
    .where("id", "=", noticeId)
    .where("status", "=", "open")
    .returning("id")
    .executeTakeFirst();
}

/** The winners a notice names: the task's selected bids, or (once revoked) none. */
export async function winnersOfTasks(db: DbOrTrx, taskIds: number[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom("bids")
    .innerJoin("organizations as lead", "lead.id", "bids.leadOrgId")
    .select((eb) => [
      "bids.id as bidId",
      "bids.taskId",
      "bids.decisionReason",
      "lead.name as leadOrgName",
      eb
        .selectFrom("consortiumMembers")
        .innerJoin("organizations", "organizations.id", "consortiumMembers.organizationId")
        .select(
          sql<
            string[]
          >`coalesce(array_agg(organizations.name ORDER BY consortium_members.invited_at, organizations.id), '{}')`.as(
            "names",
          ),
        )
        .whereRef("consortiumMembers.bidId", "=", "bids.id")
        .where("consortiumMembers.role", "=", "member")
        .where("consortiumMembers.status", "=", "accepted")
        .as("memberOrgNames"),
    ])
    .where("bids.taskId", "in", taskIds)
    .where("bids.status", "=", "selected")
    .orderBy("bids.decidedAt")
    .orderBy("bids.id")
    .execute();
}

/* ---------- objections (异议) ---------- */

export async function insertObjection(
  db: DbOrTrx,
  objection: { noticeId: number; bidId: number; filedBy: number; reasons: string; evidence: string },
) {
  return db.insertInto("objections").values(objection).returningAll().executeTakeFirstOrThrow();
}

export async function findObjection(db: DbOrTrx, objectionId: number, { lock = false } = {}) {
  return db
    .selectFrom("objections")
    .selectAll()
    .where("id", "=", objectionId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Objections to a notice. Filers' identities are shown to staff only; the public sees reasons and outcomes. */
export async function objectionsOfNotice(db: DbOrTrx, noticeId: number) {
  return db
    .selectFrom("objections")
    .innerJoin("users", "users.id", "objections.filedBy")
    .innerJoin("bids", "bids.id", "objections.bidId")
    .innerJoin("organizations as lead", "lead.id", "bids.leadOrgId")
    .selectAll("objections")
    .select(["users.name as filedByName", "users.email as filedByEmail", "lead.name as leadOrgName"])
    .where("objections.noticeId", "=", noticeId)
    .orderBy("objections.createdAt")
    .orderBy("objections.id")
    .execute();
}

export async function resolveObjection(
  db: DbOrTrx,
  objectionId: number,
  resolution: { status: "upheld" | "dismissed"; resolution: string; resolvedBy: number; resolvedAt: Date },
) {
  return db
    .updateTable("objections")
    .set(resolution)
    .where("id", "=", objectionId)
    .where("status", "=", "pending")
    .returningAll()
    .executeTakeFirst();
}

/* ---------- projects ---------- */

export async function insertProjects(
  db: DbOrTrx,
  bids: { bidId: number; taskId: number; leadOrgId: number }[],
) {
  if (bids.length === 0) return [];
  return db
    .insertInto("projects")
    .values(bids)
    .onConflict((oc) => oc.column("bidId").doNothing())
    .returning(["id", "bidId"])
    .execute();
}

export async function projectsOfTask(db: DbOrTrx, taskId: number) {
  return db.selectFrom("projects").selectAll().where("taskId", "=", taskId).orderBy("id").execute();
}

/** Pending objections of a revoked notice are closed with the given resolution (dismissed: nothing to revoke). */
export async function closePendingObjections(
  db: DbOrTrx,
  noticeId: number,
  resolution: { resolution: string; resolvedBy: number; resolvedAt: Date },
) {
  return db
    .updateTable("objections")
    .set({ status: "dismissed", ...resolution })
    .where("noticeId", "=", noticeId)
    .where("status", "=", "pending")
    .returning(["id", "filedBy"])
    .execute();
}

/**
 * When review reopens, the bids this notice's publication turned down are candidates again; bids whose own
 * selection an upheld objection revoked stay not_selected.
 */
export async function reopenRejectedBids(db: DbOrTrx, taskId: number, noticeId: number, at: Date) {
  return db
    .updateTable("bids")
    .set({
      status: BID_EVENTS.reconsider.to,
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      updatedAt: at,
    })
    .where("taskId", "=", taskId)
    .where("status", "in", BID_EVENTS.reconsider.from)
    .where("id", "not in", (eb) =>
      eb
        .selectFrom("objections")
        .select("bidId")
        .where("noticeId", "=", noticeId)
        .where("status", "=", "upheld"),
    )
    .returning("id")
    .execute();
}
