import { transitionIn, type TransitionResult } from "./lifecycle";

/**
 * The task lifecycle of DESIGN.md as data: an event is allowed only from the states listed for it.
 *   draft → published → bidding_closed → under_review → selected → notice → in_progress
 *         → completion_submitted → assessing → succeeded | failed        (cancelled from any pre-award state)
 */
export const TASK_STATUSES = [
  "draft",
  "published",
  "bidding_closed",
  "under_review",
  "selected",
  "notice",
  "in_progress",
  "completion_submitted",
  "assessing",
  "succeeded",
  "failed",
  "cancelled",
] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];

const OUTCOMES: readonly TaskStatus[] = ["succeeded", "failed", "cancelled"];
/** Every state a task can still be cancelled from: all but the outcomes. */
const BEFORE_OUTCOME: readonly TaskStatus[] = TASK_STATUSES.filter((status) => !OUTCOMES.includes(status));

export const TASK_EVENTS = {
  publish: { from: ["draft"], to: "published" },
  closeBidding: { from: ["published"], to: "bidding_closed" },
  startReview: { from: ["bidding_closed"], to: "under_review" },
  select: { from: ["under_review"], to: "selected" },
  startNotice: { from: ["selected"], to: "notice" },
  finalize: { from: ["notice"], to: "in_progress" },
  // Every winner's selection was revoked by upheld objections: staff choose again.
  reopenReview: { from: ["notice"], to: "under_review" },
  submitCompletion: { from: ["in_progress"], to: "completion_submitted" },
  // A report sent back to the consortium: the least advanced project is in progress again.
  returnCompletion: { from: ["completion_submitted"], to: "in_progress" },
  startAssessment: { from: ["completion_submitted"], to: "assessing" },
  pass: { from: ["assessing"], to: "succeeded" },
  fail: { from: ["assessing"], to: "failed" },
  cancel: { from: BEFORE_OUTCOME, to: "cancelled" },
} as const satisfies Record<string, { from: readonly TaskStatus[]; to: TaskStatus }>;

export type TaskEvent = keyof typeof TASK_EVENTS;

export function transition(from: TaskStatus, event: TaskEvent): TransitionResult<TaskStatus, TaskEvent> {
  return transitionIn<TaskStatus, typeof TASK_EVENTS>(TASK_EVENTS, from, event);
}

export function allowedEvents(from: TaskStatus): TaskEvent[] {
  return (Object.keys(TASK_EVENTS) as TaskEvent[]).filter((event) => transition(from, event).ok);
}

/** A published task whose deadline has passed is closed for bids, whether or not the sweeper has run yet. */
export function effectiveTaskStatus(status: TaskStatus, bidDeadline: Date, now: Date): TaskStatus {
  return status === "published" && now.getTime() >= bidDeadline.getTime() ? "bidding_closed" : status;
}

export function isPublicStatus(status: TaskStatus): boolean {
  return status !== "draft";
}
