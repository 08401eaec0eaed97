import { getDb, type DbOrTrx } from "../../../db/client";
import {
  attachmentsOfBids,
  bidsOfOrganization,
  findBid,
  findBidIdOfLead,
  findOrganizationsForInvite,
  memberStatusOf,
  membersOf,
  taskForBidding,
} from "../../../db/repositories/bids";
import { indicatorsOf } from "../../../db/repositories/catalog";
import { computeAward } from "../../domain/award";
import { bidEditable, biddingOpen, bidProblems, consortiumStanding } from "../../domain/bidding";
import type { SessionUser } from "../identity/auth.server";

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
  const standing = consortiumStanding(members);
  const editableStatus = bidEditable(bid.status);
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
    // What the page lists as still missing; invitations awaiting an answer are shown as `pendingInvitations`.
    problems: editableStatus
      ? {
          ...bidProblems(
            bid,
            indicators.map((_, position) => position),
          ),
          ...(standing.problems.length ? { consortium: standing.problems } : {}),
        }
      : {},
    pendingInvitations: editableStatus ? standing.pending : 0,
    plannedSharesTotal: standing.plannedTotalBp / 100,
  };
}

export const HIDDEN_CONTENT = {
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

export async function myBidOnTask(organizationId: number, taskId: number): Promise<number | null> {
  return (await findBidIdOfLead(getDb(), taskId, organizationId)) ?? null;
}
