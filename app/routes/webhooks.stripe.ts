import { stripeWebhookAction } from "../server/payouts/stripe/webhook.server";

/**
 * POST /webhooks/stripe: Stripe's event deliveries, verified on the raw body (STRIPE_WEBHOOK_SECRET, 300 s)
 * and applied once. The request guard lets this exact path through without Origin/CSRF (the signature is the
 * authentication). Without the Stripe keys: 404 JSON, nothing written.
 */
export const action = stripeWebhookAction;
