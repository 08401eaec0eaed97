import { EXPRESSION_DAYS, type SdExpressionStatus, type SdKind, type SdOutcomeKind } from "./supply-demand";
import { SHANGHAI_OFFSET_MS } from "./time";

/** Pure rules of expressions of interest (意向表达) and their outcomes; the services apply them under locks. */

export const EXPRESSION_MESSAGE_MAX = 1000;
export const ANSWER_NOTE_MAX = 500;
export const OUTCOME_REASON_MAX = 500;

/** When a pending expression sent at `sentAt` lapses. */
export function expressionExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + EXPRESSION_DAYS * 86_400_000);
}

/** The start (UTC) of the Shanghai calendar day `now` falls in: the daily limit counts from here. */
export function shanghaiDayStart(now: Date): Date {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % 86_400_000) - SHANGHAI_OFFSET_MS);
}

/** An organization names one of its own items of the other kind: a supply for a demand, a demand for a supply. */
export function counterpartKind(kind: SdKind): SdKind {
  return kind === "demand" ? "supply" : "demand";
}

/** Outcomes are recorded by either side once the owner accepted, never before. */
export function mayRecordOutcome(status: SdExpressionStatus): boolean {
  return status === "accepted";
}

export function isOutcomeKind(value: string): value is SdOutcomeKind {
  return value === "intent" || value === "contract" || value === "failed";
}

/**
 * A median response time as people say it: "usually answers within N days", N the median rounded up, at least 1
 * (an answer within hours is "within 1 day"). null when nothing was ever answered.
 */
export function responseDaysShown(medianDays: number | null): number | null {
  if (medianDays === null || !Number.isFinite(medianDays)) return null;
  return Math.max(1, Math.ceil(medianDays - 1e-9));
}

/**
 * What the expression panel on a public item page needs, for this viewer: whether they may express interest (and
 * which of their own items they may name), their organization's latest expression about the item, the item's
 * contact ONLY when contacts.server allows it (owner, staff, accepted counterpart), and the owner's response time.
 */
export type ExpressionPanel = {
  itemCode: string;
  itemKind: "demand" | "supply";
  responseTime: { days: number | null };
  contact: { name: string; phone: string; email: string } | null;
} & (
  | { state: "anonymous" | "noOrganization" | "owner" | "staff" | "closed" }
  | {
      state: "open";
      ownItems: { id: number; code: string; title: string }[];
      latest: { id: number; status: SdExpressionStatus; createdAt: string; expiresAt: string } | null;
    }
);
