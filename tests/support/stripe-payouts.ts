/** Fixtures for the Stripe rail's integration tests: finance staff, an approved award, connected accounts. */
import { sql } from "kysely";
import { approveAward } from "../../app/server/awards/awards.server";
import { createUser } from "../../app/server/demo/factories.server";
import { createRecipientAccount } from "../../app/server/payouts/stripe/stripe-rail.server";
import { getDb } from "../../db/client";
import { insertStripeAccount, updateStripeAccountFlags } from "../../db/repositories/payouts-stripe";
import { computedAward } from "./assessment";
import { staffActor } from "./bidding";
import { must } from "./outcome";
import type { StripeDouble } from "./stripe-double";

let serial = 0;

export async function financeActor() {
  const user = await createUser(getDb(), {
    email: `finance-stripe${++serial}-${Date.now()}@example.com`,
    name: `财务人员${serial}`,
    password: "finance-password-1",
    roles: ["staff", "finance"],
  });
  return { id: user.id, ip: "198.51.100.21", email: user.email, password: "finance-password-1" };
}

/** A connected account for the organization, onboarded at the double and recorded as Stripe would report it. */
export async function connectOrganization(
  double: StripeDouble,
  organization: { id: number; name: string },
  createdBy: number,
  { active = true } = {},
) {
  const status = await createRecipientAccount({ id: organization.id, name: organization.name });
  await insertStripeAccount(getDb(), {
    organizationId: organization.id,
    accountId: status.accountId,
    createdBy,
  });
  if (active) {
    double.completeOnboarding(status.accountId);
    await updateStripeAccountFlags(getDb(), status.accountId, {
      detailsSubmitted: true,
      payoutsEnabled: true,
      transfersActive: true,
    });
  }
  return status.accountId;
}

/** An approved award (lead 60 % / member 40 %) whose lead organization has an active connected account. */
export async function approvedAwardOnStripe(year: number, double: StripeDouble) {
  const setup = await computedAward(year);
  must(await approveAward(await staffActor(), setup.project.id, setup.award.version));
  const accountId = await connectOrganization(double, setup.lead.organization, setup.lead.actor.id);
  const payouts = await payoutsOfAward(setup.award.id);
  const payout = payouts.find((p) => p.organizationId === setup.lead.organization.id)!;
  return { ...setup, accountId, payout, payouts };
}

export const payoutsOfAward = (awardId: number) =>
  getDb().selectFrom("payouts").selectAll().where("awardId", "=", awardId).orderBy("id").execute();

export const payoutRow = (id: number) =>
  getDb().selectFrom("payouts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

/** Rows of the tables a Stripe event or payout may write, to prove that something wrote nothing. */
export async function writtenRows() {
  const count = async (table: string) =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(getDb())).rows[0]!.n,
    );
  return {
    events: await count("stripe_events"),
    postings: await count("ledger_postings"),
    steps: await count("payout_steps"),
    accounts: await count("stripe_accounts"),
    audit: await count("audit_log"),
  };
}

/** The ledger entries of a payout, by account (sums, fen). */
export async function ledgerOfPayout(payoutId: number) {
  const rows = await getDb()
    .selectFrom("ledgerPostings")
    .innerJoin("ledgerEntries", "ledgerEntries.postingId", "ledgerPostings.id")
    .select(["ledgerPostings.kind", "ledgerEntries.account", "ledgerEntries.amountFen"])
    .where("ledgerPostings.payoutId", "=", payoutId)
    .orderBy("ledgerEntries.id")
    .execute();
  return rows;
}
