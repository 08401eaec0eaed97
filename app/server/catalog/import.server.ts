import { msg, type Message } from "../../i18n/i18n";
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import type { ImportResult } from "../../forms/import";
import { isBodyOverLimit } from "../platform/body-limit.server";
import { importTasks } from "./tasks.server";
import type { Actor } from "../platform/actor.server";
import { parseTaskWorkbook } from "./spreadsheet/parser.server";
import { TASK_SHEET } from "./spreadsheet/columns.server";
import { getDb } from "../../../db/client";
import { existingTaskCodes, findList } from "../../../db/repositories/catalog";

export const MAX_IMPORT_MB = 10;
const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

const fileError = (message: Message): ImportResult => ({
  ok: false,
  errors: [{ sheet: "", row: null, column: null, message }],
});
const tooLarge = () => fileError(msg("err.import.tooLarge", { max: MAX_IMPORT_MB }));

/** Reads the uploaded .xlsx (field "file"), checks every row, and imports all tasks or none. */
export async function importUploadedWorkbook(
  actor: Actor,
  listId: number,
  request: Request,
): Promise<ImportResult> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return tooLarge();
  let file: FormDataEntryValue | null;
  try {
    const form = await parseMultipartFormData(
      request,
      createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES }),
    );
    file = form.get("file");
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || isBodyOverLimit(error)) return tooLarge();
    throw error;
  }
  if (!(file instanceof Blob) || file.size === 0) return fileError(msg("err.import.file"));
  // The list's year and the codes already stored are checked with the cells, so one pass lists every error;
  // importTasks checks them again inside its transaction.
  const list = await findList(getDb(), listId);
  const parsed = await parseTaskWorkbook(Buffer.from(await file.arrayBuffer()), {
    now: new Date(),
    year: list?.year,
    takenCodes: (codes) => existingTaskCodes(getDb(), codes),
  });
  if (!parsed.ok) return parsed;
  const result = await importTasks(actor, listId, parsed.tasks, TASK_SHEET);
  return result.ok && parsed.warnings.length > 0 ? { ...result, warnings: parsed.warnings } : result;
}
