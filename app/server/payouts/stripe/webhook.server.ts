/**
 * POST /webhooks/stripe. Order of business: rail off → 404 JSON (nothing read, nothing written); signature
 * (raw body, STRIPE_WEBHOOK_SECRET, 300 s) forged/stale → 400 JSON, nothing written; otherwise the event is
 * stored by id IN THE SAME TRANSACTION as its effect, so a redelivery finds the id and changes nothing (200),
 * and a failure rolls both back (500: Stripe delivers again later).
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import type Stripe from "stripe";
import { applyStripeEvent } from "./events.server";
import { stripeConfigured, StripeRailError, verifyWebhook } from "./stripe-rail.server";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });

export async function stripeWebhookAction({ request }: ActionFunctionArgs): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "method not allowed" });
  if (!stripeConfigured()) return json(404, { error: "rail not configured" });
  // The exact bytes Stripe signed: never a parsed-and-reserialized body.
  const raw = await request.text();
  let event: Stripe.Event;
  try {
    event = verifyWebhook(raw, request.headers.get("stripe-signature"));
  } catch (error) {
    if (error instanceof StripeRailError && error.kind === "signature") {
      return json(400, { error: "invalid signature" });
    }
    throw error;
  }
  const result = await applyStripeEvent(event);
  return json(200, { received: true, event: event.id, result });
}
