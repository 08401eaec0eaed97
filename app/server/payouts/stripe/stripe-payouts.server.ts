/**
 * Paying a payout through Stripe Connect, so that a payout is never paid twice and never left half-recorded:
 *
 *  1. ONE transaction: the idempotency key `payout-<id>-<attempt>` and its time are stored and the payout moves
 *     pending → scheduled (rail stripe). Committed BEFORE Stripe is called.
 *  2. `transfers.create` with that key, transfer_group `award-<awardId>`, metadata.payout_id.
 *  3. A second transaction records the transfer id: scheduled → processing (ledger "send") → paid (ledger
 *     "settle") — a created transfer has already moved the funds into the connected account's balance.
 *
 * A crash (or a lost answer) between 2 and 3 leaves the payout `scheduled` with its key: the next attempt calls
 * again with the SAME key while Stripe still keeps it (Stripe answers with the transfer it made), and once the
 * key is too old to trust, first looks the transfer up by its group and metadata. The webhook
 * (transfer.created) records it too; whichever comes first wins and the other changes nothing.
 */
import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { findPayout, insertPayoutStep } from "../../../../db/repositories/payouts";
import { stripeAccountOfOrganization } from "../../../../db/repositories/payouts-stripe";
import {
  IDEMPOTENCY_KEY_TRUST_MS,
  payoutIdempotencyKey,
  transferGroupOfAward,
} from "../../../domain/payouts-stripe";
import type { PayoutStatus } from "../../../domain/payouts";
import type { Actor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";
import { movePayout, payoutConflict, type Payout } from "../transitions.server";
import {
  createTransfer,
  findTransferOfPayout,
  retrieveTransfer,
  reverseTransfer,
  stripeConfigured,
  StripeRailError,
  type RailTransfer,
} from "./stripe-rail.server";

/** Who records a change: a finance staff member, or the rail itself (a webhook: no actor, its event id). */
export interface RecordContext {
  actorId: number | null;
  ip: string | null;
  stripeEventId?: string | null;
}

/** A refusal found after some writes: thrown so the transaction rolls back, then answered. */
class Refusal extends Error {
  constructor(readonly outcome: { ok: false } & ReturnType<typeof fail>) {
    super("refused");
  }
}
function must<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Refusal(outcome as { ok: false } & ReturnType<typeof fail>);
  return outcome.value;
}

async function inTransaction<T>(work: (trx: DbOrTrx) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await getDb().transaction().execute(work);
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    throw error;
  }
}

/**
 * Records that `transfer` was made for its payout (from the pay flow or a webhook) — when it names that payout,
 * its amount and the organization's connected account — : scheduled → processing →
 * paid, with the ledger's "send" and "settle". A payout not yet scheduled (the transfer became known only
 * through Stripe) is scheduled on the Stripe rail first, since the money has moved. Nothing to do when the
 * payout is already paid or returned. Runs in the caller's transaction.
 */
export async function recordTransfer(
  trx: DbOrTrx,
  payoutId: number,
  transfer: RailTransfer,
  context: RecordContext,
): Promise<"recorded" | "already" | "mismatch"> {
  let payout = await findPayout(trx, payoutId, { lock: true });
  if (!payout) return "mismatch";
  const account = await stripeAccountOfOrganization(trx, payout.organizationId);
  const wrongDestination = transfer.destination !== "" && transfer.destination !== account?.accountId;
  if (
    transfer.payoutId !== String(payout.id) ||
    transfer.amountFen !== payout.amountFen ||
    wrongDestination
  ) {
    // A transfer that does not match the payout it names moves nothing here; the reconciliation reports it.
    await insertPayoutStep(trx, {
      payoutId: payout.id,
      fromStatus: payout.status,
      toStatus: payout.status,
      actorUserId: context.actorId,
      event: "note",
      detail: {
        stripe: "transfer_mismatch",
        transferId: transfer.id,
        amountFen: transfer.amountFen,
        destination: transfer.destination,
      },
    });
    return "mismatch";
  }
  if (payout.status === "paid" || payout.status === "returned") return "already";
  const ctx = { actorId: context.actorId, ip: context.ip, stripeEventId: context.stripeEventId ?? null };
  if (payout.status === "pending" || payout.status === "failed") {
    payout = must(
      await movePayout(trx, payout, "schedule", {
        ...ctx,
        set: { rail: "stripe" },
        detail: { rail: "stripe", transferId: transfer.id, via: "stripe" },
      }),
    );
  }
  if (payout.status === "scheduled") {
    payout = must(
      await movePayout(trx, payout, "send", {
        ...ctx,
        set: { rail: "stripe", stripeTransferId: transfer.id },
        detail: { transferId: transfer.id },
      }),
    );
  }
  if (payout.status === "processing") {
    must(
      await movePayout(trx, payout, "settle", {
        ...ctx,
        set: { paidAt: new Date(transfer.created * 1000), failureReason: null },
        detail: { transferId: transfer.id },
      }),
    );
  }
  return "recorded";
}

/**
 * Records that the payout's transfer was reversed: paid → returned (ledger "return"). A reversal known before
 * the transfer itself (webhooks out of order) first records the transfer, so the ledger still ends balanced and
 * consistent: sent, settled, returned.
 */
export async function recordReversal(
  trx: DbOrTrx,
  payoutId: number,
  transfer: RailTransfer,
  context: RecordContext & { reversalId?: string | null },
): Promise<"recorded" | "already" | "mismatch"> {
  const recorded = await recordTransfer(trx, payoutId, transfer, context);
  if (recorded === "mismatch") return recorded;
  const payout = (await findPayout(trx, payoutId, { lock: true }))!;
  if (payout.status !== "paid") return "already";
  if (payout.stripeTransferId && payout.stripeTransferId !== transfer.id) return "mismatch";
  must(
    await movePayout(trx, payout, "return", {
      actorId: context.actorId,
      ip: context.ip,
      stripeEventId: context.stripeEventId ?? null,
      set: { failureReason: "stripe transfer reversed" },
      detail: { transferId: transfer.id, reversalId: context.reversalId ?? null },
    }),
  );
  return "recorded";
}

type Plan =
  | { kind: "call"; key: string; payout: Payout; destination: string }
  | { kind: "lookup"; payout: Payout; destination: string };

/** Step 1: claims the payout for a Stripe attempt (or finds the attempt to resume), committed before any call. */
async function planAttempt(actor: Actor, payoutId: number): Promise<Outcome<Plan>> {
  return inTransaction(async (trx) => {
    const payout = await findPayout(trx, payoutId, { lock: true });
    if (!payout) return fail("payStripe.err.notFound");
    const conflict = await payoutConflict(trx, actor.id, payout);
    if (conflict) return conflict;
    const account = await stripeAccountOfOrganization(trx, payout.organizationId);
    if (payout.status === "scheduled") {
      if (payout.rail !== "stripe") return fail("payStripe.err.otherRail");
      if (!account) return fail("payStripe.err.noAccount");
      const fresh =
        payout.idempotencyKey !== null &&
        payout.idempotencyKeyAt !== null &&
        Date.now() - payout.idempotencyKeyAt.getTime() < IDEMPOTENCY_KEY_TRUST_MS;
      return {
        ok: true,
        value: fresh
          ? { kind: "call", key: payout.idempotencyKey!, payout, destination: account.accountId }
          : { kind: "lookup", payout, destination: account.accountId },
      };
    }
    if (!["pending", "failed", "returned"].includes(payout.status)) {
      return fail("payStripe.err.alreadyPaid");
    }
    // A pending payout already put in a bank payment batch belongs to the bank rail: never both.
    if (payout.status === "pending" && payout.batchId !== null) return fail("payStripe.err.otherRail");
    if (!account?.transfersActive) return fail("payStripe.err.noAccount");
    const attempt = payout.attempts + 1;
    const key = payoutIdempotencyKey(payout.id, attempt);
    const scheduled = must(
      await movePayout(trx, payout, "schedule", {
        actorId: actor.id,
        ip: actor.ip,
        set: { rail: "stripe", idempotencyKey: key, idempotencyKeyAt: new Date(), attempts: attempt },
        detail: { rail: "stripe", idempotencyKey: key, attempt },
      }),
    );
    return { ok: true, value: { kind: "call", key, payout: scheduled, destination: account.accountId } };
  });
}

/** A new key for a scheduled payout whose old key is too old to trust and under which no transfer exists. */
async function renewKey(actor: Actor, payout: Payout): Promise<Outcome<string>> {
  return inTransaction(async (trx) => {
    const current = await findPayout(trx, payout.id, { lock: true });
    if (!current || current.status !== "scheduled" || current.idempotencyKey !== payout.idempotencyKey) {
      return fail("payStripe.err.busy");
    }
    const attempt = current.attempts + 1;
    const key = payoutIdempotencyKey(current.id, attempt);
    await trx
      .updateTable("payouts")
      .set({ idempotencyKey: key, idempotencyKeyAt: new Date(), attempts: attempt, updatedAt: new Date() })
      .where("id", "=", current.id)
      .execute();
    await insertPayoutStep(trx, {
      payoutId: current.id,
      fromStatus: "scheduled",
      toStatus: "scheduled",
      actorUserId: actor.id,
      event: "note",
      detail: { stripe: "key_renewed", previousKey: current.idempotencyKey, idempotencyKey: key, attempt },
    });
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "payout.stripe_key_renewed",
      entityType: "payout",
      entityId: current.id,
      before: { idempotencyKey: current.idempotencyKey },
      after: { idempotencyKey: key, attempt },
      ip: actor.ip,
    });
    return { ok: true, value: key };
  });
}

/** Back to pending after Stripe definitely refused (nothing was transferred); the next attempt gets a new key. */
async function unschedule(actor: Actor, payout: Payout, reason: string) {
  await inTransaction(async (trx) => {
    const current = await findPayout(trx, payout.id, { lock: true });
    if (!current || current.status !== "scheduled" || current.idempotencyKey !== payout.idempotencyKey) {
      return { ok: true, value: null };
    }
    must(
      await movePayout(trx, current, "unschedule", {
        actorId: actor.id,
        ip: actor.ip,
        set: { failureReason: reason.slice(0, 500) },
        detail: { stripe: "refused", reason: reason.slice(0, 500) },
      }),
    );
    return { ok: true, value: null };
  });
}

async function record(actor: Actor, payoutId: number, transfer: RailTransfer) {
  return inTransaction(async (trx) => {
    const result = await recordTransfer(trx, payoutId, transfer, { actorId: actor.id, ip: actor.ip });
    if (result === "mismatch") return fail("payStripe.err.rejected", { reason: `transfer ${transfer.id}` });
    return { ok: true, value: transfer };
  });
}

function failureOf(error: StripeRailError) {
  if (error.kind === "unknown_outcome") return fail("payStripe.err.unknownOutcome");
  if (error.kind === "not_configured") return fail("payStripe.err.notConfigured");
  if (error.kind === "rate_limited" || error.kind === "auth") return fail("payStripe.err.unavailable");
  return fail("payStripe.err.rejected", { reason: error.message });
}

/**
 * Finance staff pay one payout through Stripe (or finish an interrupted attempt). Never two transfers for one
 * payout: the key is stored before the call, reused while Stripe keeps it, and replaced only after a lookup
 * found no transfer made under it.
 */
export async function payByStripe(
  actor: Actor,
  payoutId: number,
): Promise<Outcome<{ transferId: string; status: PayoutStatus }>> {
  if (!stripeConfigured()) return fail("payStripe.err.notConfigured");
  const planned = await planAttempt(actor, payoutId);
  if (!planned.ok) return planned;
  const plan = planned.value;
  const { payout, destination } = plan;
  const group = transferGroupOfAward(payout.awardId);
  let key: string;
  try {
    if (plan.kind === "lookup") {
      const found = await findTransferOfPayout(group, payout.id);
      if (found) return done(await record(actor, payout.id, found), payout.id);
      const renewed = await renewKey(actor, payout);
      if (!renewed.ok) return renewed;
      key = renewed.value;
    } else {
      key = plan.key;
    }
    const transfer = await createTransfer({
      amountFen: payout.amountFen,
      destination,
      transferGroup: group,
      idempotencyKey: key,
      metadata: { payout_id: payout.id },
    });
    return done(await record(actor, payout.id, transfer), payout.id);
  } catch (error) {
    if (!(error instanceof StripeRailError)) throw error;
    if (error.kind === "idempotency_conflict") {
      // The key was used with other parameters (e.g. the destination account changed): never guess — look.
      const found = await findTransferOfPayout(group, payout.id).catch(() => null);
      if (found) return done(await record(actor, payout.id, found), payout.id);
      await unschedule(actor, payout, error.message);
      return failureOf(error);
    }
    if (error.kind === "rejected" || error.kind === "not_found" || error.kind === "invalid_input") {
      await unschedule(actor, payout, error.message);
    }
    // Otherwise (no answer, 5xx, rate limit): stays scheduled with its key; the next attempt recovers.
    return failureOf(error);
  }
}

async function done(
  recorded: Outcome<RailTransfer>,
  payoutId: number,
): Promise<Outcome<{ transferId: string; status: PayoutStatus }>> {
  if (!recorded.ok) return recorded;
  const payout = (await findPayout(getDb(), payoutId))!;
  return { ok: true, value: { transferId: recorded.value.id, status: payout.status } };
}

/** Finance staff take a paid Stripe payout back: transfers.createReversal, then paid → returned. */
export async function reverseStripePayout(
  actor: Actor,
  payoutId: number,
): Promise<Outcome<{ status: PayoutStatus }>> {
  if (!stripeConfigured()) return fail("payStripe.err.notConfigured");
  const checked = await inTransaction(async (trx) => {
    const payout = await findPayout(trx, payoutId, { lock: true });
    if (!payout) return fail("payStripe.err.notFound");
    const conflict = await payoutConflict(trx, actor.id, payout);
    if (conflict) return conflict;
    if (payout.rail !== "stripe" || !payout.stripeTransferId || !payout.idempotencyKey) {
      return fail("payStripe.err.otherRail");
    }
    if (payout.status !== "paid") return fail("payStripe.err.notPaid");
    return { ok: true, value: payout };
  });
  if (!checked.ok) return checked;
  const payout = checked.value;
  const transferId = payout.stripeTransferId!;
  let reversalId: string | null = null;
  try {
    // Derived from the stored payout key: a retry after a lost answer replays the same reversal.
    reversalId = (await reverseTransfer(transferId, { idempotencyKey: `${payout.idempotencyKey}-reversal` }))
      .id;
  } catch (error) {
    if (!(error instanceof StripeRailError)) throw error;
    // Already reversed (e.g. from Stripe's dashboard, webhook not yet here): record what Stripe says.
    if (error.kind !== "rejected") return failureOf(error);
    const current = await retrieveTransfer(transferId).catch(() => null);
    if (!current || current.amountReversedFen < current.amountFen) return failureOf(error);
  }
  const transfer = await retrieveTransfer(transferId).catch(() => null);
  return inTransaction(async (trx) => {
    const result = await recordReversal(
      trx,
      payout.id,
      transfer ?? {
        id: transferId,
        amountFen: payout.amountFen,
        amountReversedFen: payout.amountFen,
        reversed: true,
        currency: "",
        destination: "",
        transferGroup: transferGroupOfAward(payout.awardId),
        payoutId: String(payout.id),
        created: Math.floor((payout.paidAt?.getTime() ?? Date.now()) / 1000),
      },
      { actorId: actor.id, ip: actor.ip, reversalId },
    );
    if (result === "mismatch") return fail("payStripe.err.rejected", { reason: `transfer ${transferId}` });
    const after = (await findPayout(trx, payout.id))!;
    return { ok: true, value: { status: after.status } };
  });
}
