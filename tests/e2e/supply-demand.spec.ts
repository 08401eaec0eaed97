import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hydrated, signedIn } from "./helpers";

/**
 * The supply–demand list end to end (issue 13): a department submits a demand, the district's reviewer approves
 * it, staff compose and (a second person) publish a batch with it, a supplier finds it with a Traditional-script
 * query and expresses interest, the department accepts, both see each other's contacts, the supplier records a
 * contract, and the staff statistics count it.
 */

const TITLE = "长江船闸调度数字孪生需求（旅程测试）";
const TRADITIONAL_QUERY = "船閘調度數字孿生";
const DEPT_PHONE = "027-86660001";
const DEPT_EMAIL = "chuanzha.journey@example.cn";

async function contractCount(staff: Page): Promise<number> {
  await staff.goto("/staff/supply-demand/stats");
  const value = staff.locator(".sd-stats-measures div", { hasText: "签约数" }).locator("dd");
  return Number((await value.innerText()).replace(/[^\d]/g, ""));
}

test("a department's demand, from submission to a contract in the statistics", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const admin = await signedIn(browser, "admin@demo.local");
  const contractsBefore = await contractCount(admin);

  // The department writes and submits its demand.
  const dept = await signedIn(browser, "dept@demo.local");
  await dept.goto("/my/supply-demand/new?kind=demand");
  await hydrated(dept);
  await dept.locator('input[name="title"]').fill(TITLE);
  await dept.locator('input[name="summary"]').fill("长江船闸过闸调度需要数字孪生仿真与智能排程");
  await dept
    .locator('textarea[name="description"]')
    .fill("建设船闸调度数字孪生平台：实时接入船舶 AIS 与闸室水位，仿真过闸排队，智能生成调度方案。");
  await dept.locator('select[name="domain"]').selectOption("smart_transport");
  await dept.locator('select[name="category"]').selectOption("digital_government");
  await dept.locator('select[name="district"]').selectOption("洪山区");
  await dept.locator('textarea[name="expectedOutcome"]').fill("平均待闸时间缩短 20%");
  await dept.locator('input[name="contactName"]').fill("船闸旅程联系人");
  await dept.locator('input[name="contactPhone"]').fill(DEPT_PHONE);
  await dept.locator('input[name="contactEmail"]').fill(DEPT_EMAIL);
  await dept.getByRole("button", { name: "保存草稿" }).click();
  await expect(dept).toHaveURL(/\/my\/supply-demand\/D-\d{4}-\d{4}(\?.*)?$/);
  const code = new URL(dept.url()).pathname.split("/").pop()!;
  await hydrated(dept);
  await dept.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(dept.locator("main")).toContainText("待审核");

  // The 洪山区 reviewer approves it.
  const district = await signedIn(browser, "district@demo.local");
  await district.goto("/staff/supply-demand/review");
  await expect(district.getByRole("link", { name: new RegExp(code) }).first()).toBeVisible();
  await district.goto(`/staff/supply-demand/review/${code}`);
  await hydrated(district);
  await district.getByRole("button", { name: "通过并发布" }).click();
  // The action's answer, not the button's disappearing (it goes while the request is still in flight).
  await expect(district.getByRole("status")).toContainText("已通过，条目已发布。");
  await expect(district.getByRole("button", { name: "通过并发布" })).toHaveCount(0);
  await district.goto(`/supply-demand/${code}`);
  await expect(district.locator("h1")).toContainText(TITLE);

  // Staff compose a batch with it; a second staff member signs and publishes it.
  await admin.goto("/staff/supply-demand/batches");
  await hydrated(admin);
  await admin.getByRole("button", { name: /^新建 \d{4} 年度批次$/ }).click();
  await expect(admin).toHaveURL(/\/staff\/supply-demand\/batches\/\d+$/);
  const batchPath = new URL(admin.url()).pathname;
  await hydrated(admin);
  await admin.getByLabel(new RegExp(code)).check();
  await admin.getByRole("button", { name: "加入所选项目" }).click();
  await expect(admin.locator("main")).toContainText(TITLE);
  const approver = await signedIn(browser, "approver@demo.local");
  await approver.goto(batchPath);
  await hydrated(approver);
  await approver.getByRole("button", { name: "签发并发布" }).click();
  await expect(approver.getByRole("status").filter({ hasText: "批次已发布" })).toBeVisible();
  await expect(approver.getByRole("button", { name: "签发并发布" })).toHaveCount(0);
  const year = code.slice(2, 6);
  await approver.goto(`/supply-demand/lists/${year}`);
  await expect(approver.locator("main")).toContainText(TITLE);

  // A supplier finds it by a Traditional-script query; no contact is shown yet.
  const alpha = await signedIn(browser, "alpha@demo.local");
  await alpha.goto(`/supply-demand?q=${encodeURIComponent(TRADITIONAL_QUERY)}`);
  await alpha.locator(`a[href="/supply-demand/${code}"]`).first().click();
  await expect(alpha).toHaveURL(new RegExp(`/supply-demand/${code}$`));
  await expect(alpha.locator("h1")).toContainText(TITLE);
  expect(await alpha.content()).not.toContain(DEPT_PHONE);
  await alpha.goto(`/supply-demand/${code}/interest`);
  await hydrated(alpha);
  await alpha.getByLabel(/留言/).fill("我们有船舶调度仿真产品，希望参与。");
  await alpha.getByRole("button", { name: "发送意向" }).click();
  await expect(alpha.getByRole("status")).toContainText("意向已发出");
  const expressionPath = new URL(alpha.url()).pathname;
  expect(await alpha.content()).not.toContain(DEPT_PHONE);

  // The department accepts; both now see each other's contacts.
  await dept.goto(expressionPath);
  await hydrated(dept);
  await dept.getByRole("button", { name: "接受" }).click();
  await expect(dept.getByRole("status")).toContainText("已接受");
  await expect(dept.locator(".sd-contact")).toHaveCount(2);
  await expect(dept.locator(".sd-contact").filter({ hasText: "alpha@demo.local" })).toHaveCount(1);
  await alpha.goto(expressionPath);
  await hydrated(alpha);
  await expect(alpha.locator(".sd-contact")).toHaveCount(2);
  await expect(alpha.locator("main")).toContainText(DEPT_PHONE);
  await expect(alpha.locator("main")).toContainText(DEPT_EMAIL);

  // The supplier records the contract; the statistics count it.
  await alpha.getByLabel("结果类型").selectOption("contract");
  await alpha.getByLabel("合同金额（元）").fill("120万元");
  await alpha.getByLabel("签约日期").fill("2026-11-28");
  await alpha.getByRole("button", { name: "记录结果" }).click();
  await expect(alpha.getByRole("status")).toContainText("对接结果已记录");
  await expect(alpha.locator(".sd-outcomes")).toContainText("¥1,200,000.00");
  expect(await contractCount(admin)).toBe(contractsBefore + 1);
  await admin.screenshot({ path: testInfo.outputPath("sd-stats-1280-zh.png"), fullPage: true });
});
