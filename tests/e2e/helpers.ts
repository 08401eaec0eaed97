/** What several browser journeys do the same way: signing in, waiting for hydration, the staff catalog forms. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDataDir } from "./servers";

/** Where this worker's app under test writes mail (MAIL_DIR in playwright.config.ts). */
function mailDir(): string {
  return path.join(e2eDataDir(test.info().parallelIndex), "mail");
}

/** The path of the verification link mailed to `email`, once the mail is there. */
export async function verificationLinkFor(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      let names: string[] = [];
      try {
        names = readdirSync(mailDir()).filter((name) => name.endsWith(".eml"));
      } catch {
        return undefined;
      }
      for (const name of names.sort()) {
        const eml = readFileSync(path.join(mailDir(), name), "utf8");
        if (!new RegExp(`^To: ${email.replace(/[.+]/g, "\\$&")}\r?$`, "m").test(eml)) continue;
        link = /https?:\/\/[^\s/]+(\/verify-email\/[\w-]+)/.exec(eml)?.[1] ?? link;
      }
      return link;
    })
    .toBeTruthy();
  return link!;
}

/** The password of every demo account (README, "Demo accounts"). */
export const DEMO_PASSWORD = "demo-password";

/** Fills in and sends the sign-in form; where it leads is for the caller to check. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** A signed-in page of a demo account, in a browser context of its own (cookies are per context). */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
  return page;
}

/** Resolves once React has hydrated the page (before that, client-side behaviour is not there yet). */
export async function hydrated(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
}

/** Staff create a draft list under the demo policy and land on its page. */
export async function createDraftList(page: Page, { title, year }: { title: string; year: string }) {
  await page.goto("/staff/lists");
  await page.getByLabel("榜单名称").fill(title);
  await page.getByLabel("年度").fill(year);
  await page.getByLabel("政策依据").selectOption("DEMO-2026");
  await page.getByRole("button", { name: "创建榜单（草稿）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

export interface TaskFormInput {
  title: string;
  domain: string;
  demandUnit: string;
  district: string;
  scenarioNeed: string;
  goals: string;
  indicators: { name: string; target: string; measurement: string; weight: string }[];
  investmentYuan: string;
  contactName: string;
  contactPhone: string;
}

/**
 * From a list's page: opens the new-task form and fills it in, all but the bid deadline (left to the caller,
 * who may need it computed at the last moment) and without saving.
 */
export async function fillNewTaskForm(page: Page, task: TaskFormInput) {
  await page.getByRole("link", { name: "新增任务" }).click();
  await page.getByLabel("任务名称").fill(task.title);
  await page.getByLabel("领域").selectOption(task.domain);
  await page.getByLabel("需求单位").fill(task.demandUnit);
  await page.getByLabel("所在区").selectOption(task.district);
  await page.getByLabel("场景需求", { exact: true }).fill(task.scenarioNeed);
  await page.getByLabel("攻关目标").fill(task.goals);
  await page.getByLabel("揭榜条件").fill("在武汉市注册的独立法人单位或联合体。");
  for (const [i, indicator] of task.indicators.entries()) {
    if (i > 0) await page.getByRole("button", { name: "添加指标" }).click();
    await page.getByLabel(`指标名称 ${i + 1}`).fill(indicator.name);
    await page.getByLabel("目标值").nth(i).fill(indicator.target);
    await page.getByLabel("考核方式").nth(i).fill(indicator.measurement);
    await page.getByLabel("权重").nth(i).fill(indicator.weight);
  }
  await page.getByLabel("预计总投资（元）").fill(task.investmentYuan);
  await page.getByLabel("联系人", { exact: true }).fill(task.contactName);
  await page.getByLabel("联系电话").fill(task.contactPhone);
}

/**
 * The demo conference's id, from the public list of events (a fresh demo database holds the one demo event).
 * Asked outside any page, so a missing list is a failed assertion rather than a page error.
 */
export async function demoEventId(page: Page): Promise<number> {
  const response = await page.request.get("/events");
  expect(response.status(), "the public list of events").toBe(200);
  const found = /href="\/events\/(\d+)"/.exec(await response.text());
  expect(found, "the demo conference is listed").not.toBeNull();
  return Number(found![1]);
}
