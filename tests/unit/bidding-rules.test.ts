import { afterEach, describe, expect, it } from "vitest";
import {
  BID_STATUSES,
  bidEditable,
  biddingOpen,
  bidProblems,
  consortiumProblems,
  consortiumStanding,
  breakdownMismatch,
  milestonesBeforeDeadline,
  sortMilestones,
  countedMembers,
  noticeCanFinalize,
  noticeEndsAt,
  noticePhase,
  submissionProblems,
  type BidContentForCheck,
  type BidProblem,
  type MemberShare,
} from "../../app/domain/bidding";
import { shanghaiLocalToUtc, toShanghaiIso } from "../../app/domain/time";

/** A Shanghai wall-clock time ("2026-11-25 15:00") as the instant it is. */
const shanghai = (local: string): Date => {
  const at = shanghaiLocalToUtc(local);
  if (!at) throw new Error(`not a Shanghai time: ${local}`);
  return at;
};
const MS = 1;

/** A problem as its message key and parameters (none given reads as {}). */
function message(problem: BidProblem): { key: string; params: Record<string, unknown> } {
  return { key: problem.key, params: problem.params ?? {} };
}

const lead = (shareBp: number): MemberShare => ({ role: "lead", status: "accepted", shareBp });
const member = (shareBp: number, status: MemberShare["status"] = "accepted"): MemberShare => ({
  role: "member",
  status,
  shareBp,
});

describe("the bidding window", () => {
  const deadline = shanghai("2026-12-31 17:00");

  it("takes bids strictly before the deadline: at the deadline itself it has closed", () => {
    expect(biddingOpen(deadline, new Date(deadline.getTime() - MS))).toBe(true);
    expect(biddingOpen(deadline, deadline)).toBe(false);
    expect(biddingOpen(deadline, new Date(deadline.getTime() + MS))).toBe(false);
  });

  it("compares instants, not Shanghai dates: the deadline's day is open until its hour", () => {
    expect(biddingOpen(deadline, shanghai("2026-12-31 16:59"))).toBe(true);
    expect(biddingOpen(deadline, shanghai("2026-12-31 17:01"))).toBe(false);
  });

  it("lets the lead change a bid only as a draft or after withdrawing it", () => {
    expect(BID_STATUSES.filter(bidEditable)).toEqual(["draft", "withdrawn"]);
  });
});

describe("consortium shares (basis points summing to exactly 10000)", () => {
  it("accepts a lone lead with 10000 and a lead and members summing to 10000", () => {
    expect(consortiumProblems([lead(10000)])).toEqual([]);
    expect(consortiumProblems([lead(6000), member(4000)])).toEqual([]);
    expect(consortiumProblems([lead(3334), member(3333), member(3333)])).toEqual([]);
  });

  it("refuses shares off by one basis point either way, saying the total in percent", () => {
    for (const [shares, total] of [
      [[lead(6000), member(3999)], 99.99],
      [[lead(6000), member(4001)], 100.01],
      [[lead(9999)], 99.99],
    ] as const) {
      const problems = consortiumProblems(shares).map(message);
      expect(problems).toEqual([{ key: "err.consortium.shares", params: { total } }]);
    }
  });

  it("counts only accepted members: a pending invitation holds submission, a declined one is ignored", () => {
    expect(consortiumProblems([lead(10000), member(0, "declined")])).toEqual([]);
    const pending = consortiumProblems([lead(6000), member(4000, "invited")]).map(message);
    expect(pending).toEqual([
      { key: "err.consortium.pending", params: {} },
      // The invited member's 40 % does not count until it accepts.
      { key: "err.consortium.shares", params: { total: 60 } },
    ]);
  });

  it("refuses an accepted member with no share, even when the total is right", () => {
    expect(consortiumProblems([lead(10000), member(0)]).map((p) => message(p).key)).toEqual([
      "err.consortium.zeroShare",
    ]);
    expect(consortiumProblems([lead(10001), member(-1)]).map((p) => message(p).key)).toEqual([
      "err.consortium.zeroShare",
    ]);
  });

  it("counts the lead and everyone invited or accepted against the member limit, not who declined", () => {
    expect(countedMembers([lead(6000), member(2000), member(2000, "invited"), member(0, "declined")])).toBe(
      3,
    );
    expect(countedMembers([lead(10000)])).toBe(1);
  });
});

describe("公示: noticeDays natural days counting the first, ending at Shanghai midnight", () => {
  it("ends at midnight after the last day: 2026-11-25 15:00 with 7 days ends 2026-12-02 00:00", () => {
    const end = noticeEndsAt(shanghai("2026-11-25 15:00"), 7);
    expect(toShanghaiIso(end)).toBe("2026-12-02T00:00:00+08:00");
    expect(end.toISOString()).toBe("2026-12-01T16:00:00.000Z");
  });

  it("counts the first day however little of it is left: published at 23:59 or at 00:00", () => {
    expect(toShanghaiIso(noticeEndsAt(shanghai("2026-11-25 23:59"), 7))).toBe("2026-12-02T00:00:00+08:00");
    expect(toShanghaiIso(noticeEndsAt(shanghai("2026-11-25 00:00"), 7))).toBe("2026-12-02T00:00:00+08:00");
    // One minute later it is the next Shanghai day, and the period ends a day later.
    expect(toShanghaiIso(noticeEndsAt(shanghai("2026-11-26 00:00"), 7))).toBe("2026-12-03T00:00:00+08:00");
  });

  it("counts Shanghai days, not UTC days: 04:00 in Shanghai is still the previous day in UTC", () => {
    const start = shanghai("2026-11-26 04:00");
    expect(start.toISOString()).toBe("2026-11-25T20:00:00.000Z");
    expect(toShanghaiIso(noticeEndsAt(start, 7))).toBe("2026-12-03T00:00:00+08:00");
  });

  it("runs across month, year and leap-day boundaries", () => {
    expect(toShanghaiIso(noticeEndsAt(shanghai("2026-12-30 10:00"), 7))).toBe("2027-01-06T00:00:00+08:00");
    expect(toShanghaiIso(noticeEndsAt(shanghai("2028-02-28 10:00"), 2))).toBe("2028-03-01T00:00:00+08:00");
    expect(toShanghaiIso(noticeEndsAt(shanghai("2027-02-28 10:00"), 2))).toBe("2027-03-02T00:00:00+08:00");
  });

  describe("whatever the machine's time zone (Shanghai has no daylight saving time)", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it("ends at a Shanghai midnight exactly noticeDays × 24 h after the first day began, hour by hour over a year", () => {
      // Every hour of 2026, which holds the DST changes of New York (03-08, 11-01) and Berlin (03-29, 10-25).
      const first = shanghai("2026-01-01 00:00").getTime();
      const starts = Array.from({ length: 365 * 24 }, (_, hour) => new Date(first + hour * 3_600_000));
      const endsIn = (zone: string) => {
        process.env.TZ = zone;
        return starts.map((start) => noticeEndsAt(start, 7).getTime());
      };
      const ends = endsIn("Asia/Shanghai");
      starts.forEach((start, i) => {
        const firstDay = shanghai(`${toShanghaiIso(start).slice(0, 10)} 00:00`);
        expect(ends[i]! - firstDay.getTime(), toShanghaiIso(start)).toBe(7 * 86_400_000);
      });
      expect(endsIn("America/New_York")).toEqual(ends);
      expect(endsIn("Europe/Berlin")).toEqual(ends);
    });
  });
});

describe("the notice's phase and when it may become final", () => {
  const endsAt = noticeEndsAt(shanghai("2026-11-25 23:59"), 7); // 2026-12-02 00:00 Shanghai
  const justBefore = new Date(endsAt.getTime() - MS);
  const later = new Date(endsAt.getTime() + 86_400_000);

  it("is open until the last millisecond of the period, whatever is pending", () => {
    expect(noticePhase({ status: "open", endsAt }, 0, justBefore)).toBe("open");
    expect(noticePhase({ status: "open", endsAt }, 2, justBefore)).toBe("open");
    expect(noticeCanFinalize(endsAt, 0, justBefore)).toBe(false);
  });

  it("at the end: finalizing when nothing is pending, awaiting resolution while an objection is", () => {
    expect(noticePhase({ status: "open", endsAt }, 0, endsAt)).toBe("finalizing");
    expect(noticeCanFinalize(endsAt, 0, endsAt)).toBe(true);
    expect(noticePhase({ status: "open", endsAt }, 1, endsAt)).toBe("awaiting_resolution");
    expect(noticeCanFinalize(endsAt, 1, endsAt)).toBe(false);
    expect(noticePhase({ status: "open", endsAt }, 1, later)).toBe("awaiting_resolution");
  });

  it("a final or revoked notice stays so, whatever the time or objections", () => {
    for (const status of ["final", "revoked"] as const)
      for (const now of [justBefore, endsAt, later])
        for (const pending of [0, 3]) expect(noticePhase({ status, endsAt }, pending, now)).toBe(status);
  });

  it("may be finalized exactly when its phase says finalizing", () => {
    for (const now of [justBefore, endsAt, later])
      for (const pending of [0, 1, 5])
        expect(noticeCanFinalize(endsAt, pending, now), `${now.toISOString()} ${pending}`).toBe(
          noticePhase({ status: "open", endsAt }, pending, now) === "finalizing",
        );
  });
});

describe("what a draft lacks before submission", () => {
  const complete = (): BidContentForCheck => ({
    summary: "以物联网终端实现园区用能监测",
    proposal: [
      { heading: "approach", body: "边缘采集 + 时序数据库" },
      { heading: "risks", body: "专人保障" },
    ],
    plannedInvestmentFen: 3_000_000_00,
    investmentBreakdown: [{ amountFen: 1_800_000_00 }, { amountFen: 1_200_000_00 }],
    milestones: [{ date: "2027-06-30", deliverable: "上线" }],
    team: [{ name: "张三" }],
    indicatorResponses: [
      { position: 0, response: "满足" },
      { position: 1, response: "满足" },
    ],
  });
  const keys = (problems: Record<string, BidProblem[]>) =>
    Object.fromEntries(
      Object.entries(problems).map(([field, list]) => [field, list.map((p) => message(p).key)]),
    );

  it("nothing, when every part is there and adds up", () => {
    expect(bidProblems(complete(), [0, 1])).toEqual({});
  });

  it("names each missing part beside its field", () => {
    const cases: [string, (bid: BidContentForCheck) => void, Record<string, string[]>][] = [
      ["blank summary", (b) => (b.summary = "  \n"), { summary: ["err.bid.summary"] }],
      ["blank section", (b) => (b.proposal[1]!.body = " "), { "proposal.risks": ["err.bid.section"] }],
      [
        "no investment",
        (b) => (b.plannedInvestmentFen = 0),
        { plannedInvestment: ["err.bid.investment"], breakdown: ["err.bid.breakdownSum"] },
      ],
      ["no breakdown", (b) => (b.investmentBreakdown = []), { breakdown: ["err.bid.breakdownMissing"] }],
      ["no milestone", (b) => (b.milestones = []), { milestones: ["err.bid.milestones"] }],
      ["no team", (b) => (b.team = []), { team: ["err.bid.team"] }],
      [
        "an unanswered indicator",
        (b) => (b.indicatorResponses = b.indicatorResponses.slice(0, 1)),
        { responses: ["err.bid.responses"] },
      ],
      [
        "a blank answer",
        (b) => (b.indicatorResponses[1]!.response = " "),
        { responses: ["err.bid.responses"] },
      ],
    ];
    for (const [name, change, expected] of cases) {
      const bid = complete();
      change(bid);
      expect(keys(bidProblems(bid, [0, 1])), name).toEqual(expected);
    }
  });

  it("a breakdown one fen off the planned investment, either way, names both amounts in yuan", () => {
    for (const delta of [-1, 1]) {
      const bid = complete();
      bid.investmentBreakdown[1]!.amountFen += delta;
      const problems = bidProblems(bid, [0, 1]);
      expect(Object.keys(problems)).toEqual(["breakdown"]);
      expect(problems.breakdown!.map(message)).toEqual([
        { key: "err.bid.breakdownSum", params: { total: 3_000_000 + delta / 100, planned: 3_000_000 } },
      ]);
    }
  });

  it("asks for answers to the task's indicators only: an extra answer is fine, none needed without indicators", () => {
    const bid = complete();
    bid.indicatorResponses.push({ position: 7, response: "多答" });
    expect(bidProblems(bid, [0, 1])).toEqual({});
    expect(bidProblems({ ...complete(), indicatorResponses: [] }, [])).toEqual({});
    expect(keys(bidProblems(complete(), [0, 1, 2]))).toEqual({ responses: ["err.bid.responses"] });
  });

  it("submission adds the consortium's problems under 'consortium', and only when there are some", () => {
    expect(submissionProblems(complete(), 2, [lead(6000), member(4000)])).toEqual({});
    expect(keys(submissionProblems(complete(), 3, [lead(6000), member(3999)]))).toEqual({
      responses: ["err.bid.responses"],
      consortium: ["err.consortium.shares"],
    });
    expect(keys(submissionProblems(complete(), 2, [lead(6000), member(4000, "invited")]))).toEqual({
      consortium: ["err.consortium.pending", "err.consortium.shares"],
    });
  });
});

describe("the consortium as the page shows it, and milestones", () => {
  const lead = (shareBp: number): MemberShare => ({ role: "lead", status: "accepted", shareBp });
  const member = (status: MemberShare["status"], shareBp: number): MemberShare => ({
    role: "member",
    status,
    shareBp,
  });

  it("a pending invitation is a state, not a problem: shares are judged with it (the lead was rebalanced)", () => {
    expect(consortiumStanding([lead(6000), member("invited", 4000)])).toEqual({
      pending: 1,
      plannedTotalBp: 10000,
      problems: [],
    });
    // Submission still waits for the answer.
    expect(consortiumProblems([lead(6000), member("invited", 4000)]).map((p) => p.key)).toContain(
      "err.consortium.pending",
    );
  });

  it("still reports a wrong planned total or a zero share, and ignores declined members", () => {
    expect(
      consortiumStanding([lead(5000), member("invited", 4000), member("declined", 900)]).problems,
    ).toEqual([{ key: "err.consortium.shares", params: { total: 90 } }]);
    expect(consortiumStanding([lead(10000), member("accepted", 0)]).problems.map((p) => p.key)).toEqual([
      "err.consortium.zeroShare",
    ]);
  });

  it("refuses milestones before the deadline's Shanghai day, and sorts them by date, stably", () => {
    // 2027-03-31 17:00 Shanghai: the 31st is allowed, the 30th is not.
    const deadline = new Date("2027-03-31T09:00:00Z");
    const list = [{ date: "2027-04-01" }, { date: "2027-03-30" }, { date: "2027-03-31" }];
    expect(milestonesBeforeDeadline(list, deadline)).toEqual([1]);
    // 2027-03-31 23:30 UTC is already 1 April in Shanghai.
    expect(milestonesBeforeDeadline(list, new Date("2027-03-31T23:30:00Z"))).toEqual([1, 2]);
    const same = [
      { date: "2028-01-01", deliverable: "b" },
      { date: "2027-06-30", deliverable: "a" },
      { date: "2028-01-01", deliverable: "c" },
    ];
    expect(sortMilestones(same).map((m) => m.deliverable)).toEqual(["a", "b", "c"]);
  });
});

describe("the investment breakdown checked as the lead types", () => {
  it("gives both totals when they differ, nothing when they agree or there is nothing to compare", () => {
    expect(breakdownMismatch(300_000_000, [180_000_000, 100_000_000, null])).toEqual({
      totalFen: 280_000_000,
      plannedFen: 300_000_000,
    });
    expect(breakdownMismatch(300_000_000, [180_000_000, 120_000_000])).toBeNull();
    expect(breakdownMismatch(null, [180_000_000])).toBeNull();
    expect(breakdownMismatch(300_000_000, [null, null])).toBeNull();
  });
});
