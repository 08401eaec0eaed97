import { msg, schemaMessage } from "../../../i18n/i18n";
import type { z } from "zod";
import { DISTRICTS } from "../../../domain/districts";
import { fenToYuanString, formatFen } from "../../../domain/money";
import { domainFromLabel, TASK_CODE_PATTERN } from "../../../domain/task-domains";
import { taskInputSchema, type TaskInput, type TaskInputStrings } from "../../../forms/task";
import {
  TASK_SHEET,
  INDICATOR_SHEET,
  TaskField,
  IndicatorField,
  SPREADSHEET_COLUMNS,
  TASK_HEADER,
  INDICATOR_HEADER,
} from "./columns.server";
import {
  ErrorList,
  TYPED_COLUMNS,
  loadWorkbook,
  readLayout,
  readRow,
  type Layout,
  type SheetError,
} from "./workbook-layout.server";
import {
  IMPORT_LIMITS,
  archiveProblems,
  capErrors,
  hiddenCellProblems,
  hiddenSheetProblems,
  rowCountProblem,
} from "./workbook-guard.server";

// ---------------------------------------------------------------------------------------------------------
// Reading

export type { SheetError };
/** `row` is the Excel row of the task, for errors found later (e.g. a code already in the database). */
export type ParsedTask = TaskInput & { rowKey: number; row: number };
/**
 * Warnings never stop an import: they point at values that are valid but probably not what was meant.
 * `moreErrors`: how many errors were found beyond the first ones listed (IMPORT_LIMITS.errors).
 */
export type ParseResult =
  | { ok: true; tasks: ParsedTask[]; warnings: SheetError[] }
  | { ok: false; errors: SheetError[]; moreErrors?: number };

export type ParseOptions = {
  now: Date;
  /** The list's year: explicit codes must start with it. */
  year?: number;
  /** Which of these codes are already stored, so that they are reported with every other error at once. */
  takenCodes?: (codes: string[]) => Promise<Set<string>>;
};

/** Below ¥10,000 a task's investment was most likely written in 万元 without saying so. */
const SMALL_INVESTMENT_FEN = 1_000_000;

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

function parseKey(text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const key = Number(text);
  return key > 0 && Number.isSafeInteger(key) ? key : null;
}

function readTasks(layout: Layout, errors: ErrorList): { tasks: RawTask[]; byKey: Map<number, RawTask> } {
  const { sheet, headerRow, columns } = layout.tasks;
  const tasks: RawTask[] = [];
  const byKey = new Map<number, RawTask>();
  sheet.eachRow((row) => {
    if (row.number <= headerRow) return;
    const cells = readRow(row, TASK_SHEET, SPREADSHEET_COLUMNS.task, columns, errors, TYPED_COLUMNS);
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
  const { sheet, headerRow, columns } = layout.indicators;
  sheet.eachRow((row) => {
    if (row.number <= headerRow) return;
    const cells = readRow(
      row,
      INDICATOR_SHEET,
      SPREADSHEET_COLUMNS.indicator,
      columns,
      errors,
      TYPED_COLUMNS,
    );
    if (!cells) return;
    const { taskKey, veto, ...fields } = cells;
    // "40%" as typed; a cell formatted as a percentage already reads as 40.
    if (fields.weight !== undefined) fields.weight = fields.weight.replace(/^(\d+(?:\.\d+)?)\s*%$/, "$1");
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
  const message = schemaMessage(issue.message, "err.value");
  const onTaskRow = (column: string | null) => ({
    sheet: TASK_SHEET,
    row: task.row,
    column,
    // A form offers the districts to choose from; a spreadsheet cell has to say which ones there are.
    message:
      message.key === "err.district"
        ? msg("err.import.district", { allowed: DISTRICTS.join("、") })
        : message,
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

/** Codes already in the database, found with every other error rather than after them. */
async function checkTakenCodes(
  tasks: readonly RawTask[],
  takenCodes: ParseOptions["takenCodes"],
  errors: ErrorList,
) {
  if (!takenCodes) return;
  const codeOf = (task: RawTask) => task.fields.code?.toUpperCase();
  const codes = [
    ...new Set(tasks.map(codeOf).filter((code) => code !== undefined && TASK_CODE_PATTERN.test(code))),
  ];
  if (codes.length === 0) return;
  const taken = await takenCodes(codes as string[]);
  for (const task of tasks) {
    const code = codeOf(task);
    if (code !== undefined && taken.has(code))
      errors.add({
        sheet: TASK_SHEET,
        row: task.row,
        column: TASK_HEADER.code,
        message: msg("err.task.codeTaken"),
      });
  }
}

/** An investment under ¥10,000 written without 万: valid, but most likely meant in 万元. */
function smallAmountWarning(task: RawTask, fen: number): SheetError | null {
  const text = task.fields.indicativeInvestment ?? "";
  if (fen === 0 || fen >= SMALL_INVESTMENT_FEN || text.includes("万")) return null;
  return {
    sheet: TASK_SHEET,
    row: task.row,
    column: TASK_HEADER.indicativeInvestment,
    message: msg("warn.import.smallAmount", {
      amount: formatFen(fen),
      wan: fenToYuanString(fen).replace(/\.?0+$/, ""),
    }),
  };
}

function validateTasks(
  tasks: readonly RawTask[],
  { now, year }: ParseOptions,
  errors: ErrorList,
  warnings: SheetError[],
): ParsedTask[] {
  const schema = taskInputSchema({ now, year });
  const valid: ParsedTask[] = [];
  for (const task of tasks) {
    const input: TaskInputStrings = { ...task.fields, indicators: task.indicators.map((i) => i.fields) };
    const result = schema.safeParse(input);
    if (!result.success) {
      for (const issue of relevantIssues(result.error.issues, task)) errors.add(issueToError(issue, task));
    } else {
      const warning = smallAmountWarning(task, result.data.indicativeInvestment);
      if (warning) warnings.push(warning);
      if (task.key !== null) valid.push({ rowKey: task.key, row: task.row, ...result.data });
    }
  }
  return valid;
}

/** Nothing hidden, and not too many rows: checked before a single cell is read. */
function visibleAndWithinLimits(layout: Layout): SheetError[] {
  const hidden = [
    ...hiddenCellProblems(TASK_SHEET, layout.tasks.sheet),
    ...hiddenCellProblems(INDICATOR_SHEET, layout.indicators.sheet),
  ];
  if (hidden.length) return hidden;
  return [
    rowCountProblem(TASK_SHEET, layout.tasks.sheet, layout.tasks.headerRow, IMPORT_LIMITS.taskRows),
    rowCountProblem(
      INDICATOR_SHEET,
      layout.indicators.sheet,
      layout.indicators.headerRow,
      IMPORT_LIMITS.indicatorRows,
    ),
  ].filter((problem) => problem !== null);
}

const failed = (errors: SheetError[]): ParseResult => ({ ok: false, ...capErrors(errors) });

/**
 * All or nothing: either every task in the file, or every error found in it (the first IMPORT_LIMITS.errors of
 * them, and how many more). The zip is checked before exceljs inflates it; hidden sheets, rows and columns and
 * oversized sheets are refused before any cell is read.
 */
export async function parseTaskWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
  options: ParseOptions,
): Promise<ParseResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const archive = await archiveProblems(bytes);
  if (archive) return failed(archive);
  const workbook = await loadWorkbook(bytes);
  if (!workbook) {
    return failed([{ sheet: "", row: null, column: null, message: msg("err.import.notSpreadsheet") }]);
  }
  const hiddenSheets = hiddenSheetProblems(workbook);
  if (hiddenSheets.length) return failed(hiddenSheets);
  const errors = new ErrorList();
  const layout = readLayout(workbook, errors);
  if (!layout) return failed(errors.sorted());
  const refused = visibleAndWithinLimits(layout);
  if (refused.length) return failed(refused);
  const { tasks, byKey } = readTasks(layout, errors);
  if (tasks.length === 0) {
    errors.add({ sheet: TASK_SHEET, row: null, column: null, message: msg("err.import.empty") });
  }
  readIndicators(layout, byKey, errors);
  const warnings: SheetError[] = [];
  const valid = validateTasks(tasks, options, errors, warnings);
  checkDuplicateCodes(tasks, errors);
  await checkTakenCodes(tasks, options.takenCodes, errors);
  return errors.items.length === 0 ? { ok: true, tasks: valid, warnings } : failed(errors.sorted());
}
