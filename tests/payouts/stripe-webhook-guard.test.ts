/**
 * The forgery guard lets Stripe's webhook through (no Origin, no CSRF cookie: the route verifies the body's
 * signature instead) — on that exact path only, and still within the body limit.
 */
import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "../../app/server/platform/body-limit.server";
import { guardRequest } from "../../app/server/platform/request-guard.server";

const ORIGIN = "http://jiebang.test";
const post = (path: string, body: string) =>
  new Request(ORIGIN + path, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=abc" },
    body,
  });

describe("request guard and POST /webhooks/stripe", () => {
  it("hands the webhook on, raw body intact, without Origin or CSRF token", async () => {
    const body = JSON.stringify({ id: "evt_1", type: "transfer.created", note: "  spacing kept  " });
    const verdict = await guardRequest(post("/webhooks/stripe", body), ORIGIN);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) {
      expect(await verdict.request.text()).toBe(body);
      expect(verdict.request.headers.get("stripe-signature")).toBe("t=1,v1=abc");
    }
  });

  it("still refuses the same post to any other path", async () => {
    for (const path of [
      "/webhooks/stripe.data",
      "/webhooks/stripe/x",
      "/webhooks/stripes",
      "/api/v1/awards",
    ]) {
      const verdict = await guardRequest(post(path, "{}"), ORIGIN);
      expect(verdict.ok, path).toBe(false);
      if (!verdict.ok) expect(verdict.response.status).toBe(403);
    }
  });

  it("applies the body limit to webhooks", async () => {
    const verdict = await guardRequest(post("/webhooks/stripe", "x".repeat(BODY_LIMIT_BYTES + 1)), ORIGIN);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.response.status).toBe(413);
  });
});
