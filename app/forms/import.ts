/** Where a spreadsheet import went wrong: sheet, Excel row (header = 1) and column header; message is a key. */
export type ImportRowError = { sheet: string; row: number | null; column: string | null; message: string };

export type ImportResult = { ok: true; created: number } | { ok: false; errors: ImportRowError[] };
