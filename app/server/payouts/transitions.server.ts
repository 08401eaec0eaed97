import type { DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { findAward } from "../../../db/repositories/awards";
import { post } from "../../../db/repositories/ledger";
import {
  insertPayoutStep,
  payoutStatusesOfAward,
  setAwardStatus,
  updatePayoutStatus,
} from "../../../db/repositories/payouts";
import type { PayoutsTable } from "../../../db/schema-payouts";
import type { Rail } from "../../domain/ledger";
import { transitionIn } from "../../domain/lifecycle";
import {
  nextAwardStatus,
  PAYOUT_EVENTS,
  POSTING_OF_PAYOUT_EVENT,
  type PayoutEvent,
  type PayoutStatus,
} from "../../domain/payouts";
import { fail, type Outcome } from "../platform/outcome.server";
import { assertNoConflict } from "../conflicts/conflicts.server";
import type { Updateable, Selectable } from "kysely";

export type Payout = Selectable<PayoutsTable>;

/**
 * The one way a payout changes status: the status (guarded by the lifecycle trigger too), a timeline step, the
 * ledger posting the event makes (sending, settling, failing, returning money), the award's status that follows
 * from its payouts, and an audit entry. Runs inside the caller's transaction; on `ok: false` nothing was written.
 * `actorId` is null when the rail itself reports the change (a Stripe webhook).
 */
export async function movePayout(
  trx: DbOrTrx,
  payout: Payout,
  event: PayoutEvent,
  context: {
    actorId: number | null;
    ip: string | null;
    detail?: Record<string, unknown>;
    set?: Omit<Updateable<PayoutsTable>, "status" | "id">;
    stripeEventId?: string | null;
  },
): Promise<Outcome<Payout>> {
  const transition = transitionIn<PayoutStatus, typeof PAYOUT_EVENTS>(PAYOUT_EVENTS, payout.status, event);
  if (!transition.ok) return fail("err.payout.transition");
  const moved = await updatePayoutStatus(trx, payout.id, payout.status, transition.to, context.set);
  if (!moved) return fail("err.payout.changed");
  await insertPayoutStep(trx, {
    payoutId: payout.id,
    fromStatus: payout.status,
    toStatus: moved.status,
    actorUserId: context.actorId,
    event,
    detail: context.detail,
  });
  const postingKind = POSTING_OF_PAYOUT_EVENT[event];
  if (postingKind) {
    if (!moved.rail) throw new Error(`payout ${payout.id} moves money without a rail`);
    await post(
      trx,
      {
        kind: postingKind,
        rail: moved.rail as Rail,
        awardId: moved.awardId,
        payoutId: moved.id,
        organizationId: moved.organizationId,
        amountFen: moved.amountFen,
      },
      {
        postedBy: context.actorId,
        stripeEventId: context.stripeEventId ?? null,
        memo: `payout ${payout.id}`,
      },
    );
  }
  await followAwardStatus(trx, moved.awardId);
  await appendAudit(trx, {
    actorUserId: context.actorId,
    action: `payout.${event}`,
    entityType: "payout",
    entityId: payout.id,
    before: { status: payout.status },
    after: { status: moved.status, amountFen: moved.amountFen, rail: moved.rail, ...context.detail },
    ip: context.ip,
  });
  return { ok: true, value: moved };
}

/** A staff member with a conflict of interest in the award's project may not move its money (null: no conflict). */
export async function payoutConflict(trx: DbOrTrx, actorId: number, payout: { awardId: number }) {
  const award = (await findAward(trx, { id: payout.awardId }))!;
  return assertNoConflict(trx, actorId, { projectId: award.projectId });
}

/** The award's status follows its payouts (disbursing once money moved, disbursed when all are paid). */
async function followAwardStatus(trx: DbOrTrx, awardId: number) {
  const award = (await findAward(trx, { id: awardId }, { lock: true }))!;
  if (award.status !== "approved" && award.status !== "disbursing" && award.status !== "disbursed") return;
  const next = nextAwardStatus(award.status, await payoutStatusesOfAward(trx, awardId));
  if (next !== award.status) await setAwardStatus(trx, awardId, award.status, next);
}
