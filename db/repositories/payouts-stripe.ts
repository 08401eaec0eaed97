import { sql } from "kysely";
import type { DbOrTrx } from "../client";

/** SQL of the Stripe Connect rail: connected accounts, received events, the rail's payouts. */

export async function stripeAccountOfOrganization(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("stripeAccounts")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();
}

export async function stripeAccountByAccountId(db: DbOrTrx, accountId: string) {
  return db.selectFrom("stripeAccounts").selectAll().where("accountId", "=", accountId).executeTakeFirst();
}

/** The organization's connected account; undefined when it already has one (a concurrent onboarding won). */
export async function insertStripeAccount(
  db: DbOrTrx,
  row: { organizationId: number; accountId: string; createdBy: number },
) {
  return db
    .insertInto("stripeAccounts")
    .values(row)
    .onConflict((oc) => oc.column("organizationId").doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateStripeAccountFlags(
  db: DbOrTrx,
  accountId: string,
  flags: { detailsSubmitted: boolean; payoutsEnabled: boolean; transfersActive: boolean },
) {
  return db
    .updateTable("stripeAccounts")
    .set({ ...flags, updatedAt: new Date() })
    .where("accountId", "=", accountId)
    .returningAll()
    .executeTakeFirst();
}

/** Claims an event id: false when it was stored before (a redelivery), so its effect is not applied again. */
export async function insertStripeEvent(
  db: DbOrTrx,
  row: { id: string; type: string; account: string | null; createdAt: Date; payoutId: number | null },
): Promise<boolean> {
  const inserted = await db
    .insertInto("stripeEvents")
    .values(row)
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function countStripeEvents(db: DbOrTrx) {
  const row = await db
    .selectFrom("stripeEvents")
    .select(sql<string>`count(*)`.as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Payouts finance staff may handle on the Stripe rail: not yet on a rail (or failed/returned) for an organization
 * with a connected account, and everything already on the Stripe rail. With the organization and its account.
 */
export async function stripeRailPayouts(db: DbOrTrx) {
  return db
    .selectFrom("payouts")
    .innerJoin("organizations", "organizations.id", "payouts.organizationId")
    .innerJoin("awards", "awards.id", "payouts.awardId")
    .leftJoin("stripeAccounts", "stripeAccounts.organizationId", "payouts.organizationId")
    .select([
      "payouts.id",
      "payouts.awardId",
      "awards.projectId",
      "payouts.organizationId",
      "organizations.name as organizationName",
      "payouts.amountFen",
      "payouts.status",
      "payouts.rail",
      "payouts.stripeTransferId",
      "payouts.paidAt",
      "stripeAccounts.accountId",
      "stripeAccounts.transfersActive",
    ])
    .where((eb) =>
      eb.or([
        eb("payouts.rail", "=", "stripe"),
        eb.and([
          eb("stripeAccounts.accountId", "is not", null),
          eb("payouts.status", "in", ["pending", "failed", "returned"]),
        ]),
      ]),
    )
    .orderBy("payouts.awardId", "desc")
    .orderBy("payouts.id")
    .limit(500)
    .execute();
}

/** An organization's paid Stripe-rail payouts whose arrival at its bank Stripe has not reported yet. */
export async function stripePayoutsAwaitingBank(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("payouts")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("rail", "=", "stripe")
    .where("status", "=", "paid")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("payoutSteps")
            .select("payoutSteps.id")
            .whereRef("payoutSteps.payoutId", "=", "payouts.id")
            .where(sql<boolean>`payout_steps.detail ->> 'stripe' = 'payout.paid'`)
            .where(sql<boolean>`payout_steps.at >= payouts.paid_at`),
        ),
      ),
    )
    .orderBy("paidAt", "desc")
    .forUpdate()
    .execute();
}

/** The organization's most recently paid Stripe-rail payout (when none awaits its bank). */
export async function latestStripePayout(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("payouts")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("rail", "=", "stripe")
    .where("status", "=", "paid")
    .orderBy("paidAt", "desc")
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

/** Awards with at least one payout on the Stripe rail, and those payouts with the ledger's paid amount each. */
export async function stripePayoutsForReconciliation(db: DbOrTrx) {
  return db
    .selectFrom("payouts")
    .select([
      "payouts.id",
      "payouts.awardId",
      "payouts.amountFen",
      "payouts.status",
      "payouts.stripeTransferId",
      sql<number>`coalesce((SELECT sum(e.amount_fen) FROM ledger_entries e
        WHERE e.payout_id = payouts.id AND e.account LIKE 'paid:%'), 0)::bigint`.as("ledgerPaidFen"),
    ])
    .where("payouts.rail", "=", "stripe")
    .orderBy("payouts.awardId")
    .orderBy("payouts.id")
    .execute();
}
