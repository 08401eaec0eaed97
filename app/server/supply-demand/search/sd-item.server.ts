import { getDb } from "../../../../db/client";
import {
  publicSdItemRef,
  publishedSdItemAttachment,
  publishedSdItemByCode,
  sdItemAttachments,
  taskFromSdItem,
} from "../../../../db/repositories/sd-public";
import { isPublicStatus } from "../../../domain/task-lifecycle";
import { toShanghaiIso } from "../../../domain/time";
import { CITY_WIDE, SD_CODE_PATTERN } from "../../../domain/supply-demand";
import { fileStorage } from "../../files/storage.server";

/**
 * One item as anyone may see it: its published revision, never a contact. Unknown codes and items never
 * published (draft, under first review, returned, rejected, withdrawn before publication) are undefined.
 */
export async function publicSdItem(rawCode: string) {
  const code = rawCode.trim().toUpperCase();
  if (!SD_CODE_PATTERN.test(code)) return undefined;
  const db = getDb();
  const row = await publishedSdItemByCode(db, code);
  if (!row) return undefined;
  const [duplicateOf, task, attachments] = await Promise.all([
    row.closeReason === "duplicate" && row.duplicateOfId !== null
      ? publicSdItemRef(db, row.duplicateOfId)
      : Promise.resolve(undefined),
    row.kind === "demand" ? taskFromSdItem(db, row.id) : Promise.resolve(undefined),
    sdItemAttachments(db, row.id),
  ]);
  const iso = (date: Date | null) => (date ? toShanghaiIso(date) : null);
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    year: row.year,
    status: row.status as "published" | "closed",
    closeReason: row.status === "closed" ? row.closeReason : null,
    closedAt: iso(row.closedAt),
    duplicateOf: duplicateOf ? { code: duplicateOf.code, title: duplicateOf.title } : null,
    convertedTask: task ? { code: task.code, title: task.title, public: isPublicStatus(task.status) } : null,
    isDemo: row.isDemo,
    organization: { name: row.organizationName, type: row.organizationType },
    revision: row.revisionNumber,
    publishedAt: iso(row.publishedAt),
    updatedAt: iso(row.revisionApprovedAt ?? row.publishedAt),
    expiresAt: iso(row.expiresAt),
    title: row.title,
    summary: row.summary,
    description: row.description,
    domain: row.domain,
    tags: row.tags,
    /** null: city-wide (全市). */
    district: row.district,
    category: row.category,
    expectedOutcome: row.expectedOutcome,
    budgetMinFen: row.budgetMinFen,
    budgetMaxFen: row.budgetMaxFen,
    wantedBy: row.wantedBy,
    supplyKind: row.supplyKind,
    maturity: row.maturity,
    deployedCustomers: row.deployedCustomers,
    referenceCases: row.referenceCases,
    districtsServed: row.districtsServed,
    priceMinFen: row.priceMinFen,
    priceMaxFen: row.priceMaxFen,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, sizeBytes: a.sizeBytes })),
  };
}

export type PublicSdItem = NonNullable<Awaited<ReturnType<typeof publicSdItem>>>;

export function sdAttachmentPath(code: string, attachmentId: number): string {
  return `/supply-demand/${code}/files/${attachmentId}`;
}

/** The JSON shape of GET /api/v1/supply-demand/:code. */
export function sdItemToApi(item: PublicSdItem) {
  const demand = item.kind === "demand";
  return {
    code: item.code,
    kind: item.kind,
    year: item.year,
    status: item.status,
    closeReason: item.closeReason,
    duplicateOf: item.duplicateOf?.code ?? null,
    convertedToTask: item.convertedTask?.public ? item.convertedTask.code : null,
    organization: item.organization,
    title: item.title,
    summary: item.summary,
    description: item.description,
    domain: item.domain,
    tags: item.tags,
    district: item.district ?? CITY_WIDE,
    ...(demand
      ? {
          category: item.category,
          expectedOutcome: item.expectedOutcome,
          budgetMinFen: item.budgetMinFen,
          budgetMaxFen: item.budgetMaxFen,
          wantedBy: item.wantedBy,
        }
      : {
          supplyKind: item.supplyKind,
          maturity: item.maturity,
          deployedCustomers: item.deployedCustomers,
          referenceCases: item.referenceCases,
          districtsServed: item.districtsServed.length > 0 ? item.districtsServed : [CITY_WIDE],
          priceMinFen: item.priceMinFen,
          priceMaxFen: item.priceMaxFen,
        }),
    revision: item.revision,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    expiresAt: item.expiresAt,
    isDemo: item.isDemo,
    attachments: item.attachments.map((a) => ({
      fileName: a.fileName,
      sizeBytes: a.sizeBytes,
      url: sdAttachmentPath(item.code, a.id),
    })),
  };
}

/** A PDF attached to a published item, for anyone; undefined (404) for anything else. */
export async function publicSdAttachment(rawCode: string, attachmentId: number) {
  const attachment = await publishedSdItemAttachment(getDb(), rawCode.trim().toUpperCase(), attachmentId);
  if (!attachment) return undefined;
  const bytes = await fileStorage().get(attachment.storageKey);
  return bytes ? { attachment, bytes } : undefined;
}
