import { getDb, type DbOrTrx } from "../../../db/client";
import {
  attachmentsOfBids,
  bidsOfOrganization,
  findBid,
  findBidIdOfLead,
  findOrganizationsForInvite,
  taskForBidding,
} from "../../../db/repositories/bids";
import { memberStatusOf, membersOf } from "../../../db/repositories/consortium";
import { indicatorsOf } from "../../../db/repositories/catalog";
import { computeAward } from "../../domain/award";
import {
  bidEditable,
  biddingOpen,
  bidProblems,
  consortiumStanding,
  type BidProblem,
  type BidStatusName,
} from "../../domain/bidding";
import type { SessionUser } from "../identity/auth.server";

/* ---------- access ---------- */

export type BidViewerRole = "staff" | "lead" | "member" | "invited";

/** Staff see a bid once it was submitted: a draft (or a withdrawn bid being reworked) is the consortium's own. */
const STAFF_SEES: readonly BidStatusName[] = ["submitted", "selected", "not_selected"];

/**
 * How the user may see a bid: staff (once submitted), a member of the lead organization, of an accepted member,
 * or of an invited one (who sees the invitation, not the proposal). null: not at all — routes answer 404.
 */
export async function bidViewerRole(
  db: DbOrTrx,
  user: SessionUser,
  bid: { id: number; leadOrgId: number; status: BidStatusName },
): Promise<BidViewerRole | null> {
  if (user.roles.includes("staff")) return STAFF_SEES.includes(bid.status) ? "staff" : null;
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

type BidPageProblems = Record<string, BidProblem[]> & { consortium?: BidProblem[] };
type BidRow = NonNullable<Awaited<ReturnType<typeof findBid>>>;
type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];
type TaskRow = NonNullable<Awaited<ReturnType<typeof taskForBidding>>>;

/** What everyone allowed on the page sees of the bid itself (the invited organization sees no more). */
const bidHeader = (bid: BidRow) => ({
  id: bid.id,
  status: bid.status,
  leadOrgName: bid.leadOrgName,
  submittedAt: bid.submittedAt,
  decisionReason: bid.decisionReason,
});

const bidContent = (bid: BidRow) => ({
  summary: bid.summary,
  proposal: bid.proposal,
  plannedInvestmentFen: bid.plannedInvestmentFen,
  investmentBreakdown: bid.investmentBreakdown,
  milestones: bid.milestones,
  team: bid.team,
  indicatorResponses: bid.indicatorResponses,
});

const memberView = (m: MemberRow) => ({
  organizationId: m.organizationId,
  organizationName: m.organizationName,
  uscc: m.uscc,
  role: m.role,
  status: m.status,
  shareBp: m.shareBp,
  workDivision: m.workDivision,
});

const taskView = (task: TaskRow) => ({
  code: task.code,
  title: task.title,
  bidDeadline: task.bidDeadline,
  maxBidsPerOrg: task.maxBidsPerOrg,
  maxConsortiumMembers: task.maxConsortiumMembers,
  policyTitle: task.policyTitle,
});

/**
 * Everything a page shows about one bid, for someone allowed to see it; undefined otherwise. Each role gets an
 * explicit shape: an invited organization sees the lead, the task and its own invitation — not the proposal, the
 * investment (nor an estimate or a checklist computed from them) or the other members; the review note and
 * shortlist are staff's own.
 */
export async function bidForViewer(user: SessionUser, bidId: number, now = new Date()) {
  const db = getDb();
  const bid = await findBid(db, bidId);
  if (!bid) return undefined;
  const role = await bidViewerRole(db, user, bid);
  if (!role) return undefined;
  const task = await taskForBidding(db, { id: bid.taskId });
  if (!task) return undefined;
  const [members, indicators] = await Promise.all([membersOf(db, bid.id), indicatorsOf(db, task.id)]);
  const open = task.status === "published" && biddingOpen(task.bidDeadline, now);
  if (role === "invited") {
    const own = members.filter((m) => m.organizationId === user.organization?.id);
    return {
      role,
      bid: { ...bidHeader(bid), ...HIDDEN_CONTENT },
      review: null,
      task: taskView(task),
      indicators: [],
      members: own.map(memberView),
      attachments: [],
      estimate: null,
      open,
      editable: false,
      canWithdraw: false,
      problems: {} as BidPageProblems,
      pendingInvitations: 0,
      plannedSharesTotal: 0,
    };
  }
  const attachments = await attachmentsOfBids(db, [bid.id]);
  const estimate =
    bid.plannedInvestmentFen > 0
      ? computeAward({ rateBp: task.policyRateBp, capFen: task.policyCapFen }, bid.plannedInvestmentFen)
      : null;
  const standing = consortiumStanding(members);
  const editableStatus = bidEditable(bid.status);
  return {
    role,
    bid: { ...bidHeader(bid), ...bidContent(bid) },
    review: role === "staff" ? { staffNote: bid.staffNote, shortlisted: bid.shortlisted } : null,
    task: taskView(task),
    indicators,
    members: members.map(memberView),
    attachments,
    estimate,
    open,
    editable: role === "lead" && open && editableStatus,
    canWithdraw: role === "lead" && open && bid.status === "submitted",
    // What the page lists as still missing; invitations awaiting an answer are shown as `pendingInvitations`.
    problems: (editableStatus
      ? {
          ...bidProblems(
            bid,
            indicators.map((_, position) => position),
          ),
          ...(standing.problems.length ? { consortium: standing.problems } : {}),
        }
      : {}) as BidPageProblems,
    pendingInvitations: editableStatus ? standing.pending : 0,
    plannedSharesTotal: standing.plannedTotalBp / 100,
  };
}

export const HIDDEN_CONTENT = {
  summary: "",
  proposal: [] as BidRow["proposal"],
  plannedInvestmentFen: 0,
  investmentBreakdown: [] as BidRow["investmentBreakdown"],
  milestones: [] as BidRow["milestones"],
  team: [] as BidRow["team"],
  indicatorResponses: [] as BidRow["indicatorResponses"],
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

export async function myBidOnTask(organizationId: number, taskId: number): Promise<number | null> {
  return (await findBidIdOfLead(getDb(), taskId, organizationId)) ?? null;
}
