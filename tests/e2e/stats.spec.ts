import type { Page } from "@playwright/test";
import { STATS_CHART_IDS } from "../../app/domain/stats";
import { expect, test } from "./fixtures";
import { hydrated, signIn } from "./helpers";

/**
 * Issue 16, the programme dashboard: every chart is drawn (an SVG from the server) with JavaScript on and off,
 * a chart's data table holds the numbers of its CSV, hovering a bar reads its value out, and staff can narrow
 * the figures by district. The demo data gives every chart something to draw.
 */

async function expectEveryChart(page: Page) {
  for (const id of STATS_CHART_IDS) {
    const chart = page.locator(`section[data-chart="${id}"]`);
    await expect(chart.locator("h2"), id).toBeVisible();
    const svg = chart.locator('[role="img"] svg');
    await expect(svg, id).toBeVisible();
    // Scaled to its card (a phone's 390 px included), never wider.
    const [svgBox, cardBox] = [await svg.boundingBox(), await chart.boundingBox()];
    expect(svgBox!.width, id).toBeGreaterThan(100);
    expect(svgBox!.x + svgBox!.width, id).toBeLessThanOrEqual(cardBox!.x + cardBox!.width + 1);
    await expect(chart.locator("[ecmeta_ssr_type='chart']").first(), id).toBeAttached();
  }
}

/** The table under a chart, as the CSV's lines would read: the row key's label, then the cells as shown. */
async function tableRows(page: Page, id: string): Promise<string[][]> {
  const chart = page.locator(`section[data-chart="${id}"]`);
  await chart.locator("summary").click();
  return chart
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent!.trim())),
    );
}

async function csvRows(page: Page, id: string): Promise<string[][]> {
  const href = await page.locator(`section[data-chart="${id}"] a[download]`).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return (await response.text())
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => line !== "")
    .slice(1)
    .map((line) => line.split(","));
}

test("every chart is drawn with JavaScript on, and a bar reads out its value", async ({ page }) => {
  await page.goto("/stats");
  await hydrated(page);
  await expectEveryChart(page);
  // The bids chart: one series of positive averages, so every bar has an area to point at.
  const chart = page.locator('section[data-chart="bids"]');
  await expect(chart.locator("figcaption")).toContainText("指针");
  await chart.locator("[ecmeta_ssr_type='chart']").first().hover();
  await expect(chart.locator(".stats-chart__readout")).toContainText(/\d{4} · .+: [\d.]+/);
});

test("every chart is drawn with JavaScript off, and its table matches its numbers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/stats");
  await expectEveryChart(page);
  // Counts are shown as they are in the CSV: the tasks chart's table equals its CSV, cell by cell.
  expect(await tableRows(page, "tasks")).toEqual(await csvRows(page, "tasks"));
  expect(await tableRows(page, "consortia")).toEqual(
    (await csvRows(page, "consortia")).map(([size, bids]) => [`${size} 家`, bids!]),
  );
  // Money: the table shows ¥ with separators, the CSV plain yuan.
  const budget = await tableRows(page, "budget");
  const plain = (shown: string) => shown.replace(/[¥,]/g, "");
  expect(budget.map((row) => row.map(plain))).toEqual(await csvRows(page, "budget"));
  await context.close();
});

test("staff narrow the dashboard by district", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
  await page.goto("/stats");
  await hydrated(page);
  const all = await csvRows(page, "tasks");
  const district = page.locator("#stats-district");
  const first = await district.locator("option").nth(1).getAttribute("value");
  await district.selectOption(first!);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/district=/);
  // A district may have no award or no conference yet: the tasks chart is drawn, the others may say "no data".
  await expect(page.locator('section[data-chart="tasks"] [role="img"] svg')).toBeVisible();
  const narrowed = await csvRows(page, "tasks");
  const total = (rows: string[][]) => rows.flatMap((row) => row.slice(1)).reduce((s, v) => s + Number(v), 0);
  expect(total(narrowed)).toBeLessThan(total(all));
  await expect(page.locator('section[data-chart="budget"] .stats-chart__note')).toBeVisible();
});
