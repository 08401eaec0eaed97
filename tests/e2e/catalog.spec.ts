import { expect, test } from "./fixtures";
import { createDraftList, fillNewTaskForm, signIn } from "./helpers";

test("staff create a list, add a task, publish; a signed-out visitor sees the task", async ({
  page,
  browser,
}, testInfo) => {
  const year = String(2090 + testInfo.retry);
  await signIn(page, "admin@demo.local");
  await expect(page.getByRole("link", { name: "管理后台" })).toBeVisible();
  await createDraftList(page, { title: `${year}年端到端测试榜单`, year });
  await fillNewTaskForm(page, {
    title: "端到端：城市道路病害智能识别",
    domain: "ai",
    demandUnit: "某区城市管理部门",
    district: "武昌区",
    scenarioNeed: "利用巡查车辆视频自动识别坑槽、裂缝等道路病害。\n\n- 覆盖主干道\n- 自动派单",
    goals: "病害识别准确率不低于 90%。",
    indicators: [
      { name: "识别准确率", target: "≥90%", measurement: "第三方测试", weight: "60" },
      { name: "派单时效", target: "≤10分钟", measurement: "系统日志", weight: "30" },
    ],
    investmentYuan: "2800000",
    contactName: "赵工",
    contactPhone: "027-86668888",
  });
  await page.getByLabel("揭榜截止时间").fill(`${year}-06-30T17:00`);
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByText("考核指标权重之和应为 100，当前为 90")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("task-form-error.png"), fullPage: true });
  await page.getByLabel("权重").nth(1).fill("40");
  await page.getByRole("button", { name: "保存为草稿" }).click();

  await expect(page.getByText("草稿预览：公众尚不可见。")).toBeVisible();
  const code = `${year}-AI-001`;
  await expect(page.getByText(code).first()).toBeVisible();
  await page
    .getByRole("link", { name: `${year}年端到端测试榜单` })
    .first()
    .click();
  await page.getByRole("button", { name: "发布榜单" }).click();
  await expect(page.getByText("榜单已发布，1 项任务已开放揭榜。")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("staff-list-published.png"), fullPage: true });

  const visitor = await browser.newContext({ locale: "zh-CN" });
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/tasks/${code}`);
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("端到端：城市道路病害智能识别");
  await expect(publicPage.getByText("揭榜中")).toBeVisible();
  await expect(publicPage.getByText("¥2,800,000.00")).toBeVisible();
  await expect(publicPage.getByRole("cell", { name: "派单时效" })).toBeVisible();
  await expect(publicPage.getByRole("listitem").filter({ hasText: "自动派单" })).toBeVisible();
  await publicPage.screenshot({ path: testInfo.outputPath("public-task.png"), fullPage: true });
  await publicPage.emulateMedia({ media: "print" });
  await publicPage.screenshot({ path: testInfo.outputPath("public-task-print.png"), fullPage: true });
  await visitor.close();
});

test("the public home shows the current list, counts by domain and deadlines closing soon", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "本年度榜单" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "即将截止" })).toBeVisible();
  await expect(page.locator(".closing-soon li").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
  await page.getByRole("link", { name: "榜单", exact: true }).click();
  await expect(
    page.getByRole("cell", { name: "2023年武汉市数字经济应用场景揭榜挂帅榜单（演示）" }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("lists.png"), fullPage: true });
});
