import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  insertPublishedSdItem,
  organizationIdsOfUser,
  organizationsByUscc,
} from "../../../../db/repositories/sd-listops";
import { shanghaiDate } from "../../../domain/time";
import type { ImportResult, ImportRowError } from "../../../forms/import";
import { msg, type Message } from "../../../i18n/i18n";
import { MAX_IMPORT_MB } from "../../catalog/import.server";
import type { Actor } from "../../platform/actor.server";
import { isBodyOverLimit } from "../../platform/body-limit.server";
import { SD_HEADER, SD_ITEM_SHEET } from "./sheet-columns.server";
import { parseSdWorkbook, type ParsedSdRow } from "./sheet-parser.server";

/**
 * Staff import of items collected offline (departments send spreadsheets): every row checked, then all items
 * inserted as published in ONE transaction with one audit entry, or none.
 */

const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

const fileError = (message: Message): ImportResult => ({
  ok: false,
  errors: [{ sheet: "", row: null, column: null, message }],
});
const tooLarge = () => fileError(msg("err.import.tooLarge", { max: MAX_IMPORT_MB }));

/** Reads the uploaded .xlsx (field "file") and imports every item or none. */
export async function importUploadedSdWorkbook(actor: Actor, request: Request, now = new Date()) {
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
  return importSdWorkbook(actor, Buffer.from(await file.arrayBuffer()), now);
}

export async function importSdWorkbook(actor: Actor, bytes: Buffer, now = new Date()): Promise<ImportResult> {
  const ownOrganizationIds = await organizationIdsOfUser(getDb(), actor.id);
  const parsed = await parseSdWorkbook(bytes, {
    now,
    year: Number(shanghaiDate(now).slice(0, 4)),
    organizations: (usccs) => organizationsByUscc(getDb(), usccs),
    ownOrganizationIds,
  });
  if (!parsed.ok) return parsed;
  return insertImported(actor, parsed.rows, now);
}

async function insertImported(actor: Actor, rows: ParsedSdRow[], now: Date): Promise<ImportResult> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      // Checked again inside the transaction: an organization or a membership may have changed since parsing.
      const organizations = await organizationsByUscc(trx, [...new Set(rows.map((r) => r.uscc))]);
      const own = await organizationIdsOfUser(trx, actor.id);
      const errors: ImportRowError[] = [];
      for (const row of rows) {
        const organization = organizations.get(row.uscc);
        const where = { sheet: SD_ITEM_SHEET, row: row.row, column: SD_HEADER.uscc };
        if (!organization)
          errors.push({ ...where, message: msg("err.sdImport.unknownOrg", { uscc: row.uscc }) });
        else if (own.has(organization.id)) errors.push({ ...where, message: msg("err.sdImport.ownOrg") });
      }
      if (errors.length) return { ok: false as const, errors };
      const codes: string[] = [];
      for (const row of rows) {
        const item = await insertPublishedSdItem(
          trx,
          {
            kind: row.kind,
            year: row.year,
            organizationId: organizations.get(row.uscc)!.id,
            createdBy: actor.id,
            content: row.content,
          },
          actor.id,
          now,
        );
        codes.push(item.code);
      }
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd.import",
        entityType: "sd_item",
        entityId: "import",
        after: { created: codes.length, codes },
        ip: actor.ip,
      });
      return { ok: true as const, created: codes.length };
    });
}
