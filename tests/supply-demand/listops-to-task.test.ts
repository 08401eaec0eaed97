import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  createList,
  createOrganizationWithOwner,
  DEMO_POLICY,
  ensurePolicy,
} from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { SD_TO_TASK_DOMAIN } from "../../app/domain/sd-listops";
import { SD_DOMAINS } from "../../app/domain/supply-demand";
import { TASK_DOMAINS } from "../../app/domain/task-domains";
import { signedIn } from "../support/app";
import { staffBrowser } from "../support/catalog";

let serial = 0;
async function organization(name: string) {
  const email = `listops-task-${++serial}-${Date.now()}@example.cn`;
  const created = await createOrganizationWithOwner(getDb(), {
    name,
    owner: { email, name, password: "correct horse battery" },
  });
  return { ...created, email, password: "correct horse battery" };
}

async function scenarioList(year: number, status: "draft" | "published" = "draft") {
  await ensurePolicy(getDb(), { ...DEMO_POLICY });
  return createList(getDb(), {
    policyCode: DEMO_POLICY.code,
    year,
    status,
    publishedAt: status === "published" ? new Date() : null,
  });
}

describe("from demand to challenge task", () => {
  it("maps every supply–demand domain to a task domain", () => {
    for (const domain of SD_DOMAINS) expect(TASK_DOMAINS).toContain(SD_TO_TASK_DOMAIN[domain]);
    expect(SD_TO_TASK_DOMAIN.ai).toBe("ai");
    expect(SD_TO_TASK_DOMAIN.iot).toBe("industrial_internet");
  });

  it("turns a published city-wide demand into a draft task with its text, and links both ways", async () => {
    const staff = await staffBrowser();
    const { organization: org, owner } = await organization("武汉市某区政务服务和大数据管理局（转任务测试）");
    const demand = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: org.id,
      createdBy: owner.id,
      year: 2071,
      content: {
        title: "城市生命线风险感知平台",
        summary: "燃气、供水管网风险实时感知",
        description: "需要对全市燃气与供水管网布设感知终端并建设风险研判平台。",
        domain: "iot",
        district: null,
        expectedOutcome: "管网事故提前预警率 90% 以上",
        budgetMinFen: 100_000_000,
        budgetMaxFen: 300_000_000,
        contactName: "赵科长",
        contactPhone: "027-66667777",
      },
    });
    const list = await scenarioList(2071);

    const page = await staff.get(`/staff/supply-demand/${demand.code}/to-task`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(list.title);

    // City-wide: the task needs a district.
    const noDistrict = await staff.post(`/staff/supply-demand/${demand.code}/to-task`, {
      listId: String(list.id),
    });
    expect(noDistrict.status).toBe(400);
    expect(await noDistrict.text()).toContain("该需求为全市范围");

    const response = await staff.post(`/staff/supply-demand/${demand.code}/to-task`, {
      listId: String(list.id),
      district: "江岸区",
    });
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/staff\/tasks\/2071-IIOT-\d{3}\/edit$/);
    const code = location.split("/")[3]!;

    const task = await getDb()
      .selectFrom("tasks")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({
      listId: list.id,
      status: "draft",
      sourceSdItemId: demand.id,
      title: "城市生命线风险感知平台",
      domain: "industrial_internet",
      district: "江岸区",
      demandUnit: org.name,
      goals: "管网事故提前预警率 90% 以上",
      indicativeInvestmentFen: 300_000_000,
      contactName: "赵科长",
      contactPhone: "027-66667777",
      maxWinners: 1,
    });
    expect(task.scenarioNeed).toContain("需要对全市燃气与供水管网布设感知终端并建设风险研判平台。");
    expect(task.scenarioNeed).toContain("燃气、供水管网风险实时感知");
    expect(task.bidDeadline.getTime()).toBeGreaterThan(Date.now());
    const indicators = await getDb()
      .selectFrom("taskIndicators")
      .selectAll()
      .where("taskId", "=", task.id)
      .execute();
    expect(indicators.map((i) => i.weight)).toEqual([100]);

    // The staff task page names its source; the conversion and the creation are audited.
    const taskPage = await (await staff.get(`/staff/tasks/${code}`)).text();
    expect(taskPage).toContain("来源需求");
    expect(taskPage).toContain(`href="/supply-demand/${demand.code}"`);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "entityId", "after"])
      .where("entityId", "in", [demand.code, code])
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["task.create", "sd.item.toTask"]);
    expect(audit[1]!.after).toMatchObject({ task: code, listId: list.id });

    // A demand becomes at most one task: a second attempt names the existing one.
    const second = await staff.post(`/staff/supply-demand/${demand.code}/to-task`, {
      listId: String(list.id),
      district: "江岸区",
    });
    expect(second.status).toBe(400);
    expect(await second.text()).toContain(`该需求已转为揭榜任务 ${code}`);
    const again = await (await staff.get(`/staff/supply-demand/${demand.code}/to-task`)).text();
    expect(again).toContain(`已转为揭榜任务 ${code}`);
    expect(
      await getDb().selectFrom("tasks").select("id").where("sourceSdItemId", "=", demand.id).execute(),
    ).toHaveLength(1);
  }, 120_000);

  it("takes a district demand's own district and its budget minimum when no maximum is given", async () => {
    const staff = await staffBrowser();
    const { organization: org, owner } = await organization("区级需求单位");
    const demand = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: org.id,
      createdBy: owner.id,
      year: 2072,
      content: { domain: "ai", district: "武昌区", budgetMinFen: 50_000_000, budgetMaxFen: null },
    });
    const list = await scenarioList(2072, "published");
    const response = await staff.post(`/staff/supply-demand/${demand.code}/to-task`, {
      listId: String(list.id),
    });
    expect(response.status).toBe(302);
    const task = await getDb()
      .selectFrom("tasks")
      .selectAll()
      .where("sourceSdItemId", "=", demand.id)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({
      district: "武昌区",
      domain: "ai",
      indicativeInvestmentFen: 50_000_000,
      status: "draft",
    });
  });

  it("refuses unpublished demands, supplies, closed or unknown lists, and non-staff", async () => {
    const staff = await staffBrowser();
    const { organization: org, owner, email, password } = await organization("拒绝转换测试单位");
    const base = { organizationId: org.id, createdBy: owner.id, year: 2073 };
    const submitted = await createSdItem(getDb(), { ...base, kind: "demand", status: "submitted" });
    const supply = await createSdItem(getDb(), { ...base, kind: "supply" });
    const published = await createSdItem(getDb(), { ...base, kind: "demand" });
    const list = await scenarioList(2073);
    const closed = await scenarioList(2074);
    await getDb().updateTable("lists").set({ status: "closed" }).where("id", "=", closed.id).execute();
    const post = (code: string, listId: number) =>
      staff.post(`/staff/supply-demand/${code}/to-task`, { listId: String(listId) });

    const notPublished = await post(submitted.code, list.id);
    expect(notPublished.status).toBe(400);
    expect(await notPublished.text()).toContain("只有已发布的需求可以转为揭榜任务");
    const fromSupply = await post(supply.code, list.id);
    expect(fromSupply.status).toBe(400);
    expect(await fromSupply.text()).toContain("只有需求可以转为揭榜任务");
    const supplyPage = await staff.get(`/staff/supply-demand/${supply.code}/to-task`);
    expect(supplyPage.status).toBe(200);
    expect(await supplyPage.text()).not.toContain('name="listId"');
    expect((await staff.get("/staff/supply-demand/D-2073-9999/to-task")).status).toBe(404);
    expect((await post("D-2073-9999", list.id)).status).toBe(400);
    const closedList = await post(published.code, closed.id);
    expect(closedList.status).toBe(400);
    expect(await closedList.text()).toContain("请选择一个草稿或已发布的场景榜单");

    const member = await signedIn(email, password, "198.51.100.79");
    expect((await member.get(`/staff/supply-demand/${published.code}/to-task`)).status).toBe(403);
    expect(
      (await member.post(`/staff/supply-demand/${published.code}/to-task`, { listId: String(list.id) }))
        .status,
    ).toBe(403);
    const tasks = await getDb()
      .selectFrom("tasks")
      .select("id")
      .where("sourceSdItemId", "in", [submitted.id, supply.id, published.id])
      .execute();
    expect(tasks).toEqual([]);
  });
});
