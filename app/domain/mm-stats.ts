import { csvLine } from "./csv";
import {
  MM_REGISTRATION_STATUSES,
  MM_REQUEST_STATUSES,
  PLACED_STATUSES,
  type MmFeedbackOutcome,
  type MmRegistrationStatus,
  type MmRequestStatus,
} from "./matchmaking";
import { fenToYuanString } from "./money";
import { meetingOutcome, type FeedbackReport } from "./mm-feedback";

/**
 * The staff statistics of one conference, computed from plain rows (SQL in db/repositories/mm-stats.ts):
 * registrations and requests by status, the acceptance rate, meetings placed / held / missed, feedback and the
 * outcomes it reported, overall and per domain (the domain of the item the request is about, else of the item the
 * requester brought). A meeting contributes at most one outcome (see `meetingOutcome`).
 */

export interface StatsRequestRow {
  id: number;
  status: MmRequestStatus;
  /** Whether the receiver answered (answered_at set): accepted or declined, even if cancelled afterwards. */
  answered: boolean;
  /** An SD_DOMAINS value, or null when the request names no item. */
  domain: string | null;
}

export interface StatsInput {
  registrations: { status: MmRegistrationStatus; count: number }[];
  attendees: { total: number; checkedIn: number };
  requests: StatsRequestRow[];
  feedback: FeedbackReport[];
}

/** Statuses in which the receiver said yes (the meeting may have been cancelled or missed since). */
const SAID_YES: readonly MmRequestStatus[] = ["accepted", "scheduled", "held", "no_show", "cancelled"];

/**
 * Accepted ÷ answered: of the requests the receiver answered (accepted or declined; expired and withdrawn ones
 * were not answered), the share accepted — a meeting cancelled after acceptance still counts as accepted. Null
 * when nothing was answered.
 */
export function requestAcceptance(requests: readonly Pick<StatsRequestRow, "status" | "answered">[]) {
  let accepted = 0;
  let answered = 0;
  for (const r of requests) {
    if (r.status === "declined") answered++;
    else if (SAID_YES.includes(r.status) && (r.answered || r.status !== "cancelled")) {
      accepted++;
      answered++;
    }
  }
  return { accepted, answered, rate: answered === 0 ? null : accepted / answered };
}

interface OutcomeTotals {
  intents: number;
  contracts: number;
  amountFen: number;
}

function outcomeTotals(outcomes: Iterable<{ outcome: MmFeedbackOutcome; amountFen: number | null }>) {
  const totals: OutcomeTotals = { intents: 0, contracts: 0, amountFen: 0 };
  for (const o of outcomes) {
    if (o.outcome === "intent") totals.intents++;
    if (o.outcome === "contract") {
      totals.contracts++;
      totals.amountFen += o.amountFen ?? 0;
    }
  }
  return totals;
}

export const NO_DOMAIN = "none";

export function computeMmStats(input: StatsInput) {
  const registrations = Object.fromEntries(MM_REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<
    MmRegistrationStatus,
    number
  >;
  for (const row of input.registrations) registrations[row.status] += row.count;
  const requests = Object.fromEntries(MM_REQUEST_STATUSES.map((s) => [s, 0])) as Record<
    MmRequestStatus,
    number
  >;
  for (const r of input.requests) requests[r.status]++;

  const reportsOf = new Map<number, FeedbackReport[]>();
  for (const f of input.feedback) reportsOf.set(f.requestId, [...(reportsOf.get(f.requestId) ?? []), f]);
  const outcomeOf = new Map([...reportsOf].map(([id, reports]) => [id, meetingOutcome(reports)]));
  const useful = input.feedback.filter((f) => f.useful).length;

  const domains = new Map<
    string,
    { requests: number; held: number; intents: number; contracts: number; amountFen: number }
  >();
  for (const r of input.requests) {
    const key = r.domain ?? NO_DOMAIN;
    const d = domains.get(key) ?? { requests: 0, held: 0, intents: 0, contracts: 0, amountFen: 0 };
    d.requests++;
    if (r.status === "held") d.held++;
    const o = outcomeOf.get(r.id);
    if (o) {
      const t = outcomeTotals([o]);
      d.intents += t.intents;
      d.contracts += t.contracts;
      d.amountFen += t.amountFen;
    }
    domains.set(key, d);
  }

  return {
    registrations: {
      ...registrations,
      total: input.registrations.reduce((sum, row) => sum + row.count, 0),
    },
    attendees: input.attendees,
    requests: { ...requests, total: input.requests.length },
    acceptance: requestAcceptance(input.requests),
    meetings: {
      placed: input.requests.filter((r) => PLACED_STATUSES.includes(r.status)).length,
      held: requests.held,
      noShows: requests.no_show,
    },
    feedback: {
      count: input.feedback.length,
      meetings: reportsOf.size,
      useful,
      usefulShare: input.feedback.length === 0 ? null : useful / input.feedback.length,
    },
    outcomes: outcomeTotals(outcomeOf.values()),
    byDomain: [...domains]
      .map(([domain, d]) => ({ domain, ...d }))
      .sort((a, b) => b.requests - a.requests || a.domain.localeCompare(b.domain)),
  };
}

export type MmStats = ReturnType<typeof computeMmStats>;

const percent = (share: number | null) => (share === null ? "" : (share * 100).toFixed(1));

/**
 * The statistics as CSV for Excel (BOM, CRLF, formula-defused fields): section, key, value, with bilingual
 * headers; keys are stored codes (statuses, domains) so a spreadsheet can pivot on them; money in yuan with two
 * decimals, shares in percent with one.
 */
export function mmStatsCsv(event: { id: number; year: number; titleZh: string }, stats: MmStats): string {
  const lines: string[][] = [["分类 section", "项目 key", "数值 value"]];
  lines.push(["event", "id", String(event.id)]);
  lines.push(["event", "year", String(event.year)]);
  lines.push(["event", "title", event.titleZh]);
  for (const s of [...MM_REGISTRATION_STATUSES, "total"] as const)
    lines.push(["registrations", s, String(stats.registrations[s])]);
  lines.push(["attendees", "total", String(stats.attendees.total)]);
  lines.push(["attendees", "checked_in", String(stats.attendees.checkedIn)]);
  for (const s of [...MM_REQUEST_STATUSES, "total"] as const)
    lines.push(["requests", s, String(stats.requests[s])]);
  lines.push(["acceptance", "answered", String(stats.acceptance.answered)]);
  lines.push(["acceptance", "accepted", String(stats.acceptance.accepted)]);
  lines.push(["acceptance", "rate_percent", percent(stats.acceptance.rate)]);
  lines.push(["meetings", "placed", String(stats.meetings.placed)]);
  lines.push(["meetings", "held", String(stats.meetings.held)]);
  lines.push(["meetings", "no_show", String(stats.meetings.noShows)]);
  lines.push(["feedback", "count", String(stats.feedback.count)]);
  lines.push(["feedback", "meetings", String(stats.feedback.meetings)]);
  lines.push(["feedback", "useful_percent", percent(stats.feedback.usefulShare)]);
  lines.push(["outcomes", "intents", String(stats.outcomes.intents)]);
  lines.push(["outcomes", "contracts", String(stats.outcomes.contracts)]);
  lines.push(["outcomes", "amount_yuan", fenToYuanString(stats.outcomes.amountFen)]);
  for (const d of stats.byDomain) {
    lines.push([`domain:${d.domain}`, "requests", String(d.requests)]);
    lines.push([`domain:${d.domain}`, "held", String(d.held)]);
    lines.push([`domain:${d.domain}`, "intents", String(d.intents)]);
    lines.push([`domain:${d.domain}`, "contracts", String(d.contracts)]);
    lines.push([`domain:${d.domain}`, "amount_yuan", fenToYuanString(d.amountFen)]);
  }
  return `\uFEFF${lines.map(csvLine).join("")}`;
}
