/**
 * The Stripe test double's own semantics, over raw HTTP: if these did not hold, the rail tests against it
 * would prove nothing about idempotency.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseForm, startStripeDouble, type StripeDouble } from "../support/stripe-double";

// Answers are read loosely: the double's JSON is what is under test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let double: StripeDouble;
beforeAll(async () => {
  double = await startStripeDouble();
});
afterAll(async () => {
  await double.close();
});

async function post(path: string, body: string, key?: string, auth = double.secretKey) {
  const response = await fetch(`${double.url}${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${auth}`,
      "content-type": "application/x-www-form-urlencoded",
      ...(key ? { "idempotency-key": key } : {}),
    },
    body,
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}
async function get(path: string) {
  const response = await fetch(`${double.url}${path}`, {
    headers: { authorization: `Bearer ${double.secretKey}` },
  });
  return { status: response.status, json: (await response.json()) as Json };
}

async function activeAccount(): Promise<string> {
  const created = await post(
    "/v1/accounts",
    "controller[stripe_dashboard][type]=express&capabilities[transfers][requested]=true&tos_acceptance[service_agreement]=recipient",
  );
  expect(created.status).toBe(200);
  double.completeOnboarding(created.json.id);
  return created.json.id as string;
}

describe("Stripe test double", () => {
  it("parses stripe-node's bracketed form encoding", () => {
    expect(parseForm("amount=5&metadata%5Bpayout_id%5D=7&a[b][c]=x")).toEqual({
      amount: "5",
      metadata: { payout_id: "7" },
      a: { b: { c: "x" } },
    });
  });

  it("checks the Bearer key and answers Stripe's error shape", async () => {
    const refused = await post("/v1/transfers", "amount=1", undefined, "sk_test_wrong");
    expect(refused.status).toBe(401);
    expect(refused.json.error.type).toBe("invalid_request_error");
    expect(typeof refused.json.error.message).toBe("string");
    const unknown = await get("/v1/charges");
    expect(unknown.status).toBe(404);
  });

  it("creates recipient accounts, refuses card_payments for them, and makes account links", async () => {
    const bad = await post(
      "/v1/accounts",
      "controller[stripe_dashboard][type]=express&capabilities[card_payments][requested]=true&tos_acceptance[service_agreement]=recipient",
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.param).toBe("capabilities[card_payments]");
    const id = await activeAccount();
    const fetched = await get(`/v1/accounts/${id}`);
    expect(fetched.json).toMatchObject({
      id,
      details_submitted: true,
      payouts_enabled: true,
      capabilities: { transfers: "active" },
      tos_acceptance: { service_agreement: "recipient" },
    });
    const link = await post(
      "/v1/account_links",
      `account=${id}&type=account_onboarding&refresh_url=http%3A%2F%2Fx%2Fr&return_url=http%3A%2F%2Fx%2Fok`,
    );
    expect(link.status).toBe(200);
    expect(link.json.object).toBe("account_link");
    expect(link.json.url).toContain(id);
    expect((await get("/v1/accounts/acct_nope")).json.error.code).toBe("resource_missing");
  });

  it("same key + same parameters → the stored answer, no second transfer; different parameters → 400", async () => {
    const dest = await activeAccount();
    const before = double.transfers().length;
    const body = `amount=1500&currency=cny&destination=${dest}&transfer_group=award-1&metadata[payout_id]=11`;
    const first = await post("/v1/transfers", body, "k-1");
    // Same parameters in another order are the same request.
    const again = await post(
      "/v1/transfers",
      `metadata[payout_id]=11&transfer_group=award-1&destination=${dest}&currency=cny&amount=1500`,
      "k-1",
    );
    expect(first.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(double.transfers().length).toBe(before + 1);

    const conflict = await post("/v1/transfers", body.replace("amount=1500", "amount=1600"), "k-1");
    expect(conflict.status).toBe(400);
    expect(conflict.json.error.type).toBe("idempotency_error");
    expect(double.transfers().length).toBe(before + 1);
  });

  it("stores nothing for a request refused by validation, so the key can still be used", async () => {
    const dest = await activeAccount();
    const refused = await post("/v1/transfers", `currency=cny&destination=${dest}`, "k-2");
    expect(refused.status).toBe(400);
    expect(refused.json.error.param).toBe("amount");
    const ok = await post("/v1/transfers", `amount=5&currency=cny&destination=${dest}`, "k-2");
    expect(ok.status).toBe(200);
  });

  it("forgets keys after 24 h of its clock: the same key then makes a new transfer", async () => {
    const dest = await activeAccount();
    const body = `amount=700&currency=cny&destination=${dest}&transfer_group=award-2`;
    const first = await post("/v1/transfers", body, "k-3");
    double.advanceClock(23 * 3600);
    expect((await post("/v1/transfers", body, "k-3")).json.id).toBe(first.json.id);
    double.advanceClock(3600);
    const later = await post("/v1/transfers", body, "k-3");
    expect(later.json.id).not.toBe(first.json.id);
  });

  it("lists by transfer_group, newest first, with cursors, and reverses", async () => {
    const dest = await activeAccount();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (
          await post(
            "/v1/transfers",
            `amount=${100 + i}&currency=cny&destination=${dest}&transfer_group=award-3&metadata[payout_id]=${i}`,
          )
        ).json.id,
      );
    }
    const page = await get("/v1/transfers?transfer_group=award-3&limit=2");
    expect(page.json.data.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]]);
    expect(page.json.has_more).toBe(true);
    const next = await get(`/v1/transfers?transfer_group=award-3&limit=2&starting_after=${ids[1]}`);
    expect(next.json.data.map((t: { id: string }) => t.id)).toEqual([ids[0]]);
    expect(next.json.has_more).toBe(false);
    expect(next.json.data[0].metadata).toEqual({ payout_id: "0" });

    const reversal = await post(`/v1/transfers/${ids[0]}/reversals`, "", "rev-1");
    expect(reversal.json).toMatchObject({ object: "transfer_reversal", amount: 100, transfer: ids[0] });
    expect((await get(`/v1/transfers/${ids[0]}`)).json).toMatchObject({
      reversed: true,
      amount_reversed: 100,
    });
    const twice = await post(`/v1/transfers/${ids[0]}/reversals`, "", "rev-2");
    expect(twice.status).toBe(400);
  });

  it("refuses a transfer to an account whose transfers capability is not active", async () => {
    const created = await post(
      "/v1/accounts",
      "controller[stripe_dashboard][type]=express&capabilities[transfers][requested]=true&tos_acceptance[service_agreement]=recipient",
    );
    const refused = await post("/v1/transfers", `amount=5&currency=cny&destination=${created.json.id}`);
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("insufficient_capabilities_for_transfer");
  });

  it("fails the next call on demand: after the work is done, the answer is lost but the object exists", async () => {
    const dest = await activeAccount();
    const before = double.transfers().length;
    double.failNext({ match: /^POST \/v1\/transfers$/, when: "after", how: "drop" });
    await expect(post("/v1/transfers", `amount=9&currency=cny&destination=${dest}`, "k-4")).rejects.toThrow();
    expect(double.transfers().length).toBe(before + 1);
    // The retry with the same key replays the stored transfer.
    const retry = await post("/v1/transfers", `amount=9&currency=cny&destination=${dest}`, "k-4");
    expect(retry.json.id).toBe(double.transfers().at(-1)!.id);
    expect(double.transfers().length).toBe(before + 1);

    double.failNext({ when: "before", how: "500" });
    const failed = await post("/v1/transfers", `amount=9&currency=cny&destination=${dest}`, "k-5");
    expect(failed.status).toBe(500);
    expect(failed.json.error.type).toBe("api_error");
    expect(double.transfers().length).toBe(before + 1);
    expect(double.countCalls("POST", "/v1/transfers")).toBeGreaterThanOrEqual(3);
  });
});
