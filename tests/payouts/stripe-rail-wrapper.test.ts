/**
 * The rail wrapper (stripe-rail.server.ts) with the real `stripe` package against the Stripe test double:
 * idempotent retries, typed errors, the lookup that recovers a lost answer, validation before any call,
 * webhook signatures, and the environment rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accountLink,
  createRecipientAccount,
  createTransfer,
  findTransferOfPayout,
  retrieveAccountStatus,
  reverseTransfer,
  STRIPE_API_VERSION,
  stripeConfigured,
  StripeRailError,
  transfersOfGroup,
  verifyWebhook,
} from "../../app/server/payouts/stripe/stripe-rail.server";
import { readEnv } from "../../app/server/platform/env.server";
import type { StripeDouble } from "../support/stripe-double";
import { signStripe, stripeEvent, useStripeDouble, withoutStripeKeys } from "../support/stripe-env";

let double: StripeDouble;
let restore: () => Promise<void>;
beforeAll(async () => {
  ({ double, restore } = await useStripeDouble());
});
afterAll(async () => {
  await restore();
});

let orgSeq = 100;
async function connectedAccount(): Promise<string> {
  const status = await createRecipientAccount({ id: orgSeq++, name: "测试科技有限公司" });
  double.completeOnboarding(status.accountId);
  return status.accountId;
}

async function railError(promise: Promise<unknown>): Promise<StripeRailError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StripeRailError);
    return error as StripeRailError;
  }
  throw new Error("expected a StripeRailError");
}

describe("connected accounts", () => {
  it("creates a recipient account (transfers only) with the pinned API version, and links to onboarding", async () => {
    const status = await createRecipientAccount({ id: 1, name: "甲公司", email: "a@example.com" });
    expect(status).toEqual({
      accountId: status.accountId,
      detailsSubmitted: false,
      payoutsEnabled: false,
      transfersActive: false,
    });
    const call = double.calls.findLast((c) => c.path === "/v1/accounts")!;
    expect(call.stripeVersion).toBe(STRIPE_API_VERSION);
    expect(call.params).toMatchObject({
      controller: { stripe_dashboard: { type: "express" }, fees: { payer: "application" } },
      capabilities: { transfers: { requested: "true" } },
      tos_acceptance: { service_agreement: "recipient" },
      metadata: { organization_id: "1" },
    });
    expect(call.params).not.toHaveProperty("capabilities.card_payments");
    // A double submit (same organization) gets the same account back.
    const again = await createRecipientAccount({ id: 1, name: "甲公司", email: "a@example.com" });
    expect(again.accountId).toBe(status.accountId);
    expect(double.accounts().filter((a) => a.metadata.organization_id === "1")).toHaveLength(1);

    const url = await accountLink(
      status.accountId,
      "http://app.test/org/payouts/stripe?refresh=1",
      "http://app.test/org/payouts/stripe",
    );
    expect(url).toContain(status.accountId);
    double.completeOnboarding(status.accountId);
    expect(await retrieveAccountStatus(status.accountId)).toMatchObject({
      detailsSubmitted: true,
      payoutsEnabled: true,
      transfersActive: true,
    });
  });

  it("refuses a malformed account id before calling Stripe", async () => {
    const calls = double.calls.length;
    expect((await railError(accountLink("acct_../x", "http://a/r", "http://a/ok"))).kind).toBe(
      "invalid_input",
    );
    expect((await railError(retrieveAccountStatus("cus_123"))).kind).toBe("invalid_input");
    expect(double.calls.length).toBe(calls);
    expect((await railError(retrieveAccountStatus("acct_doesnotexist"))).kind).toBe("not_found");
  });
});

describe("transfers", () => {
  it("an idempotent retry returns the same transfer; never a second one", async () => {
    const destination = await connectedAccount();
    const input = {
      amountFen: 12_345_00,
      destination,
      transferGroup: "award-7",
      idempotencyKey: "payout-70-1",
      metadata: { payout_id: 70 },
    };
    const first = await createTransfer(input);
    const second = await createTransfer(input);
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      amountFen: 1_234_500,
      currency: "cny",
      transferGroup: "award-7",
      payoutId: "70",
    });
    expect(double.transfers().filter((t) => t.metadata.payout_id === "70")).toHaveLength(1);
    const sent = double.calls.filter((c) => c.path === "/v1/transfers" && c.method === "POST").at(-1)!;
    expect(sent.idempotencyKey).toBe("payout-70-1");
    expect(sent.replayed).toBe(true);
  });

  it("the same key with different parameters is a typed idempotency_conflict, and nothing is created", async () => {
    const destination = await connectedAccount();
    const input = {
      amountFen: 500,
      destination,
      transferGroup: "award-8",
      idempotencyKey: "payout-80-1",
      metadata: { payout_id: 80 },
    };
    await createTransfer(input);
    const before = double.transfers().length;
    const error = await railError(createTransfer({ ...input, amountFen: 600 }));
    expect(error.kind).toBe("idempotency_conflict");
    expect(error.outcomeUnknown).toBe(false);
    expect(double.transfers().length).toBe(before);
  });

  it("a lost answer is an unknown outcome; the lookup by group + metadata finds the transfer Stripe made", async () => {
    const destination = await connectedAccount();
    // Dropped after the double made the transfer — twice, since stripe-node retries a reset connection once.
    double.failNext({ match: /^POST \/v1\/transfers$/, when: "after", how: "drop", times: 2 });
    const input = {
      amountFen: 900_00,
      destination,
      transferGroup: "award-9",
      idempotencyKey: "payout-90-1",
      metadata: { payout_id: 90 },
    };
    const error = await railError(createTransfer(input));
    expect(error.kind).toBe("unknown_outcome");
    expect(error.outcomeUnknown).toBe(true);
    const made = double.transfers().filter((t) => t.metadata.payout_id === "90");
    expect(made).toHaveLength(1);

    // Another payout of the same award is in the group too; the lookup matches on payout_id.
    await createTransfer({
      ...input,
      idempotencyKey: "payout-91-1",
      metadata: { payout_id: 91 },
      amountFen: 1,
    });
    const found = await findTransferOfPayout("award-9", 90);
    expect(found?.id).toBe(made[0]!.id);
    expect(await findTransferOfPayout("award-9", 92)).toBeNull();
    // Within 24 h the same key also gives it back.
    expect((await createTransfer(input)).id).toBe(made[0]!.id);
    expect(double.transfers().filter((t) => t.metadata.payout_id === "90")).toHaveLength(1);
  });

  it("a 500 is an unknown outcome too", async () => {
    const destination = await connectedAccount();
    double.failNext({ match: /^POST \/v1\/transfers$/, when: "before", how: "500" });
    const error = await railError(
      createTransfer({
        amountFen: 5,
        destination,
        transferGroup: "award-10",
        idempotencyKey: "payout-100-1",
        metadata: { payout_id: 100 },
      }),
    );
    expect(error.kind).toBe("unknown_outcome");
  });

  it("lists every transfer of a group across pages (more than one page of 100)", async () => {
    const destination = await connectedAccount();
    for (let i = 0; i < 102; i++) {
      await createTransfer({
        amountFen: 1 + i,
        destination,
        transferGroup: "award-11",
        idempotencyKey: `payout-${1000 + i}-1`,
        metadata: { payout_id: 1000 + i },
      });
    }
    const all = await transfersOfGroup("award-11");
    expect(all).toHaveLength(102);
    expect(new Set(all.map((t) => t.id)).size).toBe(102);
    expect((await findTransferOfPayout("award-11", 1000))?.amountFen).toBe(1);
  });

  it("validates every amount, account id, group and key before calling Stripe", async () => {
    const destination = await connectedAccount();
    const good = {
      amountFen: 100,
      destination,
      transferGroup: "award-12",
      idempotencyKey: "payout-120-1",
      metadata: { payout_id: 120 },
    };
    const calls = double.calls.length;
    for (const amountFen of [0, -5, 1.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN]) {
      expect((await railError(createTransfer({ ...good, amountFen }))).kind).toBe("invalid_input");
    }
    for (const bad of [
      { destination: "acct_x y" },
      { destination: "ba_123" },
      { transferGroup: "award-12&x=1" },
      { idempotencyKey: "" },
      { idempotencyKey: "a b" },
      { metadata: { payout_id: "x" } },
    ]) {
      expect((await railError(createTransfer({ ...good, ...bad }))).kind).toBe("invalid_input");
    }
    expect((await railError(reverseTransfer("tr_x/../y", { idempotencyKey: "r-1" }))).kind).toBe(
      "invalid_input",
    );
    expect(double.calls.length).toBe(calls);
  });

  it("a refused transfer (destination not yet able to receive) is typed `rejected`", async () => {
    const status = await createRecipientAccount({ id: orgSeq++, name: "未完成公司" });
    const error = await railError(
      createTransfer({
        amountFen: 100,
        destination: status.accountId,
        transferGroup: "award-13",
        idempotencyKey: "payout-130-1",
        metadata: { payout_id: 130 },
      }),
    );
    expect(error.kind).toBe("rejected");
    expect(error.code).toBe("insufficient_capabilities_for_transfer");
  });

  it("reverses a transfer once; the same key replays the same reversal", async () => {
    const destination = await connectedAccount();
    const transfer = await createTransfer({
      amountFen: 3000,
      destination,
      transferGroup: "award-14",
      idempotencyKey: "payout-140-1",
      metadata: { payout_id: 140 },
    });
    const reversal = await reverseTransfer(transfer.id, { idempotencyKey: "payout-140-1-reversal" });
    expect(reversal).toMatchObject({ transferId: transfer.id, amountFen: 3000 });
    const again = await reverseTransfer(transfer.id, { idempotencyKey: "payout-140-1-reversal" });
    expect(again.id).toBe(reversal.id);
    expect(double.reversals().filter((r) => r.transfer === transfer.id)).toHaveLength(1);
    const [listed] = await transfersOfGroup("award-14");
    expect(listed).toMatchObject({ reversed: true, amountReversedFen: 3000 });
  });

  it("a wrong secret key is typed `auth`", async () => {
    const saved = process.env.STRIPE_SECRET_KEY;
    process.env.STRIPE_SECRET_KEY = "sk_test_wrong";
    try {
      expect((await railError(transfersOfGroup("award-1"))).kind).toBe("auth");
    } finally {
      process.env.STRIPE_SECRET_KEY = saved;
    }
  });
});

describe("webhook signatures (300 s tolerance)", () => {
  const body = stripeEvent("transfer.created", { id: "tr_1", object: "transfer" }, { id: "evt_sig_1" });

  it("accepts a body signed with the webhook secret", () => {
    const event = verifyWebhook(body, signStripe(body));
    expect(event.id).toBe("evt_sig_1");
    expect(event.type).toBe("transfer.created");
  });

  it("refuses a forged signature, an altered body, a missing header", () => {
    const forged = signStripe(body, { secret: "whsec_someone_else" });
    for (const [raw, header] of [
      [body, forged],
      [body.replace("tr_1", "tr_2"), signStripe(body)],
      [body, "t=1,v1=deadbeef"],
      [body, null],
    ] as const) {
      let error: unknown;
      try {
        verifyWebhook(raw, header);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StripeRailError);
      expect((error as StripeRailError).kind).toBe("signature");
    }
  });

  it("refuses a stale signature (> 300 s old) and accepts one just inside the window", () => {
    const now = Date.now();
    const stale = signStripe(body, { timestamp: Math.floor(now / 1000) - 301 });
    expect(() => verifyWebhook(body, stale, now)).toThrow(StripeRailError);
    const fresh = signStripe(body, { timestamp: Math.floor(now / 1000) - 299 });
    expect(verifyWebhook(body, fresh, now).id).toBe("evt_sig_1");
  });
});

describe("configuration", () => {
  it("is on only with both keys; without them every call is `not_configured`", async () => {
    expect(stripeConfigured()).toBe(true);
    const back = withoutStripeKeys();
    try {
      expect(stripeConfigured()).toBe(false);
      expect((await railError(transfersOfGroup("award-1"))).kind).toBe("not_configured");
      expect(() => verifyWebhook("{}", "t=1,v1=x")).toThrow(/not configured/);
    } finally {
      back();
    }
    expect(stripeConfigured()).toBe(true);
  });

  it("refuses one key without the other at start-up, and currencies not counted in hundredths", () => {
    expect(() => readEnv({ NODE_ENV: "test", STRIPE_SECRET_KEY: "sk_test_abc" })).toThrow(
      /STRIPE_WEBHOOK_SECRET/,
    );
    expect(() => readEnv({ NODE_ENV: "test", STRIPE_WEBHOOK_SECRET: "whsec_abc" })).toThrow(
      /STRIPE_SECRET_KEY/,
    );
    expect(() => readEnv({ NODE_ENV: "test", PAYOUT_CURRENCY: "jpy" })).toThrow(/PAYOUT_CURRENCY/);
    expect(() => readEnv({ NODE_ENV: "test", PAYOUT_CURRENCY: "kwd" })).toThrow(/PAYOUT_CURRENCY/);
    expect(readEnv({ NODE_ENV: "test" }).PAYOUT_CURRENCY).toBe("cny");
    expect(readEnv({ NODE_ENV: "test", PAYOUT_CURRENCY: "EUR" }).PAYOUT_CURRENCY).toBe("eur");
    const both = readEnv({
      NODE_ENV: "test",
      STRIPE_SECRET_KEY: "sk_test_abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
    });
    expect(both.STRIPE_SECRET_KEY).toBe("sk_test_abc");
  });

  it("sends the payout currency from PAYOUT_CURRENCY", async () => {
    const destination = await connectedAccount();
    process.env.PAYOUT_CURRENCY = "hkd";
    try {
      const transfer = await createTransfer({
        amountFen: 100,
        destination,
        transferGroup: "award-15",
        idempotencyKey: "payout-150-1",
        metadata: { payout_id: 150 },
      });
      expect(transfer.currency).toBe("hkd");
    } finally {
      delete process.env.PAYOUT_CURRENCY;
    }
  });
});
