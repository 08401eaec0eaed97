import { randomUUID } from "node:crypto";
import { getDb, type DbOrTrx } from "../../db/client";
import { appendAudit } from "../../db/repositories/audit";
import {
  attachmentsOfBids,
  bidsOfOrganization,
  countParticipations,
  deleteAttachment,
  findAttachment,
  findBid,
  findBidIdOfLead,
  findOrganization,
  findOrganizationsForInvite,
  insertAttachment,
  insertBid,
  insertMember,
  lockOrganizations,
  rebalanceLeadShare,
  memberStatusOf,
  membersOf,
  reinviteMember,
  removeMember,
  respondToInvitation,
  setBidStatus,
  taskForBidding,
  updateBidContent,
  updateMemberTerms,
} from "../../db/repositories/bids";
import { indicatorsOf } from "../../db/repositories/catalog";
import { computeAward } from "../domain/award";
import { bidEditable, biddingOpen, countedMembers, submissionProblems } from "../domain/bidding";
import type { BidContentInput } from "../forms/bid";
import type { SessionUser } from "./auth.server";
import { notifyOrganizations, notifyStaff } from "./notifications.server";
import { fail, type Actor, type FieldErrors, type Outcome } from "./outcome.server";
import { mayViewProjectFiles } from "./assessment.server";
import { fileStorage, storeThenRecord } from "./storage.server";
import { attachmentFacts, type PdfUpload } from "./uploads.server";

/** Who is acting: the signed-in user, their organization, and the client IP for the audit trail. */
export interface OrgActor extends Actor {
  organization: { id: number; name: string; role: "owner" | "member" };
}

export function orgActor(user: SessionUser, ip: string): OrgActor | null {
  return user.organization ? { id: user.id, ip, organization: user.organization } : null;
}

const fieldFail = (fieldErrors: FieldErrors): { ok: false; fieldErrors: FieldErrors } => ({
  ok: false,
  fieldErrors,
});

/* ---------- access ---------- */

export type BidViewerRole = "staff" | "lead" | "member" | "invited";

/**
 * How the user may see a bid: staff, a member of the lead organization, of an accepted member, or of an
 * invited one (who sees the invitation, not the proposal). null: not at all — routes answer 404.
 */
export async function bidViewerRole(
  db: DbOrTrx,
  user: SessionUser,
  bid: { id: number; leadOrgId: number },
): Promise<BidViewerRole | null> {
  if (user.roles.includes("staff")) return "staff";
  if (!user.organization) return null;
  if (user.organization.id === bid.leadOrgId) return "lead";
  const part = await memberStatusOf(db, bid.id, user.organization.id);
  if (!part) return null;
  return part.status === "accepted" ? "member" : "invited";
}

/** The user's role on the bid, or null when the bid does not exist or is none of their business. */
export async function bidAccess(user: SessionUser, bidId: number): Promise<BidViewerRole | null> {
  const db = getDb();
  const bid = await findBid(db, bidId);
  return bid ? bidViewerRole(db, user, bid) : null;
}

/** Everything a page shows about one bid, for someone allowed to see it; undefined otherwise. */
export async function bidForViewer(user: SessionUser, bidId: number, now = new Date()) {
  const db = getDb();
  const bid = await findBid(db, bidId);
  if (!bid) return undefined;
  const role = await bidViewerRole(db, user, bid);
  if (!role) return undefined;
  const task = await taskForBidding(db, { id: bid.taskId });
  if (!task) return undefined;
  const [members, indicators] = await Promise.all([membersOf(db, bid.id), indicatorsOf(db, task.id)]);
  const seesContent = role !== "invited";
  const attachments = seesContent ? await attachmentsOfBids(db, [bid.id]) : [];
  const open = task.status === "published" && biddingOpen(task.bidDeadline, now);
  const estimate =
    bid.plannedInvestmentFen > 0
      ? computeAward({ rateBp: task.policyRateBp, capFen: task.policyCapFen }, bid.plannedInvestmentFen)
      : null;
  // The review note and shortlist are staff's own working state: never sent to the consortium.
  const { staffNote, shortlisted, ...forConsortium } = bid;
  return {
    role,
    bid: seesContent ? forConsortium : { ...forConsortium, ...HIDDEN_CONTENT },
    review: role === "staff" ? { staffNote, shortlisted } : null,
    task,
    indicators,
    members,
    attachments,
    estimate,
    open,
    editable: role === "lead" && open && bidEditable(bid.status),
    canWithdraw: role === "lead" && open && bid.status === "submitted",
    problems: bidEditable(bid.status) ? submissionProblems(bid, indicators.length, members) : {},
  };
}

const HIDDEN_CONTENT = {
  summary: "",
  proposal: [],
  plannedInvestmentFen: 0,
  investmentBreakdown: [],
  milestones: [],
  team: [],
  indicatorResponses: [],
};

export async function myBids(user: SessionUser) {
  if (!user.organization) return [];
  return bidsOfOrganization(getDb(), user.organization.id);
}

/** Registered organizations matching the query, other than those already in (or invited to) the consortium. */
export async function organizationsToInvite(
  query: string,
  members: { organizationId: number; status: string }[],
) {
  const q = query.trim();
  if (q.length < 2) return [];
  return findOrganizationsForInvite(
    getDb(),
    q,
    members.filter((m) => m.status !== "declined").map((m) => m.organizationId),
  );
}

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
      const task = await taskForBidding(trx, { code: taskCode.toUpperCase() }, true);
      if (!task) return fail("err.task.notFound");
      // Locked before looking: concurrent clicks queue here, and each later one finds the bid the first made.
      await lockOrganizations(trx, [actor.organization.id]);
      const existing = await findBidIdOfLead(trx, task.id, actor.organization.id);
      if (existing) return { ok: true as const, value: { bidId: existing } };
      if (task.status !== "published" || !biddingOpen(task.bidDeadline, now)) return fail("err.bid.closed");
      if ((await countParticipations(trx, actor.organization.id, task.listId)) >= task.maxBidsPerOrg)
        return fail(`err.bid.quota|${JSON.stringify({ max: task.maxBidsPerOrg })}`);
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
      await audit(trx, actor, "bid.create", created.id, {
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
async function asLead<T>(
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
  return asLead(actor, bidId, now, { editable: true }, async (trx) => {
    const content = {
      summary: input.summary,
      proposal: input.proposal,
      plannedInvestmentFen: input.plannedInvestment,
      investmentBreakdown: input.breakdown.map((line) => ({ item: line.item, amountFen: line.amount })),
      milestones: input.milestones,
      team: input.team,
      indicatorResponses: input.responses,
    };
    await updateBidContent(trx, bidId, content, now);
    await audit(trx, actor, "bid.save", bidId, { plannedInvestmentFen: content.plannedInvestmentFen });
    return { ok: true as const, value: null };
  });
}

export async function inviteMember(
  actor: OrgActor,
  bidId: number,
  input: { organizationId: number; share: number; workDivision: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx, found) => {
    const { bid, task } = found;
    const invitee = await findOrganization(trx, input.organizationId);
    if (!invitee) return fieldFail({ organizationId: ["err.consortium.noSuchOrg"] });
    if (invitee.id === bid.leadOrgId) return fieldFail({ organizationId: ["err.consortium.self"] });
    await lockOrganizations(trx, [invitee.id]);
    const members = await membersOf(trx, bid.id);
    const previous = members.find((m) => m.organizationId === invitee.id);
    if (previous && previous.status !== "declined")
      return fieldFail({ organizationId: ["err.consortium.already"] });
    if (countedMembers(members) >= task.maxConsortiumMembers)
      return fail(`err.consortium.full|${JSON.stringify({ max: task.maxConsortiumMembers })}`);
    if ((await countParticipations(trx, invitee.id, task.listId, bid.id)) >= task.maxBidsPerOrg)
      return fieldFail({
        organizationId: [
          `err.consortium.memberQuota|${JSON.stringify({ name: invitee.name, max: task.maxBidsPerOrg })}`,
        ],
      });
    const terms = { shareBp: input.share, workDivision: input.workDivision };
    if (previous) await reinviteMember(trx, bid.id, invitee.id, { ...terms, invitedBy: actor.id, at: now });
    else
      await insertMember(trx, {
        bidId: bid.id,
        organizationId: invitee.id,
        role: "member",
        ...terms,
        status: "invited",
        invitedBy: actor.id,
      });
    await rebalanceLeadShare(trx, bid.id);
    await notifyOrganizations(trx, [invitee.id], {
      kind: "consortium.invited",
      params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
      link: `/bids/${bid.id}`,
    });
    await audit(trx, actor, "consortium.invite", bid.id, { organizationId: invitee.id, ...terms });
    return { ok: true as const, value: null };
  });
}

/** The lead sets any member's share and division of work (its own included). */
export async function setMemberTerms(
  actor: OrgActor,
  bidId: number,
  input: { organizationId: number; share: number; workDivision: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx) => {
    const terms = { shareBp: input.share, workDivision: input.workDivision };
    if (!(await updateMemberTerms(trx, bidId, input.organizationId, terms)))
      return fieldFail({ organizationId: ["err.consortium.noSuchMember"] });
    await audit(trx, actor, "consortium.terms", bidId, { organizationId: input.organizationId, ...terms });
    return { ok: true as const, value: null };
  });
}

export async function removeConsortiumMember(
  actor: OrgActor,
  bidId: number,
  organizationId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: true }, async (trx) => {
    if (!(await removeMember(trx, bidId, organizationId))) return fail("err.consortium.noSuchMember");
    await rebalanceLeadShare(trx, bidId);
    await audit(trx, actor, "consortium.remove", bidId, { organizationId });
    return { ok: true as const, value: null };
  });
}

/** An owner of the invited organization accepts (quota re-checked) or declines. */
export async function answerInvitation(
  actor: OrgActor,
  bidId: number,
  answer: "accepted" | "declined",
  now = new Date(),
): Promise<Outcome<null>> {
  if (actor.organization.role !== "owner") return fail("err.consortium.ownerOnly");
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const bid = await findBid(trx, bidId, { lock: true });
      if (!bid) return fail("err.bid.notFound");
      const part = await memberStatusOf(trx, bidId, actor.organization.id);
      if (!part || part.role !== "member") return fail("err.bid.notFound");
      if (part.status !== "invited") return fail("err.consortium.answered");
      const task = await taskForBidding(trx, { id: bid.taskId }, true);
      if (!task) return fail("err.bid.notFound");
      if (answer === "accepted") {
        if (!bidEditable(bid.status) || !biddingOpen(task.bidDeadline, now) || task.status !== "published")
          return fail("err.bid.closed");
        await lockOrganizations(trx, [actor.organization.id]);
        if (
          (await countParticipations(trx, actor.organization.id, task.listId, bid.id)) >= task.maxBidsPerOrg
        )
          return fail(`err.bid.quota|${JSON.stringify({ max: task.maxBidsPerOrg })}`);
      }
      await respondToInvitation(trx, bidId, actor.organization.id, answer, actor.id, now);
      if (answer === "declined") await rebalanceLeadShare(trx, bidId);
      await notifyOrganizations(trx, [bid.leadOrgId], {
        kind: answer === "accepted" ? "consortium.accepted" : "consortium.declined",
        params: { taskCode: task.code, taskTitle: task.title, orgName: actor.organization.name },
        link: `/bids/${bid.id}`,
      });
      await audit(trx, actor, `consortium.${answer === "accepted" ? "accept" : "decline"}`, bidId, {
        organizationId: actor.organization.id,
      });
      return { ok: true as const, value: null };
    });
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
    const { bid, task } = found;
    if (bid.status === "submitted") return { ok: true as const, value: { already: true } };
    if (!bidEditable(bid.status)) return fail("err.bid.notEditable");
    const [members, indicators] = await Promise.all([membersOf(trx, bid.id), indicatorsOf(trx, task.id)]);
    const problems = submissionProblems(bid, indicators.length, members);
    if (Object.keys(problems).length)
      return { ok: false as const, fieldErrors: problems, formError: "err.bid.incomplete" };
    const accepted = members.filter((m) => m.status === "accepted");
    await lockOrganizations(
      trx,
      accepted.map((m) => m.organizationId),
    );
    for (const member of accepted) {
      if ((await countParticipations(trx, member.organizationId, task.listId, bid.id)) >= task.maxBidsPerOrg)
        return fail(
          `err.consortium.memberQuota|${JSON.stringify({ name: member.organizationName, max: task.maxBidsPerOrg })}`,
        );
    }
    await setBidStatus(trx, bid.id, ["draft", "withdrawn"], "submitted", {
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
    await audit(trx, actor, bid.status === "withdrawn" ? "bid.resubmit" : "bid.submit", bid.id, {
      taskCode: task.code,
      plannedInvestmentFen: bid.plannedInvestmentFen,
      members: accepted.map((m) => ({ organizationId: m.organizationId, shareBp: m.shareBp })),
    });
    return { ok: true as const, value: { already: false } };
  });
}

export async function withdrawBid(actor: OrgActor, bidId: number, now = new Date()): Promise<Outcome<null>> {
  return asLead(actor, bidId, now, { editable: false }, async (trx, found) => {
    const { bid, task } = found;
    if (bid.status !== "submitted") return fail("err.bid.notSubmitted");
    await setBidStatus(trx, bid.id, ["submitted"], "withdrawn", { withdrawnAt: now, updatedAt: now });
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
    await audit(trx, actor, "bid.withdraw", bid.id, { taskCode: task.code });
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
  return storeThenRecord(storageKey, upload.bytes, () =>
    asLead(actor, bidId, now, { editable: true }, async (trx) => {
      const attachment = await insertAttachment(trx, {
        ...attachmentFacts(upload, storageKey, actor.id),
        bidId,
      });
      await audit(trx, actor, "bid.attach", bidId, {
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
    await audit(trx, actor, "bid.detach", bidId, { attachmentId });
    return { ok: true as const, value: removed.storageKey };
  });
  if (!outcome.ok) return outcome;
  await fileStorage().delete(outcome.value);
  return { ok: true, value: null };
}

/** The file, for a user allowed to see the bid (or objection) it belongs to; undefined means 404. */
export async function attachmentForViewer(user: SessionUser, attachmentId: number) {
  const db = getDb();
  const attachment = await findAttachment(db, attachmentId);
  if (!attachment) return undefined;
  if (attachment.bidId !== null) {
    const bid = await findBid(db, attachment.bidId);
    const role = bid ? await bidViewerRole(db, user, bid) : null;
    if (!role || role === "invited") return undefined;
  } else if (attachment.projectId !== null) {
    if (!(await mayViewProjectFiles(db, user, attachment.projectId))) return undefined;
  } else if (!user.roles.includes("staff")) {
    return undefined; // objection evidence: staff only
  }
  const bytes = await fileStorage().get(attachment.storageKey);
  return bytes ? { attachment, bytes } : undefined;
}

async function audit(trx: DbOrTrx, actor: Actor, action: string, bidId: number, after: unknown) {
  await appendAudit(trx, {
    actorUserId: actor.id,
    action,
    entityType: "bid",
    entityId: bidId,
    after,
    ip: actor.ip,
  });
}

export async function myBidOnTask(organizationId: number, taskId: number): Promise<number | null> {
  return (await findBidIdOfLead(getDb(), taskId, organizationId)) ?? null;
}
