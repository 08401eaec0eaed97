import { expect, test } from "./fixtures";
import { utcToShanghaiLocal } from "../../app/domain/time";
import { usccCheckCharacter } from "../../app/domain/uscc";
import { createDraftList, fillNewTaskForm, hydrated, signedIn } from "./helpers";

const ALPHA = "武汉阿尔法智能科技有限公司（演示）";
const BETA = "武汉贝塔工业互联网有限公司（演示）";
/** app/server/demo/seed.server.ts gives the beta organization makeUscc(100000002) (app/server/demo/factories.server.ts). */
const BETA_USCC = "91420100100000002" + usccCheckCharacter("91420100100000002");
const YEAR = "2091";
const LIST_TITLE = `${YEAR}年端到端揭榜测试榜单`;
const TASK_TITLE = "端到端：工业园区能耗智能监测";
/** Minutes between the next whole minute and the bid deadline: the bid must be submitted within this window. */
const BIDDING_MINUTES = 1;

/** The deadline as a datetime-local value in Shanghai time: the next whole minute plus BIDDING_MINUTES. */
function shortDeadline(): { local: string; at: Date } {
  const minute = 60_000;
  const at = new Date((Math.floor(Date.now() / minute) + 1 + BIDDING_MINUTES) * minute);
  return { local: utcToShanghaiLocal(at, "T"), at };
}

/** A tiny but well-formed PDF: the server sniffs "%PDF-" at the start and "%%EOF" at the end. */
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

test("alpha and beta bid as a consortium, staff select it after the deadline, the public notice shows it", async ({
  browser,
  allowHttpError,
}, testInfo) => {
  test.setTimeout(240_000);
  allowHttpError({
    status: 400,
    url: /^\/bids\/\d+\.data(\?.*)?$/,
    why: "a consortium share of 150 % is refused beside its row",
  });

  /* ---------- staff: a list with one task whose bidding closes in a minute or two ---------- */
  const staff = await signedIn(browser, "admin@demo.local");
  await createDraftList(staff, { title: LIST_TITLE, year: YEAR });
  await fillNewTaskForm(staff, {
    title: TASK_TITLE,
    domain: "ai",
    demandUnit: "某开发区管委会",
    district: "武昌区",
    scenarioNeed: "对园区企业的水、电、气数据进行实时监测与异常预警。",
    goals: "异常用能识别准确率不低于 95%。",
    indicators: [
      { name: "异常识别准确率", target: "≥95%", measurement: "第三方测试", weight: "70" },
      { name: "接入企业数", target: "≥200家", measurement: "平台数据核验", weight: "30" },
    ],
    investmentYuan: "3000000",
    contactName: "钱工",
    contactPhone: "027-86660000",
  });
  const deadline = shortDeadline(); // computed last, so the form is saved well before that minute
  await staff.getByLabel("揭榜截止时间").fill(deadline.local);
  await staff.getByRole("button", { name: "保存为草稿" }).click();
  await expect(staff.getByText("草稿预览：公众尚不可见。")).toBeVisible();
  await expect(staff).toHaveURL(/\/staff\/tasks\/[^/]+$/);
  const code = decodeURIComponent(new URL(staff.url()).pathname.split("/").pop()!);
  expect(code).toBe(`${YEAR}-AI-001`);
  await staff.getByRole("link", { name: LIST_TITLE }).first().click();
  await staff.getByRole("button", { name: "发布榜单" }).click();
  await expect(staff.getByText("榜单已发布，1 项任务已开放揭榜。")).toBeVisible();

  /* ---------- alpha: starts a bid and invites beta ---------- */
  const alpha = await signedIn(browser, "alpha@demo.local");
  await alpha.goto(`/tasks/${code}`);
  await alpha.getByRole("button", { name: "我要揭榜" }).click();
  await expect(alpha).toHaveURL(/\/bids\/\d+$/);
  const bidUrl = new URL(alpha.url()).pathname;
  await expect(alpha.getByRole("heading", { level: 1 })).toContainText(ALPHA);
  await expect(alpha.getByRole("heading", { level: 1 })).toContainText("草稿");

  const consortium = alpha.locator("section", { has: alpha.getByRole("heading", { name: "联合体" }) });
  await consortium.getByLabel("按统一社会信用代码或单位名称查找").fill(BETA_USCC);
  await consortium.getByRole("button", { name: "查找" }).click();
  const candidate = consortium.locator("form").filter({ hasText: BETA_USCC });
  await expect(candidate).toContainText(BETA);
  await hydrated(alpha); // the invitation form validates on the client once hydrated
  await candidate.getByLabel("份额（%）").fill("40");
  await candidate.getByLabel("分工").fill("数据采集终端部署与平台集成");
  await candidate.getByRole("button", { name: "邀请" }).click();
  await expect(alpha.getByRole("status").filter({ hasText: "邀请已发送" })).toBeVisible();
  await expect(consortium.getByRole("row").filter({ hasText: BETA })).toContainText("待回复");
  // A pending invitation is a state, not an error: the lead's share was rebalanced to 60 %.
  await expect(consortium.getByText("1 家受邀单位尚未回复邀请")).toBeVisible();
  await expect(alpha.getByText("须恰好为 100%")).toHaveCount(0);
  await expect(consortium.getByText("成员份额合计（含待回复的邀请）：100%（须为 100%）")).toBeVisible();

  /* ---------- beta: sees the invitation among its bids and accepts it ---------- */
  const beta = await signedIn(browser, "beta@demo.local");
  await beta.goto("/bids");
  const invitationRow = beta.getByRole("row").filter({ hasText: code });
  await expect(invitationRow).toContainText(ALPHA);
  await expect(invitationRow).toContainText("待回复");
  await invitationRow.getByRole("link", { name: "联合体邀请" }).click();
  await expect(beta).toHaveURL(new RegExp(`${bidUrl}$`));
  const invitation = beta.locator("section", { has: beta.getByRole("heading", { name: "联合体邀请" }) });
  await expect(invitation).toContainText(
    `${ALPHA} 邀请贵单位作为成员单位参与任务 ${code} ${TASK_TITLE} 的揭榜`,
  );
  await expect(invitation).toContainText("份额 40%");
  await beta.screenshot({ path: testInfo.outputPath("beta-invitation.png"), fullPage: true });
  await invitation.getByRole("button", { name: "接受邀请" }).click();
  await expect(beta.getByRole("status").filter({ hasText: "已接受邀请" })).toBeVisible();
  const betaConsortium = beta.locator("section", { has: beta.getByRole("heading", { name: "联合体" }) });
  await expect(betaConsortium.getByRole("row").filter({ hasText: BETA })).toContainText("已接受");

  /* ---------- alpha: shares 60/40, the content, an attachment; then submits ---------- */
  await alpha.reload();
  await hydrated(alpha);
  const alphaRow = consortium.getByRole("row").filter({ hasText: ALPHA });
  const betaRow = consortium.getByRole("row").filter({ hasText: BETA });
  await expect(betaRow).toContainText("已接受");
  // A share the form cannot take is refused beside that row, in the page's language, the typed value kept.
  await alphaRow.getByLabel("分工").fill("总体方案设计、监测平台开发与项目管理");
  await alphaRow.getByLabel("份额（%）").fill("150");
  await alphaRow.getByRole("button", { name: "更新" }).click();
  await expect(alphaRow.locator(".field-errors")).toContainText("0.01 到 100");
  await expect(alphaRow.getByLabel("份额（%）")).toHaveValue("150");
  await alphaRow.getByLabel("份额（%）").fill("60");
  await alphaRow.getByLabel("分工").fill("总体方案设计、监测平台开发与项目管理");
  await alphaRow.getByRole("button", { name: "更新" }).click();
  await expect(consortium.getByText("成员份额合计（含待回复的邀请）：100%（须为 100%）")).toBeVisible();
  await betaRow.getByLabel("分工").fill("数据采集终端部署、企业接入与运维");
  await betaRow.getByRole("button", { name: "更新" }).click();
  await expect(consortium.getByText("成员份额合计（含待回复的邀请）：100%（须为 100%）")).toBeVisible();
  // Changing an accepted member's terms needs its consent again: beta is back to answering, with the new terms.
  await expect(betaRow).toContainText("待回复");
  await beta.reload();
  await expect(invitation).toContainText("分工：数据采集终端部署、企业接入与运维");
  await invitation.getByRole("button", { name: "接受邀请" }).click();
  await expect(beta.getByRole("status").filter({ hasText: "已接受邀请" })).toBeVisible();
  await alpha.reload();
  await hydrated(alpha);
  await expect(betaRow).toContainText("已接受");

  await alpha.getByLabel("方案摘要").fill("以物联网终端与能耗模型实现园区用能实时监测和异常预警。");
  await alpha.getByLabel("技术路线").fill("边缘采集 + 时序数据库 + 异常检测模型，分三期建设。");
  await alpha.getByLabel("创新点").fill("多能源数据融合建模，支持跨企业对标分析。");
  await alpha.getByLabel("实施基础与条件").fill("牵头单位已在两个园区部署同类平台。");
  await alpha.getByLabel("风险与保障措施").fill("数据接入风险由成员单位负责协调，设专人保障。");
  await alpha.getByLabel("计划总投资（元）").fill("3000000");
  await alpha.getByLabel("投资构成 1").fill("软硬件采购");
  await alpha.getByLabel("金额（元）").first().fill("1800000");
  await alpha.getByLabel("投资构成 2").fill("研发与实施");
  await alpha.getByLabel("金额（元）").nth(1).fill("1200000");
  await alpha.getByLabel("日期 1").fill("2092-06-30");
  await alpha.getByLabel("交付内容").first().fill("平台上线并接入 200 家企业");
  await alpha.getByLabel("姓名 1").fill("李阿尔");
  await alpha.getByLabel("职责").first().fill("项目负责人");
  await alpha.getByLabel("所在单位").first().fill(ALPHA);
  await alpha.getByLabel("姓名 2").fill("张贝塔");
  await alpha.getByLabel("职责").nth(1).fill("数据接入负责人");
  await alpha.getByLabel("所在单位").nth(1).fill(BETA);
  await alpha.getByLabel("1. 异常识别准确率（≥95%）").fill("采用多模型融合，实测准确率 96%。");
  await alpha.getByLabel("2. 接入企业数（≥200家）").fill("首期接入 120 家，二期扩展至 220 家。");
  await alpha.getByRole("button", { name: "保存草稿" }).click();
  const saved = alpha.getByRole("status").filter({ hasText: "草稿已保存" });
  const invalid = alpha.locator('#bid-content [aria-invalid="true"]');
  await expect(saved.or(invalid).first()).toBeVisible();
  if ((await invalid.count()) > 0)
    await alpha.screenshot({ path: testInfo.outputPath("bid-save-refused.png"), fullPage: true });
  const refused = await invalid.evaluateAll((fields) =>
    fields.map(
      (field) =>
        `${(field as HTMLInputElement).labels?.[0]?.textContent} = "${(field as HTMLInputElement).value}": ` +
        (field.closest(".field")?.querySelector(".field-errors")?.textContent ?? ""),
    ),
  );
  expect(refused, "every field was filled correctly, so the draft must save").toEqual([]);
  await expect(saved).toBeVisible();

  const estimate = alpha.locator("section", { has: alpha.getByRole("heading", { name: "预计奖励" }) });
  await expect(estimate).toContainText("¥900,000.00");
  await expect(estimate).toContainText("武汉市数字经济应用场景开放示范政策");

  const attachments = alpha.locator("section", { has: alpha.getByRole("heading", { name: "附件" }) });
  await attachments.getByLabel("PDF 附件").setInputFiles({
    name: "技术方案.pdf",
    mimeType: "application/pdf",
    buffer: tinyPdf(),
  });
  await attachments.getByRole("button", { name: "上传" }).click();
  await expect(attachments.getByRole("link", { name: "技术方案.pdf" })).toBeVisible();
  await expect(attachments.getByRole("status").filter({ hasText: "附件已上传" })).toBeVisible();

  // An edit not yet saved: leaving asks first (declined here), and submitting saves it before submitting.
  const summary = "以物联网终端与能耗模型实现园区用能实时监测、异常预警和跨企业对标。";
  await alpha.getByLabel("方案摘要").fill(summary);
  const asked = alpha.waitForEvent("dialog").then(async (dialog) => {
    const message = dialog.message();
    await dialog.dismiss();
    return message;
  });
  await alpha.getByRole("link", { name: "我的揭榜申报" }).click();
  expect(await asked).toContain("未保存的修改");
  await expect(alpha).toHaveURL(new RegExp(`${bidUrl}(\\?|$)`));

  const submit = alpha.locator("section", { has: alpha.getByRole("heading", { name: "提交申报" }) });
  await expect(submit).toContainText("申报内容完整，可以提交。");
  await alpha.screenshot({ path: testInfo.outputPath("bid-filled.png"), fullPage: true });
  await submit.getByRole("button", { name: "提交申报" }).click();
  await expect(alpha.getByRole("status").filter({ hasText: "申报已提交" })).toBeVisible();
  await expect(alpha.getByRole("heading", { level: 1 })).toContainText("已提交");
  await expect(alpha.getByText(summary)).toBeVisible();

  // Withdrawing asks first; declining keeps the bid submitted.
  const withdrawAsked = alpha.waitForEvent("dialog").then(async (dialog) => {
    const message = dialog.message();
    await dialog.dismiss();
    return message;
  });
  await alpha.getByRole("button", { name: "撤回申报" }).click();
  expect(await withdrawAsked).toContain("确定撤回申报吗");
  await expect(alpha.getByRole("heading", { level: 1 })).toContainText("已提交");
  expect(Date.now(), "the bid must be submitted before the deadline").toBeLessThan(deadline.at.getTime());

  /* ---------- staff: once the deadline has passed, review, select and publish ---------- */
  await staff.goto(`/staff/tasks/${code}`);
  await staff.getByRole("link", { name: "申报评审" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("申报评审 · 1 份申报");
  await expect(async () => {
    await staff.reload();
    await expect(staff.getByRole("button", { name: "开始评审" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: deadline.at.getTime() - Date.now() + 60_000, intervals: [5_000] });
  await staff.getByRole("button", { name: "开始评审" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "评审已开始" })).toBeVisible();

  const compare = staff.locator("section", { has: staff.getByRole("heading", { name: "并排比较" }) });
  await expect(compare).toContainText(`${ALPHA} 60%；${BETA} 40%`);
  await expect(compare).toContainText("¥3,000,000.00");
  await expect(compare.getByRole("link", { name: "技术方案.pdf" })).toBeVisible();
  const bidCard = staff.locator("section", { has: staff.getByRole("heading", { name: ALPHA, level: 2 }) });
  await bidCard.getByLabel("遴选理由").fill("方案完整，联合体分工明确，投资测算合理。");
  await bidCard.getByRole("button", { name: "选为揭榜方" }).click();
  await expect(bidCard.getByRole("heading", { level: 2 })).toContainText("入选");
  await staff.screenshot({ path: testInfo.outputPath("staff-review.png"), fullPage: true });
  await staff.getByRole("button", { name: "确认遴选结果并公示" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "遴选结果已公示" })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "公示：公示中" })).toBeVisible();

  /* ---------- anyone: the notice names the task, the lead and the member ---------- */
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto("/notices");
  const notice = publicPage.getByRole("listitem").filter({ hasText: code });
  await expect(notice).toContainText(TASK_TITLE);
  await expect(notice).toContainText(ALPHA);
  await expect(notice).toContainText(BETA);
  await expect(notice).toContainText("公示中");
  await notice.getByRole("link", { name: "查看公示" }).click();
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(TASK_TITLE);
  await expect(publicPage.getByText(code, { exact: true })).toBeVisible();
  const winners = publicPage.locator("section", {
    has: publicPage.getByRole("heading", { name: "入选揭榜方" }),
  });
  await expect(winners.getByRole("heading", { name: ALPHA })).toBeVisible();
  await expect(winners).toContainText(BETA);
  await expect(winners).toContainText("方案完整，联合体分工明确，投资测算合理。");
  await publicPage.screenshot({ path: testInfo.outputPath("public-notice.png"), fullPage: true });

  await Promise.all([staff, alpha, beta, publicPage].map((page) => page.context().close()));
});
