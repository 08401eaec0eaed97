/**
 * Paying through Stripe on real PostgreSQL against the Stripe test double: the key stored before the call,
 * recovery after a crash between the call and the write (same key; after 24 h a lookup first), never two
 * transfers, the ledger balanced, reversals, refusals, authorization.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translateMessage } from "../../app/i18n/i18n";
import { payByStripe, reverseStripePayout } from "../../app/server/payouts/stripe/stripe-payouts.server";
import { getDb } from "../../db/client";
import { insertConflict } from "../../db/repositories/assessment";
import { awardPositions, unbalancedPostings } from "../../db/repositories/ledger";
import { staffActor } from "../support/bidding";
import { must } from "../support/outcome";
import type { StripeDouble } from "../support/stripe-double";
import { useStripeDouble, withoutStripeKeys } from "../support/stripe-env";
import {
  approvedAwardOnStripe,
  financeActor,
  ledgerOfPayout,
  payoutRow,
  writtenRows,
} from "../support/stripe-payouts";

let double: StripeDouble;
let restore: () => Promise<void>;
beforeAll(async () => {
  ({ double, restore } = await useStripeDouble());
});
afterAll(async () => {
  await restore();
});

const transfersOf = (payoutId: number) =>
  double.transfers().filter((t) => t.metadata.payout_id === String(payoutId));

async function expectPaidOnce(payoutId: number, amountFen: number) {
  const row = await payoutRow(payoutId);
  expect(row).toMatchObject({ status: "paid", rail: "stripe" });
  const made = transfersOf(payoutId);
  expect(made).toHaveLength(1);
  expect(row.stripeTransferId).toBe(made[0]!.id);
  expect(made[0]!.amount).toBe(amountFen);
  const entries = await ledgerOfPayout(payoutId);
  expect(entries.filter((e) => e.kind === "send")).toHaveLength(2);
  expect(entries.filter((e) => e.kind === "settle")).toHaveLength(2);
  expect(await unbalancedPostings(getDb())).toEqual([]);
}

describe("paying a payout through Stripe", () => {
  it("stores the key, makes one transfer in the award's group and records it: paid, ledger sent and settled", async () => {
    const { payout, accountId, award } = await approvedAwardOnStripe(2071, double);
    const finance = await financeActor();
    const outcome = must(await payByStripe(finance, payout.id));
    expect(outcome.status).toBe("paid");
    await expectPaidOnce(payout.id, payout.amountFen);
    const [transfer] = transfersOf(payout.id);
    expect(transfer).toMatchObject({
      destination: accountId,
      transfer_group: `award-${award.id}`,
      currency: "cny",
    });
    const sent = double.calls.find(
      (c) => c.method === "POST" && c.path === "/v1/transfers" && c.params.metadata,
    );
    expect(sent?.idempotencyKey).toBe(`payout-${payout.id}-1`);
    expect(await payoutRow(payout.id)).toMatchObject({
      idempotencyKey: `payout-${payout.id}-1`,
      attempts: 1,
    });
    const position = (await awardPositions(getDb(), [award.id])).get(award.id)!;
    expect(position.paidFen).toBe(payout.amountFen);
    // Paying again is refused and makes no transfer.
    const again = await payByStripe(finance, payout.id);
    expect(again.ok).toBe(false);
    expect(transfersOf(payout.id)).toHaveLength(1);
  });

  it("recovers a crash between the call and the write with the same key: exactly one transfer, paid once", async () => {
    const { payout } = await approvedAwardOnStripe(2072, double);
    const finance = await financeActor();
    // Stripe makes the transfer, the answer never arrives (twice: stripe-node retries a reset connection once).
    double.failNext({ match: /^POST \/v1\/transfers$/, when: "after", how: "drop", times: 2 });
    const lost = await payByStripe(finance, payout.id);
    expect(lost.ok).toBe(false);
    if (!lost.ok) expect(translateMessage(lost.formError!, "en")).toContain("never pays twice");
    expect(transfersOf(payout.id)).toHaveLength(1);
    const stuck = await payoutRow(payout.id);
    expect(stuck).toMatchObject({
      status: "scheduled",
      stripeTransferId: null,
      idempotencyKey: `payout-${payout.id}-1`,
    });
    expect((await ledgerOfPayout(payout.id)).length).toBe(0);

    const keysBefore = double.calls.filter((c) => c.path === "/v1/transfers" && c.method === "POST").length;
    must(await payByStripe(finance, payout.id));
    const retry = double.calls
      .filter((c) => c.path === "/v1/transfers" && c.method === "POST")
      .slice(keysBefore);
    expect(retry.map((c) => [c.idempotencyKey, c.replayed])).toEqual([[`payout-${payout.id}-1`, true]]);
    await expectPaidOnce(payout.id, payout.amountFen);
  });

  it("after more than 24 h looks the transfer up by group and metadata instead of trusting the old key", async () => {
    const { payout } = await approvedAwardOnStripe(2073, double);
    const finance = await financeActor();
    double.failNext({ match: /^POST \/v1\/transfers$/, when: "after", how: "drop", times: 2 });
    expect((await payByStripe(finance, payout.id)).ok).toBe(false);
    // A day and more passes: Stripe has forgotten the key (a new request under it would make a second transfer).
    double.advanceClock(25 * 3600);
    const aged = new Date(Date.now() - 25 * 3600 * 1000);
    await getDb()
      .updateTable("payouts")
      .set({ idempotencyKeyAt: aged })
      .where("id", "=", payout.id)
      .execute();
    const posts = double.countCalls("POST", "/v1/transfers");
    const lists = double.countCalls("GET", "/v1/transfers");
    must(await payByStripe(finance, payout.id));
    expect(double.countCalls("GET", "/v1/transfers")).toBe(lists + 1);
    expect(double.countCalls("POST", "/v1/transfers")).toBe(posts);
    await expectPaidOnce(payout.id, payout.amountFen);
    double.advanceClock(-25 * 3600);
  });

  it("after 24 h with no transfer made, renews the key (stored first) and pays once", async () => {
    const { payout } = await approvedAwardOnStripe(2074, double);
    const finance = await financeActor();
    // Refused before Stripe did anything, with no answer: the payout stays scheduled under key 1.
    double.failNext({ match: /^POST \/v1\/transfers$/, when: "before", how: "drop", times: 2 });
    expect((await payByStripe(finance, payout.id)).ok).toBe(false);
    expect(transfersOf(payout.id)).toHaveLength(0);
    const aged = new Date(Date.now() - 25 * 3600 * 1000);
    await getDb()
      .updateTable("payouts")
      .set({ idempotencyKeyAt: aged })
      .where("id", "=", payout.id)
      .execute();
    must(await payByStripe(finance, payout.id));
    expect(await payoutRow(payout.id)).toMatchObject({
      idempotencyKey: `payout-${payout.id}-2`,
      attempts: 2,
    });
    await expectPaidOnce(payout.id, payout.amountFen);
  });

  it("two finance staff paying at once make one transfer", async () => {
    const { payout } = await approvedAwardOnStripe(2075, double);
    const [a, b] = [await financeActor(), await financeActor()];
    const results = await Promise.all([payByStripe(a, payout.id), payByStripe(b, payout.id)]);
    expect(results.some((r) => r.ok)).toBe(true);
    await expectPaidOnce(payout.id, payout.amountFen);
  });

  it("a refusal by Stripe puts the payout back to pending with the reason; no money moved", async () => {
    const { payout, lead } = await approvedAwardOnStripe(2076, double);
    const finance = await financeActor();
    // Our table names an account Stripe does not know: Stripe refuses the transfer (nothing is created).
    await getDb()
      .updateTable("stripeAccounts")
      .set({ accountId: "acct_neveronboarded" })
      .where("organizationId", "=", lead.organization.id)
      .execute();
    const refused = await payByStripe(finance, payout.id);
    expect(refused.ok).toBe(false);
    const row = await payoutRow(payout.id);
    expect(row.status).toBe("pending");
    expect(row.failureReason).toContain("No such destination");
    expect((await ledgerOfPayout(payout.id)).length).toBe(0);
    expect(transfersOf(payout.id)).toHaveLength(0);
  });

  it("reverses a paid payout: one reversal, payout returned, ledger returned and balanced", async () => {
    const { payout, award } = await approvedAwardOnStripe(2078, double);
    const finance = await financeActor();
    must(await payByStripe(finance, payout.id));
    expect(must(await reverseStripePayout(finance, payout.id)).status).toBe("returned");
    const row = await payoutRow(payout.id);
    expect(row.status).toBe("returned");
    expect(double.reversals().filter((r) => r.transfer === row.stripeTransferId)).toHaveLength(1);
    expect((await ledgerOfPayout(payout.id)).filter((e) => e.kind === "return")).toHaveLength(2);
    expect((await awardPositions(getDb(), [award.id])).get(award.id)!.paidFen).toBe(0);
    expect(await unbalancedPostings(getDb())).toEqual([]);
    expect((await reverseStripePayout(finance, payout.id)).ok).toBe(false);
    expect(double.reversals().filter((r) => r.transfer === row.stripeTransferId)).toHaveLength(1);
  });
});

describe("who may pay", () => {
  it("a finance staff member with a conflict of interest is refused and nothing is written or sent", async () => {
    const { payout, lead } = await approvedAwardOnStripe(2079, double);
    const conflicted = await financeActor();
    await insertConflict(getDb(), {
      userId: conflicted.id,
      organizationId: lead.organization.id,
      reason: "曾任职",
    });
    const before = await writtenRows();
    const calls = double.calls.length;
    const refused = await payByStripe(conflicted, payout.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(translateMessage(refused.formError!, "en")).toContain("conflict");
    expect(await writtenRows()).toEqual(before);
    expect(double.calls.length).toBe(calls);
    expect((await payoutRow(payout.id)).status).toBe("pending");
  });

  it("an organization without an active connected account cannot be paid through Stripe", async () => {
    const { payouts, member } = await approvedAwardOnStripe(2080, double);
    const memberPayout = payouts.find((p) => p.organizationId === member.organization.id)!;
    const refused = await payByStripe(await financeActor(), memberPayout.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(translateMessage(refused.formError!, "zh")).toContain("Stripe 账户");
  });

  it("without the Stripe keys nothing is paid", async () => {
    const { payout } = await approvedAwardOnStripe(2081, double);
    const back = withoutStripeKeys();
    try {
      const refused = await payByStripe(await staffActor(), payout.id);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(translateMessage(refused.formError!, "en")).toContain("Stripe rail is off");
    } finally {
      back();
    }
    expect((await payoutRow(payout.id)).status).toBe("pending");
  });
});
