import { randomUUID } from "node:crypto";
import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { findPayout, insertPayoutStep } from "../../../../db/repositories/payouts";
import {
  closeBatchIfSettled,
  findPaymentBatch,
  insertBatch,
  insertVoucher,
  markBatchExported,
  payoutsOfBatch,
  payoutsToSchedule,
} from "../../../../db/repositories/payouts-bank";
import { maskAccountNumber } from "../../../domain/payouts";
import { assertNoConflict } from "../../conflicts/conflicts.server";
import { attachmentFacts, type PdfUpload } from "../../files/uploads.server";
import { recordWithFile } from "../../files/storage.server";
import type { Actor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";
import { movePayout, payoutConflict, type Payout } from "../transitions.server";

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** What a fresh attempt starts from: nothing of an earlier attempt's recording, confirmation or failure. */
const CLEAN_ATTEMPT = {
  bankReference: null,
  recordedBy: null,
  recordedAt: null,
  confirmedBy: null,
  confirmedAt: null,
  failureReason: null,
  paidAt: null,
} as const;

/** A staff member with a conflict of interest on the award's project handles none of its money. */
/**
 * Finance staff build a batch from pending (or failed, or returned) payouts whose organization has a bank account.
 * Each payout is scheduled on the bank rail with a snapshot of the account as it is now: a later change of the
 * organization's account does not touch it. All or nothing: one payout that cannot go makes the batch refused.
 */
export async function buildBatch(
  actor: Actor,
  payoutIds: readonly number[],
): Promise<Outcome<{ id: number }>> {
  const ids = [...new Set(payoutIds)];
  if (ids.length === 0) return fail("err.payBank.noneSelected");
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const payouts = await payoutsToSchedule(trx, ids);
      if (payouts.length !== ids.length) return fail("err.payout.notFound");
      for (const payout of payouts) {
        if (!["pending", "failed", "returned"].includes(payout.status))
          return fail("err.payBank.notSchedulable", { id: payout.id });
        if (!payout.currentAccountNumber) return fail("err.payBank.noAccount", { id: payout.id });
        const conflict = await assertNoConflict(trx, actor.id, { projectId: payout.projectId });
        if (conflict) return conflict;
      }
      const batch = await insertBatch(trx, actor.id);
      for (const {
        projectId,
        currentAccountName,
        currentBankName,
        currentAccountNumber,
        ...payout
      } of payouts) {
        void projectId;
        const moved = await movePayout(trx, payout, "schedule", {
          actorId: actor.id,
          ip: actor.ip,
          detail: { batchId: batch.id },
          set: {
            ...CLEAN_ATTEMPT,
            rail: "bank",
            batchId: batch.id,
            bankAccountName: currentAccountName,
            bankName: currentBankName,
            bankAccountNumber: currentAccountNumber,
          },
        });
        if (!moved.ok) throw new Error(`payout ${payout.id} could not be scheduled under its row lock`);
      }
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "payment_batch.create",
        entityType: "payment_batch",
        entityId: batch.id,
        after: { payoutIds: ids },
        ip: actor.ip,
      });
      return ok({ id: batch.id });
    });
}

/** While the batch is a draft, a payout can leave it (back to pending, without a rail or an account snapshot). */
export async function removeFromBatch(
  actor: Actor,
  batchId: number,
  payoutId: number,
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const batch = await findPaymentBatch(trx, batchId, { lock: true });
      if (!batch) return fail("err.payBank.noBatch");
      if (batch.status !== "draft") return fail("err.payBank.batchNotDraft");
      const payout = await findPayout(trx, payoutId, { lock: true });
      if (!payout || payout.batchId !== batchId) return fail("err.payout.notFound");
      const moved = await movePayout(trx, payout, "unschedule", {
        actorId: actor.id,
        ip: actor.ip,
        detail: { batchId },
        set: { rail: null, batchId: null, bankAccountName: null, bankName: null, bankAccountNumber: null },
      });
      return moved.ok ? ok(null) : moved;
    });
}

/**
 * The first export hands the batch to the treasury: the batch becomes exported and its payouts processing (the
 * money leaves the payable account for the bank's clearing account). Its file is then downloaded (again and
 * again if need be: `batchForDownload`).
 */
export async function exportBatch(actor: Actor, batchId: number): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const batch = await findPaymentBatch(trx, batchId, { lock: true });
      if (!batch) return fail("err.payBank.noBatch");
      if (batch.status !== "draft") return fail("err.payBank.batchNotDraft");
      const rows = await payoutsOfBatch(trx, batchId);
      if (rows.length === 0) return fail("err.payBank.batchEmpty");
      // Sending is handling the money too: a conflict with any of the batch's projects refuses the whole export.
      for (const projectId of new Set(rows.map((row) => row.projectId))) {
        const conflict = await assertNoConflict(trx, actor.id, { projectId });
        if (conflict) return conflict;
      }
      await markBatchExported(trx, batchId, actor.id);
      for (const row of rows) {
        const payout = (await findPayout(trx, row.id, { lock: true }))!;
        const moved = await movePayout(trx, payout, "send", {
          actorId: actor.id,
          ip: actor.ip,
          detail: { batchId },
        });
        if (!moved.ok) throw new Error(`payout ${payout.id} in draft batch ${batchId} is not scheduled`);
      }
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "payment_batch.export",
        entityType: "payment_batch",
        entityId: batchId,
        after: { payouts: rows.length, totalFen: rows.reduce((sum, r) => sum + r.amountFen, 0) },
        ip: actor.ip,
      });
      return ok(null);
    });
}

/** The exported batch's rows for the treasury file (full account numbers: finance staff only); each download audited. */
export async function batchForDownload(actor: Actor, batchId: number) {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const batch = await findPaymentBatch(trx, batchId);
      if (!batch || batch.status === "draft") return undefined;
      const rows = await payoutsOfBatch(trx, batchId);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "payment_batch.download",
        entityType: "payment_batch",
        entityId: batchId,
        after: { payouts: rows.length },
        ip: actor.ip,
      });
      return { batch, rows };
    });
}

async function lockedBankPayout(trx: DbOrTrx, payoutId: number) {
  const payout = await findPayout(trx, payoutId, { lock: true });
  return payout && payout.rail === "bank" ? payout : undefined;
}

async function afterSettling(trx: DbOrTrx, actor: Actor, payout: Payout) {
  if (payout.batchId === null) return;
  const closed = await closeBatchIfSettled(trx, payout.batchId);
  if (closed)
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "payment_batch.close",
      entityType: "payment_batch",
      entityId: closed.id,
      ip: actor.ip,
    });
}

/**
 * The bank has paid: finance staff record the bank reference (银行流水号) and the voucher (回单) PDF. The payout
 * stays processing, awaiting a second staff member's confirmation. The voucher file is removed again if the
 * record is refused.
 */
export async function recordPayment(
  actor: Actor,
  payoutId: number,
  reference: string,
  voucher: PdfUpload,
): Promise<Outcome<null>> {
  const storageKey = `payout-vouchers/${payoutId}/${randomUUID()}.pdf`;
  return recordWithFile(storageKey, voucher.bytes, (write) =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        const payout = await lockedBankPayout(trx, payoutId);
        if (!payout) return fail("err.payout.notFound");
        if (payout.status !== "processing") return fail("err.payout.transition");
        if (payout.recordedAt !== null) return fail("err.payBank.alreadyRecorded");
        const conflict = await payoutConflict(trx, actor.id, payout);
        if (conflict) return conflict;
        await write();
        const attachment = await insertVoucher(trx, {
          ...attachmentFacts(voucher, storageKey, actor.id),
          payoutId,
        });
        await trx
          .updateTable("payouts")
          .set({
            bankReference: reference,
            recordedBy: actor.id,
            recordedAt: new Date(),
            updatedAt: new Date(),
          })
          .where("id", "=", payoutId)
          .execute();
        await insertPayoutStep(trx, {
          payoutId,
          fromStatus: payout.status,
          toStatus: payout.status,
          actorUserId: actor.id,
          event: "note",
          detail: { kind: "record", reference, voucherId: attachment.id },
        });
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "payout.record",
          entityType: "payout",
          entityId: payoutId,
          after: { reference, voucherId: attachment.id, sha256: voucher.sha256 },
          ip: actor.ip,
        });
        return ok(null);
      }),
  );
}

/**
 * A second finance staff member confirms the recorded payment (two-person rule: never the one who recorded it,
 * refused here and by the payouts_two_person check in the database): the payout is paid.
 */
export async function confirmPayment(actor: Actor, payoutId: number): Promise<Outcome<null>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const payout = await lockedBankPayout(trx, payoutId);
        if (!payout) return fail("err.payout.notFound");
        if (payout.status !== "processing") return fail("err.payout.transition");
        if (payout.recordedAt === null || payout.recordedBy === null) return fail("err.payBank.notRecorded");
        if (payout.recordedBy === actor.id) return fail("err.payBank.samePerson");
        const conflict = await payoutConflict(trx, actor.id, payout);
        if (conflict) return conflict;
        const now = new Date();
        const moved = await movePayout(trx, payout, "settle", {
          actorId: actor.id,
          ip: actor.ip,
          detail: { reference: payout.bankReference },
          set: { confirmedBy: actor.id, confirmedAt: now, paidAt: now },
        });
        if (!moved.ok) return moved;
        await afterSettling(trx, actor, moved.value);
        return ok(null);
      });
  } catch (error) {
    if ((error as { constraint_name?: string }).constraint_name === "payouts_two_person")
      return fail("err.payBank.samePerson");
    throw error;
  }
}

/**
 * A bank payout's failure or return, recorded by finance staff: locked, conflict-checked, moved (movePayout refuses
 * a step its status does not allow); a failure may settle its batch.
 */
async function recordBankOutcome(
  actor: Actor,
  payoutId: number,
  event: "fail" | "return",
  detail: Record<string, unknown> & { reason: string },
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const payout = await lockedBankPayout(trx, payoutId);
      if (!payout) return fail("err.payout.notFound");
      const conflict = await payoutConflict(trx, actor.id, payout);
      if (conflict) return conflict;
      const moved = await movePayout(trx, payout, event, {
        actorId: actor.id,
        ip: actor.ip,
        detail,
        set: { failureReason: detail.reason },
      });
      if (!moved.ok) return moved;
      if (event === "fail") await afterSettling(trx, actor, moved.value);
      return ok(null);
    });
}

/** The bank refused the transfer: the payout failed (the money is payable again) and may go into a new batch. */
export function recordFailure(actor: Actor, payoutId: number, reason: string): Promise<Outcome<null>> {
  return recordBankOutcome(actor, payoutId, "fail", { reason });
}

/** A paid transfer came back (退汇): the payout is returned, payable again, and may go into a new batch. */
export function recordReturn(
  actor: Actor,
  payoutId: number,
  { reason, reference }: { reason: string; reference: string },
): Promise<Outcome<null>> {
  return recordBankOutcome(actor, payoutId, "return", { reason, returnReference: reference });
}

/** The masked account a finance page shows (the full number is only in the treasury file). */
export function maskedSnapshot(row: { bankAccountNumber: string | null }) {
  return row.bankAccountNumber ? maskAccountNumber(row.bankAccountNumber) : null;
}
