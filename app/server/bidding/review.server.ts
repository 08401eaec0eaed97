import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  attachmentsOfBids,
  bidsOfTask,
  countBidsOfTask,
  findBid,
  lockTask,
  rejectRemainingBids,
  setBidReview,
  setBidStatus,
  taskForBidding,
} from "../../../db/repositories/bids";
import { membersOf } from "../../../db/repositories/consortium";
import { indicatorsOf } from "../../../db/repositories/catalog";
import {
  insertNotice,
  liveNoticeOfTask,
  objectionsOfNotice,
  projectsOfTask,
} from "../../../db/repositories/notices";
import { noticeEndsAt, noticePhase } from "../../domain/bidding";
import { effectiveTaskStatus } from "../../domain/task-lifecycle";
import { notifyOrganizations } from "../notifications/notifications.server";
import { transitionTask } from "../catalog/task-transitions.server";
import { fail, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";
import { assertNoConflict } from "../conflicts/conflicts.server";

/* ---------- staff review ---------- */

/** A task's bids side by side (drafts and withdrawn bids stay private to their consortium), with the notice. */
export async function taskBidsForStaff(code: string, now = new Date()) {
  const db = getDb();
  const task = await taskForBidding(db, { code: code.toUpperCase() });
  if (!task) return undefined;
  const [bids, indicators, notice, projects] = await Promise.all([
    bidsOfTask(db, task.id, ["submitted", "selected", "not_selected"]),
    indicatorsOf(db, task.id),
    liveNoticeOfTask(db, task.id),
    projectsOfTask(db, task.id),
  ]);
  const attachments = await attachmentsOfBids(
    db,
    bids.map((bid) => bid.id),
  );
  const objections = notice ? await objectionsOfNotice(db, notice.id) : [];
  return {
    task: {
      ...task,
      status: effectiveTaskStatus(task.status, task.bidDeadline, now),
      storedStatus: task.status,
    },
    bids: bids.map((bid) => ({ ...bid, attachments: attachments.filter((a) => a.bidId === bid.id) })),
    indicators,
    notice: notice ? { ...notice, phase: noticePhase(notice, notice.pendingObjections, now) } : null,
    objections,
    projects,
    selectedCount: bids.filter((b) => b.status === "selected").length,
  };
}

/** Opens review once bidding has closed (closing it first if the deadline passed before the sweeper ran). */
export async function startReview(actor: Actor, code: string, now = new Date()): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const task = await taskForBidding(trx, { code: code.toUpperCase() });
      if (!task) return fail("err.task.notFound");
      await lockTask(trx, task.id);
      let status = task.status;
      if (effectiveTaskStatus(task.status, task.bidDeadline, now) !== task.status) {
        const closed = await transitionTask(trx, task, "closeBidding", null, { now });
        if (!closed.ok) return closed;
        status = closed.value;
      }
      const moved = await transitionTask(trx, { ...task, status }, "startReview", actor, { now });
      return moved.ok ? { ok: true as const, value: null } : moved;
    });
}

export async function saveBidReview(
  actor: Actor,
  bidId: number,
  review: { staffNote: string; shortlisted: boolean },
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const bid = await findBid(trx, bidId);
      if (!bid || bid.status === "draft" || bid.status === "withdrawn") return fail("err.bid.notFound");
      const conflicted = await assertNoConflict(trx, actor.id, { bidId });
      if (conflicted) return conflicted;
      await setBidReview(trx, bidId, review);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "bid.review",
        entityType: "bid",
        entityId: bidId,
        after: review,
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

/**
 * Runs `work` in one transaction on the task of the bid, with the task row locked (so selections are serialised),
 * only while the task is under review and only for a staff member without a conflict with the bid.
 */
async function whileUnderReview<T>(
  actor: Actor,
  bidId: number,
  work: (trx: DbOrTrx, task: NonNullable<Awaited<ReturnType<typeof taskForBidding>>>) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const candidate = await findBid(trx, bidId);
      if (!candidate) return fail("err.bid.notFound");
      await lockTask(trx, candidate.taskId);
      const task = await taskForBidding(trx, { id: candidate.taskId });
      if (!task || task.status !== "under_review") return fail("err.selection.notUnderReview");
      const conflicted = await assertNoConflict(trx, actor.id, { bidId });
      if (conflicted) return conflicted;
      return work(trx, task);
    });
}

/**
 * Marks a submitted bid as a winner, with the reason. The task row is locked first, so two staff selecting at
 * the same moment are serialised and the count of winners can never pass `maxWinners`.
 */
export async function selectBid(
  actor: Actor,
  bidId: number,
  reason: string,
  now = new Date(),
): Promise<Outcome<null>> {
  return whileUnderReview(actor, bidId, async (trx, task) => {
    if ((await countBidsOfTask(trx, task.id, "selected")) >= task.maxWinners)
      return fail("err.selection.maxWinners", { max: task.maxWinners });
    const selected = await setBidStatus(trx, bidId, "select", {
      decidedAt: now,
      decidedBy: actor.id,
      decisionReason: reason,
      updatedAt: now,
    });
    if (!selected) return fail("err.selection.notSubmitted");
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "bid.select",
      entityType: "bid",
      entityId: bidId,
      after: { reason },
      ip: actor.ip,
    });
    return { ok: true as const, value: null };
  });
}

/** Takes a winner back to the pool while the task is still under review. */
export async function unselectBid(actor: Actor, bidId: number, now = new Date()): Promise<Outcome<null>> {
  return whileUnderReview(actor, bidId, async (trx) => {
    const back = await setBidStatus(trx, bidId, "unselect", {
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      updatedAt: now,
    });
    if (!back) return fail("err.bid.notFound");
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "bid.unselect",
      entityType: "bid",
      entityId: bidId,
      ip: actor.ip,
    });
    return { ok: true as const, value: null };
  });
}

/**
 * Confirms the winners (under_review → selected: every other submitted bid is told it was not selected) and
 * publishes the result for `noticeDays` natural days (selected → notice), in one transaction.
 */
export async function publishResult(
  actor: Actor,
  code: string,
  now = new Date(),
): Promise<Outcome<{ noticeId: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await taskForBidding(trx, { code: code.toUpperCase() });
      if (!found) return fail("err.task.notFound");
      await lockTask(trx, found.id);
      const task = (await taskForBidding(trx, { id: found.id }))!;
      // Publishing confirms the winners: not by a staff member with a conflict with any of them.
      for (const winner of await bidsOfTask(trx, task.id, ["selected"])) {
        const conflicted = await assertNoConflict(trx, actor.id, { bidId: winner.id });
        if (conflicted) return conflicted;
      }
      let status = task.status;
      if (status === "under_review") {
        const winners = await bidsOfTask(trx, task.id, ["selected"]);
        if (winners.length === 0) return fail("err.selection.none");
        const selected = await transitionTask(trx, task, "select", actor, { now });
        if (!selected.ok) return selected;
        status = selected.value;
        const rejected = await rejectRemainingBids(trx, task.id, actor.id, now);
        for (const bid of rejected)
          await notifyConsortium(trx, bid.id, "bid.notSelected", task, `/bids/${bid.id}`);
        for (const bid of winners)
          await notifyConsortium(trx, bid.id, "bid.selected", task, `/bids/${bid.id}`);
      }
      const noticed = await transitionTask(trx, { ...task, status }, "startNotice", actor, { now });
      if (!noticed.ok) {
        if (status !== task.status) throw new Error("a task just selected refused its public notice");
        return noticed;
      }
      const notice = await insertNotice(trx, {
        taskId: task.id,
        startsAt: now,
        endsAt: noticeEndsAt(now, task.noticeDays),
        createdBy: actor.id,
      });
      for (const bid of await bidsOfTask(trx, task.id, ["selected"]))
        await notifyConsortium(trx, bid.id, "notice.started", task, `/notices/${notice.id}`);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "notice.start",
        entityType: "notice",
        entityId: notice.id,
        after: notice,
        ip: actor.ip,
      });
      return { ok: true as const, value: { noticeId: notice.id } };
    });
}

export async function notifyConsortium(
  trx: DbOrTrx,
  bidId: number,
  kind:
    | "bid.selected"
    | "bid.notSelected"
    | "notice.started"
    | "objection.filed"
    | "selection.revoked"
    | "notice.final",
  task: { code: string; title: string },
  link: string,
  extra: Record<string, string> = {},
) {
  const members = await membersOf(trx, bidId);
  await notifyOrganizations(
    trx,
    members.filter((m) => m.status === "accepted").map((m) => m.organizationId),
    { kind, params: { taskCode: task.code, taskTitle: task.title, ...extra }, link },
  );
}
