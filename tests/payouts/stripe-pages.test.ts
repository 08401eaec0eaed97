/**
 * The Stripe rail through the real request pipeline (forgery guard + production build): the webhook without
 * Origin/CSRF, onboarding by the owner, the finance page and who may use it. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { signedIn, TestBrowser } from "../support/app";
import { orgWithOwner, staffActor } from "../support/bidding";
import type { StripeDouble } from "../support/stripe-double";
import { signStripe, stripeEvent, useStripeDouble, withoutStripeKeys } from "../support/stripe-env";
import { approvedAwardOnStripe, financeActor, payoutRow, writtenRows } from "../support/stripe-payouts";

let double: StripeDouble;
let restore: () => Promise<void>;
beforeAll(async () => {
  ({ double, restore } = await useStripeDouble());
});
afterAll(async () => {
  await restore();
});

describe("POST /webhooks/stripe through the app", () => {
  it("is reached without Origin or CSRF token and verified by its signature", async () => {
    const body = stripeEvent("balance.available", { object: "balance" }, { id: "evt_pipeline1" });
    const response = await new TestBrowser().request("/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signStripe(body) },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, event: "evt_pipeline1", result: "ignored" });
    const forged = await new TestBrowser().request("/webhooks/stripe", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "stripe-signature": signStripe(body, { secret: "whsec_x" }),
      },
      body,
    });
    expect(forged.status).toBe(400);
  });

  it("answers 404 JSON without the keys", async () => {
    const back = withoutStripeKeys();
    try {
      const before = await writtenRows();
      const response = await new TestBrowser().request("/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=x" },
        body: "{}",
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({ error: "rail not configured" });
      expect(await writtenRows()).toEqual(before);
    } finally {
      back();
    }
  });
});

describe("/org/payouts/stripe", () => {
  it("the owner creates the connected account once and is sent to Stripe's onboarding link", async () => {
    const owner = await orgWithOwner();
    const browser = await signedIn(owner.email, owner.password);
    const page = await browser.get("/org/payouts/stripe");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("尚未创建 Stripe 账户");
    const response = await browser.post("/org/payouts/stripe", { intent: "onboard" });
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    const row = await getDb()
      .selectFrom("stripeAccounts")
      .selectAll()
      .where("organizationId", "=", owner.organization.id)
      .executeTakeFirstOrThrow();
    expect(location).toBe(`${double.url}/setup/e/${row.accountId}/${location.split("/").at(-1)}`);
    const link = double.calls.findLast((c) => c.path === "/v1/account_links")!;
    expect(link.params).toMatchObject({
      account: row.accountId,
      type: "account_onboarding",
      return_url: "http://jiebang.test/org/payouts/stripe?returned=1",
      refresh_url: "http://jiebang.test/org/payouts/stripe?refresh=1",
    });
    // Again (e.g. after the link expired): the same account, a new link.
    expect((await browser.post("/org/payouts/stripe", { intent: "onboard" })).status).toBe(302);
    expect(
      double.accounts().filter((a) => a.metadata.organization_id === String(owner.organization.id)),
    ).toHaveLength(1);
    // Stripe sends the owner back; account.updated later sets the flags shown.
    const back = await browser.get("/org/payouts/stripe?returned=1");
    const html = await back.text();
    expect(html).toContain(row.accountId);
    expect(html).toContain("已从 Stripe 返回");
    // refresh_url hands out a fresh link.
    const refresh = await browser.get("/org/payouts/stripe?refresh=1");
    expect(refresh.status).toBe(302);
    expect(refresh.headers.get("location")).toContain(row.accountId);
  });

  it("an organization sees only its own account", async () => {
    const first = await orgWithOwner();
    const firstBrowser = await signedIn(first.email, first.password);
    expect((await firstBrowser.post("/org/payouts/stripe", { intent: "onboard" })).status).toBe(302);
    const other = await orgWithOwner();
    const html = await (
      await (await signedIn(other.email, other.password)).get("/org/payouts/stripe")
    ).text();
    expect(html).not.toContain("acct_");
    expect(html).toContain("尚未创建 Stripe 账户");
  });

  it("is refused to anyone but an owner, and shows no account to others", async () => {
    const staff = await staffActor();
    const browser = await signedIn(staff.email, staff.password);
    expect((await browser.post("/org/payouts/stripe", { intent: "onboard" })).status).toBe(403);
    const html = await (await browser.get("/org/payouts/stripe")).text();
    expect(html).not.toContain("acct_");
  });

  it("renders without the keys, saying the rail is off", async () => {
    const owner = await orgWithOwner();
    const browser = await signedIn(owner.email, owner.password);
    const back = withoutStripeKeys();
    try {
      const page = await browser.get("/org/payouts/stripe");
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("本平台未启用 Stripe 通道");
    } finally {
      back();
    }
  });
});

describe("/staff/payouts/stripe", () => {
  it("finance staff see the payout and pay it; others are refused", async () => {
    const { payout, lead } = await approvedAwardOnStripe(2051, double);
    const finance = await financeActor();
    const browser = await signedIn(finance.email, finance.password);
    const page = await browser.get("/staff/payouts/stripe");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(lead.organization.name);

    const plainStaff = await staffActor();
    const staffBrowser = await signedIn(plainStaff.email, plainStaff.password);
    expect((await staffBrowser.get("/staff/payouts/stripe")).status).toBe(403);
    expect(
      (await staffBrowser.post("/staff/payouts/stripe", { intent: "pay", payoutId: String(payout.id) }))
        .status,
    ).toBe(403);
    const ownerBrowser = await signedIn(lead.email, lead.password);
    expect((await ownerBrowser.get("/staff/payouts/stripe")).status).toBe(403);
    expect((await payoutRow(payout.id)).status).toBe("pending");

    const paid = await browser.post("/staff/payouts/stripe", { intent: "pay", payoutId: String(payout.id) });
    expect(paid.status).toBe(200);
    expect(await paid.text()).toContain("已通过 Stripe 转账");
    expect((await payoutRow(payout.id)).status).toBe("paid");
  });
});
