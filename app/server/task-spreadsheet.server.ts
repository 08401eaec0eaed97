import type { CellValue, Row, Workbook, Worksheet } from "exceljs";
import type { z } from "zod";
import { DISTRICTS } from "../domain/districts";
import { fenToYuanString } from "../domain/money";
import { DOMAIN_LABEL, TASK_DOMAINS, domainFromLabel } from "../domain/task-domains";
import { utcToShanghaiLocal } from "../domain/time";
import { MAX_INDICATORS, taskInputSchema, type TaskInput, type TaskInputStrings } from "../forms/task";

// exceljs takes about half a second to load: load it on the first import or export, not at server start.
async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import("exceljs");
  return new ExcelJS.Workbook();
}

/**
 * The task-list spreadsheet: one layout for the import template, the importer and the .xlsx export, so a
 * published list exported here imports back unchanged. Cells become the strings the web form would send and
 * go through the same schema.
 */

export const TASK_SHEET = "任务";
export const INDICATOR_SHEET = "考核指标";
export const HELP_SHEET = "填写说明";
/** The CSV's extra column: every indicator of a task in one cell. */
export const CSV_INDICATORS_HEADER = "考核指标";

type TaskField = Exclude<keyof TaskInputStrings, "indicators">;
type IndicatorField = keyof NonNullable<TaskInputStrings["indicators"]>[number];

type ColumnDef<K extends string> = {
  key: K;
  header: string;
  width: number;
  /** Formatted as text in the template, so Excel keeps leading zeros and does not turn the value into a date. */
  text?: boolean;
  zh: string;
  en: string;
};

const domainLabels = (lang: "zh" | "en") => TASK_DOMAINS.map((domain) => DOMAIN_LABEL[domain][lang]);

export const SPREADSHEET_COLUMNS = {
  task: [
    {
      key: "rowKey",
      header: "序号",
      width: 8,
      zh: "必填。正整数，本表内不可重复；考核指标表通过它关联任务。",
      en: "Required. A positive whole number, unique in this sheet; the indicator sheet refers to tasks by it.",
    },
    {
      key: "code",
      header: "任务编号",
      width: 16,
      text: true,
      zh: "选填。格式为 年份-领域-序号，例如 2024-AI-003；同一文件内不可重复。",
      en: "Optional. Year-domain-number, e.g. 2024-AI-003; unique within the file.",
    },
    {
      key: "title",
      header: "任务名称",
      width: 30,
      zh: "必填，最多 100 字。",
      en: "Required, at most 100 characters.",
    },
    {
      key: "domain",
      header: "领域",
      width: 14,
      zh: `必填。填写以下之一：${domainLabels("zh").join("、")}。`,
      en: `Required. One of: ${domainLabels("zh").join(", ")} (or in English: ${domainLabels("en").join(", ")}).`,
    },
    {
      key: "demandUnit",
      header: "需求单位",
      width: 24,
      zh: "必填，提出需求的单位名称，最多 100 字。",
      en: "Required. The organization with the need, at most 100 characters.",
    },
    {
      key: "district",
      header: "所在区",
      width: 18,
      zh: `必填。填写以下之一：${DISTRICTS.join("、")}。`,
      en: `Required. One of these districts or zones, in Chinese: ${DISTRICTS.join(", ")}.`,
    },
    {
      key: "scenarioNeed",
      header: "场景需求",
      width: 40,
      zh: "必填，应用场景与需求描述，最多 5000 字。",
      en: "Required. The scenario and the need, at most 5,000 characters.",
    },
    {
      key: "goals",
      header: "攻关目标",
      width: 40,
      zh: "必填，最多 5000 字。",
      en: "Required. The goals of the challenge, at most 5,000 characters.",
    },
    {
      key: "eligibility",
      header: "揭榜条件",
      width: 40,
      zh: "必填，对揭榜单位的要求，最多 3000 字。",
      en: "Required. What a bidding organization must meet, at most 3,000 characters.",
    },
    {
      key: "indicativeInvestment",
      header: "预计总投资（元）",
      width: 18,
      zh: "必填。单位为元，最多两位小数，不要千位分隔符，例如 5000000 或 1234.50。",
      en: "Required. In yuan, at most two decimals, no thousands separators, e.g. 5000000 or 1234.50.",
    },
    {
      key: "bidDeadline",
      header: "揭榜截止时间（北京时间）",
      width: 22,
      text: true,
      zh: "必填。北京时间，格式 2026-12-31 17:00，须晚于导入时间。",
      en: "Required. Beijing time written as 2026-12-31 17:00; must be later than the time of import.",
    },
    {
      key: "maxWinners",
      header: "最多入选数",
      width: 12,
      zh: "必填，1 到 20 的整数。",
      en: "Required. A whole number from 1 to 20.",
    },
    {
      key: "contactName",
      header: "联系人",
      width: 12,
      zh: "必填，最多 50 字。",
      en: "Required, at most 50 characters.",
    },
    {
      key: "contactPhone",
      header: "联系电话",
      width: 18,
      text: true,
      zh: "必填。数字、空格及 + - ( )，5 到 30 个字符，例如 027-12345678。",
      en: "Required. Digits, spaces and + - ( ), 5 to 30 characters, e.g. 027-12345678.",
    },
  ],
  indicator: [
    {
      key: "taskKey",
      header: "任务序号",
      width: 10,
      zh: `必填。该指标所属任务在“${TASK_SHEET}”表中的序号；每个任务需 1 到 ${MAX_INDICATORS} 项指标。`,
      en: `Required. The 序号 of the task in the “${TASK_SHEET}” sheet; each task needs 1 to ${MAX_INDICATORS} indicators.`,
    },
    {
      key: "name",
      header: "指标名称",
      width: 24,
      zh: "必填，最多 100 字。",
      en: "Required, at most 100 characters.",
    },
    {
      key: "target",
      header: "目标值",
      width: 20,
      zh: "必填，最多 200 字。",
      en: "Required. The value to reach, at most 200 characters.",
    },
    {
      key: "measurement",
      header: "考核方式",
      width: 30,
      zh: "必填，如何考核，最多 300 字。",
      en: "Required. How it is assessed, at most 300 characters.",
    },
    {
      key: "weight",
      header: "权重",
      width: 8,
      zh: "必填。0 到 100 的整数；同一任务各指标权重之和须为 100。",
      en: "Required. A whole number from 0 to 100; the weights of one task must sum to 100.",
    },
    {
      key: "veto",
      header: "一票否决（是/否）",
      width: 16,
      zh: "填“是”或“否”，留空视为“否”。",
      en: "是 (yes) or 否 (no); blank means no.",
    },
  ],
} as const satisfies {
  task: readonly ColumnDef<"rowKey" | TaskField>[];
  indicator: readonly ColumnDef<"taskKey" | IndicatorField>[];
};

type TaskColumnKey = (typeof SPREADSHEET_COLUMNS.task)[number]["key"];
type IndicatorColumnKey = (typeof SPREADSHEET_COLUMNS.indicator)[number]["key"];
// Fails to compile when a field is added to the schema without a column for it.
const _everyFieldHasAColumn: [
  Exclude<TaskField, TaskColumnKey>,
  Exclude<IndicatorField, IndicatorColumnKey>,
] extends [never, never]
  ? true
  : never = true;

const TASK_HEADER = headersByKey(SPREADSHEET_COLUMNS.task);
const INDICATOR_HEADER = headersByKey(SPREADSHEET_COLUMNS.indicator);

function headersByKey<K extends string>(columns: readonly ColumnDef<K>[]): Record<K, string> {
  return Object.fromEntries(columns.map((column) => [column.key, column.header])) as Record<K, string>;
}

// ---------------------------------------------------------------------------------------------------------
// Writing

export type TaskExportRow = Omit<TaskInput, "code"> & { code: string };
type CellOut = string | number | null;

function addSheet<K extends string>(workbook: Workbook, name: string, columns: readonly ColumnDef<K>[]) {
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

function taskCells(task: TaskExportRow, rowKey: number): Record<TaskColumnKey, CellOut> {
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

function indicatorCells(
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

function inColumnOrder<K extends string>(
  columns: readonly ColumnDef<K>[],
  cells: Record<K, CellOut>,
): CellOut[] {
  return columns.map((column) => cells[column.key]);
}

function writeTaskSheets(workbook: Workbook, tasks: readonly TaskExportRow[]) {
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

function writeHelpSheet(workbook: Workbook) {
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

const TEMPLATE_EXAMPLE: TaskExportRow = {
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

async function toBuffer(workbook: Workbook): Promise<Buffer> {
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

/**
 * Public data opened in Excel: a text starting with = or @ (or + / - before a non-digit) would run as a formula,
 * so it gets a leading apostrophe (OWASP's CSV-injection advice). Amounts, dates and "+86…" phones are untouched.
 */
function defuseFormula(value: string): string {
  return /^[=@\t\r]|^[+-][^\d]/.test(value) ? `'${value}` : value;
}

function csvField(raw: string): string {
  const value = defuseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function indicatorSummary(task: TaskExportRow): string {
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
  return `\uFEFF${[header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("")}`;
}

// ---------------------------------------------------------------------------------------------------------
// Reading

export type SheetError = { sheet: string; row: number | null; column: string | null; message: string };
/** `row` is the Excel row of the task, for errors found later (e.g. a code already in the database). */
export type ParsedTask = TaskInput & { rowKey: number; row: number };
export type ParseResult = { ok: true; tasks: ParsedTask[] } | { ok: false; errors: SheetError[] };

const withParams = (key: string, params: Record<string, string | number>) =>
  `${key}|${JSON.stringify(params)}`;

/** What a cell holds, as the web form would send it; `error` when the cell shows an Excel error like #N/A. */
type CellText = { text: string | undefined; error?: string };

const plainNumber = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 20 });

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // Excel keeps 15 significant digits; rounding there drops binary artefacts such as 0.30000000000000004.
  return plainNumber.format(Number(n.toPrecision(15)));
}

function dateText(date: Date): string {
  // Excel stores times as fractions of a day, so 17:00 can come back as 16:59:59.999.
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function rawText(value: CellValue): string | { error: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return dateText(value);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return rawText(value.text as CellValue);
  if ("result" in value) return rawText(value.result);
  return undefined;
}

function cellText(value: CellValue): CellText {
  const raw = rawText(value);
  if (typeof raw === "object") return { text: undefined, error: raw.error };
  const text = raw?.trim();
  return { text: text === "" ? undefined : text };
}

const normalizeHeader = (text: string) => text.trim().replaceAll("(", "（").replaceAll(")", "）");

const YES = new Set(["是", "y", "yes", "true", "1"]);
const NO = new Set(["否", "n", "no", "false", "0"]);

type RawIndicator = { row: number; fields: Partial<Record<IndicatorField, string>> };
type RawTask = {
  row: number;
  key: number | null;
  /** False when the key is bad or taken: its indicator rows cannot be told apart, so they are not checked. */
  linked: boolean;
  fields: Partial<Record<TaskField, string>>;
  indicators: RawIndicator[];
};

/** Collects errors, one per cell: a later error on the same cell is usually a consequence of the first. */
class ErrorList {
  readonly items: SheetError[] = [];
  private readonly cells = new Set<string>();

  add(error: SheetError) {
    const where = JSON.stringify([error.sheet, error.row, error.column]);
    if (error.row !== null && error.column !== null) {
      if (this.cells.has(where)) return;
      this.cells.add(where);
    }
    this.items.push(error);
  }

  sorted(): SheetError[] {
    const sheetOrder = ["", TASK_SHEET, INDICATOR_SHEET];
    const columnOrder = [...SPREADSHEET_COLUMNS.task, ...SPREADSHEET_COLUMNS.indicator].map(
      (c): string => c.header,
    );
    const rank = (e: SheetError) => [
      sheetOrder.indexOf(e.sheet),
      e.row ?? Number.MAX_SAFE_INTEGER,
      e.column === null ? -1 : columnOrder.indexOf(e.column),
    ];
    return this.items
      .map((error, index) => ({ error, index, rank: rank(error) }))
      .sort(
        (a, b) =>
          a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || a.index - b.index,
      )
      .map(({ error }) => error);
  }
}

async function loadWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<Workbook | null> {
  // An ArrayBuffer is what exceljs's typings accept; a view is copied into one of its exact length.
  const bytes = data instanceof ArrayBuffer ? data : new Uint8Array(data).buffer;
  try {
    const workbook = await newWorkbook();
    await workbook.xlsx.load(bytes);
    return workbook;
  } catch {
    return null;
  }
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.trim() === name);
}

/** Column number of each header, by name; the missing headers are reported. */
function columnNumbers<K extends string>(
  sheetName: string,
  sheet: Worksheet,
  columns: readonly ColumnDef<K>[],
  errors: ErrorList,
): Record<K, number> | null {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value).text;
    if (text !== undefined && !found.has(normalizeHeader(text))) found.set(normalizeHeader(text), col);
  });
  const numbers: Partial<Record<K, number>> = {};
  let complete = true;
  for (const column of columns) {
    const col = found.get(normalizeHeader(column.header));
    if (col === undefined) {
      complete = false;
      errors.add({
        sheet: sheetName,
        row: null,
        column: null,
        message: withParams("err.import.missingColumn", { column: column.header }),
      });
    } else numbers[column.key] = col;
  }
  return complete ? (numbers as Record<K, number>) : null;
}

type Layout = {
  tasks: { sheet: Worksheet; columns: Record<TaskColumnKey, number> };
  indicators: { sheet: Worksheet; columns: Record<IndicatorColumnKey, number> };
};

function readLayout(workbook: Workbook, errors: ErrorList): Layout | null {
  const taskSheet = findSheet(workbook, TASK_SHEET);
  const indicatorSheet = findSheet(workbook, INDICATOR_SHEET);
  for (const [name, sheet] of [
    [TASK_SHEET, taskSheet],
    [INDICATOR_SHEET, indicatorSheet],
  ] as const) {
    if (!sheet) {
      errors.add({
        sheet: "",
        row: null,
        column: null,
        message: withParams("err.import.missingSheet", { sheet: name }),
      });
    }
  }
  const taskColumns = taskSheet && columnNumbers(TASK_SHEET, taskSheet, SPREADSHEET_COLUMNS.task, errors);
  const indicatorColumns =
    indicatorSheet && columnNumbers(INDICATOR_SHEET, indicatorSheet, SPREADSHEET_COLUMNS.indicator, errors);
  if (!taskSheet || !indicatorSheet || !taskColumns || !indicatorColumns) return null;
  return {
    tasks: { sheet: taskSheet, columns: taskColumns },
    indicators: { sheet: indicatorSheet, columns: indicatorColumns },
  };
}

/** The row's cells by column key; null for a row with nothing in the known columns. */
function readRow<K extends string>(
  row: Row,
  sheetName: string,
  columns: readonly ColumnDef<K>[],
  numbers: Record<K, number>,
  errors: ErrorList,
): Partial<Record<K, string>> | null {
  const fields: Partial<Record<K, string>> = {};
  let empty = true;
  for (const column of columns) {
    const { text, error } = cellText(row.getCell(numbers[column.key]).value);
    if (error !== undefined) {
      empty = false;
      errors.add({
        sheet: sheetName,
        row: row.number,
        column: column.header,
        message: withParams("err.import.cellError", { value: error }),
      });
    }
    if (text !== undefined) {
      empty = false;
      fields[column.key] = text;
    }
  }
  return empty ? null : fields;
}

function parseKey(text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const key = Number(text);
  return key > 0 && Number.isSafeInteger(key) ? key : null;
}

function readTasks(layout: Layout, errors: ErrorList): { tasks: RawTask[]; byKey: Map<number, RawTask> } {
  const { sheet, columns } = layout.tasks;
  const tasks: RawTask[] = [];
  const byKey = new Map<number, RawTask>();
  sheet.eachRow((row) => {
    if (row.number === 1) return;
    const cells = readRow(row, TASK_SHEET, SPREADSHEET_COLUMNS.task, columns, errors);
    if (!cells) return;
    const { rowKey, ...fields } = cells;
    if (fields.domain !== undefined) fields.domain = domainFromLabel(fields.domain) ?? fields.domain;
    const key = parseKey(rowKey);
    const task: RawTask = { row: row.number, key, linked: false, fields, indicators: [] };
    const where = { sheet: TASK_SHEET, row: row.number, column: TASK_HEADER.rowKey };
    if (key === null) errors.add({ ...where, message: "err.import.badKey" });
    else if (byKey.has(key)) errors.add({ ...where, message: "err.import.duplicateKey" });
    else {
      task.linked = true;
      byKey.set(key, task);
    }
    tasks.push(task);
  });
  return { tasks, byKey };
}

function vetoText(text: string | undefined, where: Omit<SheetError, "message">, errors: ErrorList) {
  if (text === undefined) return undefined;
  const answer = text.toLowerCase();
  if (YES.has(answer)) return "on";
  if (!NO.has(answer)) errors.add({ ...where, message: "err.import.yesNo" });
  return undefined;
}

function readIndicators(layout: Layout, byKey: Map<number, RawTask>, errors: ErrorList) {
  const { sheet, columns } = layout.indicators;
  sheet.eachRow((row) => {
    if (row.number === 1) return;
    const cells = readRow(row, INDICATOR_SHEET, SPREADSHEET_COLUMNS.indicator, columns, errors);
    if (!cells) return;
    const { taskKey, veto, ...fields } = cells;
    const vetoWhere = { sheet: INDICATOR_SHEET, row: row.number, column: INDICATOR_HEADER.veto };
    const indicator: RawIndicator = {
      row: row.number,
      fields: { ...fields, veto: vetoText(veto, vetoWhere, errors) },
    };
    const key = parseKey(taskKey);
    const where = { sheet: INDICATOR_SHEET, row: row.number, column: INDICATOR_HEADER.taskKey };
    const task = key === null ? undefined : byKey.get(key);
    if (key === null) errors.add({ ...where, message: "err.import.badKey" });
    else if (!task) errors.add({ ...where, message: "err.import.unknownTaskKey" });
    else task.indicators.push(indicator);
  });
}

type Issue = z.ZodError["issues"][number];

function isTaskField(name: PropertyKey | undefined): name is TaskField {
  return typeof name === "string" && Object.hasOwn(TASK_HEADER, name) && name !== "rowKey";
}

function isIndicatorField(name: PropertyKey): name is IndicatorField {
  return typeof name === "string" && Object.hasOwn(INDICATOR_HEADER, name) && name !== "taskKey";
}

function issueToError(issue: Issue, task: RawTask): SheetError {
  const [first, index, field] = issue.path;
  const onTaskRow = (column: string | null) => ({
    sheet: TASK_SHEET,
    row: task.row,
    column,
    message: issue.message,
  });
  if (first !== "indicators") return onTaskRow(isTaskField(first) ? TASK_HEADER[first] : null);
  const indicator = typeof index === "number" ? task.indicators[index] : undefined;
  if (indicator) {
    const column = field !== undefined && isIndicatorField(field) ? INDICATOR_HEADER[field] : null;
    return { sheet: INDICATOR_SHEET, row: indicator.row, column, message: issue.message };
  }
  if (issue.message.startsWith("err.indicators.weights|")) {
    const { total } = JSON.parse(issue.message.slice(issue.message.indexOf("|") + 1)) as { total: number };
    const message = withParams("err.import.weightsForTask", { key: task.key ?? task.row, total });
    return { sheet: INDICATOR_SHEET, row: null, column: INDICATOR_HEADER.weight, message };
  }
  return onTaskRow(TASK_HEADER.rowKey);
}

function relevantIssues(issues: readonly Issue[], task: RawTask): Issue[] {
  const aboutIndicators = (issue: Issue) => issue.path[0] === "indicators";
  if (!task.linked) return issues.filter((issue) => !aboutIndicators(issue));
  // The weights total is meaningless while an indicator is missing or invalid.
  const isTotal = (issue: Issue) =>
    aboutIndicators(issue) && issue.message.startsWith("err.indicators.weights|");
  const otherIndicatorIssue = issues.some((issue) => aboutIndicators(issue) && !isTotal(issue));
  return otherIndicatorIssue ? issues.filter((issue) => !isTotal(issue)) : [...issues];
}

function checkDuplicateCodes(tasks: readonly RawTask[], errors: ErrorList) {
  const seen = new Set<string>();
  for (const task of tasks) {
    const code = task.fields.code?.toUpperCase();
    if (code === undefined) continue;
    if (seen.has(code)) {
      errors.add({
        sheet: TASK_SHEET,
        row: task.row,
        column: TASK_HEADER.code,
        message: "err.task.codeDuplicateInFile",
      });
    }
    seen.add(code);
  }
}

function validateTasks(tasks: readonly RawTask[], now: Date, errors: ErrorList): ParsedTask[] {
  const schema = taskInputSchema({ now });
  const valid: ParsedTask[] = [];
  for (const task of tasks) {
    const input: TaskInputStrings = { ...task.fields, indicators: task.indicators.map((i) => i.fields) };
    const result = schema.safeParse(input);
    if (!result.success) {
      for (const issue of relevantIssues(result.error.issues, task)) errors.add(issueToError(issue, task));
    } else if (task.key !== null) valid.push({ rowKey: task.key, row: task.row, ...result.data });
  }
  return valid;
}

/** All or nothing: either every task in the file, or every error found in it. */
export async function parseTaskWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
  { now }: { now: Date },
): Promise<ParseResult> {
  const workbook = await loadWorkbook(data);
  if (!workbook) {
    return {
      ok: false,
      errors: [{ sheet: "", row: null, column: null, message: "err.import.notSpreadsheet" }],
    };
  }
  const errors = new ErrorList();
  const layout = readLayout(workbook, errors);
  if (!layout) return { ok: false, errors: errors.sorted() };
  const { tasks, byKey } = readTasks(layout, errors);
  if (tasks.length === 0) {
    errors.add({ sheet: TASK_SHEET, row: null, column: null, message: "err.import.empty" });
  }
  readIndicators(layout, byKey, errors);
  const valid = validateTasks(tasks, now, errors);
  checkDuplicateCodes(tasks, errors);
  return errors.items.length === 0 ? { ok: true, tasks: valid } : { ok: false, errors: errors.sorted() };
}
