import { describe, expect, it } from "vitest";
import { bilingual, formMessage, msg } from "../../app/i18n/i18n";
import { readImportAnswer } from "../../app/forms/import";
import { parseAmountToFen } from "../../app/domain/money";
import { normalizeTyped } from "../../app/domain/text";
import { parseShanghaiDateTime } from "../../app/domain/time";
import { taskInputSchema } from "../../app/forms/task";

const at = (local: string) => new Date(`${local}:00+08:00`);

describe("amounts as people write them", () => {
  it.each([
    ["9500000", 950_000_000],
    ["9,500,000", 950_000_000],
    ["9,500,000.50", 950_000_050],
    ["9500000元", 950_000_000],
    ["¥9,500,000.00", 950_000_000],
    ["￥９５０００００", 950_000_000],
    ["950万", 950_000_000],
    ["950万元", 950_000_000],
    ["950 万元", 950_000_000],
    ["￥９５０万元", 950_000_000],
    ["950.5万", 950_500_000],
    ["0.000001万", 1],
    ["\u200B1234.5\u200B", 123_450],
  ])("%s → %s fen", (input, fen) => {
    expect(parseAmountToFen(input)).toMatchObject({ ok: true, fen });
  });

  it("says whether the amount was written in 万", () => {
    expect(parseAmountToFen("950万")).toEqual({ ok: true, fen: 950_000_000, inWan: true });
    expect(parseAmountToFen("950")).toEqual({ ok: true, fen: 95_000, inWan: false });
  });

  it.each([
    ["-1", "negative"],
    ["-950万", "negative"],
    ["1.234", "decimals"],
    ["1.0000001万", "decimals"],
    ["9,50,000", "format"],
    ["1,0000", "format"],
    ["1e6", "format"],
    ["约950万", "format"],
    ["", "format"],
    ["99999999999999999", "tooLarge"],
    ["9999999999万", "tooLarge"],
  ])("refuses %s (%s)", (input, problem) => {
    expect(parseAmountToFen(input)).toEqual({ ok: false, problem });
  });
});

describe("dates as people write them", () => {
  it.each([
    ["2026-12-01 17:00", "2026-12-01T17:00"],
    ["2026-12-1 9:30", "2026-12-01T09:30"],
    ["2026/12/1 17:00", "2026-12-01T17:00"],
    ["2026年12月1日 17:00", "2026-12-01T17:00"],
    ["2026年12月1日17:00", "2026-12-01T17:00"],
    ["２０２６年１２月１日　１７：００", "2026-12-01T17:00"],
    ["2026-12-01T08:05", "2026-12-01T08:05"],
    ["2026-12-01", "2026-12-01T17:00"],
    ["2026/3/5", "2026-03-05T17:00"],
    ["2026年3月5日", "2026-03-05T17:00"],
  ])("%s → %s Beijing time", (input, local) => {
    expect(parseShanghaiDateTime(input)).toEqual({ ok: true, at: at(local) });
  });

  it("tells a date that does not exist from one that is not a date", () => {
    for (const input of [
      "2026-02-30 17:00",
      "2026-13-01",
      "2026/4/31",
      "2026-12-01 24:00",
      "2026-12-01 17:60",
    ])
      expect(parseShanghaiDateTime(input), input).toEqual({ ok: false, problem: "impossible" });
    for (const input of ["下周五", "12/1/2026", "2026-12", ""])
      expect(parseShanghaiDateTime(input), input).toEqual({ ok: false, problem: "format" });
  });
});

describe("typed text", () => {
  it("drops zero-width characters and reads full-width forms as plain ones", () => {
    expect(normalizeTyped("\uFEFF２０２６－ＡＩ－００７\u200D ")).toBe("2026-AI-007");
    expect(normalizeTyped("０２７－８７６５４３２１")).toBe("027-87654321");
  });
});

describe("the task form accepts the same", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const valid = {
    title: "智能审批",
    domain: "blockchain",
    demandUnit: "某局",
    district: "江岸区",
    scenarioNeed: "需求",
    goals: "目标",
    eligibility: "条件",
    indicativeInvestment: "950万元",
    bidDeadline: "2026年12月1日",
    maxWinners: "2",
    contactName: "张三",
    contactPhone: "027-12345678",
    indicators: [{ name: "a", target: "t", measurement: "m", weight: "100" }],
  };
  const messages = (input: object, year?: number) => {
    const result = taskInputSchema({ now, year }).safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  };

  it("reads 万元 and a date without time", () => {
    const task = taskInputSchema({ now }).parse(valid);
    expect(task.indicativeInvestment).toBe(950_000_000);
    expect(task.bidDeadline).toEqual(at("2026-12-01T17:00"));
  });

  it("refuses a code whose domain part is not the task's domain, beside the code", () => {
    expect(messages({ ...valid, code: "2026-AI-301" })).toEqual([
      `code:${formMessage("err.task.codeDomain", { expected: "BC", given: "AI" })}`,
    ]);
    expect(messages({ ...valid, code: "2026-bc-301" })).toEqual([]);
  });

  it("refuses a code of another year when the list's year is known", () => {
    expect(messages({ ...valid, code: "2025-BC-001" }, 2026)).toEqual([
      `code:${formMessage("err.task.codeYear", { year: 2026 })}`,
    ]);
  });

  it("says when a deadline does not exist", () => {
    expect(messages({ ...valid, bidDeadline: "2026-02-30 17:00" })).toEqual([
      "bidDeadline:err.deadline.impossible",
    ]);
  });
});

describe("the import panel's reading of the server's answer", () => {
  const path = "/staff/lists/7/import";
  const read = (status: number, text: string, url = `http://localhost${path}`, locale: "zh" | "en" = "zh") =>
    readImportAnswer({ status, url, text }, path, locale);

  it("takes an import result, good or bad, as it is", () => {
    expect(read(200, JSON.stringify({ ok: true, created: 2 }))).toEqual({ result: { ok: true, created: 2 } });
    const failed = {
      ok: false,
      errors: [{ sheet: "任务", row: 2, column: "领域", message: msg("err.task.domain") }],
    };
    expect(read(400, JSON.stringify(failed))).toEqual({ result: failed });
  });

  it("says the session expired when the request was sent to the sign-in page", () => {
    expect(read(200, "<!DOCTYPE html><title>登录</title>", "http://localhost/login?next=%2Fstaff")).toEqual({
      problem: msg("err.import.session"),
    });
  });

  it("shows the server's own message, in the reader's language", () => {
    const csrf = JSON.stringify({ error: { reason: "csrf", message: bilingual("err.csrf") } });
    expect(read(403, csrf)).toEqual({ problem: bilingual("err.csrf").zh });
    expect(read(403, csrf, undefined, "en")).toEqual({ problem: bilingual("err.csrf").en });
  });

  it("never calls a refusal or a crash an error in the file", () => {
    expect(read(403, "Forbidden")).toEqual({ problem: msg("err.import.forbidden", { status: 403 }) });
    expect(read(500, "Unexpected Server Error")).toEqual({
      problem: msg("err.import.server", { status: 500 }),
    });
    expect(read(502, "")).toEqual({ problem: msg("err.import.server", { status: 502 }) });
  });
});
