import type { Worksheet } from "exceljs";
import { msg, type Message } from "../../../i18n/i18n";
import { filingRefusal, type OrganizationType } from "../../../domain/sd-items";
import { normalizeUscc, usccProblem } from "../../../domain/uscc";
import type { SdContent, SdKind } from "../../../domain/supply-demand";
import { stripInvisible } from "../../../domain/text";
import type { ImportRowError } from "../../../forms/import";
import {
  ErrorList,
  columnNumbers,
  findHeaderRow,
  loadWorkbook,
  readRow,
} from "../../catalog/spreadsheet/workbook-layout.server";
import {
  IMPORT_LIMITS,
  archiveProblems,
  capErrors,
  hiddenCellProblems,
  hiddenSheetProblems,
  rowCountProblem,
} from "../../catalog/spreadsheet/workbook-guard.server";
import {
  SD_COLUMNS,
  SD_HEADER,
  SD_ITEM_SHEET,
  SD_TYPED_COLUMNS,
  type SdColumnKey,
  type SdRowCells,
} from "./sheet-columns.server";
import { kindFromCell, validateItemRow } from "./item-row.server";

/**
 * Reading the supply–demand import workbook. All or nothing: every row valid, or every error (sheet, row,
 * column, message). The zip, hidden parts and row count are checked by the task import's guards before any
 * cell is read.
 */

export type ParsedSdRow = {
  row: number;
  kind: SdKind;
  year: number;
  uscc: string;
  organizationId: number;
  content: SdContent;
};

export type SdParseResult =
  { ok: true; rows: ParsedSdRow[] } | { ok: false; errors: ImportRowError[]; moreErrors?: number };

export type SdParseOptions = {
  now: Date;
  /** The import's default year (Asia/Shanghai). */
  year: number;
  /** The registered organizations among these codes, by code. */
  organizations: (usccs: string[]) => Promise<Map<string, { id: number; type: OrganizationType }>>;
  /** The organizations the importing staff member belongs to: their items are not theirs to publish. */
  ownOrganizationIds: ReadonlySet<number>;
};

const COLUMN_ORDER = SD_COLUMNS.map((c): string => c.header);

function sortedErrors(errors: ErrorList): ImportRowError[] {
  const rank = (e: ImportRowError) => [
    e.sheet === "" ? 0 : 1,
    e.row ?? Number.MAX_SAFE_INTEGER,
    e.column === null ? -1 : COLUMN_ORDER.indexOf(e.column),
  ];
  return errors.items
    .map((error, index) => ({ error, index, rank: rank(error) }))
    .sort(
      (a, b) =>
        a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || a.index - b.index,
    )
    .map(({ error }) => error);
}

const failed = (errors: ImportRowError[]): SdParseResult => ({ ok: false, ...capErrors(errors) });
const fileError = (key: Parameters<typeof msg>[0], params?: Parameters<typeof msg>[1]) =>
  failed([{ sheet: "", row: null, column: null, message: msg(key, params) }]);

type RawRow = { row: number; cells: SdRowCells };

function readRows(
  sheet: Worksheet,
  headerRow: number,
  numbers: Record<SdColumnKey, number>,
  errors: ErrorList,
) {
  const rows: RawRow[] = [];
  sheet.eachRow((row) => {
    if (row.number <= headerRow) return;
    const cells: SdRowCells | null = readRow(
      row,
      SD_ITEM_SHEET,
      SD_COLUMNS,
      numbers,
      errors,
      SD_TYPED_COLUMNS,
    );
    if (cells) rows.push({ row: row.number, cells });
  });
  return rows;
}

function yearOf(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

type Checked = { raw: RawRow; kind: SdKind; year: number; uscc: string; content: SdContent };

function checkRow(raw: RawRow, options: SdParseOptions, errors: ErrorList): Checked | null {
  const where = (column: SdColumnKey | null) => ({
    sheet: SD_ITEM_SHEET,
    row: raw.row,
    column: column === null ? null : SD_HEADER[column],
  });
  let ok = true;
  const kind = raw.cells.kind === undefined ? null : kindFromCell(raw.cells.kind);
  if (kind === null) {
    ok = false;
    errors.add({
      ...where("kind"),
      message: msg(raw.cells.kind === undefined ? "err.required" : "err.sdImport.kind"),
    });
  }
  const uscc = normalizeUscc(raw.cells.uscc ?? "");
  const usccIssue = raw.cells.uscc === undefined ? "err.required" : usccProblem(uscc);
  if (usccIssue) {
    ok = false;
    errors.add({
      ...where("uscc"),
      message: msg(usccIssue === "err.required" ? "err.required" : `err.uscc.${usccIssue}`),
    });
  }
  const year = yearOf(raw.cells.year, options.year);
  if (year === null) {
    ok = false;
    errors.add({ ...where("year"), message: msg("err.sdImport.year") });
  }
  if (kind === null) return null;
  const result = validateItemRow(kind, raw.cells, options.now);
  if (!result.ok) {
    for (const issue of result.issues) errors.add({ ...where(issue.column), message: issue.message });
    return null;
  }
  return ok ? { raw, kind, year: year!, uscc, content: result.content } : null;
}

/** Who may file what (app/domain/sd-items.ts): the refusal, beside the cell that decides it. */
function filing(type: OrganizationType, c: Checked): { column: SdColumnKey; message: Message } | null {
  const refusal = filingRefusal(type, c.kind, c.content.category);
  if (!refusal) return null;
  return {
    column: refusal === "err.sd.digitalGovernmentOrgType" ? "category" : "kind",
    message: msg(refusal),
  };
}

/** Every row's organization must be registered, and not one the importing staff member belongs to. */
async function resolveOrganizations(checked: Checked[], options: SdParseOptions, errors: ErrorList) {
  const usccs = [...new Set(checked.map((c) => c.uscc))];
  const found = usccs.length ? await options.organizations(usccs) : new Map();
  const rows: ParsedSdRow[] = [];
  let refused: ReturnType<typeof filing>;
  for (const c of checked) {
    const where = { sheet: SD_ITEM_SHEET, row: c.raw.row, column: SD_HEADER.uscc };
    const organization = found.get(c.uscc);
    if (!organization) errors.add({ ...where, message: msg("err.sdImport.unknownOrg", { uscc: c.uscc }) });
    else if (options.ownOrganizationIds.has(organization.id))
      errors.add({ ...where, message: msg("err.sdImport.ownOrg") });
    else if ((refused = filing(organization.type, c)))
      errors.add({ ...where, column: SD_HEADER[refused.column], message: refused.message });
    else
      rows.push({
        row: c.raw.row,
        kind: c.kind,
        year: c.year,
        uscc: c.uscc,
        organizationId: organization.id,
        content: c.content,
      });
  }
  return rows;
}

export async function parseSdWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
  options: SdParseOptions,
): Promise<SdParseResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const archive = await archiveProblems(bytes);
  if (archive) return failed(archive);
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return fileError("err.import.notSpreadsheet");
  const hiddenSheets = hiddenSheetProblems(workbook);
  if (hiddenSheets.length) return failed(hiddenSheets);
  const sheet = workbook.worksheets.find((s) => stripInvisible(s.name).trim() === SD_ITEM_SHEET);
  if (!sheet) return fileError("err.import.missingSheet", { sheet: SD_ITEM_SHEET });
  const errors = new ErrorList();
  const headerRow = findHeaderRow(sheet, SD_COLUMNS);
  const numbers = columnNumbers(SD_ITEM_SHEET, sheet, headerRow, SD_COLUMNS, errors);
  if (!numbers) return failed(sortedErrors(errors));
  const hidden = hiddenCellProblems(SD_ITEM_SHEET, sheet);
  if (hidden.length) return failed(hidden);
  const tooMany = rowCountProblem(SD_ITEM_SHEET, sheet, headerRow, IMPORT_LIMITS.taskRows);
  if (tooMany) return failed([tooMany]);
  const raw = readRows(sheet, headerRow, numbers, errors);
  if (raw.length === 0)
    errors.add({ sheet: SD_ITEM_SHEET, row: null, column: null, message: msg("err.import.empty") });
  const checked = raw.map((r) => checkRow(r, options, errors)).filter((c) => c !== null);
  const rows = await resolveOrganizations(checked, options, errors);
  return errors.items.length === 0 ? { ok: true, rows } : failed(sortedErrors(errors));
}
