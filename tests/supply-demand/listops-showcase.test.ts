import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  createList,
  createOrganizationWithOwner,
  createTask,
  DEMO_POLICY,
  ensurePolicy,
} from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { signedIn, TestBrowser } from "../support/app";
import { staffBrowser } from "../support/catalog";

let serial = 0;
async function organization(name: string) {
  const email = `listops-showcase-${++serial}-${Date.now()}@example.cn`;
  const created = await createOrganizationWithOwner(getDb(), {
    name,
    owner: { email, name, password: "correct horse battery" },
  });
  return { ...created, email, password: "correct horse battery" };
}

const citation = {
  citationZh: "以小样本训练实现产线质检全覆盖",
  citationEn: "Covers every production line's inspection with few-shot training.",
};

async function feature(staff: TestBrowser, fields: Record<string, string>) {
  const response = await staff.post("/staff/supply-demand/showcase", { ...citation, ...fields });
  return { status: response.status, text: await response.text() };
}

describe("新场景新产品新应用 showcase", () => {
  it("staff feature items and a succeeded task of a year; the public page groups them by theme", async () => {
    const year = 2021;
    const staff = await staffBrowser();
    const { organization: org, owner } = await organization("展示测试单位");
    const base = { organizationId: org.id, createdBy: owner.id, year };
    const supply = await createSdItem(getDb(), {
      ...base,
      kind: "supply",
      content: { title: "工业视觉缺陷检测一体机（展示）" },
    });
    const demand = await createSdItem(getDb(), {
      ...base,
      kind: "demand",
      content: { title: "智慧园区能耗监测（展示）" },
    });
    const draft = await createSdItem(getDb(), { ...base, kind: "supply", status: "submitted" });
    const otherYear = await createSdItem(getDb(), { ...base, kind: "supply", year: 2020 });
    await ensurePolicy(getDb(), { ...DEMO_POLICY });
    const list = await createList(getDb(), {
      policyCode: DEMO_POLICY.code,
      year,
      status: "published",
      publishedAt: new Date(),
    });
    const succeeded = await createTask(getDb(), list, {
      title: "城市内涝预警（已成功）",
      domain: "ai",
      bidDeadline: new Date("2021-01-01T09:00:00Z"),
      status: "succeeded",
    });
    const open = await createTask(getDb(), list, {
      title: "尚在进行的任务",
      domain: "ai",
      bidDeadline: new Date("2021-01-01T09:00:00Z"),
      status: "published",
    });

    expect((await feature(staff, { year: String(year), code: supply.code, theme: "product" })).status).toBe(
      200,
    );
    expect((await feature(staff, { year: String(year), code: demand.code, theme: "scenario" })).status).toBe(
      200,
    );
    expect(
      (await feature(staff, { year: String(year), code: succeeded.code.toLowerCase(), theme: "scenario" }))
        .status,
    ).toBe(200);

    // Refusals, each beside the field it is about.
    const refused = async (fields: Record<string, string>, text: string) => {
      const answer = await feature(staff, { year: String(year), theme: "product", ...fields });
      expect(answer.status).toBe(400);
      expect(answer.text).toContain(text);
    };
    await refused({ code: supply.code }, "已入选本年度展示");
    await refused({ code: demand.code, theme: "product" }, "需求和揭榜任务只能作为新场景入选");
    await refused({ code: supply.code, theme: "scenario" }, "供给只能作为新产品或新应用入选");
    await refused({ code: otherYear.code }, "该条目属于 2020 年度");
    await refused({ code: draft.code }, "只有已发布的条目可以入选");
    await refused({ code: open.code, theme: "scenario" }, "只有揭榜成功的任务");
    await refused({ code: "D-2061-9999", theme: "scenario" }, "没有此编号的条目或任务");
    await refused({ code: "X-1" }, "编号格式应为");
    await refused({ code: supply.code, citationZh: "好" }, "内容过短（至少 4 个字符）");
    await refused({ code: supply.code, citationEn: "x".repeat(301) }, "最多 300 个字符");

    const entries = await getDb().selectFrom("sdShowcase").selectAll().where("year", "=", year).execute();
    expect(entries).toHaveLength(3);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("action", "=", "sd.showcase.feature")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);

    const visitor = new TestBrowser();
    const page = await visitor.get(`/supply-demand/showcase/${year}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`${year}年度数字经济新场景新产品新应用`);
    expect(html).toContain(`href="/supply-demand/${supply.code}"`);
    expect(html).toContain(`href="/supply-demand/${demand.code}"`);
    expect(html).toContain(`href="/tasks/${succeeded.code}"`);
    expect(html).toContain(citation.citationZh);
    // 新场景 (the demand and the task) comes before 新产品 (the supply).
    const at = (text: string) => html.indexOf(text);
    const scenario = at('id="showcase-scenario"');
    const product = at('id="showcase-product"');
    const application = at('id="showcase-application"');
    expect(scenario).toBeGreaterThan(0);
    expect(scenario).toBeLessThan(at("智慧园区能耗监测（展示）"));
    expect(at("智慧园区能耗监测（展示）")).toBeLessThan(product);
    expect(at("城市内涝预警（已成功）")).toBeLessThan(product);
    expect(product).toBeLessThan(at("工业视觉缺陷检测一体机（展示）"));
    expect(at("工业视觉缺陷检测一体机（展示）")).toBeLessThan(application);
    // Contacts never reach the public page.
    expect(html).not.toContain("13900001111");
    expect(html).not.toContain("li.supply@example.cn");
    const data = await visitor.get(`/supply-demand/showcase/${year}.data`);
    const json = await data.text();
    expect(json).toContain(supply.code);
    expect(json).not.toContain("13900001111");

    // Removing an entry takes it off the public page.
    const supplyEntry = entries.find((e) => e.itemId === supply.id)!;
    const removed = await staff.post("/staff/supply-demand/showcase", {
      intent: "remove",
      id: String(supplyEntry.id),
    });
    expect(removed.status).toBe(200);
    expect(await removed.text()).toContain("已移出展示");
    expect(await (await visitor.get(`/supply-demand/showcase/${year}`)).text()).not.toContain(supply.code);
    const again = await staff.post("/staff/supply-demand/showcase", {
      intent: "remove",
      id: String(supplyEntry.id),
    });
    expect(again.status).toBe(400);
    // English page: the English citation.
    const english = new TestBrowser();
    await english.get("/lang?to=en&next=/");
    const englishHtml = await (await english.get(`/supply-demand/showcase/${year}`)).text();
    expect(englishHtml).toContain(citation.citationEn);
  }, 120_000);

  it("shows an empty year, and 404 for an invalid or unknown year", async () => {
    const visitor = new TestBrowser();
    const empty = await visitor.get("/supply-demand/showcase/2001");
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("本年度暂无入选条目");
    for (const year of ["abc", "1999", "3000", "20261", "0000"])
      expect((await visitor.get(`/supply-demand/showcase/${year}`)).status).toBe(404);
  });

  it("is managed by staff only", async () => {
    const { organization: org, owner, email, password } = await organization("非工作人员展示单位");
    const supply = await createSdItem(getDb(), {
      kind: "supply",
      organizationId: org.id,
      createdBy: owner.id,
      year: 2062,
    });
    const member = await signedIn(email, password, "198.51.100.78");
    expect((await member.get("/staff/supply-demand/showcase")).status).toBe(403);
    const response = await member.post("/staff/supply-demand/showcase", {
      ...citation,
      year: "2062",
      code: supply.code,
      theme: "product",
    });
    expect(response.status).toBe(403);
    expect(
      await getDb().selectFrom("sdShowcase").select("id").where("itemId", "=", supply.id).execute(),
    ).toEqual([]);
    // A staff member of the item's own organization does not feature it (conflict of interest).
    const staff = await staffBrowser();
    await getDb()
      .insertInto("memberships")
      .values({ userId: staff.userId, organizationId: org.id, role: "member" })
      .execute();
    const conflicted = await feature(staff, { year: "2062", code: supply.code, theme: "product" });
    expect(conflicted.status).toBe(400);
    expect(conflicted.text).toContain("利益冲突");
  });
});
