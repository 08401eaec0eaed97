import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import type { Workbook, Worksheet } from "exceljs";
import { msg, type Message } from "../../../i18n/i18n";
import { entryData, readZipDirectory } from "./zip-directory.server";

/**
 * What an import accepts before, and right after, exceljs reads the file. The upload itself is at most 10 MB
 * (import.server.ts); these bound what those bytes may unpack into and what staff import without seeing it.
 */
export const IMPORT_LIMITS = {
  /** All parts of the workbook together, unpacked: a 5,000-task export is about 6 MB. */
  uncompressedMb: 50,
  /**
   * Unpacked size over packed size, per part of more than 1 MB: workbooks run at 3–11 (a 5,000-task export at
   * 10.9), deflate cannot pass about 1,030, zip bombs sit near that.
   */
  compressionRatio: 100,
  /** Data rows below the header, per sheet. */
  taskRows: 5_000,
  indicatorRows: 50_000,
  /** Errors sent back; the rest are counted ("and N more"). */
  errors: 200,
} as const;

const MB = 1024 * 1024;
const RATIO_FLOOR_BYTES = MB;
const inflate = promisify(inflateRaw);

type SheetProblem = { sheet: string; row: number | null; column: string | null; message: Message };
const fileProblem = (message: Message): SheetProblem[] => [{ sheet: "", row: null, column: null, message }];

/**
 * Read from the zip's central directory before anything is inflated: the declared sizes against the caps, then
 * each part inflated with its declared size as a hard ceiling, since a crafted directory can understate it and
 * exceljs's unzipper (JSZip) compares sizes only after inflating everything. Null when the file may be loaded;
 * a file that is not a zip at all is left to exceljs, which reports it as not a workbook.
 */
export async function archiveProblems(bytes: Uint8Array): Promise<SheetProblem[] | null> {
  const entries = readZipDirectory(bytes);
  if (!entries) return null;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > IMPORT_LIMITS.uncompressedMb * MB)
      return fileProblem(msg("err.import.uncompressedTooLarge", { max: IMPORT_LIMITS.uncompressedMb }));
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > IMPORT_LIMITS.compressionRatio)
      return fileProblem(msg("err.import.compressionRatio", { max: IMPORT_LIMITS.compressionRatio }));
  }
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data || !(await holdsWhatItDeclares(data, entry.method, entry.uncompressedSize)))
      return fileProblem(msg("err.import.corrupt"));
  }
  return null;
}

async function holdsWhatItDeclares(data: Uint8Array, method: number, declared: number): Promise<boolean> {
  if (method === 0) return data.length === declared;
  if (method !== 8) return false; // the only two methods a workbook uses, and the only two JSZip reads
  try {
    // One byte of room: a part that inflates past its declared size stops right there.
    const out = await inflate(data, { maxOutputLength: Math.max(declared, 1) + 1 });
    return out.length === declared;
  } catch {
    return false;
  }
}

/** Staff must see what they import: hidden (or "very hidden") sheets anywhere in the workbook are refused. */
export function hiddenSheetProblems(workbook: Workbook): SheetProblem[] {
  return workbook.worksheets
    .filter((sheet) => sheet.state !== "visible")
    .map((sheet) => ({
      sheet: "",
      row: null,
      column: null,
      message: msg("err.import.hiddenSheet", { sheet: sheet.name }),
    }));
}

/** Hidden rows with content and hidden columns in a sheet that is imported, each pointed at. */
export function hiddenCellProblems(sheetName: string, sheet: Worksheet): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (let number = 1; number <= sheet.columnCount; number++) {
    const column = sheet.getColumn(number);
    if (column.hidden)
      problems.push({
        sheet: sheetName,
        row: null,
        column: column.letter,
        message: msg("err.import.hiddenColumn", { column: column.letter }),
      });
  }
  sheet.eachRow((row) => {
    if (row.hidden || row.height === 0)
      problems.push({
        sheet: sheetName,
        row: row.number,
        column: null,
        message: msg("err.import.hiddenRow"),
      });
  });
  return problems;
}

/** Refuses a sheet with more data rows (rows holding something, below the header) than the cap. */
export function rowCountProblem(
  sheetName: string,
  sheet: Worksheet,
  headerRow: number,
  max: number,
): SheetProblem | null {
  let rows = 0;
  sheet.eachRow((row) => {
    if (row.number > headerRow) rows++;
  });
  return rows > max
    ? {
        sheet: sheetName,
        row: null,
        column: null,
        message: msg("err.import.tooManyRows", { sheet: sheetName, max }),
      }
    : null;
}

/** The first errors (already sorted), and how many more there were. */
export function capErrors<E>(errors: E[]): { errors: E[]; moreErrors?: number } {
  return errors.length > IMPORT_LIMITS.errors
    ? { errors: errors.slice(0, IMPORT_LIMITS.errors), moreErrors: errors.length - IMPORT_LIMITS.errors }
    : { errors };
}
