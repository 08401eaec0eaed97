import type { MmFeedbackOutcome, MmRequestStatus } from "./matchmaking";
import { shanghaiBlock } from "./matchmaking";

/**
 * Feedback after a conference meeting (会后反馈): each of the two organizations says whether the meeting was useful
 * and what came of it (意向 intent, 签约 contract with amount and date, 无 none). Pure rules; the service applies
 * them on the locked meeting.
 */

export const FEEDBACK_COMMENT_MAX = 1000;
/** Feedback stays open (and editable) until the end of this many days after the event's last day. */
export const FEEDBACK_DAYS_AFTER_EVENT = 30;

/**
 * When feedback on the event's meetings closes: the end (Shanghai midnight) of the day FEEDBACK_DAYS_AFTER_EVENT
 * days after `endsOn`. A contract is often signed weeks after the meeting, so its side can still report it.
 */
export function feedbackClosesAt(endsOn: string): Date {
  const lastDay = shanghaiBlock(endsOn, "00:00", "00:01");
  if (!lastDay) throw new Error(`bad event date ${endsOn}`);
  return new Date(lastDay.startsAt.getTime() + (FEEDBACK_DAYS_AFTER_EVENT + 1) * 86_400_000);
}

export type FeedbackRefusal = "notHeld" | "notYet" | "closed";

/**
 * Whether an organization of the meeting may give (or change) its feedback at `now`: the meeting was held — or is
 * still `scheduled` but its slot has ended, in which case giving feedback confirms that it took place — and the
 * feedback window has not closed. A no-show, a cancelled or an unanswered meeting gets none.
 */
export function feedbackRefusal(
  meeting: { status: MmRequestStatus; slotEndsAt: Date | null },
  closesAt: Date,
  now: Date,
): FeedbackRefusal | null {
  if (meeting.status !== "held" && meeting.status !== "scheduled") return "notHeld";
  if (meeting.slotEndsAt === null || meeting.slotEndsAt > now) return "notYet";
  if (now >= closesAt) return "closed";
  return null;
}

/** A meeting can take feedback in the feedback list: held, or scheduled and over. */
export const FEEDBACK_STATUSES: readonly MmRequestStatus[] = ["held", "scheduled"];

/** What one organization reported on one meeting, as the statistics need it. */
export interface FeedbackReport {
  requestId: number;
  useful: boolean;
  outcome: MmFeedbackOutcome;
  amountFen: number | null;
}

/**
 * What a meeting contributes to the statistics, whatever both sides reported: at most ONE outcome per meeting,
 * the strongest either side reported (contract > intent > none); a contract's amount is the larger of the amounts
 * reported, so a contract both sides report is counted once (not twice, not summed).
 */
export function meetingOutcome(reports: readonly Pick<FeedbackReport, "outcome" | "amountFen">[]): {
  outcome: MmFeedbackOutcome;
  amountFen: number | null;
} {
  const contracts = reports.filter((r) => r.outcome === "contract");
  if (contracts.length)
    return { outcome: "contract", amountFen: Math.max(...contracts.map((r) => r.amountFen ?? 0)) };
  if (reports.some((r) => r.outcome === "intent")) return { outcome: "intent", amountFen: null };
  return { outcome: "none", amountFen: null };
}
