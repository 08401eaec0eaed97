import { expect, test } from "./fixtures";
import { usccCheckCharacter } from "../../app/domain/uscc";
import { signIn, verificationLinkFor } from "./helpers";

function freshUscc(): string {
  const first17 = `91420100${String(Date.now() % 1_000_000_000).padStart(9, "0")}`;
  return first17 + usccCheckCharacter(first17);
}

test("a new organization signs up, signs out, signs in again and switches language", async ({
  page,
}, testInfo) => {
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("揭榜人");
  await page.getByRole("link", { name: "单位注册" }).first().click();

  await expect(page.getByText("带 * 的为必填项")).toBeVisible();
  await expect(page.getByLabel("单位名称")).toHaveAttribute("aria-required", "true");
  await expect(page.getByLabel("单位类型")).toHaveAttribute("aria-required", "true");
  await page.getByLabel("单位名称").fill("武汉端到端测试科技有限公司");
  await page.getByLabel("单位类型").selectOption("enterprise");
  await page.getByLabel("所在区").selectOption("洪山区");
  await page.getByLabel("统一社会信用代码").fill("91350100M000100Y44");
  await page.getByLabel("联系电话").fill("027-88889999");
  await page.getByLabel("姓名").fill("周测试");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill("password12");
  // Blurred first: its error appearing under the field must not move the button from under the click.
  await page.getByLabel("密码").blur();
  await page.getByRole("button", { name: "注册" }).click();
  // Every problem at once: the check character, the empty contact and the common password.
  await expect(page.getByText("统一社会信用代码校验位不正确")).toBeVisible();
  await expect(page.locator("#signup-contactName-error")).toHaveText("此项必填");
  await expect(page.locator("#signup-password-error")).toContainText("这个密码太常见");
  await page.screenshot({ path: testInfo.outputPath("signup-error.png"), fullPage: true });

  await page.getByLabel("统一社会信用代码").fill(freshUscc());
  await page.getByLabel("联系人").fill("周测试");
  await page.getByLabel("密码").fill("e2e-password-123");
  await page.getByRole("button", { name: "注册" }).click();
  // The same answer whether or not the address has an account: the owner proves it by the mailed link.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查收邮件");
  await expect(page.getByRole("status")).toContainText(`我们已向 ${email} 发送了一封邮件`);
  await page.goto(await verificationLinkFor(email));
  await expect(page.getByRole("status")).toContainText(`邮箱 ${email} 已验证`);
  await page.getByRole("link", { name: "登录继续" }).click();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill("e2e-password-123");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/org$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("武汉端到端测试科技有限公司");
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
  await signIn(page, email, "e2e-password-123");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的工作台");
  await expect(page.getByText("本单位还没有揭榜")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Hello, 周测试 (武汉端到端测试科技有限公司).")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home-en.png"), fullPage: true });
  await page.getByRole("link", { name: "Organization" }).click();
  await expect(page.getByRole("columnheader", { name: "Email" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("organization-en.png"), fullPage: true });
});

test("demo accounts sign in: staff reach the console, an owner is refused it", async ({
  page,
  allowHttpError,
}, testInfo) => {
  allowHttpError({
    status: 403,
    url: /^\/staff$/,
    why: "an organization owner is refused the staff console",
  });
  await signIn(page, "admin@demo.local");
  await page.getByRole("link", { name: "管理后台" }).click();
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "武汉阿尔法智能科技有限公司（演示）" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("staff-console.png"), fullPage: true });
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();

  await signIn(page, "alpha@demo.local");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的工作台");
  await expect(page.locator("p.lead")).toContainText("李阿尔（演示）");
  await expect(page.getByRole("link", { name: "管理后台" })).toHaveCount(0);
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});
