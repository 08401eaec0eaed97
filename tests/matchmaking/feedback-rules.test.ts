import { describe, expect, it } from "vitest";
import { feedbackClosesAt, feedbackRefusal, meetingOutcome } from "../../app/domain/mm-feedback";
import { computeMmStats, mmStatsCsv, requestAcceptance, type StatsInput } from "../../app/domain/mm-stats";
import { mmFeedbackSchema } from "../../app/forms/mm-feedback";

describe("feedback window and eligibility", () => {
  it("closes at the end of the 30th Shanghai day after the event's last day", () => {
    // 2026-12-10 ends at 2026-12-10T16:00Z; thirty more days end at 2027-01-09T16:00Z.
    expect(feedbackClosesAt("2026-12-10").toISOString()).toBe("2027-01-09T16:00:00.000Z");
  });

  it("takes feedback on held meetings and on scheduled ones that are over, within the window only", () => {
    const closes = new Date("2027-01-09T16:00:00Z");
    const over = new Date("2026-12-10T02:00:00Z");
    const at = new Date("2026-12-11T00:00:00Z");
    expect(feedbackRefusal({ status: "held", slotEndsAt: over }, closes, at)).toBeNull();
    expect(feedbackRefusal({ status: "scheduled", slotEndsAt: over }, closes, at)).toBeNull();
    expect(
      feedbackRefusal({ status: "scheduled", slotEndsAt: new Date("2026-12-12T00:00:00Z") }, closes, at),
    ).toBe("notYet");
    for (const status of ["no_show", "cancelled", "requested", "accepted", "declined", "expired"] as const)
      expect(feedbackRefusal({ status, slotEndsAt: over }, closes, at)).toBe("notHeld");
    expect(feedbackRefusal({ status: "held", slotEndsAt: over }, closes, closes)).toBe("closed");
  });
});

describe("what a meeting contributes (no double counting)", () => {
  it("counts one contract per meeting with the larger amount reported, else one intent, else none", () => {
    expect(
      meetingOutcome([
        { outcome: "contract", amountFen: 100_000_00 },
        { outcome: "contract", amountFen: 120_000_00 },
      ]),
    ).toEqual({ outcome: "contract", amountFen: 120_000_00 });
    expect(
      meetingOutcome([
        { outcome: "intent", amountFen: null },
        { outcome: "contract", amountFen: 5_00 },
      ]),
    ).toEqual({ outcome: "contract", amountFen: 5_00 });
    expect(
      meetingOutcome([
        { outcome: "intent", amountFen: null },
        { outcome: "intent", amountFen: null },
      ]),
    ).toEqual({ outcome: "intent", amountFen: null });
    expect(meetingOutcome([{ outcome: "none", amountFen: null }])).toEqual({
      outcome: "none",
      amountFen: null,
    });
    expect(meetingOutcome([])).toEqual({ outcome: "none", amountFen: null });
  });
});

describe("acceptance rate", () => {
  it("is accepted ÷ answered; expired and unanswered-cancelled requests were not answered", () => {
    const r = requestAcceptance([
      { status: "scheduled", answered: true },
      { status: "held", answered: true },
      { status: "no_show", answered: true },
      { status: "cancelled", answered: true }, // accepted, then cancelled
      { status: "cancelled", answered: false }, // withdrawn before an answer
      { status: "declined", answered: true },
      { status: "expired", answered: false },
      { status: "requested", answered: false },
    ]);
    expect(r).toEqual({ accepted: 4, answered: 5, rate: 0.8 });
    expect(requestAcceptance([{ status: "expired", answered: false }]).rate).toBeNull();
  });
});

const INPUT: StatsInput = {
  registrations: [
    { status: "validated", count: 4 },
    { status: "pending", count: 1 },
  ],
  attendees: { total: 5, checkedIn: 3 },
  requests: [
    { id: 1, status: "held", answered: true, domain: "iot" },
    { id: 2, status: "held", answered: true, domain: "iot" },
    { id: 3, status: "held", answered: true, domain: "ai" },
    { id: 4, status: "no_show", answered: true, domain: null },
    { id: 5, status: "declined", answered: true, domain: "ai" },
    { id: 6, status: "expired", answered: false, domain: null },
  ],
  feedback: [
    { requestId: 1, useful: true, outcome: "contract", amountFen: 1_000_000 },
    { requestId: 1, useful: true, outcome: "contract", amountFen: 1_200_000 },
    { requestId: 2, useful: true, outcome: "intent", amountFen: null },
    { requestId: 3, useful: false, outcome: "none", amountFen: null },
  ],
};

describe("conference statistics (pure)", () => {
  it("counts registrations, requests, meetings, feedback and outcomes, one outcome per meeting", () => {
    const s = computeMmStats(INPUT);
    expect(s.registrations).toMatchObject({ validated: 4, pending: 1, refused: 0, withdrawn: 0, total: 5 });
    expect(s.requests).toMatchObject({ held: 3, no_show: 1, declined: 1, expired: 1, total: 6 });
    expect(s.acceptance).toEqual({ accepted: 4, answered: 5, rate: 0.8 });
    expect(s.meetings).toEqual({ placed: 4, held: 3, noShows: 1 });
    expect(s.feedback).toEqual({ count: 4, meetings: 3, useful: 3, usefulShare: 0.75 });
    expect(s.outcomes).toEqual({ intents: 1, contracts: 1, amountFen: 1_200_000 });
    expect(s.byDomain).toEqual([
      { domain: "ai", requests: 2, held: 1, intents: 0, contracts: 0, amountFen: 0 },
      { domain: "iot", requests: 2, held: 2, intents: 1, contracts: 1, amountFen: 1_200_000 },
      { domain: "none", requests: 2, held: 0, intents: 0, contracts: 0, amountFen: 0 },
    ]);
  });

  it("has no rates when nothing was answered or given", () => {
    const s = computeMmStats({
      registrations: [],
      attendees: { total: 0, checkedIn: 0 },
      requests: [],
      feedback: [],
    });
    expect(s.acceptance.rate).toBeNull();
    expect(s.feedback.usefulShare).toBeNull();
    expect(s.byDomain).toEqual([]);
  });

  it("writes CSV for Excel: BOM, bilingual header, yuan amounts, percentages, defused text", () => {
    const csv = mmStatsCsv({ id: 7, year: 2026, titleZh: '=HYPERLINK("x")' }, computeMmStats(INPUT));
    expect(csv.startsWith("\uFEFF分类 section,项目 key,数值 value\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toContain(`event,title,"'=HYPERLINK(""x"")"`);
    expect(lines).toContain("acceptance,rate_percent,80.0");
    expect(lines).toContain("meetings,no_show,1");
    expect(lines).toContain("feedback,useful_percent,75.0");
    expect(lines).toContain("outcomes,contracts,1");
    expect(lines).toContain("outcomes,amount_yuan,12000.00");
    expect(lines).toContain("domain:iot,amount_yuan,12000.00");
  });
});

describe("feedback form", () => {
  const parse = (fields: Record<string, string>) =>
    mmFeedbackSchema.safeParse({ requestId: "5", useful: "yes", ...fields });

  it("needs an amount and a signing date for a contract, beside those fields", () => {
    const result = parse({ outcome: "contract" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["amount", "err.required"],
        ["signedOn", "err.required"],
      ]),
    );
    expect(parse({ outcome: "contract", amount: "0", signedOn: "2026-12-05" }).success).toBe(false);
    expect(parse({ outcome: "contract", amount: "120万元", signedOn: "2026-02-30" }).success).toBe(false);
  });

  it("takes yuan as integer fen, and an intent without amount", () => {
    const ok = parse({ outcome: "contract", amount: "1,234.56", signedOn: "2026-12-05" });
    expect(ok.success && ok.data.amount).toBe(123_456);
    expect(parse({ outcome: "intent" }).success).toBe(true);
    expect(parse({ outcome: "maybe" }).success).toBe(false);
    expect(mmFeedbackSchema.safeParse({ requestId: "5", outcome: "none" }).success).toBe(false);
  });
});
