import { expect, test } from "./fixtures";
import { hydrated } from "./helpers";

/** Issue 13, part "search": /supply-demand behaves like /tasks (as you type, URL state, facets, no JavaScript). */

const COUNT = /共 \d+ 条供需信息/;

/** Two Chinese characters of the first result's title: a word the demo data certainly holds. */
async function wordOfFirstTitle(page: import("@playwright/test").Page): Promise<string> {
  const title = (await page.locator(".result-list h2").first().textContent()) ?? "";
  const han = [...title].filter((c) => /\p{Script=Han}/u.test(c));
  expect(han.length, title).toBeGreaterThanOrEqual(2);
  return han.slice(0, 2).join("");
}

test("supply & demand: search as you type, facets, URL state and the back button", async ({
  page,
}, testInfo) => {
  await page.goto("/supply-demand");
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("供需对接");
  const total = await page.getByText(COUNT).textContent();
  const word = await wordOfFirstTitle(page);

  await page.getByRole("searchbox", { name: "关键词" }).pressSequentially(word, { delay: 50 });
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  await expect(page.locator(".result-list mark").first()).toHaveText(word);

  const kindBox = page.locator('.facets input[name="kind"]').first();
  await kindBox.check();
  await expect(page).toHaveURL(/kind=/);
  await expect(page.locator(".facet-drawer > summary")).toContainText("(1)");
  await page.screenshot({ path: testInfo.outputPath("sd-search-facet.png"), fullPage: true });

  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page).toHaveURL(/q=/);

  await page.getByRole("searchbox", { name: "关键词" }).fill("完全不存在的关键词");
  await expect(page.getByText("没有找到与“完全不存在的关键词”匹配的供需信息。")).toBeVisible();
  await page.getByRole("link", { name: "清除全部条件" }).click();
  await expect(page.getByText(COUNT)).toHaveText(total!);
});

test.describe("supply & demand without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page is a plain GET form, filters included", async ({ page }) => {
    await page.goto("/supply-demand");
    const word = await wordOfFirstTitle(page);
    await page.getByRole("searchbox", { name: "关键词" }).fill(word);
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/\/supply-demand\?q=/);
    await expect(page.locator(".result-list mark").first()).toHaveText(word);
    await page.locator('.facets input[name="kind"]').first().check();
    await page.getByRole("button", { name: "应用筛选" }).click();
    await expect(page).toHaveURL(/kind=/);
    await expect(page).toHaveURL(/q=/);
    await expect(page.locator(".result-list > li").first()).toBeVisible();
  });
});
