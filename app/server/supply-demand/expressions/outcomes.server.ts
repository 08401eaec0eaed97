import { randomUUID } from "node:crypto";
import { getDb } from "../../../../db/client";
import { insertAttachment } from "../../../../db/repositories/bids";
import { findExpression, insertOutcome } from "../../../../db/repositories/sd-expressions";
import { mayRecordOutcome } from "../../../domain/sd-expressions";
import type { SdOutcomeInput } from "../../../forms/sd-expression";
import { attachmentFacts, type PdfUpload } from "../../files/uploads.server";
import { recordWithFile } from "../../files/storage.server";
import { notifyOrganizations } from "../../notifications/notifications.server";
import type { OrgActor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";
import { auditExpression, expressionLink } from "./expressions.server";

/**
 * Outcomes after acceptance: either side records 意向 (intent), 签约 (contract: amount in fen, signing date,
 * optionally the signed PDF) or 未达成 (failed, with a reason). Recorded on the locked expression, with the other
 * side notified and an audit record, in one transaction; a contract's file is stored only if the row commits.
 */
export async function recordOutcome(
  actor: OrgActor,
  expressionId: number,
  input: SdOutcomeInput,
  upload: PdfUpload | null,
  now = new Date(),
): Promise<Outcome<{ outcomeId: number }>> {
  const record = (write: (() => Promise<void>) | null, storageKey: string) =>
    getDb()
      .transaction()
      .execute(async (trx): Promise<Outcome<{ outcomeId: number }>> => {
        const e = await findExpression(trx, expressionId, { lock: true });
        const org = actor.organization.id;
        if (!e || (e.targetOrganizationId !== org && e.fromOrganizationId !== org))
          return fail("err.sdExpression.notFound");
        if (!mayRecordOutcome(e.status)) return fail("err.sdOutcome.notAccepted");
        const contract = input.kind === "contract";
        const outcome = await insertOutcome(trx, {
          expressionId: e.id,
          kind: input.kind,
          amountFen: contract ? (input.amount ?? null) : null,
          signedOn: contract ? (input.signedOn ?? null) : null,
          reason: input.reason || null,
          recordedBy: actor.id,
          recordedByOrganizationId: org,
          createdAt: now,
        });
        let attachmentId: number | null = null;
        if (write && upload && contract) {
          await write();
          const attachment = await insertAttachment(trx, {
            ...attachmentFacts(upload, storageKey, actor.id),
            sdOutcomeId: outcome.id,
          });
          attachmentId = attachment.id;
        }
        const counterpart = e.targetOrganizationId === org ? e.fromOrganizationId : e.targetOrganizationId;
        await notifyOrganizations(trx, [counterpart], {
          kind: "sdOutcome.recorded",
          params: {
            itemCode: e.targetCode,
            itemTitle: e.targetTitle ?? "",
            orgName: actor.organization.name,
          },
          link: expressionLink(e.id),
        });
        await auditExpression(trx, actor, `sd_outcome.${input.kind}`, e.id, {
          outcomeId: outcome.id,
          amountFen: contract ? input.amount : undefined,
          signedOn: contract ? input.signedOn : undefined,
          attachmentId,
          sha256: attachmentId ? upload?.sha256 : undefined,
        });
        return { ok: true, value: { outcomeId: outcome.id } };
      });
  if (!upload || input.kind !== "contract") return record(null, "");
  // The storage key is fixed before the transaction: recordWithFile removes the file again if the row fails.
  const key = `sd-outcomes/expression-${expressionId}/${randomUUID()}.pdf`;
  return recordWithFile(key, upload.bytes, (write) => record(write, key));
}
