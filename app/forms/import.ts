import type { Message } from "../i18n/i18n";
/** Where a spreadsheet import went wrong: sheet, Excel row (header = 1) and column header, and what. */
export type ImportRowError = { sheet: string; row: number | null; column: string | null; message: Message };

/** `warnings` (only when there are some) point at imported values that were probably not meant that way. */
export type ImportResult =
  { ok: true; created: number; warnings?: ImportRowError[] } | { ok: false; errors: ImportRowError[] };
