import type { DbOrTrx } from "../../../../db/client";
import { payoutsOfAward } from "../../../../db/repositories/payouts-views";
import { payoutsOfAwards, stepsOfPayouts } from "../../../../db/repositories/payouts";
import { maskAccountNumber, type PayoutStatus } from "../../../domain/payouts";
import { lastFour } from "../../../domain/payouts-views";

/**
 * The payout section of a consortium's project page: every member's payout status; the viewer's own
 * organization's payouts also with their details (the account masked to its last 4 digits, the bank reference's
 * last 4, a failure reason) and their timeline. Other members' rows carry no reference, reason or step: the
 * fields are absent from the loader data, not just hidden.
 */
export async function projectPayouts(
  db: DbOrTrx,
  awardId: number,
  viewerOrganizationId: number,
  consortium: readonly { organizationId: number; organizationName: string; role: string }[],
) {
  const payouts = await payoutsOfAward(db, awardId);
  const own = payouts.filter((p) => p.organizationId === viewerOrganizationId);
  const steps = await stepsOfPayouts(
    db,
    own.map((p) => p.id),
  );
  // Lead first, then members, as the consortium lists them.
  const order = (organizationId: number) => consortium.findIndex((m) => m.organizationId === organizationId);
  return [...payouts]
    .sort((a, b) => order(a.organizationId) - order(b.organizationId) || a.id - b.id)
    .map((payout) => {
      const member = consortium.find((m) => m.organizationId === payout.organizationId);
      const base = {
        id: payout.id,
        organizationName: member?.organizationName ?? "",
        role: member?.role ?? "member",
        amountFen: payout.amountFen,
        status: payout.status,
        paidAt: payout.paidAt,
      };
      if (payout.organizationId !== viewerOrganizationId) return { ...base, own: null };
      return {
        ...base,
        own: {
          rail: payout.rail,
          bankName: payout.bankName,
          account: payout.bankAccountNumber ? maskAccountNumber(payout.bankAccountNumber) : null,
          referenceLast4: lastFour(payout.bankReference),
          failureReason:
            payout.status === "failed" || payout.status === "returned" ? payout.failureReason : null,
          steps: steps
            .filter((s) => s.payoutId === payout.id)
            .map((s) => ({ id: s.id, fromStatus: s.fromStatus, toStatus: s.toStatus, at: s.at })),
        },
      };
    });
}

/** Each approved award's payout per organization (status and paid time), for /results and the awards API. */
export async function publicPayoutStatuses(db: DbOrTrx, awardIds: readonly number[]) {
  const rows = await payoutsOfAwards(db, awardIds);
  return new Map<string, { status: PayoutStatus; paidAt: Date | null }>(
    rows.map((row) => [
      `${row.awardId}:${row.organizationId}`,
      { status: row.status, paidAt: row.status === "paid" ? row.paidAt : null },
    ]),
  );
}
