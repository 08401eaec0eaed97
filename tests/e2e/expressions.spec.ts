import { expect, test } from "./fixtures";
import { hydrated, signIn } from "./helpers";

/**
 * Expressions of interest in the browser: alpha expresses interest in a department's demand, naming its supply;
 * no contact is shown before the department accepts; afterwards both see each other's; alpha records a contract
 * with its signed PDF.
 */

function tinyPdf(): Buffer {
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
    ].join("\n"),
  );
}

test("express interest, accept, see contacts, record a contract", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const alpha = await (await browser.newContext()).newPage();
  await signIn(alpha, "alpha@demo.local");
  await expect(alpha.getByRole("button", { name: "退出" })).toBeVisible();
  // The demand the water department declined alpha's earlier expression for: alpha tries again.
  await alpha.goto("/my/expressions?tab=sent");
  await alpha
    .locator("tr", { has: alpha.locator(".sdx-status-declined") })
    .getByRole("link")
    .first()
    .click();
  const demandPath = await alpha
    .locator("a[href^='/supply-demand/D-']")
    .first()
    .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
  await alpha.goto(`${demandPath}/interest`);
  await hydrated(alpha);
  await alpha.getByLabel(/留言/).fill("我们的方案已升级，希望再次沟通。");
  await alpha.getByLabel("附上贵单位的条目（选填）").selectOption({ index: 1 });
  await alpha.getByRole("button", { name: "发送意向" }).click();
  await expect(alpha.getByRole("status")).toContainText("意向已发出");
  await expect(alpha.locator("h1")).toContainText("待回复");
  await expect(alpha.getByText("联系方式在条目单位接受意向后才对双方显示")).toBeVisible();
  expect(await alpha.locator(".sd-contact").count()).toBe(1); // alpha's own contact only
  const expressionPath = new URL(alpha.url()).pathname;

  const water = await (await browser.newContext()).newPage();
  await signIn(water, "dept-water@demo.local");
  await expect(water.getByRole("button", { name: "退出" })).toBeVisible();
  await water.goto(expressionPath);
  await hydrated(water);
  expect(await water.locator(".sd-contact").count()).toBe(1); // its own item's contact only
  await water.getByLabel("说明（选填，对方可见）").fill("欢迎来局里交流。");
  await water.getByRole("button", { name: "接受" }).click();
  await expect(water.getByRole("status")).toContainText("已接受");
  await expect(water.locator(".sd-contact")).toHaveCount(2);
  await water.setViewportSize({ width: 1280, height: 900 });
  await water.screenshot({
    path: testInfo.outputPath("expression-accepted-owner-1280-zh.png"),
    fullPage: true,
  });

  await alpha.goto(expressionPath);
  await hydrated(alpha);
  await expect(alpha.locator(".sd-contact")).toHaveCount(2);
  await expect(alpha.getByText("欢迎来局里交流。")).toBeVisible();
  await alpha.getByLabel("结果类型").selectOption("contract");
  await alpha.getByLabel("合同金额（元）").fill("86.5万元");
  await alpha.getByLabel("签约日期").fill("2026-11-20");
  await alpha.getByLabel("合同扫描件（PDF，选填）").setInputFiles({
    name: "合同.pdf",
    mimeType: "application/pdf",
    buffer: tinyPdf(),
  });
  await alpha.getByRole("button", { name: "记录结果" }).click();
  await expect(alpha.getByRole("status")).toContainText("对接结果已记录");
  const outcomes = alpha.locator(".sd-outcomes");
  await expect(outcomes).toContainText("¥865,000.00");
  const file = outcomes.getByRole("link", { name: "合同.pdf" });
  await expect(file).toBeVisible();
  // The other side may open the signed contract.
  const href = await file.getAttribute("href");
  expect((await water.request.get(href!)).status()).toBe(200);
  await alpha.screenshot({
    path: testInfo.outputPath("expression-contract-sender-390-zh.png"),
    fullPage: true,
  });
});
