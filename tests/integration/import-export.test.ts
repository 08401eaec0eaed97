import { msg } from "../../app/i18n/i18n";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createList, createTask, DEMO_POLICY, ensurePolicy } from "../../app/server/demo/factories.server";
import { buildTaskTemplate, tasksToWorkbook } from "../../app/server/catalog/spreadsheet/writer.server";
import { type TaskExportRow } from "../../app/server/catalog/spreadsheet/columns.server";
import { TestBrowser } from "../support/app";
import { countRows, staffBrowser } from "../support/catalog";

type ImportJson =
  | { ok: true; created: number }
  | { ok: false; errors: { sheet: string; row: number | null; column: string | null; message: string }[] };

async function draftList(year: number) {
  await ensurePolicy(getDb(), { ...DEMO_POLICY });
  return createList(getDb(), { policyCode: DEMO_POLICY.code, year });
}

function xlsxForm(bytes: Uint8Array | Buffer, name = "tasks.xlsx"): FormData {
  const form = new FormData();
  form.set(
    "file",
    new File([new Uint8Array(bytes)], name, {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  return form;
}

async function importJson(
  staff: TestBrowser,
  listId: number,
  bytes: Uint8Array | Buffer,
): Promise<{ status: number; body: ImportJson }> {
  const response = await staff.postMultipart(`/staff/lists/${listId}/import`, xlsxForm(bytes));
  return { status: response.status, body: (await response.json()) as ImportJson };
}

function row(index: number, overrides: Partial<TaskExportRow> = {}): TaskExportRow {
  return {
    code: "",
    title: `批量导入任务 ${index}`,
    domain: (["ai", "5g", "blockchain", "big_data"] as const)[index % 4]!,
    demandUnit: "某区数据管理部门",
    district: "武昌区",
    scenarioNeed: `第 ${index} 个场景需求。`,
    goals: "- 目标一\n- 目标二",
    eligibility: "在武汉市注册的独立法人单位或联合体。",
    indicativeInvestment: 100_000_00 + index,
    bidDeadline: new Date("2031-03-31T09:00:00Z"),
    maxWinners: 1 + (index % 3),
    contactName: "张工",
    contactPhone: "027-88880000",
    indicators: [
      { name: "准确率", target: "≥95%", measurement: "第三方检测", weight: 70, veto: false },
      { name: "响应时间", target: "≤1秒", measurement: "现场测试", weight: 30, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
    ...overrides,
  };
}

describe("Excel import", () => {
  it("imports a good file through the page form (no JavaScript) and audits it", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2040);
    const response = await staff.postMultipart(
      `/staff/lists/${list.id}`,
      xlsxForm(await tasksToWorkbook([row(1), row(2), row(3)])),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("已导入 3 项任务");
    const tasks = await getDb()
      .selectFrom("tasks")
      .select(["code", "title", "indicativeInvestmentFen"])
      .where("listId", "=", list.id)
      .orderBy("code")
      .execute();
    expect(tasks.map((t) => t.code)).toEqual(["2040-5G-001", "2040-BC-001", "2040-BD-001"]);
    expect(
      await getDb()
        .selectFrom("taskIndicators")
        .select("id")
        .where(
          "taskId",
          "in",
          (await getDb().selectFrom("tasks").select("id").where("listId", "=", list.id).execute()).map(
            (t) => t.id,
          ),
        )
        .execute(),
    ).toHaveLength(9);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "after"])
      .where("action", "=", "list.import")
      .execute();
    expect(audit.at(-1)!.after).toMatchObject({ created: 3 });
  });

  it("the template imports as its example task", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2041);
    const { status, body } = await importJson(staff, list.id, await buildTaskTemplate());
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, created: 1 });
  });

  it("a file with bad rows imports nothing and names every error by sheet, row and column", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2042);
    await createTask(getDb(), list, {
      title: "已存在",
      domain: "ai",
      bidDeadline: new Date("2031-01-01T00:00:00Z"),
    }); // takes 2042-AI-001
    const before = await countRows("tasks");
    const bytes = await tasksToWorkbook([
      row(1),
      row(2, { code: "2042-AI-001", domain: "ai" }), // already in the database
      row(3, { title: "" }),
      row(4, { indicators: [{ name: "唯一指标", target: "t", measurement: "m", weight: 90, veto: false }] }),
    ]);
    // Corrupt two cells the way a person typing into Excel would.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("任务")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.getRow(2).getCell(header.indexOf("领域")).value = "量子计算";
    sheet.getRow(2).getCell(header.indexOf("预计总投资（元）")).value = "100.555";
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());

    const first = await importJson(staff, list.id, broken);
    expect(first.status).toBe(400);
    expect(first.body.ok).toBe(false);
    const errors = !first.body.ok ? first.body.errors : [];
    expect(errors).toEqual(
      expect.arrayContaining([
        { sheet: "任务", row: 2, column: "领域", message: msg("err.task.domain") },
        { sheet: "任务", row: 2, column: "预计总投资（元）", message: msg("err.money.decimals") },
        // The code already stored is found in the same pass as the cell errors.
        { sheet: "任务", row: 3, column: "任务编号", message: msg("err.task.codeTaken") },
        { sheet: "任务", row: 4, column: "任务名称", message: msg("err.required") },
        expect.objectContaining({
          sheet: "考核指标",
          column: "权重",
          message: expect.objectContaining({ key: "err.import.weightsForTask" }),
        }),
      ]),
    );
    expect(await countRows("tasks")).toBe(before);

    // Fixing the cell errors leaves the database conflict, reported on its row and column.
    const second = await importJson(
      staff,
      list.id,
      await tasksToWorkbook([row(1), row(2, { code: "2042-AI-001", domain: "ai" })]),
    );
    expect(second.body).toEqual({
      ok: false,
      errors: [{ sheet: "任务", row: 3, column: "任务编号", message: msg("err.task.codeTaken") }],
    });
    expect(await countRows("tasks")).toBe(before);

    // The page shows the errors in the reader's language.
    const page = await staff.postMultipart(`/staff/lists/${list.id}`, xlsxForm(broken));
    const html = await page.text();
    expect(html).toContain("未导入任何内容");
    expect(html).toContain("金额最多两位小数");
  });

  it("refuses a code under another domain, and automatic codes never collide with stored ones", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2046);
    const codes = async () =>
      (
        await getDb()
          .selectFrom("tasks")
          .select("code")
          .where("listId", "=", list.id)
          .orderBy("code")
          .execute()
      ).map((t) => t.code);

    // A blockchain task coded AI: refused beside the code, nothing stored, no counter moved.
    const wrong = await importJson(
      staff,
      list.id,
      await tasksToWorkbook([row(2, { code: "2046-AI-301", domain: "blockchain" })]),
    );
    expect(wrong.body).toEqual({
      ok: false,
      errors: [
        {
          sheet: "任务",
          row: 2,
          column: "任务编号",
          message: msg("err.task.codeDomain", { expected: "BC", given: "AI" }),
        },
      ],
    });

    // An explicit code, then automatic ones: they continue after it.
    expect(
      (
        await importJson(
          staff,
          list.id,
          await tasksToWorkbook([row(2, { code: "2046-BC-301", domain: "blockchain" })]),
        )
      ).body,
    ).toMatchObject({ ok: true, created: 1 });
    expect(
      (
        await importJson(
          staff,
          list.id,
          await tasksToWorkbook([row(2, { domain: "blockchain" }), row(3, { domain: "ai" })]),
        )
      ).body,
    ).toMatchObject({ ok: true, created: 2 });
    expect(await codes()).toEqual(["2046-AI-001", "2046-BC-301", "2046-BC-302"]);

    // Codes stored while the counter lagged behind (older data): the next codes still come after them.
    await getDb().deleteFrom("taskCodeCounters").where("year", "=", 2046).execute();
    const imported = await importJson(
      staff,
      list.id,
      await tasksToWorkbook([row(2, { domain: "blockchain" }), row(3, { domain: "ai" })]),
    );
    expect(imported.status).toBe(200);
    expect(await codes()).toEqual([
      "2046-AI-001",
      "2046-AI-002",
      "2046-BC-301",
      "2046-BC-302",
      "2046-BC-303",
    ]);
  });

  it("lists stored codes and codes of another year with the cell errors, in one pass", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2047);
    await createTask(getDb(), list, {
      title: "已存在",
      domain: "ai",
      bidDeadline: new Date("2031-01-01T00:00:00Z"),
    }); // takes 2047-AI-001
    const { status, body } = await importJson(
      staff,
      list.id,
      await tasksToWorkbook([
        row(1, { code: "2047-AI-001", domain: "ai" }),
        row(2, { code: "2046-BC-009", domain: "blockchain" }),
        row(3, { title: "" }),
      ]),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      ok: false,
      errors: [
        { sheet: "任务", row: 2, column: "任务编号", message: msg("err.task.codeTaken") },
        { sheet: "任务", row: 3, column: "任务编号", message: msg("err.task.codeYear", { year: 2047 }) },
        { sheet: "任务", row: 4, column: "任务名称", message: msg("err.required") },
      ],
    });
  });

  it("imports 万元 amounts and Chinese dates, warning about an amount that looks like 万元", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2048);
    const bytes = await tasksToWorkbook([row(1), row(2)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("任务")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.getRow(2).getCell(header.indexOf("预计总投资（元）")).value = "950万元";
    sheet.getRow(2).getCell(header.indexOf("揭榜截止时间（北京时间）")).value = "2031年3月31日";
    sheet.getRow(3).getCell(header.indexOf("预计总投资（元）")).value = "950";
    const { status, body } = await importJson(staff, list.id, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(status).toBe(200);
    expect(body).toEqual({
      ok: true,
      created: 2,
      warnings: [
        {
          sheet: "任务",
          row: 3,
          column: "预计总投资（元）",
          message: msg("warn.import.smallAmount", { amount: "¥950.00", wan: "950" }),
        },
      ],
    });
    const tasks = await getDb()
      .selectFrom("tasks")
      .select(["indicativeInvestmentFen", "bidDeadline"])
      .where("listId", "=", list.id)
      .orderBy("title")
      .execute();
    expect(tasks).toEqual([
      { indicativeInvestmentFen: 950_000_000, bidDeadline: new Date("2031-03-31T09:00:00Z") },
      { indicativeInvestmentFen: 95_000, bidDeadline: new Date("2031-03-31T09:00:00Z") },
    ]);
    // The page form (no JavaScript) shows the warning too (and imports the two again).
    const page = await staff.postMultipart(
      `/staff/lists/${list.id}`,
      xlsxForm(Buffer.from(await workbook.xlsx.writeBuffer())),
    );
    const html = await page.text();
    expect(html).toContain("已导入 2 项任务");
    expect(html).toContain("金额仅 ¥950.00，不足 1 万元");
  });

  it("says when the error table is cut", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2049);
    const bytes = await tasksToWorkbook(Array.from({ length: 501 }, (_, i) => row(i, { title: "" })));
    const html = await (await staff.postMultipart(`/staff/lists/${list.id}`, xlsxForm(bytes))).text();
    expect(html).toContain("文件中有 501 处错误");
    // The server sends the first 200 (IMPORT_LIMITS.errors) and counts the rest.
    expect(html).toContain("仅列出前 200 处问题（共 501 处）");
    expect(html.match(/<tr>/g)?.length).toBe(1 + 200);
  });

  it("refuses a file that is not a spreadsheet and a 50 MB file, writing nothing", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2043);
    const before = await countRows("tasks");
    const notXlsx = await importJson(staff, list.id, Buffer.from("%PDF-1.7 this is not a workbook"));
    expect(notXlsx.body).toEqual({
      ok: false,
      errors: [{ sheet: "", row: null, column: null, message: msg("err.import.notSpreadsheet") }],
    });
    const huge = await importJson(staff, list.id, Buffer.alloc(50 * 1024 * 1024, 1));
    expect(huge.status).toBe(400);
    expect(huge.body).toEqual({
      ok: false,
      errors: [{ sheet: "", row: null, column: null, message: msg("err.import.tooLarge", { max: 10 }) }],
    });
    expect(await countRows("tasks")).toBe(before);
  });

  it("refuses imports into a published list and from non-staff", async () => {
    const staff = await staffBrowser();
    const list = await createList(getDb(), { year: 2044, status: "published", publishedAt: new Date() });
    const { body } = await importJson(staff, list.id, await tasksToWorkbook([row(1)]));
    expect(body).toEqual({
      ok: false,
      errors: [{ sheet: "", row: null, column: null, message: msg("err.list.notDraft") }],
    });
    const visitor = new TestBrowser();
    expect(
      (
        await visitor.postMultipart(
          `/staff/lists/${list.id}/import`,
          xlsxForm(await tasksToWorkbook([row(1)])),
        )
      ).status,
    ).toBe(302);
  });

  it("imports 5,000 tasks in one transaction", async () => {
    const staff = await staffBrowser();
    const list = await draftList(2045);
    const bytes = await tasksToWorkbook(Array.from({ length: 5000 }, (_, i) => row(i)));
    const { status, body } = await importJson(staff, list.id, bytes);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, created: 5000 });
    const codes = await getDb().selectFrom("tasks").select("code").where("listId", "=", list.id).execute();
    expect(new Set(codes.map((c) => c.code)).size).toBe(5000);
  }, 120_000);
});

describe("export", () => {
  it("a published list exports to .xlsx that imports back as the same tasks, and to CSV with a BOM", async () => {
    const db = getDb();
    const staff = await staffBrowser();
    const source = await draftList(2046);
    await importJson(
      staff,
      source.id,
      await tasksToWorkbook([
        row(1),
        row(2, { maxWinners: 3 }),
        row(3, { scenarioNeed: '含逗号，和 "引号"\n换行' }),
      ]),
    );
    expect((await staff.post(`/staff/lists/${source.id}`, { intent: "publish" })).status).toBe(200);

    const visitor = new TestBrowser();
    expect((await visitor.get(`/lists/${source.id}/export.pdf`)).status).toBe(404);
    const xlsx = await visitor.get(`/lists/${source.id}/export.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toContain("filename*=UTF-8''2046-");
    const exported = Buffer.from(await xlsx.arrayBuffer());

    const csv = await visitor.get(`/lists/${source.id}/export.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csvBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csvBytes)).toContain('"含逗号，和 ""引号""\n换行"');

    const snapshot = async (listId: number) =>
      (
        await db
          .selectFrom("tasks")
          .select([
            "id",
            "code",
            "title",
            "domain",
            "demandUnit",
            "district",
            "scenarioNeed",
            "goals",
            "eligibility",
            "indicativeInvestmentFen",
            "bidDeadline",
            "maxWinners",
            "contactName",
            "contactPhone",
          ])
          .where("listId", "=", listId)
          .orderBy("code")
          .execute()
      ).map(async ({ id, ...task }) => ({
        ...task,
        indicators: await db
          .selectFrom("taskIndicators")
          .select(["name", "target", "measurement", "weight", "veto"])
          .where("taskId", "=", id)
          .orderBy("position")
          .execute(),
      }));
    const original = await Promise.all(await snapshot(source.id));

    // Import into a fresh draft list of the same year: the codes travel with the file, so the originals go first.
    await db.deleteFrom("tasks").where("listId", "=", source.id).execute();
    const target = await draftList(2046);
    const { body } = await importJson(staff, target.id, exported);
    expect(body).toEqual({ ok: true, created: 3 });
    expect(await Promise.all(await snapshot(target.id))).toEqual(original);
  });

  it("draft lists are not exported", async () => {
    const list = await draftList(2047);
    expect((await new TestBrowser().get(`/lists/${list.id}/export.xlsx`)).status).toBe(404);
    expect((await new TestBrowser().get(`/lists/${list.id}/export.csv`)).status).toBe(404);
  });
});

describe("public JSON API", () => {
  it("lists, a task by code, and 404 JSON for unknown or draft tasks", async () => {
    const db = getDb();
    await ensurePolicy(db, { ...DEMO_POLICY });
    const list = await createList(db, {
      policyCode: DEMO_POLICY.code,
      year: 2048,
      status: "published",
      publishedAt: new Date(),
      title: "2048 榜单",
    });
    const open = await createTask(db, list, {
      title: "开放任务",
      domain: "metaverse",
      district: "江夏区",
      status: "published",
      bidDeadline: new Date("2048-06-30T09:00:00Z"),
      indicativeInvestmentFen: 12_345_678,
      maxWinners: 2,
    });
    const draft = await createTask(db, list, {
      title: "草稿任务",
      domain: "metaverse",
      bidDeadline: new Date("2048-06-30T09:00:00Z"),
    });
    const draftList = await createList(db, { policyCode: DEMO_POLICY.code, year: 2049 });

    const lists = (await (await new TestBrowser().get("/api/v1/lists")).json()) as {
      lists: Record<string, unknown>[];
    };
    expect(lists.lists).toContainEqual({
      id: list.id,
      year: 2048,
      kind: "scenario",
      title: "2048 榜单",
      status: "published",
      policyCode: "DEMO-2026",
      taskCount: 1,
    });
    expect(lists.lists.map((l) => l.id)).not.toContain(draftList.id);

    const response = await new TestBrowser().get(`/api/v1/tasks/${open.code.toLowerCase()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({
      code: open.code,
      title: "开放任务",
      domain: "metaverse",
      year: 2048,
      status: "published",
      district: "江夏区",
      demandUnit: "武汉某制造企业（演示）",
      bidDeadline: "2048-06-30T17:00:00+08:00",
      indicativeInvestmentFen: 12_345_678,
      maxWinners: 2,
      indicators: [
        { name: "识别准确率", target: "≥95%", weight: 60, veto: false },
        { name: "系统响应时间", target: "≤200毫秒", weight: 40, veto: false },
        { name: "数据真实性", target: "不得弄虚作假", weight: 0, veto: true },
      ],
    });
    for (const code of [draft.code, "2048-AI-999", "no such thing"]) {
      const missing = await new TestBrowser().get(`/api/v1/tasks/${encodeURIComponent(code)}`);
      expect(missing.status, code).toBe(404);
      expect(await missing.json()).toEqual({
        error: { field: "code", message: { zh: "任务不存在", en: "No such task" } },
      });
    }
  });
});
