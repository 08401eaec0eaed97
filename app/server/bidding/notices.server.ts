import { minutesToWait } from "../../domain/throttle";
import { msg } from "../../i18n/i18n";
import { transitionTask } from "../catalog/task-transitions.server";
import { notifyConsortium } from "./review.server";
import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  bidsOfTask,
  countBidsOfTask,
  findBid,
  lockTask,
  setBidStatus,
  taskForBidding,
} from "../../../db/repositories/bids";
import {
  closePendingObjections,
  findNotice,
  findObjection,
  insertObjection,
  insertProjects,
  listNotices,
  noticesReadyToFinalize,
  objectionsOfNotice,
  reopenRejectedBids,
  resolveObjection,
  setNoticeStatus,
  winnersOfTasks,
} from "../../../db/repositories/notices";
import { noticeCanFinalize, noticePhase } from "../../domain/bidding";
import { notifyStaff, notifyUsers } from "../notifications/notifications.server";
import { fail, isUniqueViolation, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";
import { assertNoConflict } from "../conflicts/conflicts.server";
import { consumeLimit } from "../platform/rate-limit.server";
import { organizationOfUser } from "../../../db/repositories/identity";
import { OBJECTIONS_BY_ORG, OBJECTIONS_BY_USER } from "./bidding-limits.server";

/* ---------- 公示 and objections ---------- */

export async function publicNotices(
  { page, pageSize }: { page: number; pageSize: number },
  now = new Date(),
) {
  const db = getDb();
  const { rows, total } = await listNotices(db, { limit: pageSize, offset: (page - 1) * pageSize });
  const winners = await winnersOfTasks(
    db,
    rows.map((n) => n.taskId),
  );
  return {
    total,
    notices: rows.map((notice) => ({
      ...notice,
      phase: noticePhase(notice, notice.pendingObjections, now),
      winners: notice.status === "revoked" ? [] : winners.filter((w) => w.taskId === notice.taskId),
    })),
  };
}

/** One notice as the public sees it: winners, and objections with their outcome (not who filed them). */
export async function publicNotice(noticeId: number, now = new Date()) {
  const db = getDb();
  const notice = await findNotice(db, noticeId);
  if (!notice) return undefined;
  const [winners, objections] = await Promise.all([
    notice.status === "revoked" ? Promise.resolve([]) : winnersOfTasks(db, [notice.taskId]),
    objectionsOfNotice(db, noticeId),
  ]);
  return {
    notice: { ...notice, phase: noticePhase(notice, notice.pendingObjections, now) },
    winners,
    objections: objections.map((o) => ({
      id: o.id,
      leadOrgName: o.leadOrgName,
      status: o.status,
      createdAt: o.createdAt,
      resolvedAt: o.resolvedAt,
      // A dismissal's reason is published; pending and upheld objections show only their state publicly.
      resolution: o.status === "dismissed" ? o.resolution : null,
    })),
    open: notice.status === "open" && now.getTime() < notice.endsAt.getTime(),
  };
}

/** Whether the user belongs to an organization staff have verified (the condition for filing objections). */
export async function objectorVerified(userId: number): Promise<boolean> {
  return Boolean((await organizationOfUser(getDb(), userId))?.verifiedAt);
}

export async function fileObjection(
  actor: Actor,
  noticeId: number,
  input: { bidId: number; reasons: string; evidence: string },
  now = new Date(),
): Promise<Outcome<{ objectionId: number }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const notice = await findNotice(trx, noticeId, { lock: true });
        if (!notice) return fail("err.notice.notFound");
        if (notice.status !== "open" || now.getTime() >= notice.endsAt.getTime())
          return fail("err.notice.closed");
        const bid = await findBid(trx, input.bidId);
        if (!bid || bid.taskId !== notice.taskId || bid.status !== "selected")
          return { ok: false as const, fieldErrors: { bidId: [msg("err.objection.bid")] } };
        // Each objection notifies every staff member and the winner's consortium: only people of an organization
        // staff have verified may file them, and only a few at a time (per person and per organization).
        const organization = await organizationOfUser(trx, actor.id);
        if (!organization?.verifiedAt) return fail("err.objection.unverified");
        const byUser = await consumeLimit(OBJECTIONS_BY_USER, String(actor.id), 1, { trx });
        if (!byUser.allowed)
          return fail("err.objection.limitUser", { minutes: minutesToWait(byUser.retryAfterSeconds) });
        const byOrg = await consumeLimit(OBJECTIONS_BY_ORG, String(organization.id), 1, { trx });
        if (!byOrg.allowed)
          return fail("err.objection.limitOrg", { minutes: minutesToWait(byOrg.retryAfterSeconds) });
        const objection = await insertObjection(trx, { noticeId, filedBy: actor.id, ...input });
        const task = { code: notice.taskCode, title: notice.taskTitle };
        await notifyStaff(trx, {
          kind: "objection.filed",
          params: { taskCode: task.code, taskTitle: task.title, orgName: bid.leadOrgName },
          link: `/staff/tasks/${task.code}/bids`,
        });
        await notifyConsortium(trx, bid.id, "objection.filed", task, `/notices/${noticeId}`, {
          orgName: bid.leadOrgName,
        });
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "objection.file",
          entityType: "objection",
          entityId: objection.id,
          after: objection,
          ip: actor.ip,
        });
        return { ok: true as const, value: { objectionId: objection.id } };
      });
  } catch (error) {
    if (isUniqueViolation(error, "objections_one_pending"))
      return { ok: false, fieldErrors: { reasons: [msg("err.objection.duplicate")] } };
    throw error;
  }
}

/**
 * Upheld: the winner's selection is revoked (and if no winner remains, the notice is revoked and the task goes
 * back to review). Dismissed: the reason is published. Either way, a notice whose period is over and has no
 * pending objection left becomes final in the same transaction.
 */
export async function resolveObjectionAsStaff(
  actor: Actor,
  objectionId: number,
  input: { decision: "upheld" | "dismissed"; resolution: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const pending = await findObjection(trx, objectionId);
      if (!pending) return fail("err.objection.notFound");
      const conflicted = await assertNoConflict(trx, actor.id, { bidId: pending.bidId });
      if (conflicted) return conflicted;
      const notice = await findNotice(trx, pending.noticeId, { lock: true });
      if (!notice || notice.status !== "open") return fail("err.notice.closed");
      const resolved = await resolveObjection(trx, objectionId, {
        status: input.decision,
        resolution: input.resolution,
        resolvedBy: actor.id,
        resolvedAt: now,
      });
      if (!resolved) return fail("err.objection.resolved");
      const task = { code: notice.taskCode, title: notice.taskTitle };
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: `objection.${input.decision === "upheld" ? "uphold" : "dismiss"}`,
        entityType: "objection",
        entityId: objectionId,
        after: resolved,
        ip: actor.ip,
      });
      await notifyUsers(trx, [resolved.filedBy], {
        kind: "objection.resolved",
        params: { taskCode: task.code, taskTitle: task.title, reason: input.resolution },
        link: `/notices/${notice.id}`,
      });
      if (input.decision === "upheld") {
        const revoked = await setBidStatus(trx, resolved.bidId, "revoke", {
          decidedAt: now,
          decidedBy: actor.id,
          decisionReason: input.resolution,
          updatedAt: now,
        });
        if (revoked) {
          await notifyConsortium(trx, revoked.id, "selection.revoked", task, `/notices/${notice.id}`, {
            reason: input.resolution,
          });
          await appendAudit(trx, {
            actorUserId: actor.id,
            action: "bid.revoke",
            entityType: "bid",
            entityId: revoked.id,
            after: { reason: input.resolution, objectionId },
            ip: actor.ip,
          });
        }
        if ((await countBidsOfTask(trx, notice.taskId, "selected")) === 0) {
          await revokeNotice(trx, actor, notice, now);
          return { ok: true as const, value: null };
        }
      }
      const remaining = (await findNotice(trx, notice.id))!.pendingObjections;
      if (noticeCanFinalize(notice.endsAt, remaining, now)) await finalizeNotice(trx, notice.id, now);
      return { ok: true as const, value: null };
    });
}

/**
 * No winner is left: the notice is revoked, objections still pending on it are closed (there is nothing left
 * to revoke), the bids its publication turned down become candidates again, and the task returns to review.
 */
export async function revokeNotice(
  trx: DbOrTrx,
  actor: Actor,
  notice: { id: number; taskId: number; taskCode: string; taskTitle: string },
  now: Date,
) {
  await setNoticeStatus(trx, notice.id, "revoked", now);
  const closed = await closePendingObjections(trx, notice.id, {
    resolution: NOTICE_REVOKED_RESOLUTION,
    resolvedBy: actor.id,
    resolvedAt: now,
  });
  for (const objection of closed)
    await notifyUsers(trx, [objection.filedBy], {
      kind: "objection.resolved",
      params: { taskCode: notice.taskCode, taskTitle: notice.taskTitle, reason: NOTICE_REVOKED_RESOLUTION },
      link: `/notices/${notice.id}`,
    });
  const reopened = await reopenRejectedBids(trx, notice.taskId, notice.id, now);
  await lockTask(trx, notice.taskId);
  const current = (await taskForBidding(trx, { id: notice.taskId }))!;
  const reopenedReview = await transitionTask(trx, current, "reopenReview", actor, { now });
  if (!reopenedReview.ok) throw new Error(`task ${current.code}: a revoked notice could not reopen review`);
  await appendAudit(trx, {
    actorUserId: actor.id,
    action: "notice.revoke",
    entityType: "notice",
    entityId: notice.id,
    after: { closedObjections: closed.map((o) => o.id), reopenedBids: reopened.map((b) => b.id) },
    ip: actor.ip,
  });
}

// Stored text, shown to the public as is, so it carries both languages.
export const NOTICE_REVOKED_RESOLUTION =
  "公示已撤销（全部入选均被撤销），本异议无需再处理。The notice was revoked (every selection was revoked); this objection needs no further action.";

/** The notice becomes final: the task moves to in_progress and each winning bid gets its project record. */
export async function finalizeNotice(trx: DbOrTrx, noticeId: number, now: Date): Promise<boolean> {
  const notice = await findNotice(trx, noticeId, { lock: true });
  if (!notice || !noticeCanFinalize(notice.endsAt, notice.pendingObjections, now) || notice.status !== "open")
    return false;
  await lockTask(trx, notice.taskId);
  const task = (await taskForBidding(trx, { id: notice.taskId }))!;
  if (!(await transitionTask(trx, task, "finalize", null, { now })).ok) return false;
  await setNoticeStatus(trx, noticeId, "final", now);
  const winners = await bidsOfTask(trx, task.id, ["selected"]);
  const projects = await insertProjects(
    trx,
    winners.map((bid) => ({ bidId: bid.id, taskId: task.id, leadOrgId: bid.leadOrgId })),
  );
  for (const bid of winners) await notifyConsortium(trx, bid.id, "notice.final", task, `/bids/${bid.id}`);
  await appendAudit(trx, {
    actorUserId: null,
    action: "notice.finalize",
    entityType: "notice",
    entityId: noticeId,
    after: { projects: projects.map((p) => ({ projectId: p.id, bidId: p.bidId })) },
  });
  return true;
}

/** Run by the minute sweeper: every notice whose period is over with nothing pending becomes final. */
export async function finalizeDueNotices(now = new Date()): Promise<number[]> {
  const due = await noticesReadyToFinalize(getDb(), now);
  const finalized: number[] = [];
  for (const { id } of due) {
    const done = await getDb()
      .transaction()
      .execute((trx) => finalizeNotice(trx, id, now));
    if (done) finalized.push(id);
  }
  return finalized;
}
