import type { LifecycleTable } from "./lifecycle";
import type { PostingKind } from "./ledger";

export const PAYOUT_STATUSES = ["pending", "scheduled", "processing", "paid", "failed", "returned"] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/**
 * One payout per consortium member of an approved award. Scheduling puts it on a rail (a bank batch or a Stripe
 * transfer about to be made); sending hands it to the rail; the rail settles it (paid) or fails it. A paid payout
 * that comes back (a bank return, a Stripe reversal) is returned, and like a failed one may be scheduled again.
 */
export const PAYOUT_EVENTS = {
  schedule: { from: ["pending", "failed", "returned"], to: "scheduled" },
  unschedule: { from: ["scheduled"], to: "pending" },
  send: { from: ["scheduled"], to: "processing" },
  settle: { from: ["processing"], to: "paid" },
  fail: { from: ["processing"], to: "failed" },
  return: { from: ["paid"], to: "returned" },
} as const satisfies LifecycleTable<PayoutStatus>;

export type PayoutEvent = keyof typeof PAYOUT_EVENTS;

/** The ledger posting each payout event makes: scheduling and unscheduling move no money. */
export const POSTING_OF_PAYOUT_EVENT: Record<
  PayoutEvent,
  Exclude<PostingKind, "appropriate" | "approve"> | null
> = {
  schedule: null,
  unschedule: null,
  send: "send",
  settle: "settle",
  fail: "fail",
  return: "return",
};

/** A mainland bank account number (银行账号): 8 to 30 digits; spaces people type between groups are dropped. */
export function normalizeAccountNumber(raw: string): string {
  return raw.replace(/[\s-]/g, "");
}

export function isAccountNumber(value: string): boolean {
  return /^[0-9]{8,30}$/.test(value);
}

/** What anyone but finance staff sees of an account number: its last four digits. */
export function maskAccountNumber(accountNumber: string): string {
  return `•••• ${accountNumber.slice(-4)}`;
}

/**
 * The award's status as its payouts stand: disbursing once money moved, disbursed when every payout is paid, and
 * back to disbursing if a paid payout comes back. It never returns to approved: money has moved.
 */
export function nextAwardStatus(
  current: "approved" | "disbursing" | "disbursed",
  payoutStatuses: readonly PayoutStatus[],
): "approved" | "disbursing" | "disbursed" {
  if (payoutStatuses.length > 0 && payoutStatuses.every((status) => status === "paid")) return "disbursed";
  if (
    current !== "approved" ||
    payoutStatuses.some((status) => status !== "pending" && status !== "scheduled")
  )
    return "disbursing";
  return "approved";
}
