import type { Workbook } from "exceljs";
import { csvLine } from "../../../domain/csv";
import { fenToYuanString } from "../../../domain/money";
import { DOMAIN_LABEL } from "../../../domain/task-domains";
import { utcToShanghaiLocal } from "../../../domain/time";
import {
  TASK_SHEET,
  INDICATOR_SHEET,
  HELP_SHEET,
  CSV_INDICATORS_HEADER,
  ColumnDef,
  SPREADSHEET_COLUMNS,
  TaskColumnKey,
  IndicatorColumnKey,
  TaskExportRow,
} from "./columns.server";

// exceljs takes about half a second to load: load it on the first import or export, not at server start.
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import("exceljs");
  return new ExcelJS.Workbook();
}
export type CellOut = string | number | null;

export function addSheet<K extends string>(
  workbook: Workbook,
  name: string,
  columns: readonly ColumnDef<K>[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: column.text ? { numFmt: "@" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

export function taskCells(task: TaskExportRow, rowKey: number): Record<TaskColumnKey, CellOut> {
  return {
    rowKey,
    code: task.code === "" ? null : task.code,
    title: task.title,
    domain: DOMAIN_LABEL[task.domain].zh,
    demandUnit: task.demandUnit,
    district: task.district,
    scenarioNeed: task.scenarioNeed,
    goals: task.goals,
    eligibility: task.eligibility,
    indicativeInvestment: fenToYuanString(task.indicativeInvestment),
    bidDeadline: utcToShanghaiLocal(task.bidDeadline, " "),
    maxWinners: task.maxWinners,
    contactName: task.contactName,
    contactPhone: task.contactPhone,
  };
}

export function indicatorCells(
  indicator: TaskExportRow["indicators"][number],
  taskKey: number,
): Record<IndicatorColumnKey, CellOut> {
  return {
    taskKey,
    name: indicator.name,
    target: indicator.target,
    measurement: indicator.measurement,
    weight: indicator.weight,
    veto: indicator.veto ? "是" : "否",
  };
}

export function inColumnOrder<K extends string>(
  columns: readonly ColumnDef<K>[],
  cells: Record<K, CellOut>,
): CellOut[] {
  return columns.map((column) => cells[column.key]);
}

export function writeTaskSheets(workbook: Workbook, tasks: readonly TaskExportRow[]) {
  const taskSheet = addSheet(workbook, TASK_SHEET, SPREADSHEET_COLUMNS.task);
  const indicatorSheet = addSheet(workbook, INDICATOR_SHEET, SPREADSHEET_COLUMNS.indicator);
  tasks.forEach((task, index) => {
    const rowKey = index + 1;
    taskSheet.addRow(inColumnOrder(SPREADSHEET_COLUMNS.task, taskCells(task, rowKey)));
    for (const indicator of task.indicators) {
      indicatorSheet.addRow(inColumnOrder(SPREADSHEET_COLUMNS.indicator, indicatorCells(indicator, rowKey)));
    }
  });
}

export function writeHelpSheet(workbook: Workbook) {
  const sheet = workbook.addWorksheet(HELP_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "工作表 Sheet", width: 14 },
    { header: "列名 Column", width: 26 },
    { header: "说明", width: 60 },
    { header: "Description", width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  const sheets = [
    [TASK_SHEET, SPREADSHEET_COLUMNS.task],
    [INDICATOR_SHEET, SPREADSHEET_COLUMNS.indicator],
  ] as const;
  for (const [name, columns] of sheets) {
    for (const column of columns) sheet.addRow([name, column.header, column.zh, column.en]);
  }
  sheet.addRow([]);
  sheet.addRow([
    "",
    "",
    "示例行可直接修改或删除。导入时全部行须无误，否则不导入任何任务，并列出所有错误所在的工作表、行和列。",
    "Edit or delete the example rows. An import succeeds only when every row is valid; otherwise nothing is imported and every error is listed with its sheet, row and column.",
  ]);
  sheet.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: "top" };
}

export const TEMPLATE_EXAMPLE: TaskExportRow = {
  code: "",
  title: "城市内涝智能预警平台",
  domain: "ai",
  demandUnit: "武汉市水务局",
  district: "江汉区",
  scenarioNeed: "汛期城区易涝点多、预警依赖人工巡查，需要基于降雨、管网与地形数据的智能预警。",
  goals: "建成覆盖中心城区的内涝预警平台，提前 2 小时以上发布易涝点预警。",
  eligibility: "在武汉注册的企业或科研机构，具有城市水务或人工智能项目经验。",
  indicativeInvestment: 500_000_000,
  bidDeadline: new Date(Date.UTC(2030, 11, 31, 9, 0)), // 2030-12-31 17:00 in Beijing
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
};

export async function toBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function buildTaskTemplate(): Promise<Buffer> {
  const workbook = await newWorkbook();
  writeTaskSheets(workbook, [TEMPLATE_EXAMPLE]);
  writeHelpSheet(workbook);
  return toBuffer(workbook);
}

/** The import layout exactly, so an export can be edited and imported again. */
export async function tasksToWorkbook(tasks: TaskExportRow[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  writeTaskSheets(workbook, tasks);
  return toBuffer(workbook);
}

export function indicatorSummary(task: TaskExportRow): string {
  return task.indicators
    .map((i) => [i.name, i.target, i.measurement, String(i.weight), i.veto ? "是" : "否"].join("|"))
    .join("；");
}

/** RFC 4180 with CRLF; the byte-order mark makes Excel read the file as UTF-8 instead of the local code page. */
export function tasksToCsv(tasks: TaskExportRow[]): string {
  const header = [...SPREADSHEET_COLUMNS.task.map((column) => column.header), CSV_INDICATORS_HEADER];
  const rows = tasks.map((task, index) => [
    ...inColumnOrder(SPREADSHEET_COLUMNS.task, taskCells(task, index + 1)).map((cell) => String(cell ?? "")),
    indicatorSummary(task),
  ]);
  return `\uFEFF${[header, ...rows].map(csvLine).join("")}`;
}
