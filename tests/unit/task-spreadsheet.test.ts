import { msg } from "../../app/i18n/i18n";
import ExcelJS from "exceljs";
import type { CellValue } from "exceljs";
import { describe, expect, it } from "vitest";
import { DISTRICTS } from "../../app/domain/districts";
import { parseTaskWorkbook, type ParseResult } from "../../app/server/catalog/spreadsheet/parser.server";
import {
  INDICATOR_SHEET,
  TASK_SHEET,
  type TaskExportRow,
} from "../../app/server/catalog/spreadsheet/columns.server";
import {
  buildTaskTemplate,
  tasksToCsv,
  tasksToWorkbook,
} from "../../app/server/catalog/spreadsheet/writer.server";

const now = new Date("2026-01-01T00:00:00Z");

const TASK_HEADERS = [
  "序号",
  "任务编号",
  "任务名称",
  "领域",
  "需求单位",
  "所在区",
  "场景需求",
  "攻关目标",
  "揭榜条件",
  "预计总投资（元）",
  "揭榜截止时间（北京时间）",
  "最多入选数",
  "联系人",
  "联系电话",
];
const INDICATOR_HEADERS = ["任务序号", "指标名称", "目标值", "考核方式", "权重", "一票否决（是/否）"];

type Cells = Record<string, CellValue>;

/** A workbook as a person might make it: rows given by header, in whatever column order `headers` says. */
async function xlsx({
  tasks = [],
  indicators = [],
  taskHeaders = TASK_HEADERS,
  indicatorHeaders = INDICATOR_HEADERS,
}: {
  tasks?: (Cells | null)[];
  indicators?: (Cells | null)[];
  taskHeaders?: string[];
  indicatorHeaders?: string[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, headers, rows] of [
    [TASK_SHEET, taskHeaders, tasks],
    [INDICATOR_SHEET, indicatorHeaders, indicators],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(row ? headers.map((header) => row[header] ?? null) : []);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function taskRow(key: CellValue, overrides: Cells = {}): Cells {
  return {
    序号: key,
    任务名称: `任务 ${String(key)}`,
    领域: "人工智能",
    需求单位: "武汉市数据局",
    所在区: "武昌区",
    场景需求: "需求",
    攻关目标: "目标",
    揭榜条件: "条件",
    "预计总投资（元）": 100000,
    "揭榜截止时间（北京时间）": "2030-06-30 17:00",
    最多入选数: 1,
    联系人: "李四",
    联系电话: "027-87654321",
    ...overrides,
  };
}

function indicatorRow(key: CellValue, weight: CellValue, overrides: Cells = {}): Cells {
  return { 任务序号: key, 指标名称: "指标", 目标值: "目标", 考核方式: "方式", 权重: weight, ...overrides };
}

function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

function tasksOf(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.errors)}`);
  return result.tasks;
}

/** Minimal RFC 4180 reader, to check the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && next === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  expect(field, "the last record ends with CRLF").toBe("");
  return rows;
}

const at = (local: string) => new Date(`${local}:00+08:00`);

const exportTasks: TaskExportRow[] = [
  {
    code: "2026-AI-001",
    title: "智能审批助手",
    domain: "ai",
    demandUnit: "武汉市政务服务和大数据管理局",
    district: "江岸区",
    scenarioNeed: '第一行\n第二行，含逗号与 "引号"',
    goals: "审批时长缩短 50%",
    eligibility: "具备大模型研发能力",
    indicativeInvestment: 123_456,
    bidDeadline: at("2030-03-15T09:30"),
    maxWinners: 3,
    contactName: "王五",
    contactPhone: "+86 27 8888 0000",
    indicators: [
      { name: "准确率", target: "≥ 95%", measurement: "抽样评测", weight: 60, veto: true },
      { name: "响应时间", target: "≤ 2 秒", measurement: "压力测试", weight: 40, veto: false },
    ],
  },
  {
    code: "2026-BC-002",
    title: "供应链金融区块链",
    domain: "blockchain",
    demandUnit: "武汉金控",
    district: "东湖新技术开发区",
    scenarioNeed: "需求",
    goals: "目标",
    eligibility: "条件",
    indicativeInvestment: 1,
    bidDeadline: at("2031-12-31T23:59"),
    maxWinners: 20,
    contactName: "赵六",
    contactPhone: "13800138000",
    indicators: [{ name: "上链企业数", target: "≥ 100", measurement: "平台统计", weight: 100, veto: false }],
  },
  {
    code: "2026-IIOT-003",
    title: "工业设备预测性维护",
    domain: "industrial_internet",
    demandUnit: "某汽车制造企业",
    district: "武汉经济技术开发区",
    scenarioNeed: "需求",
    goals: "目标",
    eligibility: "条件",
    indicativeInvestment: 999_999_999_999_999,
    bidDeadline: at("2030-01-01T00:00"),
    maxWinners: 1,
    contactName: "钱七",
    contactPhone: "027-1234567",
    indicators: [
      { name: "故障预测提前量", target: "≥ 72 小时", measurement: "试运行", weight: 0, veto: true },
      { name: "误报率", target: "≤ 5%", measurement: "试运行", weight: 50, veto: false },
      { name: "覆盖设备数", target: "≥ 500 台", measurement: "现场核查", weight: 50, veto: false },
    ],
  },
];

describe("task template", () => {
  it("parses to exactly its example task", async () => {
    const result = await parseTaskWorkbook(await buildTaskTemplate(), { now });
    expect(tasksOf(result)).toEqual([
      {
        rowKey: 1,
        row: 2,
        title: "城市内涝智能预警平台",
        domain: "ai",
        demandUnit: "武汉市水务局",
        district: "江汉区",
        scenarioNeed: "汛期城区易涝点多、预警依赖人工巡查，需要基于降雨、管网与地形数据的智能预警。",
        goals: "建成覆盖中心城区的内涝预警平台，提前 2 小时以上发布易涝点预警。",
        eligibility: "在武汉注册的企业或科研机构，具有城市水务或人工智能项目经验。",
        indicativeInvestment: 500_000_000,
        bidDeadline: at("2030-12-31T17:00"),
        maxWinners: 2,
        contactName: "张工",
        contactPhone: "027-12345678",
        indicators: [
          {
            name: "预警准确率",
            target: "≥ 90%",
            measurement: "第三方机构以历史降雨数据回测",
            weight: 40,
            veto: true,
          },
          { name: "预警提前量", target: "≥ 2 小时", measurement: "汛期试运行记录", weight: 35, veto: false },
          { name: "覆盖易涝点数量", target: "≥ 200 个", measurement: "现场核查", weight: 25, veto: false },
        ],
      },
    ]);
  });

  it("has bold frozen headers and a bilingual explanation of every column", async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings take an ArrayBuffer rather than a Node Buffer.
    await workbook.xlsx.load(new Uint8Array(await buildTaskTemplate()).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([TASK_SHEET, INDICATOR_SHEET, "填写说明"]);
    const taskSheet = workbook.getWorksheet(TASK_SHEET)!;
    expect(taskSheet.getRow(1).values).toEqual([undefined, ...TASK_HEADERS]);
    expect(taskSheet.getCell("A1").font?.bold).toBe(true);
    expect(taskSheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workbook.getWorksheet(INDICATOR_SHEET)!.getRow(1).values).toEqual([
      undefined,
      ...INDICATOR_HEADERS,
    ]);
    const explained = workbook.getWorksheet("填写说明")!.getColumn(2).values;
    for (const header of [...TASK_HEADERS, ...INDICATOR_HEADERS]) expect(explained).toContain(header);
  });
});

describe("parseTaskWorkbook", () => {
  it("reads a good file with three tasks, whatever the column order and cell types", async () => {
    const taskHeaders = ["备注", ...TASK_HEADERS].reverse();
    const file = await xlsx({
      taskHeaders,
      tasks: [
        taskRow(1, {
          任务编号: " 2026-ai-007 ",
          任务名称: { richText: [{ text: "智慧" }, { text: "停车", font: { bold: true } }] },
          "预计总投资（元）": 1234.5,
          "揭榜截止时间（北京时间）": new Date(Date.UTC(2030, 5, 30, 17, 0)),
          最多入选数: { formula: "1+1", result: 2 },
          联系电话: { text: "027-88886666", hyperlink: "tel:02788886666" },
          备注: "ignored",
        }),
        null,
        taskRow(2, { 领域: "Blockchain", 所在区: "洪山区", "预计总投资（元）": "5000000.10" }),
        taskRow(3, { 领域: "5G", "揭榜截止时间（北京时间）": "2030-07-01T08:05", 联系电话: 13800138000 }),
      ],
      indicators: [
        indicatorRow(1, 70, { "一票否决（是/否）": "是" }),
        indicatorRow(1, 30, { "一票否决（是/否）": "否" }),
        indicatorRow(3, 50, { "一票否决（是/否）": "Y" }),
        null,
        indicatorRow(2, 100, { "一票否决（是/否）": true }),
        indicatorRow(3, "50"),
      ],
    });
    const tasks = tasksOf(await parseTaskWorkbook(file, { now }));
    expect(tasks.map((task) => task.rowKey)).toEqual([1, 2, 3]);
    expect(tasks[0]).toMatchObject({
      code: "2026-AI-007",
      title: "智慧停车",
      domain: "ai",
      indicativeInvestment: 123_450,
      bidDeadline: at("2030-06-30T17:00"),
      maxWinners: 2,
      contactPhone: "027-88886666",
    });
    expect(tasks[0]!.indicators.map((i) => [i.weight, i.veto])).toEqual([
      [70, true],
      [30, false],
    ]);
    expect(tasks[1]).toMatchObject({
      domain: "blockchain",
      district: "洪山区",
      indicativeInvestment: 500_000_010,
    });
    expect(tasks[1]!.code).toBeUndefined();
    expect(tasks[1]!.indicators).toEqual([
      { name: "指标", target: "目标", measurement: "方式", weight: 100, veto: true },
    ]);
    expect(tasks[2]).toMatchObject({
      domain: "5g",
      indicativeInvestment: 10_000_000,
      bidDeadline: at("2030-07-01T08:05"),
      contactPhone: "13800138000",
    });
    expect(tasks[2]!.indicators.map((i) => [i.weight, i.veto])).toEqual([
      [50, true],
      [50, false],
    ]);
  });

  it("accepts an ArrayBuffer or a Uint8Array as well as a Buffer", async () => {
    const file = await buildTaskTemplate();
    const arrayBuffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    expect(tasksOf(await parseTaskWorkbook(arrayBuffer, { now }))).toHaveLength(1);
    expect(tasksOf(await parseTaskWorkbook(new Uint8Array(file), { now }))).toHaveLength(1);
  });

  it("lists every error in the file with its sheet, row and column", async () => {
    const file = await xlsx({
      tasks: [
        taskRow(1, { 任务编号: "2026-AI-001", 领域: "量子计算" }), // row 2
        taskRow(2, { "预计总投资（元）": 1234.567 }), // row 3
        taskRow(3, { "预计总投资（元）": -5 }), // row 4
        taskRow(4, { "揭榜截止时间（北京时间）": "2025-12-31 17:00" }), // row 5
        taskRow(5), // row 6
        taskRow(6, { 任务名称: "   " }), // row 7
        taskRow(7, { 任务编号: "2026-ai-001" }), // row 8
        taskRow(7), // row 9
        taskRow("八"), // row 10
        taskRow(9, { 任务编号: "AI-9" }), // row 11
      ],
      indicators: [
        indicatorRow(1, 100), // row 2
        indicatorRow(2, 100), // row 3
        indicatorRow(3, 100), // row 4
        indicatorRow(4, 100), // row 5
        indicatorRow(5, 50), // row 6
        indicatorRow(5, 40), // row 7
        indicatorRow(6, 100), // row 8
        indicatorRow(7, 100), // row 9
        indicatorRow(42, 100), // row 10
        indicatorRow(9, "很高"), // row 11
        indicatorRow(9, 100, { 指标名称: "", "一票否决（是/否）": "也许" }), // row 12
      ],
    });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      { sheet: TASK_SHEET, row: 2, column: "领域", message: msg("err.task.domain") },
      { sheet: TASK_SHEET, row: 3, column: "预计总投资（元）", message: msg("err.money.decimals") },
      { sheet: TASK_SHEET, row: 4, column: "预计总投资（元）", message: msg("err.money.negative") },
      { sheet: TASK_SHEET, row: 5, column: "揭榜截止时间（北京时间）", message: msg("err.deadline.past") },
      { sheet: TASK_SHEET, row: 7, column: "任务名称", message: msg("err.required") },
      { sheet: TASK_SHEET, row: 8, column: "任务编号", message: msg("err.task.codeDuplicateInFile") },
      { sheet: TASK_SHEET, row: 9, column: "序号", message: msg("err.import.duplicateKey") },
      { sheet: TASK_SHEET, row: 10, column: "序号", message: msg("err.import.badKey") },
      { sheet: TASK_SHEET, row: 11, column: "任务编号", message: msg("err.task.codeFormat") },
      { sheet: INDICATOR_SHEET, row: 10, column: "任务序号", message: msg("err.import.unknownTaskKey") },
      { sheet: INDICATOR_SHEET, row: 11, column: "权重", message: msg("err.integer") },
      { sheet: INDICATOR_SHEET, row: 12, column: "指标名称", message: msg("err.required") },
      { sheet: INDICATOR_SHEET, row: 12, column: "一票否决（是/否）", message: msg("err.import.yesNo") },
      {
        sheet: INDICATOR_SHEET,
        row: null,
        column: "权重",
        message: msg("err.import.weightsForTask", { key: 5, total: 90 }),
      },
    ]);
  });

  it("reports an Excel error value in a cell", async () => {
    const file = await xlsx({
      tasks: [taskRow(1, { 需求单位: { formula: "VLOOKUP(1,X:Y,2,0)", result: { error: "#N/A" } } })],
      indicators: [indicatorRow(1, 100)],
    });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      {
        sheet: TASK_SHEET,
        row: 2,
        column: "需求单位",
        message: msg("err.import.cellError", { value: "#N/A" }),
      },
    ]);
  });

  it("asks for indicators for a task without any", async () => {
    const file = await xlsx({ tasks: [taskRow(1)], indicators: [] });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      { sheet: TASK_SHEET, row: 2, column: "序号", message: msg("err.indicators.required") },
    ]);
  });

  it("refuses something that is not a spreadsheet", async () => {
    for (const data of [Buffer.from("hello"), Buffer.alloc(0), Buffer.from("序号,任务名称\r\n1,x\r\n")]) {
      expect(errorsOf(await parseTaskWorkbook(data, { now }))).toEqual([
        { sheet: "", row: null, column: null, message: msg("err.import.notSpreadsheet") },
      ]);
    }
  });

  it("names every missing column and sheet", async () => {
    const file = await xlsx({
      taskHeaders: TASK_HEADERS.filter((header) => header !== "任务名称" && header !== "所在区"),
      tasks: [taskRow(1)],
      indicators: [indicatorRow(1, 100)],
    });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      {
        sheet: TASK_SHEET,
        row: null,
        column: null,
        message: msg("err.import.missingColumn", { column: "任务名称" }),
      },
      {
        sheet: TASK_SHEET,
        row: null,
        column: null,
        message: msg("err.import.missingColumn", { column: "所在区" }),
      },
    ]);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(TASK_HEADERS);
    const noSheets = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(errorsOf(await parseTaskWorkbook(noSheets, { now }))).toEqual([
      { sheet: "", row: null, column: null, message: msg("err.import.missingSheet", { sheet: "任务" }) },
      { sheet: "", row: null, column: null, message: msg("err.import.missingSheet", { sheet: "考核指标" }) },
    ]);
  });

  it("refuses a file without tasks", async () => {
    const file = await xlsx({ tasks: [null, null], indicators: [] });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      { sheet: TASK_SHEET, row: null, column: null, message: msg("err.import.empty") },
    ]);
  });

  it("parses 5,000 tasks with 15,000 indicators", async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...exportTasks[2]!,
      code: `2026-IIOT-${String(i + 1).padStart(4, "0")}`,
    }));
    const tasks = tasksOf(await parseTaskWorkbook(await tasksToWorkbook(many), { now }));
    expect(tasks).toHaveLength(5000);
    expect(tasks.reduce((sum, task) => sum + task.indicators.length, 0)).toBe(15_000);
  });
});

/** Rewrites a workbook made by `xlsx`, e.g. to set a cell's number format. */
async function edit(file: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("what staff really send", () => {
  it("refuses a code whose domain part is not the task's domain, beside the code", async () => {
    const file = await xlsx({
      tasks: [
        taskRow(1, { 任务编号: "2026-AI-301", 领域: "区块链" }),
        taskRow(2, { 任务编号: "2026-BC-302", 领域: "区块链" }),
      ],
      indicators: [indicatorRow(1, 100), indicatorRow(2, 100)],
    });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      {
        sheet: TASK_SHEET,
        row: 2,
        column: "任务编号",
        message: msg("err.task.codeDomain", { expected: "BC", given: "AI" }),
      },
    ]);
  });

  it("lists codes of another year and codes already stored with every other error, in one pass", async () => {
    const file = await xlsx({
      tasks: [
        taskRow(1, { 任务编号: "2025-AI-001" }), // row 2: not the list's year
        taskRow(2, { 任务编号: "2026-AI-001" }), // row 3: already stored
        taskRow(3, { 任务名称: "" }), // row 4
      ],
      indicators: [indicatorRow(1, 100), indicatorRow(2, 100), indicatorRow(3, 100)],
    });
    const asked: string[][] = [];
    const takenCodes = async (codes: string[]) => {
      asked.push(codes);
      return new Set(codes.filter((code) => code === "2026-AI-001"));
    };
    expect(errorsOf(await parseTaskWorkbook(file, { now, year: 2026, takenCodes }))).toEqual([
      { sheet: TASK_SHEET, row: 2, column: "任务编号", message: msg("err.task.codeYear", { year: 2026 }) },
      { sheet: TASK_SHEET, row: 3, column: "任务编号", message: msg("err.task.codeTaken") },
      { sheet: TASK_SHEET, row: 4, column: "任务名称", message: msg("err.required") },
    ]);
    expect(asked).toEqual([["2025-AI-001", "2026-AI-001"]]);
  });

  it("reads amounts in 万元, with separators, ¥ and full-width digits; dates in Chinese forms; weights as percentages", async () => {
    const amounts = [
      "950万元",
      "950万",
      "9,500,000",
      "9500000元",
      "￥９５０万",
      "¥9,500,000.00",
      "９５０００００",
    ];
    const deadlines: CellValue[] = [
      "2030年12月1日 17:00",
      "2030/12/1 17:00",
      "2030-12-1",
      new Date(Date.UTC(2030, 11, 1)), // a real date cell without a time
      "２０３０年１２月１日　１７：００",
      "2030年12月1日",
      "2030-12-01 17:00",
    ];
    const file = await edit(
      await xlsx({
        tasks: amounts.map((amount, i) =>
          taskRow(i + 1, { "预计总投资（元）": amount, "揭榜截止时间（北京时间）": deadlines[i]! }),
        ),
        indicators: [
          ...amounts.slice(1).map((_, i) => indicatorRow(i + 2, "100%")),
          indicatorRow(1, 0.4), // row 8, formatted as a percentage below
          indicatorRow(1, "60 %"),
        ],
      }),
      (workbook) => {
        workbook.getWorksheet(INDICATOR_SHEET)!.getRow(8).getCell(5).numFmt = "0%";
      },
    );
    const tasks = tasksOf(await parseTaskWorkbook(file, { now }));
    expect(tasks.map((task) => task.indicativeInvestment)).toEqual(amounts.map(() => 950_000_000));
    expect(tasks.map((task) => task.bidDeadline)).toEqual(amounts.map(() => at("2030-12-01T17:00")));
    expect(tasks[0]!.indicators.map((i) => i.weight)).toEqual([40, 60]);
    expect(tasks[1]!.indicators.map((i) => i.weight)).toEqual([100]);
  });

  it("warns, without refusing, when an amount under ¥10,000 looks like it meant 万元", async () => {
    const file = await xlsx({
      tasks: [
        taskRow(1, { "预计总投资（元）": 950 }),
        taskRow(2, { "预计总投资（元）": "0.95万" }),
        taskRow(3, { "预计总投资（元）": "9500000" }),
      ],
      indicators: [indicatorRow(1, 100), indicatorRow(2, 100), indicatorRow(3, 100)],
    });
    const result = await parseTaskWorkbook(file, { now });
    expect(tasksOf(result)).toHaveLength(3);
    expect(result.ok && result.warnings).toEqual([
      {
        sheet: TASK_SHEET,
        row: 2,
        column: "预计总投资（元）",
        message: msg("warn.import.smallAmount", { amount: "¥950.00", wan: "950" }),
      },
    ]);
  });

  it("drops zero-width characters and reads full-width forms everywhere", async () => {
    const file = await xlsx({
      tasks: [
        taskRow("１", {
          任务编号: "\u200B２０２６－ＡＩ－００７",
          任务名称: "智能\u200B审批\uFEFF",
          领域: "人工智能\u200D",
          所在区: "\u200B武昌区",
          最多入选数: "２",
          联系电话: "０２７－８７６５４３２１",
        }),
      ],
      indicators: [indicatorRow("１", "１００", { "一票否决（是/否）": "否\u200B" })],
    });
    expect(tasksOf(await parseTaskWorkbook(file, { now }))[0]).toMatchObject({
      rowKey: 1,
      code: "2026-AI-007",
      title: "智能审批",
      domain: "ai",
      district: "武昌区",
      maxWinners: 2,
      contactPhone: "027-87654321",
      indicators: [{ weight: 100, veto: false }],
    });
  });

  it("finds the header row under title rows, and reports the Excel rows", async () => {
    const file = await edit(
      await xlsx({
        tasks: [taskRow(1), taskRow(2, { 任务名称: "" })],
        indicators: [indicatorRow(1, 100), indicatorRow(2, 100)],
      }),
      (workbook) => {
        for (const sheet of workbook.worksheets) {
          sheet.spliceRows(
            1,
            0,
            ["2026年武汉市数字经济揭榜挂帅任务清单"],
            ["填报单位：市数据局", "", "日期：2026年1月"],
          );
        }
      },
    );
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      { sheet: TASK_SHEET, row: 5, column: "任务名称", message: msg("err.required") },
    ]);
  });

  it("says a date does not exist, and which districts there are", async () => {
    const file = await xlsx({
      tasks: [taskRow(1, { "揭榜截止时间（北京时间）": "2030-02-30 17:00", 所在区: "武昌" })],
      indicators: [indicatorRow(1, 100)],
    });
    expect(errorsOf(await parseTaskWorkbook(file, { now }))).toEqual([
      expect.objectContaining({
        row: 2,
        column: "所在区",
        message: msg("err.import.district", { allowed: DISTRICTS.join("、") }),
      }),
      expect.objectContaining({
        row: 2,
        column: "揭榜截止时间（北京时间）",
        message: msg("err.deadline.impossible"),
      }),
    ]);
  });
});

describe("export", () => {
  it("round-trips through the import", async () => {
    const tasks = tasksOf(await parseTaskWorkbook(await tasksToWorkbook(exportTasks), { now }));
    expect(tasks.map((task) => [task.rowKey, task.row])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(tasks.map(({ rowKey: _rowKey, row: _row, ...task }) => task)).toEqual(exportTasks);
  });

  it("writes CSV for Excel: BOM, RFC 4180 quoting, CRLF, one line per task", () => {
    const csv = tasksToCsv(exportTasks);
    expect(csv.startsWith("\uFEFF序号,任务编号,任务名称,")).toBe(true);
    expect(csv).toContain('"第一行\n第二行，含逗号与 ""引号"""');
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + exportTasks.length);
    expect(rows[0]).toEqual([...TASK_HEADERS, "考核指标"]);
    expect(rows[1]).toEqual([
      "1",
      "2026-AI-001",
      "智能审批助手",
      "人工智能",
      "武汉市政务服务和大数据管理局",
      "江岸区",
      '第一行\n第二行，含逗号与 "引号"',
      "审批时长缩短 50%",
      "具备大模型研发能力",
      "1234.56",
      "2030-03-15 09:30",
      "3",
      "王五",
      "'+86 27 8888 0000", // not strictly a number, so defused (Excel would read "+86 27 …" as a formula)
      "准确率|≥ 95%|抽样评测|60|是；响应时间|≤ 2 秒|压力测试|40|否",
    ]);
    expect(rows[2]![9]).toBe("0.01");
  });

  it("defuses text that Excel would run as a formula, but not amounts or plain numbers", () => {
    const csv = tasksToCsv([
      { ...exportTasks[1]!, title: '=HYPERLINK("http://x")', goals: "@SUM(A1)", eligibility: "-cmd" },
    ]);
    const row = readCsv(csv.slice(1))[1]!;
    expect(row[2]).toBe('\'=HYPERLINK("http://x")');
    expect(row[7]).toBe("'@SUM(A1)");
    expect(row[8]).toBe("'-cmd");
    expect(readCsv(tasksToCsv(exportTasks).slice(1))[2]![13]).toBe("13800138000");
    expect(readCsv(tasksToCsv(exportTasks).slice(1))[1]![9]).toBe("1234.56");
  });

  it("quotes commas and quotes and leaves plain fields alone", () => {
    const csv = tasksToCsv([{ ...exportTasks[1]!, title: 'A, "B"', goals: "plain" }]);
    const line = csv.split("\r\n")[1]!;
    expect(line).toContain(',"A, ""B""",');
    expect(line).toContain(",plain,");
  });
});
