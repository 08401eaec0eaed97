import type { Message } from "../i18n/i18n";
/** Where a spreadsheet import went wrong: sheet, Excel row (header = 1) and column header, and what. */
export type ImportRowError = { sheet: string; row: number | null; column: string | null; message: Message };

export type ImportResult = { ok: true; created: number } | { ok: false; errors: ImportRowError[] };
