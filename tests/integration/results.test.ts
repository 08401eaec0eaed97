import { describe, expect, it } from "vitest";
import { toShanghaiIso } from "../../app/domain/time";
import { formatDateTime, msg } from "../../app/i18n/i18n";
import { approveAward } from "../../app/server/awards/awards.server";
import { TestBrowser } from "../support/app";
import { computedAward } from "../support/assessment";
import { staffActor } from "../support/bidding";
import { must } from "../support/outcome";

type ApiAward = {
  taskCode: string;
  split: { organizationName: string; role: string; shareBp: number; amountFen: number }[];
  payableFen: number;
  [key: string]: unknown;
};

async function apiAwards(browser = new TestBrowser()): Promise<ApiAward[]> {
  const response = await browser.get("/api/v1/awards");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return ((await response.json()) as { awards: ApiAward[] }).awards;
}

async function resultsPage(browser = new TestBrowser()): Promise<string> {
  const response = await browser.get("/results");
  expect(response.status).toBe(200);
  return response.text();
}

/** One award's card on /results (the cards hold no nested list items). */
function card(html: string, taskCode: string): string {
  const match = new RegExp(`<li class="card stack" data-task="${taskCode}">([\\s\\S]*?)</li>`).exec(html);
  if (!match) throw new Error(`no card for ${taskCode}`);
  return match[1]!;
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/** The member amounts of a card's split table, in the order shown. */
const splitFen = (html: string) => [...html.matchAll(/data-split-fen="(\d+)"/g)].map((m) => Number(m[1]));

describe("the public award results", () => {
  // Runs first, while this file's database has no award yet.
  it("shows an empty state in both languages and an empty API list", async () => {
    const browser = new TestBrowser();
    const zh = await resultsPage(browser);
    expect(zh).toContain('<html lang="zh-CN"');
    expect(zh).toContain("奖励结果公开");
    expect(zh).toContain("暂无已审批的奖励");
    expect(zh).not.toContain("data-task=");
    await browser.get("/lang?to=en&next=/results");
    const en = await resultsPage(browser);
    expect(en).toContain('<html lang="en"');
    expect(en).toContain("No approved awards yet");
    expect(await apiAwards()).toEqual([]);
  });

  it("publishes an award only once a second staff member approves it, split exactly, in both languages", async () => {
    // ¥1,234,567.89 × 30 % = ¥370,370.367 → ¥370,370.36 (below the cap: the rate binds).
    // Shares 30/50/20: the largest member share is not the lead's.
    // Assessors: 60×80+40×70 = 7600, 60×85+40×72 = 7980, 60×90+40×81 = 8640 → mean 8073.33 → 80.73.
    const { task, lead, members, staff, award } = await computedAward(2061, {
      sharesBp: [3000, 5000, 2000],
      actualFen: 1_234_567_89,
      points: [
        [80, 70, 100],
        [85, 72, 100],
        [90, 81, 100],
      ],
    });
    expect(award).toMatchObject({ status: "computed", payableFen: 370_370_36, boundBy: "rate" });
    const [big, small] = members;

    // Computed, not approved: nowhere public.
    const before = await resultsPage();
    expect(before).not.toContain(task.code);
    expect(before).toContain("暂无已审批的奖励");
    expect(await apiAwards()).toEqual([]);

    // The person who computed it cannot approve it; a second staff member can.
    expect(await approveAward(staff, award.projectId, award.version)).toEqual({
      ok: false,
      formError: msg("err.award.twoPerson"),
    });
    expect(await apiAwards()).toEqual([]);
    const approvedAt = new Date("2061-06-01T02:30:00Z");
    must(await approveAward(await staffActor(), award.projectId, award.version, approvedAt));

    const [published, ...others] = await apiAwards();
    expect(others).toEqual([]);
    expect(published).toEqual({
      taskCode: task.code,
      taskTitle: "测试任务 2061",
      leadOrgName: lead.organization.name,
      memberOrgNames: [big!.organization.name, small!.organization.name],
      score: 80.73,
      passed: true,
      payableFen: 370_370_36,
      basisFen: 1_234_567_89,
      rateBp: 3000,
      rawFen: 370_370_36,
      capFen: 2_000_000_00,
      cappedFen: 370_370_36,
      otherSupportFen: 0,
      boundBy: "rate",
      explanation: { zh: award.explanationZh, en: award.explanationEn },
      // Largest remainder: 111,111.108 / 185,185.18 / 74,074.072 → the spare fen goes to the lead.
      split: [
        { organizationName: lead.organization.name, role: "lead", shareBp: 3000, amountFen: 111_111_11 },
        { organizationName: big!.organization.name, role: "member", shareBp: 5000, amountFen: 185_185_18 },
        { organizationName: small!.organization.name, role: "member", shareBp: 2000, amountFen: 74_074_07 },
      ],
      approvedAt: "2061-06-01T10:30:00+08:00",
    });
    expect(published!.split.reduce((sum, s) => sum + s.amountFen, 0)).toBe(published!.payableFen);
    expect(toShanghaiIso(approvedAt)).toBe(published!.approvedAt);
    expect(award.explanationZh).toContain("¥370,370.36");

    // The page, in Chinese.
    const browser = new TestBrowser();
    const html = await resultsPage(browser);
    expect(html).not.toContain("暂无已审批的奖励");
    const zh = card(html, task.code);
    expect(zh).toContain(`href="/tasks/${task.code}"`);
    expect(zh).toContain("测试任务 2061");
    expect(zh).toContain(formatDateTime("zh", approvedAt));
    expect(zh).toContain("80.73 分");
    expect(zh).toContain("评估通过");
    expect(zh).toContain('data-payable-fen="37037036"');
    expect(zh).toContain("¥370,370.36");
    for (const figure of ["¥1,234,567.89", "30%", "¥2,000,000.00", "¥0.00"]) expect(zh).toContain(figure);
    // The binding rule is named and its row (only its row) highlighted.
    expect(zh).toContain('data-bound-by="rate"');
    expect(zh).toContain("起决定作用的规则：比例");
    expect(zh).toMatch(/data-figure="rate" data-binding="true"><th scope="row"><mark>比例<\/mark>/);
    expect(zh.match(/data-binding=/g)).toHaveLength(1);
    expect(zh).toContain(escapeHtml(award.explanationZh));
    expect(zh).not.toContain(escapeHtml(award.explanationEn));
    // The split: the lead first, then the members; the parts sum exactly to the payable amount.
    expect(splitFen(zh)).toEqual([111_111_11, 185_185_18, 74_074_07]);
    expect(splitFen(zh).reduce((sum, fen) => sum + fen, 0)).toBe(370_370_36);
    const order = [lead, big!, small!].map((org) => zh.lastIndexOf(org.organization.name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const share of ["30%", "50%", "20%", "100%"]) expect(zh).toContain(`>${share}</td>`);
    expect(zh).toContain("¥111,111.11");
    expect(zh).toContain("¥185,185.18");
    expect(zh).toContain("¥74,074.07");

    // And in English.
    await browser.get("/lang?to=en&next=/results");
    const en = card(await resultsPage(browser), task.code);
    expect(en).toContain("80.73 points");
    expect(en).toContain("Passed");
    expect(en).toContain("Binding rule: the rate");
    expect(en).toContain(escapeHtml(award.explanationEn));
    expect(en).not.toContain(escapeHtml(award.explanationZh));
    expect(en).toContain(formatDateTime("en", approvedAt));
    expect(en).toContain("Lead");
  });

  it("shows 就高不重复 as the binding rule and lists the newest approval first", async () => {
    // ¥10,000,000 × 30 % = ¥3,000,000 → cap ¥2,000,000 → less ¥300,000 granted = ¥1,700,000 (other binds).
    const { task, lead, members, award } = await computedAward(2062, {
      sharesBp: [6000, 4000],
      actualFen: 10_000_000_00,
      otherSupportFen: 300_000_00,
      points: [
        [60, 60, 0],
        [70, 65, 0],
        [75, 70, 0],
      ],
    });
    expect(await apiAwards().then((all) => all.map((a) => a.taskCode))).not.toContain(task.code);
    must(
      await approveAward(
        await staffActor(),
        award.projectId,
        award.version,
        new Date("2062-06-01T02:30:00Z"),
      ),
    );

    const all = await apiAwards();
    expect(all).toHaveLength(2);
    expect(all[0]!.taskCode).toBe(task.code);
    expect(all[0]).toMatchObject({
      score: 67, // (6000 + 6800 + 7300) / 3 = 6700
      passed: true,
      rawFen: 3_000_000_00,
      cappedFen: 2_000_000_00,
      otherSupportFen: 300_000_00,
      payableFen: 1_700_000_00,
      boundBy: "other",
      split: [
        { organizationName: lead.organization.name, role: "lead", shareBp: 6000, amountFen: 1_020_000_00 },
        {
          organizationName: members[0]!.organization.name,
          role: "member",
          shareBp: 4000,
          amountFen: 680_000_00,
        },
      ],
    });

    const html = await resultsPage();
    expect([...html.matchAll(/data-task="([^"]+)"/g)].map((m) => m[1])).toEqual(all.map((a) => a.taskCode));
    const zh = card(html, task.code);
    expect(zh).toContain("起决定作用的规则：就高不重复");
    expect(zh).toMatch(/data-figure="other" data-binding="true"><th scope="row"><mark>已获其他支持<\/mark>/);
    expect(zh.match(/data-binding=/g)).toHaveLength(1);
    expect(zh).toContain("67.00 分");
    expect(zh).toContain("¥1,700,000.00");
    expect(zh).toContain("¥300,000.00");
    expect(splitFen(zh)).toEqual([1_020_000_00, 680_000_00]);
  });
});
