/**
 * Applying a verified Stripe event: its id is stored (stripe_events, primary key) IN THE SAME TRANSACTION as its
 * effect, so a redelivered event finds its id taken and changes nothing, and an effect that fails leaves no id
 * behind (Stripe delivers it again). Events may arrive in any order; each handler brings the payout to the
 * state the event implies from wherever it is (see recordTransfer / recordReversal).
 */
import type Stripe from "stripe";
import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { findPayout, insertPayoutStep } from "../../../../db/repositories/payouts";
import {
  insertStripeEvent,
  latestStripePayout,
  stripeAccountByAccountId,
  stripePayoutsAwaitingBank,
  updateStripeAccountFlags,
} from "../../../../db/repositories/payouts-stripe";
import { isStripeAccountId, isStripeTransferId } from "../../../domain/payouts-stripe";
import { recordReversal, recordTransfer } from "./stripe-payouts.server";
import { accountStatusOf, railTransferOf } from "./stripe-rail.server";

export type EventResult = "applied" | "duplicate" | "ignored";

/** The payout a transfer names in its metadata (set by createTransfer), when it is one of ours. */
function payoutIdOf(object: unknown): number | null {
  const raw = (object as { metadata?: Record<string, unknown> } | null)?.metadata?.payout_id;
  if (typeof raw !== "string" || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

function isTransfer(object: unknown): object is Stripe.Transfer {
  const o = object as { object?: unknown; id?: unknown; amount?: unknown } | null;
  return o?.object === "transfer" && isStripeTransferId(o.id) && Number.isSafeInteger(o.amount);
}

export async function applyStripeEvent(event: Stripe.Event): Promise<EventResult> {
  const object: unknown = event.data?.object;
  const payoutId = isTransfer(object) ? payoutIdOf(object) : null;
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const payout = payoutId !== null ? await findPayout(trx, payoutId) : undefined;
      const claimed = await insertStripeEvent(trx, {
        id: event.id,
        type: event.type,
        account: typeof event.account === "string" ? event.account : null,
        createdAt: new Date(event.created * 1000),
        payoutId: payout?.id ?? null,
      });
      if (!claimed) return "duplicate";
      const context = { actorId: null, ip: null, stripeEventId: event.id };
      switch (event.type) {
        case "account.updated":
          return applyAccountUpdated(trx, event.data.object, event.id);
        case "transfer.created":
        case "transfer.updated": {
          if (!payout || !isTransfer(object)) return "ignored";
          const transfer = railTransferOf(object);
          // A full reversal also shows on transfer.updated: apply it whichever event arrives.
          const result =
            transfer.reversed && transfer.amountReversedFen >= transfer.amountFen
              ? await recordReversal(trx, payout.id, transfer, context)
              : await recordTransfer(trx, payout.id, transfer, context);
          return result === "recorded" ? "applied" : "ignored";
        }
        case "transfer.reversed": {
          if (!payout || !isTransfer(object)) return "ignored";
          const transfer = railTransferOf(object);
          if (transfer.amountReversedFen < transfer.amountFen) {
            // We only ever reverse whole transfers; a partial one (made in Stripe's dashboard) moves nothing
            // here and is noted on the timeline for finance staff (the reconciliation reports it as well).
            await note(trx, payout.id, {
              stripe: "partial_reversal",
              transferId: transfer.id,
              eventId: event.id,
            });
            return "applied";
          }
          const result = await recordReversal(trx, payout.id, transfer, context);
          return result === "recorded" ? "applied" : "ignored";
        }
        case "payout.paid":
        case "payout.failed":
          return applyConnectedPayout(trx, event);
        default:
          // Stored (so it is never processed twice) and otherwise ignored.
          return "ignored";
      }
    });
}

async function note(trx: DbOrTrx, payoutId: number, detail: Record<string, unknown>) {
  const payout = (await findPayout(trx, payoutId, { lock: true }))!;
  await insertPayoutStep(trx, {
    payoutId,
    fromStatus: payout.status,
    toStatus: payout.status,
    actorUserId: null,
    event: "note",
    detail,
  });
}

async function applyAccountUpdated(trx: DbOrTrx, object: unknown, eventId: string): Promise<EventResult> {
  const account = object as Stripe.Account;
  if (account?.object !== "account" || !isStripeAccountId(account.id)) return "ignored";
  const before = await stripeAccountByAccountId(trx, account.id);
  if (!before) return "ignored";
  const status = accountStatusOf(account);
  const flags = {
    detailsSubmitted: status.detailsSubmitted,
    payoutsEnabled: status.payoutsEnabled,
    transfersActive: status.transfersActive,
  };
  await updateStripeAccountFlags(trx, account.id, flags);
  await appendAudit(trx, {
    actorUserId: null,
    action: "stripe_account.update",
    entityType: "organization",
    entityId: before.organizationId,
    before: {
      detailsSubmitted: before.detailsSubmitted,
      payoutsEnabled: before.payoutsEnabled,
      transfersActive: before.transfersActive,
    },
    after: { ...flags, stripeEventId: eventId },
    ip: null,
  });
  return "applied";
}

/**
 * payout.paid / payout.failed on a connected account: Stripe moved (or failed to move) the organization's Stripe
 * balance to its own bank. A timeline step on the organization's latest Stripe payouts, and NO ledger change:
 * the programme's money left our books when the transfer settled into the connected account (paid:<org>);
 * what the organization does with its own balance is not the programme's money any more, and one Stripe payout
 * can sweep several transfers (or other funds) at once, so it cannot be attributed to one of our payouts.
 */
async function applyConnectedPayout(trx: DbOrTrx, event: Stripe.Event): Promise<EventResult> {
  const accountId = typeof event.account === "string" ? event.account : null;
  if (!accountId || !isStripeAccountId(accountId)) return "ignored";
  const account = await stripeAccountByAccountId(trx, accountId);
  if (!account) return "ignored";
  const object = event.data.object as { id?: unknown; amount?: unknown; failure_code?: unknown };
  let targets = await stripePayoutsAwaitingBank(trx, account.organizationId);
  if (targets.length === 0) {
    const latest = await latestStripePayout(trx, account.organizationId);
    targets = latest ? [latest] : [];
  }
  for (const payout of targets) {
    await insertPayoutStep(trx, {
      payoutId: payout.id,
      fromStatus: payout.status,
      toStatus: payout.status,
      actorUserId: null,
      event: "note",
      detail: {
        stripe: event.type,
        stripePayoutId: typeof object.id === "string" ? object.id : null,
        amountFen: typeof object.amount === "number" ? object.amount : null,
        failureCode: typeof object.failure_code === "string" ? object.failure_code : null,
        eventId: event.id,
      },
    });
  }
  return targets.length > 0 ? "applied" : "ignored";
}
