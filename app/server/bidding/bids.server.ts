import { hoursToWait } from "../../domain/throttle";
import { msg } from "../../i18n/i18n";
import { randomUUID } from "node:crypto";
import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit, appendAudits, type AuditRecord } from "../../../db/repositories/audit";
import {
  countParticipations,
  deleteAttachment,
  findBid,
  findBidIdOfLead,
  insertAttachment,
  insertBid,
  lockOrganizations,
  setBidStatus,
  taskForBidding,
  updateBidContent,
} from "../../../db/repositories/bids";
import { insertMember, membersOf } from "../../../db/repositories/consortium";
import { indicatorsOf } from "../../../db/repositories/catalog";
import {
  bidEditable,
  biddingOpen,
  milestonesBeforeDeadline,
  sortMilestones,
  submissionProblems,
} from "../../domain/bidding";
import { shanghaiDate } from "../../domain/time";
import type { BidContentInput } from "../../forms/bid";
import { notifyOrganizations, notifyStaff } from "../notifications/notifications.server";
import { fail, fieldFail, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";
import { fileStorage, recordWithFile } from "../files/storage.server";
import { attachmentRoomProblem } from "../files/attachment-limits.server";
import { attachmentFacts, type PdfUpload } from "../files/uploads.server";
import { OrgActor } from "../platform/actor.server";
import { unverifiedEmailRefusal } from "../identity/email-verification.server";
import { consumeLimit } from "../platform/rate-limit.server";
import { BID_STATUS_CHANGES } from "./bidding-limits.server";

/* ---------- the bid and its consortium ---------- */

/**
 * Creates the organization's draft bid on an open task, with itself as lead holding 100 %, or returns the one
 * it already has (so a double-clicked button lands on the same bid).
 */
export async function startBid(
  actor: OrgActor,
  taskCode: string,
  now = new Date(),
): Promise<Outcome<{ bidId: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const unverified = await unverifiedEmailRefusal(trx, actor.id);
      if (unverified) return unverified;
      const task = await taskForBidding(trx, { code: taskCode.toUpperCase() }, true);
      if (!task) return fail("err.task.notFound");
      // Locked before looking: concurrent clicks queue here, and each later one finds the bid the first made.
      await lockOrganizations(trx, [actor.organization.id]);
      const existing = await findBidIdOfLead(trx, task.id, actor.organization.id);
      if (existing) return { ok: true as const, value: { bidId: existing } };
      if (task.status !== "published" || !biddingOpen(task.bidDeadline, now)) return fail("err.bid.closed");
      if ((await countParticipations(trx, actor.organization.id, task.listId)) >= task.maxBidsPerOrg)
        return fail("err.bid.quota", { max: task.maxBidsPerOrg });
      const created = await insertBid(trx, {
        taskId: task.id,
        leadOrgId: actor.organization.id,
        createdBy: actor.id,
      });
      if (!created) return fail("err.bid.closed");
      await insertMember(trx, {
        bidId: created.id,
        organizationId: actor.organization.id,
        role: "lead",
        shareBp: 10000,
        workDivision: "",
        status: "accepted",
        invitedBy: actor.id,
      });
      await auditBid(trx, actor, "bid.create", created.id, {
        taskCode: task.code,
        leadOrgId: actor.organization.id,
      });
      return { ok: true as const, value: { bidId: created.id } };
    });
}

type LeadBid = {
  bid: NonNullable<Awaited<ReturnType<typeof findBid>>>;
  task: NonNullable<Awaited<ReturnType<typeof taskForBidding>>>;
};

/**
 * Runs `work` in one transaction on the lead's bid (bid row locked, task row share-locked), only while bidding is
 * open and, when `editable`, only while the bid is a draft or withdrawn.
 */
export async function asLead<T>(
  actor: OrgActor,
  bidId: number,
  now: Date,
  { editable }: { editable: boolean },
  work: (trx: DbOrTrx, found: LeadBid) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const bid = await findBid(trx, bidId, { lock: true });
      if (!bid || bid.leadOrgId !== actor.organization.id) return fail("err.bid.notFound");
      const task = await taskForBidding(trx, { id: bid.taskId }, true);
      if (!task) return fail("err.bid.notFound");
      if (task.status !== "published" || !biddingOpen(task.bidDeadline, now)) return fail("err.bid.closed");
      if (editable && !bidEditable(bid.status)) return fail("err.bid.notEditable");
      return work(trx, { bid, task });
    });
}

export async function saveBidContent(
  actor: OrgActor,
  bidId: number,
  input: BidContentInput,
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx, { task }) => {
    const audits: AuditRecord[] = [];
    const saved = await saveWithin(trx, actor, bidId, task, input, now, audits);
    await appendAudits(trx, audits);
    return saved;
  });
}

/** The content update, its audit entry pushed onto `audits` (appended by the caller, last, under the chain lock). */
async function saveWithin(
  trx: DbOrTrx,
  actor: OrgActor,
  bidId: number,
  task: LeadBid["task"],
  input: BidContentInput,
  now: Date,
  audits: AuditRecord[],
): Promise<Outcome<null>> {
  const early = milestonesBeforeDeadline(input.milestones, task.bidDeadline);
  if (early.length) {
    const deadline = shanghaiDate(task.bidDeadline);
    return fieldFail(
      Object.fromEntries(
        early.map((index) => [
          `milestones[${index}].date`,
          [msg("err.bid.milestoneBeforeDeadline", { deadline })],
        ]),
      ),
    );
  }
  const content = {
    summary: input.summary,
    proposal: input.proposal,
    plannedInvestmentFen: input.plannedInvestment,
    investmentBreakdown: input.breakdown.map((line) => ({ item: line.item, amountFen: line.amount })),
    milestones: sortMilestones(input.milestones),
    team: input.team,
    indicatorResponses: input.responses,
  };
  await updateBidContent(trx, bidId, content, now);
  audits.push(bidAudit(actor, "bid.save", bidId, { plannedInvestmentFen: content.plannedInvestmentFen }));
  return { ok: true as const, value: null };
}

/* ---------- submission ---------- */

/**
 * Submits a draft (or resubmits a withdrawn bid) strictly before the deadline, checked against the locked task
 * row in this transaction. A second identical submission finds the bid already submitted and changes nothing.
 */
export async function submitBid(
  actor: OrgActor,
  bidId: number,
  now = new Date(),
): Promise<Outcome<{ already: boolean }>> {
  return asLead<{ already: boolean }>(actor, bidId, now, { editable: false }, async (trx, found) => {
    const audits: AuditRecord[] = [];
    const submitted = await submitWithin(trx, actor, found, now, audits);
    await appendAudits(trx, audits);
    return submitted;
  });
}

/**
 * What the bid editor's submit button does: saves the content on the screen, then submits it, in ONE transaction
 * (one commit and one turn at the audit chain's lock instead of two). The outcome is the save's when it fails,
 * else the submission's; a refused submission still keeps the saved content, as two separate steps would.
 */
export async function saveAndSubmitBid(
  actor: OrgActor,
  bidId: number,
  input: BidContentInput,
  now = new Date(),
): Promise<{ saved: Outcome<null>; submitted: Outcome<{ already: boolean }> | null }> {
  return asLead(actor, bidId, now, { editable: true }, async (trx, found) => {
    const audits: AuditRecord[] = [];
    const saved = await saveWithin(trx, actor, bidId, found.task, input, now, audits);
    let submitted: Outcome<{ already: boolean }> | null = null;
    if (saved.ok) {
      // The submission judges the content just written (the row is still locked by this transaction).
      const bid = await findBid(trx, bidId);
      if (!bid) return fail("err.bid.notFound");
      submitted = await submitWithin(trx, actor, { bid, task: found.task }, now, audits);
    }
    await appendAudits(trx, audits);
    return { ok: true as const, value: { saved, submitted } };
  }).then((outcome) => (outcome.ok ? outcome.value : { saved: outcome, submitted: null }));
}

async function submitWithin(
  trx: DbOrTrx,
  actor: OrgActor,
  { bid, task }: LeadBid,
  now: Date,
  audits: AuditRecord[],
): Promise<Outcome<{ already: boolean }>> {
  const unverified = await unverifiedEmailRefusal(trx, actor.id);
  if (unverified) return unverified;
  if (bid.status === "submitted") return { ok: true as const, value: { already: true } };
  if (!bidEditable(bid.status)) return fail("err.bid.notEditable");
  const [members, indicators] = await Promise.all([membersOf(trx, bid.id), indicatorsOf(trx, task.id)]);
  const problems = submissionProblems(bid, indicators.length, members);
  if (Object.keys(problems).length)
    return { ok: false as const, fieldErrors: problems, formError: msg("err.bid.incomplete") };
  const accepted = members.filter((m) => m.status === "accepted");
  await lockOrganizations(
    trx,
    accepted.map((m) => m.organizationId),
  );
  for (const member of accepted) {
    if ((await countParticipations(trx, member.organizationId, task.listId, bid.id)) >= task.maxBidsPerOrg)
      return fail("err.consortium.memberQuota", { name: member.organizationName, max: task.maxBidsPerOrg });
  }
  const limit = await consumeLimit(BID_STATUS_CHANGES, String(bid.id), 1, { trx });
  if (!limit.allowed) return fail("err.bid.statusLimit", { hours: hoursToWait(limit.retryAfterSeconds) });
  await setBidStatus(trx, bid.id, "submit", {
    submittedAt: now,
    updatedAt: now,
  });
  const notification = {
    kind: "bid.submitted" as const,
    params: { taskCode: task.code, taskTitle: task.title, orgName: bid.leadOrgName },
    link: `/bids/${bid.id}`,
  };
  await notifyOrganizations(
    trx,
    accepted.map((m) => m.organizationId),
    notification,
  );
  await notifyStaff(trx, { ...notification, link: `/staff/tasks/${task.code}/bids` });
  audits.push(
    bidAudit(actor, bid.status === "withdrawn" ? "bid.resubmit" : "bid.submit", bid.id, {
      taskCode: task.code,
      plannedInvestmentFen: bid.plannedInvestmentFen,
      members: accepted.map((m) => ({ organizationId: m.organizationId, shareBp: m.shareBp })),
    }),
  );
  return { ok: true as const, value: { already: false } };
}

export async function withdrawBid(actor: OrgActor, bidId: number, now = new Date()): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: false }, async (trx, found) => {
    const { bid, task } = found;
    if (bid.status !== "submitted") return fail("err.bid.notSubmitted");
    const limit = await consumeLimit(BID_STATUS_CHANGES, String(bid.id), 1, { trx });
    if (!limit.allowed) return fail("err.bid.statusLimit", { hours: hoursToWait(limit.retryAfterSeconds) });
    await setBidStatus(trx, bid.id, "withdraw", { withdrawnAt: now, updatedAt: now });
    const members = await membersOf(trx, bid.id);
    await notifyOrganizations(
      trx,
      members.filter((m) => m.status === "accepted").map((m) => m.organizationId),
      {
        kind: "bid.withdrawn",
        params: { taskCode: task.code, taskTitle: task.title, orgName: bid.leadOrgName },
        link: `/bids/${bid.id}`,
      },
    );
    await auditBid(trx, actor, "bid.withdraw", bid.id, { taskCode: task.code });
    return { ok: true as const, value: null };
  });
}

/* ---------- attachments ---------- */

export async function addBidAttachment(
  actor: OrgActor,
  bidId: number,
  upload: PdfUpload,
  now = new Date(),
): Promise<Outcome<null>> {
  const storageKey = `bids/${bidId}/${randomUUID()}.pdf`;
  return recordWithFile(storageKey, upload.bytes, (write) =>
    asLead(actor, bidId, now, { editable: true }, async (trx) => {
      // Under the bid's row lock: concurrent uploads queue here, so the count and total cannot be overrun.
      const full = await attachmentRoomProblem(trx, { bidId }, upload.sizeBytes);
      if (full) return full;
      await write();
      const attachment = await insertAttachment(trx, {
        ...attachmentFacts(upload, storageKey, actor.id),
        bidId,
      });
      await auditBid(trx, actor, "bid.attach", bidId, {
        attachmentId: attachment.id,
        fileName: upload.fileName,
        sha256: upload.sha256,
      });
      return { ok: true as const, value: null };
    }),
  );
}

export async function removeBidAttachment(
  actor: OrgActor,
  bidId: number,
  attachmentId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  const outcome = await asLead(actor, bidId, now, { editable: true }, async (trx) => {
    const removed = await deleteAttachment(trx, attachmentId, bidId);
    if (!removed) return fail("err.attachment.notFound");
    await auditBid(trx, actor, "bid.detach", bidId, { attachmentId });
    return { ok: true as const, value: removed.storageKey };
  });
  if (!outcome.ok) return outcome;
  await fileStorage().delete(outcome.value);
  return { ok: true, value: null };
}

function bidAudit(actor: Actor, action: string, bidId: number, after: unknown): AuditRecord {
  return { actorUserId: actor.id, action, entityType: "bid", entityId: bidId, after, ip: actor.ip };
}

export async function auditBid(trx: DbOrTrx, actor: Actor, action: string, bidId: number, after: unknown) {
  await appendAudit(trx, bidAudit(actor, action, bidId, after));
}
