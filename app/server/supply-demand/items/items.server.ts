import { randomUUID } from "node:crypto";
import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { attachmentUsage } from "../../../../db/repositories/attachments";
import { insertAttachment } from "../../../../db/repositories/bids";
import {
  findSdItemByCode,
  findSdRevision,
  insertSdItem,
  insertSdRevision,
  lockSdItem,
} from "../../../../db/repositories/supply-demand";
import {
  deleteSdItemAttachment,
  hasContractOutcome,
  organizationTypeOf,
  renewSdItem,
  revisionContent,
  setLatestRevision,
  setSdItemStatus,
  setSdRevisionStatus,
  updateSdRevisionContent,
} from "../../../../db/repositories/sd-items";
import type { SdItem, SdRevision } from "../../../../db/schema-supply-demand";
import { ATTACHMENT_LIMITS, attachmentLimitBroken, megabytes } from "../../../domain/attachments";
import { filingRefusal } from "../../../domain/sd-items";
import {
  expiryAfter,
  mayClose,
  mayRenew,
  type SdCloseReason,
  type SdContent,
  type SdKind,
} from "../../../domain/supply-demand";
import { shanghaiDate } from "../../../domain/time";
import { msg } from "../../../i18n/i18n";
import { fileStorage, recordWithFile } from "../../files/storage.server";
import { attachmentFacts, type PdfUpload } from "../../files/uploads.server";
import { unverifiedEmailRefusal } from "../../identity/email-verification.server";
import type { Actor, OrgActor } from "../../platform/actor.server";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";

/**
 * The owner's side of a demand or a supply (issue 13): drafts, revisions, submission, edits of a published item
 * as new revisions, withdrawal, closing as fulfilled, renewal and attachments. Only members of the owning
 * organization act; every change runs in one transaction with the item's row locked, goes through the lifecycle
 * tables and is audited.
 */

const ok = <T>(value: T) => ({ ok: true as const, value });

/** The year an item is numbered in: the Shanghai calendar year it is created. */
export function sdYear(now: Date): number {
  return Number(shanghaiDate(now).slice(0, 4));
}

export async function auditSdItem(
  trx: DbOrTrx,
  actor: Actor,
  action: string,
  itemId: number,
  after: unknown,
) {
  await appendAudit(trx, {
    actorUserId: actor.id,
    action,
    entityType: "sd_item",
    entityId: itemId,
    after,
    ip: actor.ip,
  });
}

async function filingProblem(trx: DbOrTrx, actor: OrgActor, kind: SdKind, content: SdContent) {
  const organization = await organizationTypeOf(trx, actor.organization.id);
  if (!organization) return fail("err.sd.notFound");
  const refusal = filingRefusal(organization.type, kind, content.category);
  if (!refusal) return null;
  // A digital-government demand from anyone but a department: the category field is what to change.
  return refusal === "err.sd.digitalGovernmentOrgType"
    ? fieldFail({ category: [msg(refusal)] })
    : fail(refusal);
}

/** Creates a draft demand or supply of the actor's organization; its code is taken at once. */
export async function createSdDraft(
  actor: OrgActor,
  kind: SdKind,
  content: SdContent,
  now = new Date(),
): Promise<Outcome<{ code: string }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const problem = await filingProblem(trx, actor, kind, content);
      if (problem) return problem;
      const created = await insertSdItem(trx, {
        kind,
        year: sdYear(now),
        organizationId: actor.organization.id,
        createdBy: actor.id,
        content,
      });
      await auditSdItem(trx, actor, "sd.item.create", created.id, {
        code: created.code,
        kind,
        revision: 1,
        title: content.title,
      });
      return ok({ code: created.code });
    });
}

interface Owned {
  item: SdItem;
  /** The newest revision (latest_revision_id). */
  latest: SdRevision;
}

/** Runs `work` on the organization's own item with its row locked; anyone else's item does not exist. */
async function asOwner<T>(
  actor: OrgActor,
  code: string,
  work: (trx: DbOrTrx, owned: Owned) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await findSdItemByCode(trx, code.toUpperCase());
      if (!found || found.organizationId !== actor.organization.id) return fail("err.sd.notFound");
      const item = await lockSdItem(trx, found.id);
      const latest = item?.latestRevisionId ? await findSdRevision(trx, item.latestRevisionId) : undefined;
      if (!item || !latest) return fail("err.sd.notFound");
      return work(trx, { item, latest });
    });
}

/** The revision the owner is writing: the newest one while it is a draft or was sent back. */
export function workingRevision(latest: SdRevision): SdRevision | null {
  return latest.status === "draft" || latest.status === "returned" ? latest : null;
}

/** Saves the working revision's content (a draft, a returned revision, or an edit of a published item). */
export async function saveSdRevision(
  actor: OrgActor,
  code: string,
  content: SdContent,
  now = new Date(),
): Promise<Outcome<{ revision: number }>> {
  return asOwner(actor, code, async (trx, { item, latest }) => {
    const working = item.status === "closed" || item.status === "rejected" ? null : workingRevision(latest);
    if (!working) return fail("err.sd.notEditable");
    const problem = await filingProblem(trx, actor, item.kind, content);
    if (problem) return problem;
    const updated = await updateSdRevisionContent(trx, working.id, content);
    if (!updated) return fail("err.sd.notEditable");
    await setLatestRevision(trx, item.id, working.id, now);
    await auditSdItem(trx, actor, "sd.revision.save", item.id, {
      code: item.code,
      revision: working.number,
      title: content.title,
    });
    return ok({ revision: working.number });
  });
}

/**
 * Starts an edit of a published item: a new draft revision, a copy of the published one. The published revision
 * stays what everyone sees until the new one is approved. Starting twice finds the edit already there.
 */
export async function startSdEdit(
  actor: OrgActor,
  code: string,
  now = new Date(),
): Promise<Outcome<{ revision: number }>> {
  return asOwner(actor, code, async (trx, { item, latest }) => {
    if (item.status !== "published" || item.publishedRevisionId === null) return fail("err.sd.notPublished");
    if (workingRevision(latest)) return ok({ revision: latest.number });
    if (latest.status === "submitted") return fail("err.sd.editUnderReview");
    const published = await findSdRevision(trx, item.publishedRevisionId);
    if (!published) return fail("err.sd.notFound");
    const revision = await insertSdRevision(
      trx,
      item.id,
      latest.number + 1,
      actor.id,
      revisionContent(published),
    );
    await setLatestRevision(trx, item.id, revision.id, now);
    await auditSdItem(trx, actor, "sd.revision.start", item.id, {
      code: item.code,
      revision: revision.number,
      copyOf: published.number,
    });
    return ok({ revision: revision.number });
  });
}

/**
 * Sends the working revision to review. A first revision takes the item with it (draft | returned → submitted);
 * an edit of a published item goes alone, the item staying published. Refused while the user's email address is
 * unverified.
 */
export async function submitSdItem(
  actor: OrgActor,
  code: string,
  now = new Date(),
): Promise<Outcome<{ itemId: number; revision: number }>> {
  return asOwner(actor, code, async (trx, { item, latest }) => {
    const unverified = await unverifiedEmailRefusal(trx, actor.id);
    if (unverified) return unverified;
    const working = item.status === "closed" || item.status === "rejected" ? null : workingRevision(latest);
    if (!working)
      return fail(latest.status === "submitted" ? "err.sd.alreadySubmitted" : "err.sd.notEditable");
    const problem = await filingProblem(trx, actor, item.kind, revisionContent(working));
    if (problem) return problem;
    const revision = await setSdRevisionStatus(trx, working.id, "submit", { submittedAt: now });
    if (!revision) return fail("err.sd.notEditable");
    if (item.status === "draft" || item.status === "returned") {
      const moved = await setSdItemStatus(trx, item.id, "submit", { updatedAt: now });
      if (!moved) throw new Error(`sd item ${item.code}: submit refused from ${item.status}`);
    } else {
      await setLatestRevision(trx, item.id, working.id, now);
    }
    await auditSdItem(
      trx,
      actor,
      item.status === "published" ? "sd.revision.submit" : "sd.item.submit",
      item.id,
      {
        code: item.code,
        revision: working.number,
        resubmission: working.status === "returned",
      },
    );
    return ok({ itemId: item.id, revision: working.number });
  });
}

async function closeAs(
  trx: DbOrTrx,
  actor: Actor,
  item: SdItem,
  reason: SdCloseReason,
  now: Date,
  extra: Record<string, unknown> = {},
) {
  const closed = await setSdItemStatus(trx, item.id, "close", {
    closeReason: reason,
    closedAt: now,
    updatedAt: now,
  });
  if (!closed) throw new Error(`sd item ${item.code}: close refused from ${item.status}`);
  await auditSdItem(trx, actor, `sd.item.${reason}`, item.id, {
    code: item.code,
    from: item.status,
    ...extra,
  });
}

/** The owner takes the item back (from a draft, under review, returned or published): closed as withdrawn. */
export async function withdrawSdItem(
  actor: OrgActor,
  code: string,
  now = new Date(),
): Promise<Outcome<null>> {
  return asOwner(actor, code, async (trx, { item }) => {
    if (!mayClose(item.status, "withdrawn")) return fail("err.sd.notWithdrawable");
    await closeAs(trx, actor, item, "withdrawn", now);
    return ok(null);
  });
}

/** Closes a published item as fulfilled: only once a contract was recorded on an accepted expression about it. */
export async function fulfilSdItem(actor: OrgActor, code: string, now = new Date()): Promise<Outcome<null>> {
  return asOwner(actor, code, async (trx, { item }) => {
    if (!mayClose(item.status, "fulfilled")) return fail("err.sd.notPublished");
    if (!(await hasContractOutcome(trx, item.id))) return fail("err.sd.noContract");
    await closeAs(trx, actor, item, "fulfilled", now);
    return ok(null);
  });
}

/** Renews a published item from 30 days before its expiry: twelve more months from now. */
export async function renewSdItemFor(
  actor: OrgActor,
  code: string,
  now = new Date(),
): Promise<Outcome<{ expiresAt: Date }>> {
  return asOwner(actor, code, async (trx, { item }) => {
    if (!mayRenew(item.status, item.expiresAt, now)) return fail("err.sd.notRenewable");
    const expiresAt = expiryAfter(now);
    await renewSdItem(trx, item.id, expiresAt, now);
    await auditSdItem(trx, actor, "sd.item.renew", item.id, {
      code: item.code,
      previousExpiry: item.expiresAt?.toISOString() ?? null,
      expiresAt: expiresAt.toISOString(),
    });
    return ok({ expiresAt });
  });
}

/* ---------- attachments ---------- */

const attachable = (item: SdItem) => item.status !== "closed" && item.status !== "rejected";

export async function addSdItemAttachment(
  actor: OrgActor,
  code: string,
  upload: PdfUpload,
): Promise<Outcome<null>> {
  const storageKey = `sd-items/${code.toUpperCase()}/${randomUUID()}.pdf`;
  return recordWithFile(storageKey, upload.bytes, (write) =>
    asOwner(actor, code, async (trx, { item }) => {
      if (!attachable(item)) return fail("err.sd.notEditable");
      // Under the item's row lock: concurrent uploads queue here, so the limits cannot be overrun.
      const usage = await attachmentUsage(trx, { sdItemId: item.id });
      switch (attachmentLimitBroken(usage, upload.sizeBytes)) {
        case "files":
          return fieldFail({ file: [msg("err.upload.tooManyFiles", { max: ATTACHMENT_LIMITS.files })] });
        case "bytes":
          return fieldFail({
            file: [
              msg("err.upload.totalTooLarge", {
                max: megabytes(ATTACHMENT_LIMITS.bytes),
                used: megabytes(usage.bytes),
              }),
            ],
          });
      }
      await write();
      const attachment = await insertAttachment(trx, {
        ...attachmentFacts(upload, storageKey, actor.id),
        sdItemId: item.id,
      });
      await auditSdItem(trx, actor, "sd.item.attach", item.id, {
        code: item.code,
        attachmentId: attachment.id,
        fileName: upload.fileName,
        sha256: upload.sha256,
      });
      return ok(null);
    }),
  );
}

export async function removeSdItemAttachment(
  actor: OrgActor,
  code: string,
  attachmentId: number,
): Promise<Outcome<null>> {
  const outcome = await asOwner(actor, code, async (trx, { item }) => {
    if (!attachable(item)) return fail("err.sd.notEditable");
    const removed = await deleteSdItemAttachment(trx, item.id, attachmentId);
    if (!removed) return fail("err.attachment.notFound");
    await auditSdItem(trx, actor, "sd.item.detach", item.id, { code: item.code, attachmentId });
    return ok(removed.storageKey);
  });
  if (!outcome.ok) return outcome;
  await fileStorage().delete(outcome.value);
  return ok(null);
}
