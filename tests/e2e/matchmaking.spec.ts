import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoEventId, hydrated, signedIn } from "./helpers";

/**
 * The matchmaking conference end to end (issue 14): two organizations register, staff validate them, one asks for
 * a meeting from the participant list, the other accepts with "first free", both agendas show the same table and
 * slot, the .ics downloads with Shanghai times, staff check an attendee in by the code on the agenda, and feedback
 * with a contract raises the statistics. The journey's own meeting lies in the future and cannot have been held
 * yet, so the contract is given on a meeting of yesterday's demo programme (beta's first one waiting for feedback).
 */

const JIANGHAN = "武汉市江汉区城市管理执法局（演示）";
const EMERGENCY = "武汉市应急管理局（演示）";

async function register(page: Page, eventId: number, attendee: string, phone: string) {
  await page.goto(`/events/${eventId}/register`);
  await hydrated(page);
  await page.locator('input[name="name1"]').fill(attendee);
  await page.locator('input[name="jobTitle1"]').fill("信息化处处长");
  await page.locator('input[name="phone1"]').fill(phone);
  await page.locator('input[name="email1"]').fill(`${phone}@example.cn`);
  const items = page.locator('input[name="itemIds"]');
  if ((await items.count()) > 0) await items.first().check();
  await page.getByRole("button", { name: "提交报名" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/register\\?done=created$`));
  await expect(page.locator("main")).toContainText("待审核");
}

async function contracts(staff: Page, eventId: number): Promise<number> {
  const csv = await staff.request.get(`/staff/events/${eventId}/stats.csv`);
  expect(csv.status()).toBe(200);
  return Number(/outcomes,contracts,(\d+)/.exec(await csv.text())?.[1]);
}

/** The time and table of the agenda's meeting with `counterpart`. */
async function agendaLine(page: Page, eventId: number, counterpart: string) {
  await page.goto(`/my/events/${eventId}/agenda`);
  const row = page.locator("tbody tr", { hasText: counterpart });
  await expect(row).toHaveCount(1);
  const cells = row.locator("td");
  return { time: await cells.nth(0).innerText(), table: await cells.nth(1).innerText() };
}

test("two organizations register, meet at the first free table, check in, and a contract counts", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const admin = await signedIn(browser, "admin@demo.local");
  const eventId = await demoEventId(admin);
  const contractsBefore = await contracts(admin, eventId);

  const jianghan = await signedIn(browser, "dept-jianghan@demo.local");
  await register(jianghan, eventId, "江一帆", "13900002001");
  const emergency = await signedIn(browser, "dept-emergency@demo.local");
  await register(emergency, eventId, "应思远", "13900002002");

  // Staff validate both.
  await admin.goto(`/staff/events/${eventId}/registrations`);
  await hydrated(admin);
  for (const name of [JIANGHAN, EMERGENCY]) {
    const row = admin.locator("li, tr, article, section").filter({ hasText: name }).last();
    await row.getByRole("button", { name: "通过", exact: true }).click();
    await expect(admin.getByRole("status")).toContainText("已通过该报名。");
  }

  // 江汉 finds 应急管理局 in the participant list and asks its attendee for a meeting.
  // The participant search is updated by the outbox relay a moment after the validation: look again until it is.
  const attendeeLink = jianghan.getByRole("link", { name: /应思远/ });
  await expect(async () => {
    await jianghan.goto(`/events/${eventId}/participants?q=${encodeURIComponent("应急管理局")}`);
    await expect(attendeeLink).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await attendeeLink.click();
  await expect(jianghan).toHaveURL(new RegExp(`/my/events/${eventId}/meetings/new\\?to=\\d+`));
  await hydrated(jianghan);
  await jianghan.locator('textarea[name="message"]').fill("希望就城市内涝与执法联动平台交流（旅程测试）。");
  await jianghan.getByRole("button", { name: "发送请求" }).click();
  await expect(jianghan.locator("main")).toContainText("旅程测试");

  // 应急管理局 accepts with the first slot free for both.
  await emergency.goto(`/my/events/${eventId}/meetings`);
  await hydrated(emergency);
  const request = emergency.locator("li, article, section").filter({ hasText: "旅程测试" }).last();
  await expect(request.getByRole("combobox", { name: "选择时段" })).toHaveValue("first");
  await request.getByRole("button", { name: "接受并排期" }).click();
  await expect(emergency.getByRole("status")).toContainText("已接受，洽谈已排期。");

  // Both agendas: the same slot at the same table.
  const mine = await agendaLine(jianghan, eventId, EMERGENCY);
  const theirs = await agendaLine(emergency, eventId, JIANGHAN);
  expect(mine.table).toMatch(/^A\d{2}$/);
  expect(theirs).toEqual(mine);
  await jianghan.screenshot({ path: testInfo.outputPath("journey-agenda-1280-zh.png"), fullPage: true });

  // The calendar file: a VEVENT with the counterpart, in Shanghai time.
  const [download] = await Promise.all([
    jianghan.waitForEvent("download"),
    jianghan.getByRole("link", { name: "下载日历文件（.ics）" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString());
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}/);
  expect(ics).toContain("应急管理局");
  const clock = /(\d{2}:\d{2})/.exec(mine.time)![1]!.replace(":", "");
  expect(ics).toMatch(new RegExp(`DTSTART;TZID=Asia/Shanghai:\\d{8}T${clock}00`));

  // Check-in by the code printed under the agenda's QR code.
  await jianghan.goto(`/my/events/${eventId}/agenda`);
  const code = (await jianghan.locator(".mm-code").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{8}$/);
  await admin.goto(`/staff/events/${eventId}/check-in`);
  await hydrated(admin);
  await admin.getByRole("textbox", { name: "签到码" }).fill(code.toLowerCase());
  await admin.getByRole("button", { name: "签到", exact: true }).click();
  await expect(admin.getByRole("status")).toContainText("江一帆");
  await expect(admin.getByRole("status")).toContainText("签到成功");

  // Feedback with a contract on a meeting already held, and the statistics follow.
  const beta = await signedIn(browser, "beta@demo.local");
  await beta.goto(`/my/events/${eventId}/feedback`);
  await hydrated(beta);
  const form = beta.locator("section.mm-fb-meeting:not(:has(details)) form.mm-fb-form").first();
  await form.getByLabel("已签约").check();
  await form.getByLabel("有帮助", { exact: true }).check();
  await form.getByLabel("合同金额（元）").fill("120万元");
  await form.getByLabel("签约日期").fill("2026-12-02");
  await form.getByRole("button", { name: "提交反馈" }).click();
  await expect(beta.getByRole("status")).toContainText("反馈已保存");
  expect(await contracts(admin, eventId)).toBe(contractsBefore + 1);
  await admin.goto(`/staff/events/${eventId}/stats`);
  await admin.screenshot({ path: testInfo.outputPath("journey-stats-1280-zh.png"), fullPage: true });
});
