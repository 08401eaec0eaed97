import { msg, schemaMessage, type Message } from "../../../i18n/i18n";
import type { CellValue, Row, Workbook, Worksheet } from "exceljs";
import type { z } from "zod";
import { domainFromLabel } from "../../../domain/task-domains";
import { taskInputSchema, type TaskInput, type TaskInputStrings } from "../../../forms/task";
import {
  TASK_SHEET,
  INDICATOR_SHEET,
  TaskField,
  IndicatorField,
  ColumnDef,
  SPREADSHEET_COLUMNS,
  TaskColumnKey,
  IndicatorColumnKey,
  TASK_HEADER,
  INDICATOR_HEADER,
} from "./columns.server";
import { newWorkbook } from "./writer.server";

// ---------------------------------------------------------------------------------------------------------
// Reading

export type SheetError = { sheet: string; row: number | null; column: string | null; message: Message };
/** `row` is the Excel row of the task, for errors found later (e.g. a code already in the database). */
export type ParsedTask = TaskInput & { rowKey: number; row: number };
export type ParseResult = { ok: true; tasks: ParsedTask[] } | { ok: false; errors: SheetError[] };

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
        message: msg("err.import.missingColumn", { column: column.header }),
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
        message: msg("err.import.missingSheet", { sheet: name }),
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
        message: msg("err.import.cellError", { value: error }),
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
    if (key === null) errors.add({ ...where, message: msg("err.import.badKey") });
    else if (byKey.has(key)) errors.add({ ...where, message: msg("err.import.duplicateKey") });
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
  if (!NO.has(answer)) errors.add({ ...where, message: msg("err.import.yesNo") });
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
    if (key === null) errors.add({ ...where, message: msg("err.import.badKey") });
    else if (!task) errors.add({ ...where, message: msg("err.import.unknownTaskKey") });
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
    message: schemaMessage(issue.message, "err.value"),
  });
  if (first !== "indicators") return onTaskRow(isTaskField(first) ? TASK_HEADER[first] : null);
  const indicator = typeof index === "number" ? task.indicators[index] : undefined;
  if (indicator) {
    const column = field !== undefined && isIndicatorField(field) ? INDICATOR_HEADER[field] : null;
    return {
      sheet: INDICATOR_SHEET,
      row: indicator.row,
      column,
      message: schemaMessage(issue.message, "err.value"),
    };
  }
  const schema = schemaMessage(issue.message, "err.value");
  if (schema.key === "err.indicators.weights") {
    const message = msg("err.import.weightsForTask", {
      key: task.key ?? task.row,
      total: schema.params!.total!,
    });
    return { sheet: INDICATOR_SHEET, row: null, column: INDICATOR_HEADER.weight, message };
  }
  return onTaskRow(TASK_HEADER.rowKey);
}

function relevantIssues(issues: readonly Issue[], task: RawTask): Issue[] {
  const aboutIndicators = (issue: Issue) => issue.path[0] === "indicators";
  if (!task.linked) return issues.filter((issue) => !aboutIndicators(issue));
  // The weights total is meaningless while an indicator is missing or invalid.
  const isTotal = (issue: Issue) =>
    aboutIndicators(issue) && schemaMessage(issue.message, "err.value").key === "err.indicators.weights";
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
        message: msg("err.task.codeDuplicateInFile"),
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
      errors: [{ sheet: "", row: null, column: null, message: msg("err.import.notSpreadsheet") }],
    };
  }
  const errors = new ErrorList();
  const layout = readLayout(workbook, errors);
  if (!layout) return { ok: false, errors: errors.sorted() };
  const { tasks, byKey } = readTasks(layout, errors);
  if (tasks.length === 0) {
    errors.add({ sheet: TASK_SHEET, row: null, column: null, message: msg("err.import.empty") });
  }
  readIndicators(layout, byKey, errors);
  const valid = validateTasks(tasks, now, errors);
  checkDuplicateCodes(tasks, errors);
  return errors.items.length === 0 ? { ok: true, tasks: valid } : { ok: false, errors: errors.sorted() };
}
