import { sql } from "kysely";
import { ACTIVE_BID_STATUSES, BID_EVENTS, type BidEvent } from "../../app/domain/bidding";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";
import { membersOfBids } from "./consortium";
import type {
  BidStatus,
  IndicatorResponse,
  InvestmentLine,
  Milestone,
  ProposalSection,
  TeamMember,
} from "../schema";

/* ---------- tasks and organizations, locked for the rules that depend on them ---------- */

/**
 * The task with its list's quotas and policy. `lock` takes a share lock, so a deadline or status change by
 * staff cannot slip in between the check and the write of the transaction that checked.
 */
export async function taskForBidding(db: DbOrTrx, where: { code: string } | { id: number }, lock = false) {
  return db
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .innerJoin("policies", "policies.id", "lists.policyId")
    .select([
      "tasks.id",
      "tasks.code",
      "tasks.title",
      "tasks.status",
      "tasks.bidDeadline",
      "tasks.maxWinners",
      "tasks.listId",
      "lists.maxBidsPerOrg",
      "lists.maxConsortiumMembers",
      "lists.noticeDays",
      "policies.code as policyCode",
      "policies.title as policyTitle",
      "policies.rateBp as policyRateBp",
      "policies.capFen as policyCapFen",
    ])
    .$if("code" in where, (q) => q.where("tasks.code", "=", (where as { code: string }).code))
    .$if("id" in where, (q) => q.where("tasks.id", "=", (where as { id: number }).id))
    .$if(lock, (q) => q.forShare("tasks"))
    .executeTakeFirst();
}

/** Exclusive lock on a task: serialises selections, so two staff can never choose more than maxWinners. */
export async function lockTask(db: DbOrTrx, taskId: number) {
  await db.selectFrom("tasks").select("id").where("id", "=", taskId).forUpdate().execute();
}

/** Serialises quota checks for one organization (two bids created at once cannot both pass the count). */
export async function lockOrganizations(db: DbOrTrx, organizationIds: number[]) {
  if (organizationIds.length === 0) return;
  await db
    .selectFrom("organizations")
    .select("id")
    .where("id", "in", organizationIds)
    .orderBy("id")
    .forUpdate()
    .execute();
}

/** Bids of a list the organization takes part in (lead or not-declined member), other than `exceptBidId`. */
export async function countParticipations(
  db: DbOrTrx,
  organizationId: number,
  listId: number,
  exceptBidId?: number,
): Promise<number> {
  const row = await db
    .selectFrom("consortiumMembers")
    .innerJoin("bids", "bids.id", "consortiumMembers.bidId")
    .innerJoin("tasks", "tasks.id", "bids.taskId")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("consortiumMembers.organizationId", "=", organizationId)
    .where("consortiumMembers.status", "!=", "declined")
    .where("bids.status", "in", ACTIVE_BID_STATUSES)
    .where("tasks.listId", "=", listId)
    .$if(exceptBidId !== undefined, (q) => q.where("bids.id", "!=", exceptBidId!))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** By exact USCC or by a part of the name; at most 10, registered organizations only. */
export async function findOrganizationsForInvite(db: DbOrTrx, query: string, excludeIds: number[]) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom("organizations")
    .select(["id", "name", "uscc", "type", "district"])
    .where((eb) => eb.or([eb("uscc", "=", query.toUpperCase()), eb("name", "ilike", pattern)]))
    .$if(excludeIds.length > 0, (q) => q.where("id", "not in", excludeIds))
    .orderBy("name")
    .limit(10)
    .execute();
}

export async function findOrganization(db: DbOrTrx, id: number) {
  return db
    .selectFrom("organizations")
    .select(["id", "name", "uscc"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/* ---------- bids ---------- */

export async function insertBid(db: DbOrTrx, bid: { taskId: number; leadOrgId: number; createdBy: number }) {
  return db
    .insertInto("bids")
    .values(bid)
    .onConflict((oc) => oc.constraint("bids_task_lead_unique").doNothing())
    .returning(["id"])
    .executeTakeFirst();
}

export async function findBidIdOfLead(db: DbOrTrx, taskId: number, leadOrgId: number) {
  const row = await db
    .selectFrom("bids")
    .select("id")
    .where("taskId", "=", taskId)
    .where("leadOrgId", "=", leadOrgId)
    .executeTakeFirst();
  return row?.id;
}

export async function findBid(db: DbOrTrx, bidId: number, { lock = false } = {}) {
  return db
    .selectFrom("bids")
    .innerJoin("organizations as lead", "lead.id", "bids.leadOrgId")
    .selectAll("bids")
    .select(["lead.name as leadOrgName"])
    .where("bids.id", "=", bidId)
    .$if(lock, (q) => q.forUpdate("bids"))
    .executeTakeFirst();
}

export interface BidContent {
  summary: string;
  proposal: ProposalSection[];
  plannedInvestmentFen: number;
  investmentBreakdown: InvestmentLine[];
  milestones: Milestone[];
  team: TeamMember[];
  indicatorResponses: IndicatorResponse[];
}

export async function updateBidContent(db: DbOrTrx, bidId: number, content: BidContent, at: Date) {
  return db
    .updateTable("bids")
    .set({
      summary: content.summary,
      proposal: jsonb(content.proposal),
      plannedInvestmentFen: content.plannedInvestmentFen,
      investmentBreakdown: jsonb(content.investmentBreakdown),
      milestones: jsonb(content.milestones),
      team: jsonb(content.team),
      indicatorResponses: jsonb(content.indicatorResponses),
      updatedAt: at,
    })
    .where("id", "=", bidId)
    .where("status", "in", ["draft", "withdrawn"])
    .returning("id")
    .executeTakeFirst();
}

/** Moves a bid by one event of its lifecycle; undefined when it is no longer in a state the event starts from. */
export async function setBidStatus(
  db: DbOrTrx,
  bidId: number,
  event: BidEvent,
  extra: {
    submittedAt?: Date;
    withdrawnAt?: Date;
    decidedAt?: Date | null;
    decidedBy?: number | null;
    decisionReason?: string | null;
    updatedAt: Date;
  },
) {
  const { from, to } = BID_EVENTS[event];
  return db
    .updateTable("bids")
    .set({ status: to, ...extra })
    .where("id", "=", bidId)
    .where("status", "in", from)
    .returningAll()
    .executeTakeFirst();
}

export async function setBidReview(
  db: DbOrTrx,
  bidId: number,
  review: { staffNote: string; shortlisted: boolean },
) {
  return db.updateTable("bids").set(review).where("id", "=", bidId).returning("id").executeTakeFirst();
}

/** The bids of a task in the given states, with their consortium, oldest submission first. */
export async function bidsOfTask(db: DbOrTrx, taskId: number, statuses: readonly BidStatus[]) {
  const bids = await db
    .selectFrom("bids")
    .innerJoin("organizations as lead", "lead.id", "bids.leadOrgId")
    .selectAll("bids")
    .select(["lead.name as leadOrgName"])
    .where("bids.taskId", "=", taskId)
    .where("bids.status", "in", statuses)
    .orderBy("bids.submittedAt")
    .orderBy("bids.id")
    .execute();
  const members = await membersOfBids(
    db,
    bids.map((b) => b.id),
  );
  return bids.map((bid) => ({ ...bid, members: members.get(bid.id) ?? [] }));
}

export async function countBidsOfTask(db: DbOrTrx, taskId: number, status: BidStatus): Promise<number> {
  const row = await db
    .selectFrom("bids")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("taskId", "=", taskId)
    .where("status", "=", status)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Every submitted bid of the task that was not selected becomes not_selected; returns them. */
export async function rejectRemainingBids(db: DbOrTrx, taskId: number, decidedBy: number, at: Date) {
  return db
    .updateTable("bids")
    .set({ status: BID_EVENTS.turnDown.to, decidedAt: at, decidedBy, updatedAt: at })
    .where("taskId", "=", taskId)
    .where("status", "in", BID_EVENTS.turnDown.from)
    .returning(["id", "leadOrgId"])
    .execute();
}

/** Every bid the organization leads or was invited to / joined, newest first, with its task. */
export async function bidsOfOrganization(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("consortiumMembers")
    .innerJoin("bids", "bids.id", "consortiumMembers.bidId")
    .innerJoin("tasks", "tasks.id", "bids.taskId")
    .innerJoin("organizations as lead", "lead.id", "bids.leadOrgId")
    .select([
      "bids.id",
      "bids.status",
      "bids.plannedInvestmentFen",
      "bids.submittedAt",
      "bids.updatedAt",
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "tasks.bidDeadline",
      "lead.name as leadOrgName",
      "consortiumMembers.role",
      "consortiumMembers.status as memberStatus",
      "consortiumMembers.shareBp",
    ])
    .where("consortiumMembers.organizationId", "=", organizationId)
    .where("consortiumMembers.status", "!=", "declined")
    .orderBy("bids.updatedAt", "desc")
    .execute();
}

/* ---------- attachments ---------- */

export async function insertAttachment(
  db: DbOrTrx,
  attachment: {
    storageKey: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    bidId?: number;
    objectionId?: number;
    projectId?: number;
    sdItemId?: number;
    sdOutcomeId?: number;
    uploadedBy: number;
  },
) {
  return db.insertInto("attachments").values(attachment).returningAll().executeTakeFirstOrThrow();
}

/** The attachments of these bids, oldest first. */
export async function attachmentsOfBids(db: DbOrTrx, bidIds: number[]) {
  if (bidIds.length === 0) return [];
  return db
    .selectFrom("attachments")
    .select(["id", "fileName", "sizeBytes", "sha256", "createdAt", "bidId"])
    .where("bidId", "in", bidIds)
    .orderBy("id")
    .execute();
}

export async function findAttachment(db: DbOrTrx, id: number) {
  return db.selectFrom("attachments").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function deleteAttachment(db: DbOrTrx, id: number, bidId: number) {
  return db
    .deleteFrom("attachments")
    .where("id", "=", id)
    .where("bidId", "=", bidId)
    .returning(["storageKey"])
    .executeTakeFirst();
}

export async function deleteProjectAttachment(db: DbOrTrx, projectId: number, attachmentId: number) {
  return db
    .deleteFrom("attachments")
    .where("id", "=", attachmentId)
    .where("projectId", "=", projectId)
    .returning(["storageKey"])
    .executeTakeFirst();
}

/** The domains of the tasks an organization has taken part in bidding for (a hint of what it works on). */
export async function domainsBidOnBy(db: DbOrTrx, organizationId: number) {
  const rows = await db
    .selectFrom("consortiumMembers")
    .innerJoin("bids", "bids.id", "consortiumMembers.bidId")
    .innerJoin("tasks", "tasks.id", "bids.taskId")
    .select("tasks.domain")
    .distinct()
    .where("consortiumMembers.organizationId", "=", organizationId)
    .where("consortiumMembers.status", "=", "accepted")
    .execute();
  return rows.map((row) => row.domain);
}
