/** Rules for consortia, bids and the public notice (DESIGN.md "Lifecycle"), with no I/O. */
import type { LifecycleTable } from "./lifecycle";
import type { Problem } from "./problem";
import { SHANGHAI_OFFSET_MS, shanghaiDate } from "./time";

export const BID_STATUSES = ["draft", "submitted", "withdrawn", "selected", "not_selected"] as const;
export type BidStatusName = (typeof BID_STATUSES)[number];

/** The bid lifecycle (DESIGN.md): one event per way a bid's status may change. */
export const BID_EVENTS = {
  submit: { from: ["draft", "withdrawn"], to: "submitted" },
  withdraw: { from: ["submitted"], to: "withdrawn" },
  select: { from: ["submitted"], to: "selected" },
  unselect: { from: ["selected"], to: "submitted" },
  // Publishing the result turns down every submitted bid that was not selected.
  turnDown: { from: ["submitted"], to: "not_selected" },
  // An upheld objection revokes a selection.
  revoke: { from: ["selected"], to: "not_selected" },
  // The notice lost every winner: the bids it turned down are candidates again.
  reconsider: { from: ["not_selected"], to: "submitted" },
} as const satisfies LifecycleTable<BidStatusName>;

export type BidEvent = keyof typeof BID_EVENTS;

/** A bid an organization "takes part in" for the per-list quota: every state but withdrawn. */
export const ACTIVE_BID_STATUSES: readonly BidStatusName[] = [
  "draft",
  "submitted",
  "selected",
  "not_selected",
];

/** The lead may change the bid only while it is a draft or after withdrawing it. */
export function bidEditable(status: BidStatusName): boolean {
  return status === "draft" || status === "withdrawn";
}

/** Bids are taken strictly before the deadline: at the deadline itself the window has closed. */
export function biddingOpen(bidDeadline: Date, now: Date): boolean {
  return now.getTime() < bidDeadline.getTime();
}

export const FULL_SHARE_BP = 10000;

type BidProblemKey =
  | "err.consortium.pending"
  | "err.consortium.unconsented"
  | "err.consortium.zeroShare"
  | "err.consortium.shares"
  | "err.bid.summary"
  | "err.bid.section"
  | "err.bid.investment"
  | "err.bid.breakdownMissing"
  | "err.bid.breakdownSum"
  | "err.bid.milestones"
  | "err.bid.team"
  | "err.bid.responses";
export type BidProblem = Problem<BidProblemKey>;

export interface MemberShare {
  role: "lead" | "member";
  status: "invited" | "accepted" | "declined";
  shareBp: number;
  workDivision?: string;
  /** The terms a member last accepted (null or absent: none recorded). */
  acceptedTerms?: { shareBp: number; workDivision: string } | null;
}

/** An accepted member (not the lead) whose current terms are not the ones it accepted. */
export function termsWithoutConsent(m: MemberShare): boolean {
  if (m.role !== "member" || m.status !== "accepted" || m.acceptedTerms === undefined) return false;
  return (
    !m.acceptedTerms ||
    m.acceptedTerms.shareBp !== m.shareBp ||
    (m.workDivision !== undefined && m.acceptedTerms.workDivision !== m.workDivision)
  );
}

/**
 * What still stands between a consortium and submission: every invitation answered, every member's current
 * terms the ones it accepted, and the accepted members' shares (each above zero) summing to exactly 10000 basis points.
 */
export function consortiumProblems(members: readonly MemberShare[]): BidProblem[] {
  const problems: BidProblem[] = [];
  if (members.some((m) => m.status === "invited")) problems.push({ key: "err.consortium.pending" });
  if (members.some(termsWithoutConsent)) problems.push({ key: "err.consortium.unconsented" });
  const accepted = members.filter((m) => m.status === "accepted");
  if (accepted.some((m) => m.shareBp <= 0)) problems.push({ key: "err.consortium.zeroShare" });
  const total = accepted.reduce((sum, m) => sum + m.shareBp, 0);
  if (total !== FULL_SHARE_BP)
    problems.push({ key: "err.consortium.shares", params: { total: total / 100 } });
  return problems;
}

/**
 * The consortium as the page shows it while the lead is still assembling it: invitations awaiting an answer are a
 * state (`pending`), not a problem, and shares are judged over the planned consortium (accepted and invited
 * members) so that an invitation the lead's share was rebalanced for is not reported as a wrong total.
 * Submission itself still needs every answer (`consortiumProblems`).
 */
export function consortiumStanding(members: readonly MemberShare[]): {
  pending: number;
  plannedTotalBp: number;
  problems: BidProblem[];
} {
  const planned = members.filter((m) => m.status !== "declined");
  const plannedTotalBp = planned.reduce((sum, m) => sum + m.shareBp, 0);
  const pending = members.filter((m) => m.status === "invited").length;
  const problems: BidProblem[] = [];
  if (planned.some((m) => m.shareBp <= 0)) problems.push({ key: "err.consortium.zeroShare" });
  if (plannedTotalBp !== FULL_SHARE_BP)
    problems.push({ key: "err.consortium.shares", params: { total: plannedTotalBp / 100 } });
  return { pending, plannedTotalBp, problems };
}

/** Milestones dated before the bid deadline's calendar day (Shanghai), by their position in the list. */
export function milestonesBeforeDeadline(
  milestones: readonly { date: string }[],
  bidDeadline: Date,
): number[] {
  const firstDay = shanghaiDate(bidDeadline);
  return milestones.flatMap((m, index) => (m.date < firstDay ? [index] : []));
}

/** Milestones in date order (a stable sort: same-day milestones keep the order they were typed in). */
export function sortMilestones<M extends { date: string }>(milestones: readonly M[]): M[] {
  return [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Members counted against `maxConsortiumMembers`: the lead and everyone invited or accepted. */
export function countedMembers(members: readonly Pick<MemberShare, "status">[]): number {
  return members.filter((m) => m.status !== "declined").length;
}

/**
 * 公示 runs for `noticeDays` natural days counting the day it starts (Shanghai calendar) and ends at midnight
 * after the last one: started 2026-11-25 15:00 with 7 days, it ends 2026-12-02 00:00 Shanghai time.
 */
export function noticeEndsAt(startsAt: Date, noticeDays: number): Date {
  const startOfDay = Date.parse(`${shanghaiDate(startsAt)}T00:00:00Z`) - SHANGHAI_OFFSET_MS;
  return new Date(startOfDay + noticeDays * 86_400_000);
}

export type NoticePhase = "open" | "awaiting_resolution" | "finalizing" | "final" | "revoked";

/**
 * The public state of a notice: still running; over with objections to resolve; over and clear, waiting for
 * the minute sweeper to make it final; final; or revoked (every winner's selection was revoked).
 */
export function noticePhase(
  notice: { status: "open" | "final" | "revoked"; endsAt: Date },
  pendingObjections: number,
  now: Date,
): NoticePhase {
  if (notice.status !== "open") return notice.status;
  if (now.getTime() < notice.endsAt.getTime()) return "open";
  return pendingObjections > 0 ? "awaiting_resolution" : "finalizing";
}

/** The notice may become final once its period is over and no objection is pending. */
export function noticeCanFinalize(endsAt: Date, pendingObjections: number, now: Date): boolean {
  return now.getTime() >= endsAt.getTime() && pendingObjections === 0;
}

export interface BidContentForCheck {
  summary: string;
  proposal: { heading: string; body: string }[];
  plannedInvestmentFen: number;
  investmentBreakdown: { amountFen: number }[];
  milestones: unknown[];
  team: unknown[];
  indicatorResponses: { position: number; response: string }[];
}

/**
 * What a saved draft still lacks before it can be submitted, by form field. Incomplete drafts
 * are fine to save; only submission needs all of this.
 */
export function bidProblems(
  bid: BidContentForCheck,
  indicatorPositions: readonly number[],
): Record<string, BidProblem[]> {
  const problems: Record<string, BidProblem[]> = {};
  const add = (field: string, key: BidProblemKey, params?: Problem["params"]) =>
    (problems[field] ??= []).push(params ? { key, params } : { key });
  if (!bid.summary.trim()) add("summary", "err.bid.summary");
  for (const section of bid.proposal)
    if (!section.body.trim()) add(`proposal.${section.heading}`, "err.bid.section");
  if (bid.plannedInvestmentFen <= 0) add("plannedInvestment", "err.bid.investment");
  const breakdownTotal = bid.investmentBreakdown.reduce((sum, line) => sum + line.amountFen, 0);
  if (bid.investmentBreakdown.length === 0) add("breakdown", "err.bid.breakdownMissing");
  else if (breakdownTotal !== bid.plannedInvestmentFen)
    add("breakdown", "err.bid.breakdownSum", {
      total: breakdownTotal / 100,
      planned: bid.plannedInvestmentFen / 100,
    });
  if (bid.milestones.length === 0) add("milestones", "err.bid.milestones");
  if (bid.team.length === 0) add("team", "err.bid.team");
  const answered = new Set(bid.indicatorResponses.filter((r) => r.response.trim()).map((r) => r.position));
  if (indicatorPositions.some((position) => !answered.has(position))) add("responses", "err.bid.responses");
  return problems;
}

/** Everything that still stands between a saved draft and its submission, by form field ("consortium" for shares). */
export function submissionProblems(
  bid: BidContentForCheck,
  indicatorCount: number,
  members: readonly MemberShare[],
): Record<string, BidProblem[]> {
  const consortium = consortiumProblems(members);
  return {
    ...bidProblems(
      bid,
      Array.from({ length: indicatorCount }, (_, position) => position),
    ),
    ...(consortium.length ? { consortium } : {}),
  };
}

/**
 * The investment breakdown against the planned total as the lead types (amounts already read as fen; null for a
 * blank or unreadable cell, which is left out): the two totals when they differ, null when they agree or there is
 * nothing to compare yet.
 */
export function breakdownMismatch(
  plannedFen: number | null,
  amountsFen: readonly (number | null)[],
): { totalFen: number; plannedFen: number } | null {
  const amounts = amountsFen.filter((fen): fen is number => fen !== null);
  if (plannedFen === null || amounts.length === 0) return null;
  const totalFen = amounts.reduce((sum, fen) => sum + fen, 0);
  return totalFen === plannedFen ? null : { totalFen, plannedFen };
}
