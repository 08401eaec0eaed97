import { getDb, type DbOrTrx } from "../../db/client";
import { appendAudit } from "../../db/repositories/audit";
import {
  attachmentsOfBids,
  bidsOfTask,
  countBidsOfTask,
  findBid,
  lockTask,
  membersOf,
  rejectRemainingBids,
  setBidReview,
  setBidStatus,
  taskForBidding,
} from "../../db/repositories/bids";
import { indicatorsOf, setTaskStatus } from "../../db/repositories/catalog";
import {
  closePendingObjections,
  findNotice,
  findObjection,
  insertNotice,
  insertObjection,
  insertProjects,
  listNotices,
  liveNoticeOfTask,
  noticesReadyToFinalize,
  objectionsOfNotice,
  projectsOfTask,
  reopenRejectedBids,
  resolveObjection,
  setNoticeStatus,
  winnersOfTasks,
} from "../../db/repositories/notices";
import { noticeCanFinalize, noticeEndsAt, noticePhase } from "../domain/bidding";
import { effectiveTaskStatus, transition, type TaskEvent, type TaskStatus } from "../domain/task-lifecycle";
import { notifyOrganizations, notifyStaff, notifyUsers } from "./notifications.server";
import { fail, isUniqueViolation, type Actor, type Outcome } from "./outcome.server";

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

/** Moves the task by a lifecycle event from its stored status; false when the state machine refuses. */
async function moveTask(
  trx: DbOrTrx,
  actor: Actor | null,
  task: { id: number; code: string; status: TaskStatus },
  event: TaskEvent,
  now: Date,
): Promise<TaskStatus | null> {
  const step = transition(task.status, event);
  if (!step.ok) return null;
  if (!(await setTaskStatus(trx, task.id, task.status, step.to))) return null;
  await appendAudit(trx, {
    actorUserId: actor?.id ?? null,
    action: `task.${event}`,
    entityType: "task",
    entityId: task.code,
    before: { status: task.status },
    after: { status: step.to, at: now.toISOString() },
    ip: actor?.ip ?? null,
  });
  return step.to;
}

/** Opens review once bidding has closed (closing it first if the deadline passed before the sweeper ran). */
export async function startReview(actor: Actor, code: string, now = new Date()): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const task = await taskForBidding(trx, { code: code.toUpperCase() });
      if (!task) return fail("err.task.notFound");
      await lockTask(trx, task.id);
      let status: TaskStatus | null = task.status;
      if (effectiveTaskStatus(task.status, task.bidDeadline, now) !== task.status)
        status = await moveTask(trx, null, task, "closeBidding", now);
      const moved = status && (await moveTask(trx, actor, { ...task, status }, "startReview", now));
      if (!moved)
        return fail(
          `err.task.illegalTransition|${JSON.stringify({ from: `status:${task.status}`, event: "event:startReview" })}`,
        );
      return { ok: true as const, value: null };
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
 * Runs `work` in one transaction on the task of the bid, with the task row locked (so selections are serialised)
 * and only while the task is under review.
 */
async function whileUnderReview<T>(
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
  return whileUnderReview(bidId, async (trx, task) => {
    if ((await countBidsOfTask(trx, task.id, "selected")) >= task.maxWinners)
      return fail(`err.selection.maxWinners|${JSON.stringify({ max: task.maxWinners })}`);
    const selected = await setBidStatus(trx, bidId, ["submitted"], "selected", {
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
  return whileUnderReview(bidId, async (trx) => {
    const back = await setBidStatus(trx, bidId, ["selected"], "submitted", {
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
      let status: TaskStatus | null = task.status;
      if (status === "under_review") {
        const winners = await bidsOfTask(trx, task.id, ["selected"]);
        if (winners.length === 0) return fail("err.selection.none");
        status = await moveTask(trx, actor, task, "select", now);
        const rejected = await rejectRemainingBids(trx, task.id, actor.id, now);
        for (const bid of rejected)
          await notifyConsortium(trx, bid.id, "bid.notSelected", task, `/bids/${bid.id}`);
        for (const bid of winners)
          await notifyConsortium(trx, bid.id, "bid.selected", task, `/bids/${bid.id}`);
      }
      if (status !== "selected")
        return fail(
          `err.task.illegalTransition|${JSON.stringify({ from: `status:${task.status}`, event: "event:startNotice" })}`,
        );
      await moveTask(trx, actor, { ...task, status }, "startNotice", now);
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

async function notifyConsortium(
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
          return { ok: false as const, fieldErrors: { bidId: ["err.objection.bid"] } };
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
      return { ok: false, fieldErrors: { reasons: ["err.objection.duplicate"] } };
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
        const revoked = await setBidStatus(trx, resolved.bidId, ["selected"], "not_selected", {
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
async function revokeNotice(
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
  await moveTask(trx, actor, current, "reopenReview", now);
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
const NOTICE_REVOKED_RESOLUTION =
  "公示已撤销（全部入选均被撤销），本异议无需再处理。The notice was revoked (every selection was revoked); this objection needs no further action.";

/** The notice becomes final: the task moves to in_progress and each winning bid gets its project record. */
async function finalizeNotice(trx: DbOrTrx, noticeId: number, now: Date): Promise<boolean> {
  const notice = await findNotice(trx, noticeId, { lock: true });
  if (!notice || !noticeCanFinalize(notice.endsAt, notice.pendingObjections, now) || notice.status !== "open")
    return false;
  await lockTask(trx, notice.taskId);
  const task = (await taskForBidding(trx, { id: notice.taskId }))!;
  if (!(await moveTask(trx, null, task, "finalize", now))) return false;
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
