import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hydrated, signedIn } from "./helpers";

const ALPHA = "武汉阿尔法智能科技有限公司（演示）";
const BETA = "武汉贝塔工业互联网有限公司（演示）";
/**
 * The demo seed carries 2024-5G-003 to assessment through the services (ALPHA_BETA_ASSESSING in
 * app/server/demo/seed-stories.server.ts): alpha leads with beta (60/40), the notice is final, the completion report
 * (¥8,200,000) is accepted and no assessor is assigned yet. It is the task at index 6 of
 * app/server/demo/seed-data/tasks-2024.ts, 5G+院前急救 (weights 20/25/25/30, no veto).
 */
const TASK_CODE = "2024-5G-003";
const SEED_WEIGHTS = [20, 25, 25, 30];
/** The conflicted expert (expert6@demo.local), affiliated with beta. */
const CONFLICTED = "吴凡（演示专家·贝塔公司）";

/**
 * Five different score sets, one per expert (names from app/server/demo/seed.server.ts). With the seed's weights the assessors'
 * scores are 82.25, 81.30, 89.10, 74.15 and 48.25: the median is 81.30, so 周婷's 48.25 is the one outlier
 * (more than 20 points below), and with five assessors the highest and the lowest are dropped.
 */
const EXPERTS = [
  { email: "expert1@demo.local", name: "陈立（演示专家）", scores: [80, 85, 90, 75] },
  { email: "expert2@demo.local", name: "刘洋（演示专家）", scores: [78, 80, 82, 84] },
  { email: "expert3@demo.local", name: "赵静（演示专家）", scores: [90, 88, 86, 92] },
  { email: "expert4@demo.local", name: "孙浩（演示专家）", scores: [70, 75, 72, 78] },
  { email: "expert5@demo.local", name: "周婷（演示专家）", scores: [40, 50, 45, 55] },
];

const OTHER_SUPPORT = {
  policyName: "武汉市软件和信息技术服务业专项资金（演示）",
  amount: "300000",
  grantedOn: "2025-06-30",
  reference: "武经信〔2025〕18号（演示）",
};

/** A card section by its heading (the heading may carry a status after its name). */
function section(page: Page, heading: string | RegExp): Locator {
  return page.locator("section", { has: page.getByRole("heading", { name: heading }) });
}

/** Hundredths of a point as the pages print them: 7923 → "79.23". */
function points(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, "0")}`;
}

/** app/domain/assessment.ts, restated: weighted sum; mean of five without the highest and lowest, half up. */
function weighted(scores: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * scores[i]!, 0);
}
function trimmedMean(centis: readonly number[]): number {
  const counted = [...centis].sort((a, b) => a - b).slice(1, -1);
  const total = counted.reduce((sum, s) => sum + s, 0);
  return Math.floor((2 * total + counted.length) / (2 * counted.length));
}
function median(centis: readonly number[]): number {
  return [...centis].sort((a, b) => a - b)[Math.floor(centis.length / 2)]!;
}

test("five experts score the project, staff finalize and compute, a second person approves, /results shows the award", async ({
  browser,
  allowHttpError,
}, testInfo) => {
  test.setTimeout(180_000);
  allowHttpError({
    status: 400,
    url: /^\/staff\/projects\/\d+\.data$/,
    why: "the approval re-enabled by hand is refused: whoever computed the award cannot approve it",
  });

  /* ---------- staff: the seeded project, its pool (吴凡 conflicted) and a draw of five ---------- */
  const staff = await signedIn(browser, "admin@demo.local");
  await staff.goto("/staff/projects");
  const listRow = staff.getByRole("row").filter({ hasText: TASK_CODE });
  await expect(listRow).toContainText(ALPHA);
  await expect(listRow).toContainText("评估中");
  await listRow.getByRole("link", { name: "打开" }).click();
  await expect(staff).toHaveURL(/\/staff\/projects\/\d+$/);
  const projectUrl = new URL(staff.url()).pathname;
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(ALPHA);
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("评估中");
  await expect(section(staff, "承担单位")).toContainText(`${ALPHA}（牵头单位，60%）`);
  await expect(section(staff, "承担单位")).toContainText(`${BETA}（成员单位，40%）`);
  await expect(section(staff, /^验收报告/)).toContainText("¥8,200,000.00");

  const assessors = section(staff, "评审专家");
  const pool = assessors.getByRole("listitem");
  const conflictedLine = pool.filter({ hasText: CONFLICTED });
  await expect(conflictedLine).toContainText(BETA);
  await expect(conflictedLine).toContainText("有利益冲突");
  await expect(conflictedLine.getByRole("button", { name: "指定" })).toHaveCount(0);
  for (const expert of EXPERTS) {
    const line = pool.filter({ hasText: expert.name });
    await expect(line).not.toContainText("有利益冲突");
    await expect(line.getByRole("button", { name: "指定" })).toBeVisible();
  }

  await hydrated(staff);
  await assessors.getByLabel("抽取人数").fill("5");
  await assessors.getByRole("button", { name: "随机抽取" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已随机抽取评审专家" })).toBeVisible();
  const assessorRows = assessors.locator("tbody tr");
  await expect(assessorRows).toHaveCount(EXPERTS.length);
  for (const expert of EXPERTS) {
    const row = assessorRows.filter({ hasText: expert.name });
    await expect(row).toContainText("随机抽取");
    await expect(row).toContainText("待声明回避");
  }
  await expect(assessorRows.filter({ hasText: "吴凡" })).toHaveCount(0);
  // Only 吴凡 is left in the pool, still marked conflicted and not assignable.
  await expect(pool).toHaveCount(1);
  await expect(pool.first()).toContainText(CONFLICTED);
  await expect(pool.first()).toContainText("有利益冲突");

  /* ---------- the conflicted expert was not drawn: nothing to assess ---------- */
  const expert6 = await signedIn(browser, "expert6@demo.local");
  await expert6.goto("/assess");
  await expect(expert6.getByText("目前没有分配给您的评审任务。")).toBeVisible();
  await expect(expert6.getByRole("row").filter({ hasText: TASK_CODE })).toHaveCount(0);
  await expert6.context().close();

  /* ---------- five experts: declare no conflict, then score blind ---------- */
  let weights: number[] = [];
  const submitted: number[] = [];
  for (const [index, expert] of EXPERTS.entries()) {
    const page = await signedIn(browser, expert.email);
    await page.getByRole("link", { name: "评审任务" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("评审任务");
    const row = page.getByRole("row").filter({ hasText: TASK_CODE });
    await expect(row).toContainText("待声明回避");
    await row.getByRole("link", { name: "打开" }).click();
    await expect(page).toHaveURL(/\/assess\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(TASK_CODE);
    await expect(section(page, "承担单位")).toContainText(ALPHA);
    await expect(section(page, "承担单位")).toContainText(BETA);
    // Before the declaration: neither the report nor the score form.
    await expect(page.getByRole("heading", { name: "考核指标完成情况" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "提交评分" })).toHaveCount(0);

    await hydrated(page);
    await page.getByLabel("本人与上述单位无利益冲突").check();
    await page.getByRole("button", { name: "提交声明" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("待评分");
    await expect(section(page, /^验收报告/)).toContainText("¥8,200,000.00");

    const legends = await page.locator("form fieldset legend").allTextContents();
    const pageWeights = legends.map((legend) => Number(/权重 (\d+)）/.exec(legend)?.[1]));
    expect(pageWeights, "the weights in the legends are the seed's").toEqual(SEED_WEIGHTS);
    if (index === 0) weights = pageWeights;
    expect(expert.scores).toHaveLength(weights.length);
    // This task has no veto item, so no veto checkbox.
    await expect(page.getByRole("checkbox", { name: "触发一票否决" })).toHaveCount(0);

    for (const [position, score] of expert.scores.entries()) {
      const n = position + 1;
      await page.getByLabel(`得分（0–100） ${n}`, { exact: true }).fill(String(score));
      await page
        .getByLabel(`意见 ${n}`, { exact: true })
        .fill(`${expert.name.slice(0, 2)}：第 ${n} 项指标评分 ${score} 分的理由（演示）。`);
    }
    if (index === 0)
      await page.screenshot({ path: testInfo.outputPath("expert-scoring-form.png"), fullPage: true });
    await page.getByRole("button", { name: "提交评分" }).click();
    const expected = weighted(expert.scores, weights);
    submitted.push(expected);
    await expect(page.getByRole("heading", { name: `评分已提交：${points(expected)} 分` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("已提交评分");
    await expect(page.getByRole("button", { name: "提交评分" })).toHaveCount(0);
    await page.context().close();
  }

  /* ---------- staff: progress with scores and the outlier flag; finalize ---------- */
  const med = median(submitted);
  const outliers = EXPERTS.filter((_, i) => Math.abs(submitted[i]! - med) > 2000);
  expect(
    outliers.map((e) => e.name),
    "the score sets are chosen so that exactly one is an outlier",
  ).toEqual([EXPERTS[4]!.name]);
  const projectCenti = trimmedMean(submitted);
  expect(projectCenti).toBe(7923);

  await staff.reload();
  await hydrated(staff);
  for (const [index, expert] of EXPERTS.entries()) {
    const row = assessorRows.filter({ hasText: expert.name });
    await expect(row).toContainText("已提交评分");
    await expect(row).toContainText(points(submitted[index]!));
    if (outliers.includes(expert)) await expect(row).toContainText("偏离中位数超过 20 分");
    else await expect(row).not.toContainText("偏离中位数超过 20 分");
  }
  await expect(assessors).toContainText(
    `当前计算结果：${points(projectCenti)} 分（去掉一个最高分和一个最低分后的平均分，5 名专家），通过`,
  );
  await expect(staff.locator("#finalize-error")).toHaveCount(0);
  await expect(staff.getByRole("radio", { name: "确认评估结果" })).toBeChecked();
  await expect(staff.getByRole("radio", { name: /^调整评估结果/ })).not.toBeChecked();
  await staff.getByRole("button", { name: "确认评估结果" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "评估结果已确认" })).toBeVisible();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("成功实施");
  await expect(
    staff.getByRole("heading", { name: `评估结果：${points(projectCenti)} 分，通过` }),
  ).toBeVisible();
  await expect(section(staff, /^评估结果/)).toContainText("去掉一个最高分和一个最低分后的平均分 · 5 名专家");
  await expect(staff.getByRole("button", { name: "确认评估结果" })).toHaveCount(0);
  await expect(assessors.locator("tbody tr").filter({ hasText: "偏离中位数超过 20 分" })).toHaveCount(1);
  await staff.screenshot({ path: testInfo.outputPath("staff-finalized.png"), fullPage: true });

  /* ---------- staff: other city support (就高不重复), compute the award ---------- */
  const award = section(staff, /^奖励核定/);
  await expect(award).toBeVisible();
  await award.getByLabel("政策名称").fill(OTHER_SUPPORT.policyName);
  await award.getByLabel("金额（元）").fill(OTHER_SUPPORT.amount);
  await award.getByLabel("拨付日期").fill(OTHER_SUPPORT.grantedOn);
  await award.getByLabel("文号/凭证").fill(OTHER_SUPPORT.reference);
  await award.getByRole("button", { name: "登记" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已登记其他支持" })).toBeVisible();
  // The form is cleared, so a second click cannot record the same grant twice.
  await expect(award.getByLabel("文号/凭证")).toHaveValue("");
  await expect(award.getByRole("listitem").filter({ hasText: OTHER_SUPPORT.policyName })).toContainText(
    `${OTHER_SUPPORT.policyName} · ¥300,000.00 · ${OTHER_SUPPORT.grantedOn} · ${OTHER_SUPPORT.reference}`,
  );

  await award.getByRole("button", { name: "核定奖励" }).click();
  await expect(award.getByRole("heading", { level: 2 })).toContainText("已核定，待审批");
  const figures: [string, string][] = [
    ["审定总投资", "¥8,200,000.00"],
    ["比例", "30%"],
    ["按比例计算", "¥2,460,000.00"],
    ["上限", "¥2,000,000.00"],
    ["封顶后", "¥2,000,000.00"],
    ["已获其他支持", "¥300,000.00"],
    ["应拨付奖励", "¥1,700,000.00"],
  ];
  for (const [label, amount] of figures)
    await expect(
      award.getByRole("row").filter({ has: staff.getByRole("rowheader", { name: label, exact: true }) }),
    ).toContainText(amount);
  await expect(award).toContainText("就高不重复");
  await expect(award.getByRole("listitem").filter({ hasText: ALPHA })).toContainText(
    `${ALPHA} · 60% · ¥1,020,000.00`,
  );
  await expect(award.getByRole("listitem").filter({ hasText: BETA })).toContainText(
    `${BETA} · 40% · ¥680,000.00`,
  );
  // Two-person rule: whoever computed it cannot approve it.
  await expect(award.getByRole("button", { name: "审批（复核人）" })).toBeDisabled();
  await expect(award).toContainText("双人复核：核定人与审批人不能是同一人。");
  await expect(award.getByRole("button", { name: "重新核定" })).toBeVisible();
  await staff.screenshot({ path: testInfo.outputPath("staff-award.png"), fullPage: true });
  // The server holds the rule too: the same button, re-enabled by hand, is refused.
  await award
    .getByRole("button", { name: "审批（复核人）" })
    .evaluate((button) => button.removeAttribute("disabled"));
  await award.getByRole("button", { name: "审批（复核人）" }).click();
  await expect(award.getByRole("alert")).toHaveText("双人复核：核定人不能审批自己核定的奖励");
  await expect(award.getByRole("heading", { level: 2 })).toContainText("已核定，待审批");

  // Not public before the approval.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto("/results");
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("奖励结果公开");
  await expect(publicPage.locator(`li[data-task="${TASK_CODE}"]`)).toHaveCount(0);

  /* ---------- the second staff member approves ---------- */
  const approver = await signedIn(browser, "approver@demo.local");
  await approver.goto(projectUrl);
  const approverAward = section(approver, /^奖励核定/);
  await expect(approverAward.getByRole("heading", { level: 2 })).toContainText("已核定，待审批");
  await hydrated(approver);
  await approverAward.getByRole("button", { name: "审批（复核人）" }).click();
  await expect(approverAward.getByRole("heading", { level: 2 })).toContainText("已审批");
  await expect(approverAward.getByRole("button", { name: "审批（复核人）" })).toHaveCount(0);
  await expect(approverAward.getByRole("button", { name: /核定/ })).toHaveCount(0);
  await expect(approverAward.getByRole("button", { name: "登记" })).toHaveCount(0);
  await approver.context().close();

  /* ---------- anyone: /results shows the award with its breakdown and split ---------- */
  await publicPage.reload();
  const card = publicPage.locator(`li[data-task="${TASK_CODE}"]`);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("审批时间");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("5G+院前急救“上车即入院”协同救治");
  await expect(card).toContainText(ALPHA);
  await expect(card).toContainText(BETA);
  await expect(card).toContainText(`${points(projectCenti)} 分`);
  await expect(card).toContainText("评估通过");
  await expect(card.locator("[data-payable-fen]")).toHaveText("¥1,700,000.00");
  await expect(card.locator("[data-bound-by]")).toHaveAttribute("data-bound-by", "other");
  await expect(card.locator("[data-bound-by]")).toContainText("起决定作用的规则：就高不重复");
  const publicFigures: [string, string][] = [
    ["basis", "¥8,200,000.00"],
    ["rate", "30%"],
    ["raw", "¥2,460,000.00"],
    ["cap", "¥2,000,000.00"],
    ["capped", "¥2,000,000.00"],
    ["other", "¥300,000.00"],
    ["payable", "¥1,700,000.00"],
  ];
  for (const [figure, amount] of publicFigures)
    await expect(card.locator(`tr[data-figure="${figure}"] td.num`)).toHaveText(amount);
  await expect(card.locator('tr[data-binding="true"]')).toHaveAttribute("data-figure", "other");
  await expect(card.locator("p.explanation")).toContainText("¥2,000,000.00 − ¥300,000.00 = ¥1,700,000.00");
  const leadRow = card.locator("tr[data-split-fen]").filter({ hasText: ALPHA });
  const memberRow = card.locator("tr[data-split-fen]").filter({ hasText: BETA });
  await expect(leadRow).toHaveAttribute("data-split-fen", "102000000");
  await expect(leadRow).toContainText("牵头单位");
  await expect(leadRow).toContainText("60%");
  await expect(leadRow).toContainText("¥1,020,000.00");
  await expect(memberRow).toHaveAttribute("data-split-fen", "68000000");
  await expect(memberRow).toContainText("成员单位");
  await expect(memberRow).toContainText("40%");
  await expect(memberRow).toContainText("¥680,000.00");
  await expect(card.getByRole("row").filter({ hasText: "合计" })).toContainText("100%");
  await expect(card.getByRole("row").filter({ hasText: "合计" })).toContainText("¥1,700,000.00");
  await publicPage.screenshot({ path: testInfo.outputPath("results.png"), fullPage: true });

  await Promise.all([staff.context().close(), visitor.close()]);
});
