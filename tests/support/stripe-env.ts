/**
 * Points the Stripe rail at a fresh Stripe test double (tests/support/stripe-double.ts) through the same
 * environment variables a deployment sets, and signs webhook bodies the way Stripe does.
 */
import Stripe from "stripe";
import { startStripeDouble, type StripeDouble } from "./stripe-double";

export const TEST_WEBHOOK_SECRET = "whsec_test_double_secret_0123456789";
const KEYS = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "PAYOUT_CURRENCY"] as const;

/** Starts a double and sets STRIPE_* to it; `restore()` puts the environment back and stops the double. */
export async function useStripeDouble(): Promise<{ double: StripeDouble; restore: () => Promise<void> }> {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  const double = await startStripeDouble();
  process.env.STRIPE_SECRET_KEY = double.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = double.url;
  delete process.env.PAYOUT_CURRENCY;
  return {
    double,
    restore: async () => {
      for (const key of KEYS) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
      await double.close();
    },
  };
}

/** The rail switched off (no keys), for the "not configured" paths. */
export function withoutStripeKeys(): () => void {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const key of KEYS) delete process.env[key];
  return () => {
    for (const key of KEYS) if (saved[key] !== undefined) process.env[key] = saved[key];
  };
}

/** A Stripe event envelope as Stripe sends it (only the fields the app reads, plus the usual ones). */
export function stripeEvent(
  type: string,
  object: object,
  options: { id?: string; account?: string; created?: number } = {},
): string {
  return JSON.stringify({
    id: options.id ?? `evt_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`,
    object: "event",
    api_version: "2026-11-18.endive",
    created: options.created ?? Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    ...(options.account ? { account: options.account } : {}),
  });
}

/** The Stripe-Signature header for a body, as Stripe computes it (timestamp in Unix seconds). */
export function signStripe(payload: string, options: { secret?: string; timestamp?: number } = {}): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? TEST_WEBHOOK_SECRET,
    timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
  });
}
