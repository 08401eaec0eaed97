import { formMessage } from "../../app/i18n/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { RichText } from "../../app/components/rich-text";
import { fenToYuanString, formatFen, parseYuanToFen } from "../../app/domain/money";
import { policyInForce } from "../../app/domain/policy";
import { formatTaskCode, TASK_CODE_PATTERN } from "../../app/domain/task-domains";
import {
  allowedEvents,
  effectiveTaskStatus,
  TASK_STATUSES,
  transition,
} from "../../app/domain/task-lifecycle";
import { daysUntil, shanghaiLocalToUtc, toShanghaiIso, utcToShanghaiLocal } from "../../app/domain/time";
import { taskInputSchema } from "../../app/forms/task";

describe("task lifecycle state machine", () => {
  it("follows DESIGN.md's happy path", () => {
    const path = [
      ["draft", "publish", "published"],
      ["published", "closeBidding", "bidding_closed"],
      ["bidding_closed", "startReview", "under_review"],
      ["under_review", "select", "selected"],
      ["selected", "startNotice", "notice"],
      ["notice", "finalize", "in_progress"],
      ["in_progress", "submitCompletion", "completion_submitted"],
      ["completion_submitted", "startAssessment", "assessing"],
      ["assessing", "pass", "succeeded"],
      ["assessing", "fail", "failed"],
    ] as const;
    for (const [from, event, to] of path) expect(transition(from, event)).toEqual({ ok: true, to });
  });

  it("refuses illegal transitions, naming the state and the event", () => {
    expect(transition("draft", "select")).toEqual({ ok: false, from: "draft", event: "select" });
    expect(transition("published", "publish")).toEqual({ ok: false, from: "published", event: "publish" });
    expect(transition("succeeded", "cancel").ok).toBe(false);
    expect(transition("failed", "cancel").ok).toBe(false);
    expect(transition("cancelled", "cancel").ok).toBe(false);
    expect(transition("cancelled", "publish").ok).toBe(false);
  });

  it("cancel is allowed from every state before the outcome, and terminal states allow nothing", () => {
    for (const status of TASK_STATUSES) {
      const terminal = status === "succeeded" || status === "failed" || status === "cancelled";
      expect(transition(status, "cancel").ok, status).toBe(!terminal);
      if (terminal) expect(allowedEvents(status), status).toEqual([]);
    }
  });

  it("a published task past its deadline reads as bidding_closed", () => {
    const deadline = new Date("2026-12-01T09:00:00Z");
    expect(effectiveTaskStatus("published", deadline, new Date("2026-12-01T08:59:59.999Z"))).toBe(
      "published",
    );
    expect(effectiveTaskStatus("published", deadline, deadline)).toBe("bidding_closed");
    expect(effectiveTaskStatus("draft", deadline, new Date("2027-01-01T00:00:00Z"))).toBe("draft");
  });
});

describe("policy window (Asia/Shanghai calendar days, both ends inclusive)", () => {
  const policy = { effectiveFrom: "2022-06-01", effectiveTo: "2025-05-31" };
  it.each([
    ["2022-05-31T23:59:59+08:00", false],
    ["2022-06-01T00:00:00+08:00", true],
    ["2022-05-31T16:00:00Z", true], // = 2022-06-01 00:00 in Shanghai
    ["2025-05-31T23:59:59+08:00", true],
    ["2025-06-01T00:00:00+08:00", false],
    ["2025-05-31T15:59:59Z", true],
    ["2025-05-31T16:00:00Z", false],
  ])("%s → %s", (instant, inForce) => {
    expect(policyInForce(policy, new Date(instant))).toBe(inForce);
  });
});

describe("money in fen", () => {
  it.each([
    ["0", 0],
    ["1", 100],
    ["1.5", 150],
    ["1234.56", 123456],
    ["2000000", 200_000_000],
    [" 99.09 ", 9909],
  ])("%s yuan → %s fen", (input, fen) => {
    expect(parseYuanToFen(input)).toEqual({ ok: true, fen });
  });
  it.each([
    ["-1", "negative"],
    ["1.234", "decimals"],
    ["1,000", "format"],
    ["1e6", "format"],
    ["abc", "format"],
    ["", "format"],
    ["12345678901234", "tooLarge"],
  ])("refuses %s (%s)", (input, problem) => {
    expect(parseYuanToFen(input)).toEqual({ ok: false, problem });
  });
  it("formats for people and for files", () => {
    expect(formatFen(200_000_000)).toBe("¥2,000,000.00");
    expect(formatFen(5)).toBe("¥0.05");
    expect(fenToYuanString(123456)).toBe("1234.56");
    expect(() => fenToYuanString(1.5)).toThrow();
  });
});

describe("Shanghai time", () => {
  it("reads wall-clock input as UTC+8 and writes it back", () => {
    const at = shanghaiLocalToUtc("2026-12-31T17:00")!;
    expect(at.toISOString()).toBe("2026-12-31T09:00:00.000Z");
    expect(utcToShanghaiLocal(at)).toBe("2026-12-31 17:00");
    expect(toShanghaiIso(at)).toBe("2026-12-31T17:00:00+08:00");
    expect(shanghaiLocalToUtc("2027-01-01 07:30")!.toISOString()).toBe("2026-12-31T23:30:00.000Z");
  });
  it("refuses impossible dates", () => {
    for (const bad of ["2026-02-30 10:00", "2026-13-01 10:00", "2026-12-31 24:00", "31/12/2026", ""])
      expect(shanghaiLocalToUtc(bad), bad).toBeNull();
  });
  it("counts calendar days in Shanghai", () => {
    const now = new Date("2026-11-25T15:30:00Z"); // 23:30 in Shanghai
    expect(daysUntil(new Date("2026-11-25T16:30:00Z"), now)).toBe(1); // 00:30 next day there
    expect(daysUntil(new Date("2026-11-25T15:45:00Z"), now)).toBe(0);
  });
});

describe("task codes", () => {
  it("are year-domain-serial", () => {
    expect(formatTaskCode(2024, "ai", 3)).toBe("2024-AI-003");
    expect(formatTaskCode(2026, "industrial_internet", 1234)).toBe("2026-IIOT-1234");
    expect(TASK_CODE_PATTERN.test("2024-AI-003")).toBe(true);
    expect(TASK_CODE_PATTERN.test("2024-XX-003")).toBe(false);
  });
});

describe("task input schema", () => {
  const now = new Date("2026-11-25T00:00:00Z");
  const valid = {
    title: "标题",
    domain: "ai",
    demandUnit: "某单位",
    district: "洪山区",
    scenarioNeed: "需求",
    goals: "目标",
    eligibility: "条件",
    indicativeInvestment: "100.5",
    bidDeadline: "2026-12-31 17:00",
    maxWinners: "2",
    contactName: "王工",
    contactPhone: "027-12345678",
    indicators: [
      { name: "a", target: "t", measurement: "m", weight: "70" },
      { name: "b", target: "t", measurement: "m", weight: "30", veto: "on" },
    ],
  };
  const messages = (input: object) => {
    const result = taskInputSchema({ now }).safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  };

  it("turns strings into typed values", () => {
    const result = taskInputSchema({ now }).parse(valid);
    expect(result.indicativeInvestment).toBe(10050);
    expect(result.bidDeadline.toISOString()).toBe("2026-12-31T09:00:00.000Z");
    expect(result.maxWinners).toBe(2);
    expect(result.indicators.map((i) => [i.weight, i.veto])).toEqual([
      [70, false],
      [30, true],
    ]);
  });

  it("reports every problem at once, including the weight sum next to other errors", () => {
    expect(
      messages({
        ...valid,
        domain: "quantum",
        indicativeInvestment: "-5",
        bidDeadline: "2026-11-24 10:00",
        indicators: [{ name: "a", target: "t", measurement: "m", weight: "90" }],
      }),
    ).toEqual([
      "domain:err.task.domain",
      "indicativeInvestment:err.money.negative",
      "bidDeadline:err.deadline.past",
      `indicators:${formMessage("err.indicators.weights", { total: 90 })}`,
    ]);
    expect(messages({ ...valid, indicativeInvestment: "1.001" })).toEqual([
      "indicativeInvestment:err.money.decimals",
    ]);
    expect(messages({ ...valid, indicators: [] })).toEqual(["indicators:err.indicators.required"]);
  });
});

describe("rich text", () => {
  it("renders script and event-handler payloads as inert text", () => {
    const html = renderToStaticMarkup(
      createElement(RichText, {
        text: '第一段<script>alert(1)</script>\n\n- <img src=x onerror="alert(2)">\n- 第二项',
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    expect(html).toContain("<ul><li>");
  });
});
