import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { inviteMember } from "../../app/server/bidding/consortium.server";
import { shanghaiDate } from "../../app/domain/time";
import { signedIn } from "../support/app";
import { completeContent, openTask, orgWithOwner } from "../support/bidding";
import { must } from "../support/outcome";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "jiebang-bid-editor-"));

const DAY = 86_400_000;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The content form as the browser posts it (conform's field names), complete unless overridden. */
function contentFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    summary: "基于边缘计算的跌倒识别方案",
    "proposal.approach": "技术路线",
    "proposal.innovation": "创新点",
    "proposal.capacity": "实施基础",
    "proposal.risks": "风险",
    plannedInvestment: "950万",
    "breakdown[0].item": "设备",
    "breakdown[0].amount": "9,000,000",
    "breakdown[1].item": "软件",
    "breakdown[1].amount": "50万元",
    "milestones[0].date": "2027-06-30",
    "milestones[0].deliverable": "试点上线",
    "team[0].name": "张三",
    "team[0].role": "项目负责人",
    "team[0].organization": "测试单位",
    "responses[0].position": "0",
    "responses[0].response": "响应一",
    "responses[1].position": "1",
    "responses[1].response": "响应二",
    "responses[2].position": "2",
    "responses[2].response": "响应三",
    ...overrides,
  };
}

/** The text of the element with that id (its tags dropped), or null when the page has none. */
function textOf(html: string, id: string): string | null {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return null;
  const open = html.lastIndexOf("<", start);
  const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
  const end = html.indexOf(`</${tag}>`, start);
  return html
    .slice(html.indexOf(">", start) + 1, end)
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'");
}

const bidOf = (bidId: number) =>
  getDb().selectFrom("bids").selectAll().where("id", "=", bidId).executeTakeFirstOrThrow();

let year = 2061;
async function leadWithDraft() {
  const deadline = new Date(Date.now() + 30 * DAY);
  const { task } = await openTask({ year: year++, bidDeadline: deadline });
  const lead = await orgWithOwner();
  const bidId = must(await startBid(lead.actor, task.code)).bidId;
  const browser = await signedIn(lead.email, lead.password, `192.0.2.${100 + year - 2061}`);
  return { task, lead, bidId, browser, deadline };
}

describe("the bid editor never loses input", () => {
  let lead: Awaited<ReturnType<typeof leadWithDraft>>;
  beforeAll(async () => {
    lead = await leadWithDraft();
  });

  it("submitting saves what is on the screen first, then submits it", async () => {
    const { bidId, browser } = await leadWithDraft();
    const response = await browser.post(`/bids/${bidId}`, { intent: "submit", ...contentFields() });
    expect(response.status).toBe(200);
    const bid = await bidOf(bidId);
    expect(bid.status).toBe("submitted");
    expect(bid.summary).toBe("基于边缘计算的跌倒识别方案");
    expect(bid.plannedInvestmentFen).toBe(9_500_000_00);
  });

  it("a refused submission keeps the edits and says what is missing beside the field", async () => {
    const { bidId, browser } = lead;
    const response = await browser.post(`/bids/${bidId}`, {
      intent: "submit",
      ...contentFields({ summary: "", "proposal.risks": "新写的风险分析" }),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "bid-content-summary-error")).toBe("请填写方案摘要");
    const bid = await bidOf(bidId);
    expect(bid.status).toBe("draft");
    expect(bid.proposal.find((s) => s.heading === "risks")?.body).toBe("新写的风险分析");
  });

  it("an amount it cannot read is explained in the page's language, and 950万 / 9,500,000 are read", async () => {
    const { bidId, browser } = lead;
    const refused = await browser.post(`/bids/${bidId}`, {
      intent: "save",
      ...contentFields({ plannedInvestment: "abc" }),
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).not.toContain("Invalid input");
    expect(textOf(html, "bid-content-plannedInvestment-error")).toMatch(/金额/);
    const saved = await browser.post(`/bids/${bidId}`, {
      intent: "save",
      ...contentFields({ plannedInvestment: "9,500,000" }),
    });
    expect(saved.status).toBe(200);
    expect((await bidOf(bidId)).plannedInvestmentFen).toBe(9_500_000_00);
  });

  it("refuses milestones before the bid deadline beside the date, and keeps milestones in date order", async () => {
    const { bidId, browser, deadline } = lead;
    const early = shanghaiDate(new Date(deadline.getTime() - 2 * DAY));
    const refused = await browser.post(`/bids/${bidId}`, {
      intent: "save",
      ...contentFields({ "milestones[0].date": early }),
    });
    expect(refused.status).toBe(400);
    expect(textOf(await refused.text(), "bid-content-milestones[0].date-error")).toContain(
      "不能早于揭榜截止日",
    );
    const saved = await browser.post(`/bids/${bidId}`, {
      intent: "save",
      ...contentFields({
        "milestones[0].date": "2028-03-01",
        "milestones[0].deliverable": "验收",
        "milestones[1].date": "2027-06-30",
        "milestones[1].deliverable": "试点上线",
      }),
    });
    expect(saved.status).toBe(200);
    expect((await bidOf(bidId)).milestones.map((m) => m.date)).toEqual(["2027-06-30", "2028-03-01"]);
  });

  it("shows a breakdown that does not add up to the planned total, in formatted money", async () => {
    const { bidId, browser } = lead;
    const saved = await browser.post(`/bids/${bidId}`, {
      intent: "save",
      ...contentFields({ "breakdown[1].amount": "40万" }),
    });
    expect(saved.status).toBe(200);
    expect(textOf(await saved.text(), "breakdown-check")).toBe(
      "投资构成合计 ¥9,400,000.00，与计划总投资 ¥9,500,000.00 相差 ¥100,000.00",
    );
  });

  for (const share of ["150", "abc"]) {
    it(`a consortium row's share of ${share} is refused beside that row, the typed value kept`, async () => {
      const { bidId, browser, lead: org } = lead;
      const response = await browser.post(`/bids/${bidId}`, {
        intent: "terms",
        organizationId: String(org.organization.id),
        share,
        workDivision: "总体",
      });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(textOf(html, `share-${org.organization.id}-error`)).toMatch(/0\.01 到 100 之间/);
      expect(html).toMatch(new RegExp(`id="share-${org.organization.id}"[^>]*value="${share}"`));
    });
  }

  it("a pending invitation is a state on the page, not a share error", async () => {
    const { bidId, browser, lead: org } = await leadWithDraft();
    const member = await orgWithOwner();
    must(
      await inviteMember(org.actor, bidId, {
        organizationId: member.organization.id,
        share: 4000,
        workDivision: "算法",
      }),
    );
    const html = await (await browser.get(`/bids/${bidId}`)).text();
    expect(html).not.toContain("须恰好为 100%");
    expect(textOf(html, "consortium-problems")).toBeNull();
    expect(textOf(html, "pending-invitations")).toContain("1 家受邀单位尚未回复邀请");
    // The invited organization's owner accepts and the page says so.
    const invited = await signedIn(member.email, member.password, "192.0.2.90");
    const accepted = await invited.post(`/bids/${bidId}`, { intent: "answer", answer: "accepted" });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain("已接受邀请");
  });

  it("an upload confirms it worked", async () => {
    const { bidId, browser } = lead;
    const form = new FormData();
    form.set("intent", "upload");
    form.set("file", new Blob([PDF], { type: "application/pdf" }), "方案.pdf");
    const response = await browser.postMultipart(`/bids/${bidId}`, form);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("附件已上传");
  });

  it("a withdrawn bid does not show its old submission time", async () => {
    const { bidId, browser, lead: org } = await leadWithDraft();
    must(await saveBidContent(org.actor, bidId, completeContent()));
    must(await submitBid(org.actor, bidId));
    expect(await (await browser.get(`/bids/${bidId}`)).text()).toContain("提交时间");
    const withdrawn = await browser.post(`/bids/${bidId}`, { intent: "withdraw" });
    expect(withdrawn.status).toBe(200);
    expect((await bidOf(bidId)).status).toBe("withdrawn");
    expect(await (await browser.get(`/bids/${bidId}`)).text()).not.toContain("提交时间");
  });
});
