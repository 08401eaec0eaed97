import { msg } from "../../app/i18n/i18n";
import { describe, expect, it } from "vitest";
import { closeBiddingAtDeadlines } from "../../app/server/catalog/tasks.server";
import { publishList } from "../../app/server/catalog/lists.server";
import { getDb } from "../../db/client";
import {
  createList,
  createOrganizationWithOwner,
  createTask,
  DEMO_POLICY,
  ensurePolicy,
} from "../../app/server/demo/factories.server";
import { TestBrowser } from "../support/app";
import { countRows, staffBrowser, taskFormFields } from "../support/catalog";

const listFields = (overrides: Record<string, string> = {}) => ({
  title: "2030年测试榜单",
  year: "2030",
  kind: "scenario",
  policyCode: "DEMO-2026",
  noticeDays: "7",
  maxBidsPerOrg: "1",
  maxConsortiumMembers: "5",
  ...overrides,
});

async function newDraftList(staff: TestBrowser, overrides: Record<string, string> = {}): Promise<number> {
  await ensurePolicy(getDb(), { ...DEMO_POLICY });
  const response = await staff.post("/staff/lists", listFields(overrides));
  expect(response.status).toBe(302);
  return Number(response.headers.get("location")!.split("/").pop());
}

describe("policies", () => {
  it("the real policy is recorded by migration", async () => {
    const response = await new TestBrowser().get("/api/v1/policies");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { policies: unknown[] };
    expect(body.policies).toContainEqual({
      code: "WH-DE-2022",
      title: "武汉市支持数字经济加快发展若干政策",
      effectiveFrom: "2022-06-01",
      effectiveTo: "2025-05-31",
      rateBp: 3000,
      capFen: 200_000_000,
    });
  });

  it("staff add a successor policy through the form; bad input writes nothing", async () => {
    const staff = await staffBrowser();
    const fields = {
      code: "wh-de-2025",
      title: "后续政策（演示）",
      issuer: "武汉市人民政府",
      effectiveFrom: "2025-06-01",
      effectiveTo: "2028-05-31",
      ratePercent: "25",
      cap: "1500000",
      clause: "三(六)",
      isDemo: "on",
    };
    const bad = await staff.post("/staff/policies", {
      ...fields,
      effectiveTo: "2025-01-01",
      ratePercent: "120",
      cap: "1.234",
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("失效日期不能早于生效日期");
    expect(html).toContain("比例应在 0.01 到 100 之间");
    expect(html).toContain("金额最多两位小数");
    expect((await staff.post("/staff/policies", fields)).status).toBe(200);
    const policies = (await (await new TestBrowser().get("/api/v1/policies")).json()) as {
      policies: { code: string; rateBp: number; capFen: number }[];
    };
    expect(policies.policies.find((p) => p.code === "WH-DE-2025")).toMatchObject({
      rateBp: 2500,
      capFen: 150_000_000,
    });
    const again = await staff.post("/staff/policies", fields);
    expect(await again.text()).toContain("政策编号已存在");
  });
});

describe("publishing window", () => {
  it("a list can be published only while its policy is in force, both edges tested", async () => {
    const db = getDb();
    const staff = await staffBrowser();
    const actor = { id: staff.userId, ip: "127.0.0.1" };
    const attempt = async (instant: string) => {
      const list = await createList(db, { policyCode: "WH-DE-2022", year: 2023 });
      await createTask(db, list, {
        title: "边界测试",
        domain: "ai",
        bidDeadline: new Date("2030-01-01T00:00:00Z"),
      });
      return publishList(actor, list.id, new Date(instant));
    };
    expect((await attempt("2022-05-31T23:59:59+08:00")).ok).toBe(false);
    expect((await attempt("2022-06-01T00:00:00+08:00")).ok).toBe(true);
    expect((await attempt("2025-05-31T23:59:59+08:00")).ok).toBe(true);
    const after = await attempt("2025-06-01T00:00:00+08:00");
    expect(after).toEqual({
      ok: false,
      formError: msg("err.list.policyNotInForce", {
        code: "WH-DE-2022",
        from: "2022-06-01",
        to: "2025-05-31",
      }),
    });
  });

  it("through the staff page: refused today under the expired 2022 policy, with the window named", async () => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff, { policyCode: "WH-DE-2022", year: "2037" });
    await staff.post(`/staff/lists/${listId}/tasks/new`, taskFormFields());
    const response = await staff.post(`/staff/lists/${listId}`, { intent: "publish" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("政策 WH-DE-2022 的有效期为 2022-06-01 至 2025-05-31");
  });
});

describe("staff workflow", () => {
  it("creates a list and a task as drafts, previews, publishes, and the public then sees the task", async () => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff);
    const created = await staff.post(`/staff/lists/${listId}/tasks/new`, taskFormFields());
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/staff/tasks/2030-AI-001");
    const second = await staff.post(
      `/staff/lists/${listId}/tasks/new`,
      taskFormFields({ title: "第二个任务" }),
    );
    expect(second.headers.get("location")).toBe("/staff/tasks/2030-AI-002");

    const visitor = new TestBrowser();
    expect((await visitor.get("/tasks/2030-AI-001")).status).toBe(404);
    expect((await visitor.get("/api/v1/tasks/2030-AI-001")).status).toBe(404);
    expect((await visitor.get(`/lists/${listId}`)).status).toBe(404);
    const preview = await staff.get("/staff/tasks/2030-AI-001");
    expect(await preview.text()).toContain("草稿预览");

    const published = await staff.post(`/staff/lists/${listId}`, { intent: "publish" });
    expect(published.status).toBe(200);
    expect(await published.text()).toContain("2 项任务已开放揭榜");

    const page = await visitor.get("/tasks/2030-AI-001");
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const text of [
      "面向社区的智慧养老服务平台",
      "江汉区某街道办事处",
      "¥3,500,000.50",
      "2030年6月30日 17:00",
      "揭榜中",
      "数据真实性",
      "跌倒识别准确率",
    ]) {
      expect(html, text).toContain(text);
    }
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("actorUserId", "=", staff.userId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["list.create", "task.create", "list.publish"]),
    );
  });

  it.each([
    ["a deadline in the past", { bidDeadline: "2020-01-01T10:00" }, "揭榜截止时间必须晚于当前时间"],
    ["weights not summing to 100", { "indicators[1].weight": "30" }, "考核指标权重之和应为 100，当前为 90"],
    ["an unknown domain", { domain: "quantum" }, "领域无效"],
    ["a negative amount", { indicativeInvestment: "-100" }, "金额不能为负数"],
    ["three decimals", { indicativeInvestment: "100.123" }, "金额最多两位小数"],
    ["a malformed code", { code: "AI-1" }, "任务编号格式应为"],
    ["a code of another year", { code: "2029-AI-001" }, "任务编号须以榜单年份 2032 开头"],
  ])("refuses %s beside the field and writes nothing", async (_, overrides, message) => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff, { year: "2032" });
    const before = await countRows("tasks");
    const response = await staff.post(`/staff/lists/${listId}/tasks/new`, taskFormFields(overrides));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(message);
    expect(html).toContain('value="面向社区的智慧养老服务平台"');
    expect(await countRows("tasks")).toBe(before);
  });

  it("refuses a duplicate code and continues numbering after an explicit one", async () => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff, { year: "2033" });
    expect(
      (
        await staff.post(
          `/staff/lists/${listId}/tasks/new`,
          taskFormFields({ code: "2033-BC-007", domain: "blockchain" }),
        )
      ).status,
    ).toBe(302);
    const before = await countRows("tasks");
    const duplicate = await staff.post(
      `/staff/lists/${listId}/tasks/new`,
      taskFormFields({ code: "2033-BC-007", domain: "blockchain" }),
    );
    expect(duplicate.status).toBe(400);
    expect(await duplicate.text()).toContain("任务编号已存在");
    expect(await countRows("tasks")).toBe(before);
    const next = await staff.post(
      `/staff/lists/${listId}/tasks/new`,
      taskFormFields({ domain: "blockchain" }),
    );
    expect(next.headers.get("location")).toBe("/staff/tasks/2033-BC-008");
  });

  it("renders script and onerror payloads inert on the public page", async () => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff, { year: "2034" });
    await staff.post(
      `/staff/lists/${listId}/tasks/new`,
      taskFormFields({
        bidDeadline: "2034-06-30T17:00",
        scenarioNeed: '<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">',
        title: "<b>标题</b>",
      }),
    );
    await staff.post(`/staff/lists/${listId}`, { intent: "publish" });
    const html = await (await new TestBrowser().get("/tasks/2034-AI-001")).text();
    expect(html).not.toContain('<script>alert("x")');
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>标题</b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("edits only drafts, cancels with a reason, and refuses an illegal transition clearly", async () => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff, { year: "2035" });
    await staff.post(`/staff/lists/${listId}/tasks/new`, taskFormFields());
    const edited = await staff.post(
      "/staff/tasks/2035-AI-001/edit",
      taskFormFields({ title: "改过的标题", code: "2035-AI-001" }),
    );
    expect(edited.status).toBe(302);
    expect(await (await staff.get("/staff/tasks/2035-AI-001")).text()).toContain("改过的标题");

    const noReason = await staff.post("/staff/tasks/2035-AI-001", { reason: "" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("此项必填");
    const cancelled = await staff.post("/staff/tasks/2035-AI-001", { reason: "需求单位撤回需求" });
    expect(cancelled.status).toBe(200);
    const again = await staff.post("/staff/tasks/2035-AI-001", { reason: "再取消一次" });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("任务当前状态为“已取消”，不能取消");
    // Editing a task that is no longer a draft changes nothing and lands on the task page.
    const late = await staff.post(
      "/staff/tasks/2035-AI-001/edit",
      taskFormFields({ title: "不该生效的标题" }),
    );
    expect(late.headers.get("location")).toBe("/staff/tasks/2035-AI-001");
    expect(await (await staff.get("/staff/tasks/2035-AI-001")).text()).not.toContain("不该生效的标题");
  });

  it("organization members and visitors are kept out of every staff catalog route", async () => {
    const staff = await staffBrowser();
    const listId = await newDraftList(staff, { year: "2036" });
    await staff.post(`/staff/lists/${listId}/tasks/new`, taskFormFields());
    await createOrganizationWithOwner(getDb(), {
      name: "外部企业",
      owner: { email: "outsider@example.com", name: "外部", password: "outsider-password" },
    });
    const member = new TestBrowser("198.51.100.90");
    await member.signIn("outsider@example.com", "outsider-password");
    const before = await countRows("tasks");
    for (const path of [
      "/staff/lists",
      `/staff/lists/${listId}`,
      `/staff/lists/${listId}/tasks/new`,
      "/staff/tasks/2036-AI-001",
      "/staff/tasks/2036-AI-001/edit",
      "/staff/policies",
      "/staff/template.xlsx",
    ]) {
      expect((await member.get(path)).status, path).toBe(403);
      expect((await new TestBrowser().get(path)).status, path).toBe(302);
    }
    expect((await member.post(`/staff/lists/${listId}/tasks/new`, taskFormFields())).status).toBe(403);
    expect((await member.post(`/staff/lists/${listId}`, { intent: "publish" })).status).toBe(403);
    expect((await member.post("/staff/tasks/2036-AI-001", { reason: "x" })).status).toBe(403);
    expect(await countRows("tasks")).toBe(before);
  });
});

describe("bidding closes by itself at the deadline", () => {
  it("moves published tasks past their deadline to bidding_closed and audits it", async () => {
    const db = getDb();
    const list = await createList(db, { year: 2031, status: "published", publishedAt: new Date() });
    const past = await createTask(db, list, {
      title: "已截止",
      domain: "5g",
      status: "published",
      bidDeadline: new Date(Date.now() - 1000),
    });
    const future = await createTask(db, list, {
      title: "未截止",
      domain: "5g",
      status: "published",
      bidDeadline: new Date(Date.now() + 3_600_000),
    });
    const api = async (code: string) =>
      ((await (await new TestBrowser().get(`/api/v1/tasks/${code}`)).json()) as { status: string }).status;
    expect(await api(past.code)).toBe("bidding_closed"); // computed live before the sweeper runs
    expect(await closeBiddingAtDeadlines()).toEqual([past.code]);
    const stored = await db
      .selectFrom("tasks")
      .select(["code", "status"])
      .where("id", "in", [past.id, future.id])
      .orderBy("id")
      .execute();
    expect(stored.map((t) => t.status)).toEqual(["bidding_closed", "published"]);
    expect(await api(future.code)).toBe("published");
    const audit = await db
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "task.closeBidding")
      .execute();
    expect(audit.map((a) => a.entityId)).toEqual([past.code]);
  });
});
