import { expect, test } from "./fixtures";
import { hydrated } from "./helpers";

test("search as you type in Traditional script, facets, URL state and the back button", async ({
  page,
}, testInfo) => {
  await page.goto("/tasks");
  await hydrated(page); // typing before hydration would not search
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("检索场景任务");
  const total = await page.getByText(/共 \d+ 项任务/).textContent();

  await page.getByRole("searchbox", { name: "关键词" }).pressSequentially("醫療", { delay: 50 });
  await expect(page).toHaveURL(/q=%E9%86%AB%E7%99%82|q=醫療/);
  await expect(page.locator(".result-list mark").first()).toHaveText("医疗");
  const filtered = await page.getByText(/共 \d+ 项任务/).textContent();
  expect(filtered).not.toBe(total);
  await page.screenshot({ path: testInfo.outputPath("search-traditional.png"), fullPage: true });

  const domainBox = page.locator('.facets input[name="domain"]').first();
  await domainBox.check();
  await expect(page).toHaveURL(/domain=/);
  await page.screenshot({ path: testInfo.outputPath("search-facet.png"), fullPage: true });

  await page.goBack();
  await expect(page).not.toHaveURL(/domain=/);
  await expect(page).toHaveURL(/q=/);

  await page.getByRole("searchbox", { name: "关键词" }).fill("完全不存在的关键词");
  await expect(page.getByText("没有找到与“完全不存在的关键词”匹配的任务。")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("search-empty.png"), fullPage: true });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page is a plain GET form", async ({ page }) => {
    await page.goto("/tasks");
    await page.getByRole("searchbox", { name: "关键词" }).fill("区块链");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/\/tasks\?q=/);
    await expect(page.locator(".result-list mark").first()).toHaveText("区块链");
  });
});
