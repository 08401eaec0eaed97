import type { Cell, CellValue, Row, Workbook, Worksheet } from "exceljs";
import { msg, type Message } from "../../../i18n/i18n";
import { normalizeTyped, stripInvisible } from "../../../domain/text";
import {
  TASK_SHEET,
  INDICATOR_SHEET,
  ColumnDef,
  SPREADSHEET_COLUMNS,
  TaskColumnKey,
  IndicatorColumnKey,
} from "./columns.server";
import { newWorkbook } from "./writer.server";

/**
 * Reading a workbook's layout: what a cell says (as the web form would send it), where the two sheets, their
 * header rows and their columns are, and the error list every check adds to. The rows are read by the parser.
 */

export type SheetError = { sheet: string; row: number | null; column: string | null; message: Message };

/** Title rows above the headers are common; the headers are looked for in this many rows. */
const HEADER_SEARCH_ROWS = 10;

/** Columns with a fixed shape, read half-width (full-width digits, colons and letters as plain ones). */
export const TYPED_COLUMNS = new Set<string>([
  "rowKey",
  "code",
  "domain",
  "indicativeInvestment",
  "bidDeadline",
  "maxWinners",
  "contactPhone",
  "taskKey",
  "weight",
  "veto",
]);

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
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  // A date cell without a time reads as a date only, which the schema completes with the stated default time.
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
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

/** A number the cell shows as a percentage (0.4 formatted 0%) reads as the percentage people see ("40"). */
export function percentValue(cell: Cell): CellValue {
  const value = cell.value;
  const number =
    typeof value === "number"
      ? value
      : value !== null && typeof value === "object" && "result" in value && typeof value.result === "number"
        ? value.result
        : undefined;
  return number !== undefined && /%/.test(cell.numFmt ?? "") ? number * 100 : value;
}

export function cellText(value: CellValue, typed = false): CellText {
  const raw = rawText(value);
  if (typeof raw === "object") return { text: undefined, error: raw.error };
  const text = raw === undefined ? undefined : typed ? normalizeTyped(raw) : stripInvisible(raw).trim();
  return { text: text === "" ? undefined : text };
}

const normalizeHeader = (text: string) =>
  stripInvisible(text).trim().replaceAll("(", "（").replaceAll(")", "）").replaceAll(" ", "");

/** Collects errors, one per cell: a later error on the same cell is usually a consequence of the first. */
export class ErrorList {
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

export async function loadWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<Workbook | null> {
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

function headersIn(row: Row): Map<string, number> {
  const found = new Map<string, number>();
  row.eachCell((cell, col) => {
    const text = cellText(cell.value).text;
    if (text !== undefined && !found.has(normalizeHeader(text))) found.set(normalizeHeader(text), col);
  });
  return found;
}

/** The row among the first few with the most of the expected headers (the first such row; row 1 if none). */
export function findHeaderRow<K extends string>(sheet: Worksheet, columns: readonly ColumnDef<K>[]): number {
  let best = { row: 1, count: 0 };
  for (let number = 1; number <= HEADER_SEARCH_ROWS; number++) {
    const found = headersIn(sheet.getRow(number));
    const count = columns.filter((column) => found.has(normalizeHeader(column.header))).length;
    if (count > best.count) best = { row: number, count };
  }
  return best.row;
}

/** Column number of each header, by name; the missing headers are reported. */
export function columnNumbers<K extends string>(
  sheetName: string,
  sheet: Worksheet,
  headerRow: number,
  columns: readonly ColumnDef<K>[],
  errors: ErrorList,
): Record<K, number> | null {
  const found = headersIn(sheet.getRow(headerRow));
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

export type Layout = {
  tasks: { sheet: Worksheet; headerRow: number; columns: Record<TaskColumnKey, number> };
  indicators: { sheet: Worksheet; headerRow: number; columns: Record<IndicatorColumnKey, number> };
};

export function readLayout(workbook: Workbook, errors: ErrorList): Layout | null {
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
  const taskHeaderRow = taskSheet ? findHeaderRow(taskSheet, SPREADSHEET_COLUMNS.task) : 1;
  const indicatorHeaderRow = indicatorSheet
    ? findHeaderRow(indicatorSheet, SPREADSHEET_COLUMNS.indicator)
    : 1;
  const taskColumns =
    taskSheet && columnNumbers(TASK_SHEET, taskSheet, taskHeaderRow, SPREADSHEET_COLUMNS.task, errors);
  const indicatorColumns =
    indicatorSheet &&
    columnNumbers(INDICATOR_SHEET, indicatorSheet, indicatorHeaderRow, SPREADSHEET_COLUMNS.indicator, errors);
  if (!taskSheet || !indicatorSheet || !taskColumns || !indicatorColumns) return null;
  return {
    tasks: { sheet: taskSheet, headerRow: taskHeaderRow, columns: taskColumns },
    indicators: { sheet: indicatorSheet, headerRow: indicatorHeaderRow, columns: indicatorColumns },
  };
}

/** The row's cells by column key; null for a row with nothing in the known columns. */
export function readRow<K extends string>(
  row: Row,
  sheetName: string,
  columns: readonly ColumnDef<K>[],
  numbers: Record<K, number>,
  errors: ErrorList,
  /** Columns whose cells may hold numbers or dates as typed values. */
  typedColumns: ReadonlySet<string>,
): Partial<Record<K, string>> | null {
  const fields: Partial<Record<K, string>> = {};
  let empty = true;
  for (const column of columns) {
    const cell = row.getCell(numbers[column.key]);
    const { text, error } = cellText(percentValue(cell), typedColumns.has(column.key));
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
