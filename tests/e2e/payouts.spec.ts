import { expect, test } from "./fixtures";
import { hydrated, signIn, signedIn } from "./helpers";

/**
 * Issue 15, the bank rail: alpha's part of the 2023 award it won with beta (left pending by the demo) is paid by
 * two finance staff — finance@ builds the batch, exports it for the treasury and records the bank reference with
 * the voucher PDF; finance2@ confirms — and alpha sees 已拨付 on its project page.
 */
test("an approved award is paid through the bank rail by two staff", async ({ page, browser }) => {
  await signIn(page, "finance@demo.local");
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
  await page.goto("/staff/payouts?status=pending_ready");
  await hydrated(page);
  const row = page.getByRole("row").filter({ hasText: "2023-AI-001" });
  await expect(row).toHaveCount(1);
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "用所选款项组成支付批次" }).click();
  await expect(page).toHaveURL(/\/staff\/payouts\/batches\/\d+$/);
  const batchPath = new URL(page.url()).pathname;
  await hydrated(page);

  await page.getByRole("button", { name: "导出并提交国库支付" }).click();
  await expect(page.getByText("批次已导出。")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Excel（国库支付文件）" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  await page.getByLabel("银行流水号").fill("GK20261205E2E01");
  await page.getByLabel("银行回单（PDF）").setInputFiles({
    name: "回单.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% voucher\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "登记已支付" }).click();
  await expect(page.getByText("已登记，等待另一位财务人员复核。")).toBeVisible();
  // The recorder is not offered the confirmation (two-person rule).
  await expect(page.getByRole("button", { name: "复核确认已拨付" })).toHaveCount(0);
  await expect(page.getByText("这笔由您登记，须由另一位财务人员复核。")).toBeVisible();

  const checker = await signedIn(browser, "finance2@demo.local");
  await checker.goto(batchPath);
  await hydrated(checker);
  await checker.getByRole("button", { name: "复核确认已拨付" }).click();
  await expect(checker.getByText("已确认拨付。")).toBeVisible();
  await expect(checker.getByText("已结清")).toBeVisible();

  const alpha = await signedIn(browser, "alpha@demo.local");
  await alpha.goto("/org/bank-account");
  await hydrated(alpha);
  await expect(alpha.getByText("GK20261205E2E01")).toBeVisible();
  await alpha.getByRole("link", { name: "2023-AI-001" }).click();
  await expect(alpha).toHaveURL(/\/projects\/\d+$/);
  const payment = alpha.locator("section", { has: alpha.getByRole("heading", { name: "奖励拨付" }) });
  await expect(payment).toContainText("已拨付");
});
