/**
 * The Stripe Connect rail's ONE door to Stripe: a thin wrapper around the official `stripe` package. Every
 * input is validated BEFORE a request leaves (amounts, account ids, groups, keys), and every failure comes back
 * as a `StripeRailError` whose `kind` says what the caller may conclude — in particular whether Stripe may have
 * acted (`outcomeUnknown`: a lost connection or a 5xx) so the payout flow recovers instead of paying twice.
 *
 * Configuration (validated in env.server.ts): STRIPE_SECRET_KEY + STRIPE_WEBHOOK_SECRET (both or neither),
 * PAYOUT_CURRENCY (two-decimal; amounts are fen), STRIPE_API_BASE (tests: the local Stripe test double).
 *
 * Reach: Stripe Connect does not pay out to mainland-China bank accounts; this rail serves deployments where
 * Stripe operates. The bank rail is the default.
 */
import Stripe from "stripe";
import {
  isPayableFen,
  isStripeAccountId,
  isStripeTransferId,
  WEBHOOK_TOLERANCE_SECONDS,
} from "../../../domain/payouts-stripe";
import { readEnv } from "../../platform/env.server";

/**
 * The pinned API version: the one this `stripe` package (23.2.0) is typed for (`Stripe.LatestApiVersion`).
 * Written out, not read from the package, so upgrading the package fails type-checking here until someone has
 * read Stripe's changelog for the new version and changed this line on purpose.
 */
export const STRIPE_API_VERSION: Stripe.LatestApiVersion = "2026-11-18.endive";

export type StripeRailErrorKind =
  /** No STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET: the rail is off. */
  | "not_configured"
  /** Our own check refused the input; nothing was sent. */
  | "invalid_input"
  /** Same idempotency key, different parameters (Stripe's 400 idempotency_error). Nothing was done. */
  | "idempotency_conflict"
  /** Stripe refused the request (4xx); nothing was done. */
  | "rejected"
  /** The object asked for does not exist. */
  | "not_found"
  /** Wrong API key or no permission. */
  | "auth"
  | "rate_limited"
  /** The connection failed or Stripe answered 5xx: Stripe MAY have acted. Retry with the same key / look up. */
  | "unknown_outcome"
  /** A webhook whose signature is forged, malformed or older than the tolerance. */
  | "signature";

export class StripeRailError extends Error {
  readonly kind: StripeRailErrorKind;
  /** Stripe's error code when it gave one (e.g. "idempotency_key_in_use", "resource_missing"). */
  readonly code: string | undefined;
  constructor(kind: StripeRailErrorKind, message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "StripeRailError";
    this.kind = kind;
    this.code = options.code;
  }
  /** True when Stripe may have done what was asked although we got no answer. */
  get outcomeUnknown(): boolean {
    return this.kind === "unknown_outcome";
  }
}

const invalidInput = (message: string) => new StripeRailError("invalid_input", message);

/** Stripe's exceptions → our kinds. */
function railError(error: unknown): StripeRailError {
  if (error instanceof StripeRailError) return error;
  if (error instanceof Stripe.errors.StripeError) {
    const code = error.code;
    const message = `Stripe: ${error.message}`;
    if (error instanceof Stripe.errors.StripeIdempotencyError) {
      return new StripeRailError("idempotency_conflict", message, { code, cause: error });
    }
    if (error instanceof Stripe.errors.StripeConnectionError) {
      return new StripeRailError("unknown_outcome", message, { code, cause: error });
    }
    if (error instanceof Stripe.errors.StripeRateLimitError) {
      return new StripeRailError("rate_limited", message, { code, cause: error });
    }
    if (
      error instanceof Stripe.errors.StripeAuthenticationError ||
      error instanceof Stripe.errors.StripePermissionError
    ) {
      return new StripeRailError("auth", message, { code, cause: error });
    }
    if (error instanceof Stripe.errors.StripeInvalidRequestError) {
      const kind = error.statusCode === 404 || code === "resource_missing" ? "not_found" : "rejected";
      return new StripeRailError(kind, message, { code, cause: error });
    }
    if ((error.statusCode ?? 500) < 500)
      return new StripeRailError("rejected", message, { code, cause: error });
    return new StripeRailError("unknown_outcome", message, { code, cause: error });
  }
  return new StripeRailError("unknown_outcome", `Stripe call failed: ${String(error)}`, { cause: error });
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw railError(error);
  }
}

interface RailConfig {
  secretKey: string;
  webhookSecret: string;
  currency: string;
  apiBase: string | undefined;
}

function config(): RailConfig | null {
  const env = readEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    currency: env.PAYOUT_CURRENCY,
    apiBase: env.STRIPE_API_BASE,
  };
}

/** Whether the Stripe rail is on (both keys set). Without it only the bank rail pays. */
export function stripeConfigured(): boolean {
  return config() !== null;
}

/** The payout currency (lower-case ISO code), e.g. "cny". */
export function payoutCurrency(): string {
  return readEnv().PAYOUT_CURRENCY;
}

let cached: { signature: string; client: Stripe } | undefined;

function requireConfig(): RailConfig {
  const found = config();
  if (!found) {
    throw new StripeRailError(
      "not_configured",
      "The Stripe rail is not configured (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET).",
    );
  }
  return found;
}

/** One client per (key, base); rebuilt when tests change the environment. */
function client(found: RailConfig = requireConfig()): Stripe {
  const signature = `${found.secretKey}\n${found.apiBase ?? ""}`;
  if (cached?.signature === signature) return cached.client;
  const base = found.apiBase ? new URL(found.apiBase) : undefined;
  const stripe = new Stripe(found.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    // Retrying is the payout flow's job (same stored key, or a lookup after 24 h), so no hidden retries here.
    // (stripe-node still retries a closed connection once, with the same Idempotency-Key: harmless.)
    maxNetworkRetries: 0,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: "Jiebang" },
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "http:" ? "80" : "443"),
          protocol: base.protocol === "http:" ? ("http" as const) : ("https" as const),
        }
      : {}),
  });
  cached = { signature, client: stripe };
  return stripe;
}

function checkAccountId(accountId: string): void {
  if (!isStripeAccountId(accountId))
    throw invalidInput(`Not a Stripe account id: ${JSON.stringify(accountId)}`);
}
function checkTransferId(transferId: string): void {
  if (!isStripeTransferId(transferId))
    throw invalidInput(`Not a Stripe transfer id: ${JSON.stringify(transferId)}`);
}
function checkIdempotencyKey(key: string): void {
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(key))
    throw invalidInput(`Not a usable idempotency key: ${JSON.stringify(key)}`);
}
function checkTransferGroup(group: string): void {
  if (!/^award-\d+$/.test(group))
    throw invalidInput(`Not a transfer group of an award: ${JSON.stringify(group)}`);
}
function checkUrl(url: string, name: string): void {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw invalidInput(`${name} is not an http(s) URL`);
  }
}

// ---- connected accounts ----------------------------------------------------------------------------------

export interface RailAccountStatus {
  accountId: string;
  detailsSubmitted: boolean;
  payoutsEnabled: boolean;
  /** The `transfers` capability is active: we may transfer to this account. */
  transfersActive: boolean;
}

export function accountStatusOf(account: Stripe.Account): RailAccountStatus {
  return {
    accountId: account.id,
    detailsSubmitted: account.details_submitted === true,
    payoutsEnabled: account.payouts_enabled === true,
    transfersActive: account.capabilities?.transfers === "active",
  };
}

/**
 * A connected account under the `recipient` service agreement (it only receives transfers; the platform
 * collects its details through Stripe-hosted onboarding and bears fees and losses). The idempotency key is the
 * organization's, so a double submit or a retry after a lost answer gives the same account (for 24 h).
 */
export async function createRecipientAccount(org: {
  id: number;
  name: string;
  email?: string | null;
  /** ISO 3166-1 alpha-2; Stripe needs it when it differs from the platform's country. */
  country?: string;
}): Promise<RailAccountStatus> {
  if (!Number.isSafeInteger(org.id) || org.id < 1) throw invalidInput("organization id");
  if (org.country !== undefined && !/^[A-Z]{2}$/.test(org.country)) throw invalidInput("country");
  const stripe = client();
  const account = await call(() =>
    stripe.accounts.create(
      {
        controller: {
          stripe_dashboard: { type: "express" },
          fees: { payer: "application" },
          losses: { payments: "application" },
          requirement_collection: "stripe",
        },
        capabilities: { transfers: { requested: true } },
        tos_acceptance: { service_agreement: "recipient" },
        ...(org.country ? { country: org.country } : {}),
        ...(org.email ? { email: org.email } : {}),
        business_profile: { name: org.name.slice(0, 200) },
        metadata: { organization_id: String(org.id) },
      },
      { idempotencyKey: `org-${org.id}-connected-account` },
    ),
  );
  return accountStatusOf(account);
}

export async function retrieveAccountStatus(accountId: string): Promise<RailAccountStatus> {
  checkAccountId(accountId);
  const stripe = client();
  return accountStatusOf(await call(() => stripe.accounts.retrieve(accountId)));
}

/** A one-time Stripe-hosted onboarding URL (it expires within minutes; refreshUrl asks us for a new one). */
export async function accountLink(accountId: string, refreshUrl: string, returnUrl: string): Promise<string> {
  checkAccountId(accountId);
  checkUrl(refreshUrl, "refreshUrl");
  checkUrl(returnUrl, "returnUrl");
  const stripe = client();
  const link = await call(() =>
    stripe.accountLinks.create({
      account: accountId,
      type: "account_onboarding",
      refresh_url: refreshUrl,
      return_url: returnUrl,
    }),
  );
  return link.url;
}

// ---- transfers -------------------------------------------------------------------------------------------

export interface RailTransfer {
  id: string;
  amountFen: number;
  amountReversedFen: number;
  reversed: boolean;
  currency: string;
  destination: string;
  transferGroup: string | null;
  /** metadata.payout_id, when the transfer was made by this app. */
  payoutId: string | null;
  /** Unix seconds. */
  created: number;
}

export function railTransferOf(transfer: Stripe.Transfer): RailTransfer {
  const destination = transfer.destination;
  return {
    id: transfer.id,
    amountFen: transfer.amount,
    amountReversedFen: transfer.amount_reversed,
    reversed: transfer.reversed,
    currency: transfer.currency,
    destination: typeof destination === "string" ? destination : (destination?.id ?? ""),
    transferGroup: transfer.transfer_group ?? null,
    payoutId: transfer.metadata?.payout_id ?? null,
    created: transfer.created,
  };
}

export interface CreateTransferInput {
  amountFen: number;
  destination: string;
  transferGroup: string;
  /** Stored in the database BEFORE this call (payout-<id>-<attempt>). */
  idempotencyKey: string;
  metadata: { payout_id: string | number };
}

/**
 * One transfer from the platform balance to a connected account. Same key + same input within Stripe's 24 h
 * → the same transfer back (never a second one); same key + other input → `idempotency_conflict`.
 */
export async function createTransfer(input: CreateTransferInput): Promise<RailTransfer> {
  if (!isPayableFen(input.amountFen)) throw invalidInput(`amountFen must be a positive safe integer`);
  checkAccountId(input.destination);
  checkTransferGroup(input.transferGroup);
  checkIdempotencyKey(input.idempotencyKey);
  const payoutId = String(input.metadata.payout_id);
  if (!/^\d+$/.test(payoutId)) throw invalidInput("metadata.payout_id must be a payout id");
  const found = requireConfig();
  const stripe = client(found);
  const transfer = await call(() =>
    stripe.transfers.create(
      {
        amount: input.amountFen,
        currency: found.currency,
        destination: input.destination,
        transfer_group: input.transferGroup,
        metadata: { payout_id: payoutId },
      },
      { idempotencyKey: input.idempotencyKey },
    ),
  );
  return railTransferOf(transfer);
}

/** Every transfer of a group (all pages), oldest first. */
export async function transfersOfGroup(transferGroup: string): Promise<RailTransfer[]> {
  checkTransferGroup(transferGroup);
  const stripe = client();
  const all = await call(() =>
    stripe.transfers.list({ transfer_group: transferGroup, limit: 100 }).autoPagingToArray({ limit: 10_000 }),
  );
  return all.map(railTransferOf).sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
}

/**
 * The transfer made for a payout, found by its group and metadata.payout_id — how a payout whose answer was
 * lost is recovered once its idempotency key is too old to trust. The first one made when (wrongly) several.
 */
export async function findTransferOfPayout(
  transferGroup: string,
  payoutId: string | number,
): Promise<RailTransfer | null> {
  const wanted = String(payoutId);
  return (await transfersOfGroup(transferGroup)).find((t) => t.payoutId === wanted) ?? null;
}

export async function retrieveTransfer(transferId: string): Promise<RailTransfer> {
  checkTransferId(transferId);
  const stripe = client();
  return railTransferOf(await call(() => stripe.transfers.retrieve(transferId)));
}

export interface RailReversal {
  id: string;
  transferId: string;
  amountFen: number;
}

/** Takes the (whole remaining) transfer back from the connected account's balance. */
export async function reverseTransfer(
  transferId: string,
  options: { idempotencyKey: string; amountFen?: number },
): Promise<RailReversal> {
  checkTransferId(transferId);
  checkIdempotencyKey(options.idempotencyKey);
  if (options.amountFen !== undefined && !isPayableFen(options.amountFen)) {
    throw invalidInput("amountFen must be a positive safe integer");
  }
  const stripe = client();
  const reversal = await call(() =>
    stripe.transfers.createReversal(
      transferId,
      options.amountFen !== undefined ? { amount: options.amountFen } : {},
      { idempotencyKey: options.idempotencyKey },
    ),
  );
  return {
    id: reversal.id,
    transferId: typeof reversal.transfer === "string" ? reversal.transfer : reversal.transfer.id,
    amountFen: reversal.amount,
  };
}

// ---- webhooks --------------------------------------------------------------------------------------------

/**
 * The event of a webhook delivery, verified on the RAW body with STRIPE_WEBHOOK_SECRET; a forged, malformed
 * or stale (> 300 s) signature → `signature` error. `receivedAtMs` (epoch ms; default now) is for tests.
 */
export function verifyWebhook(
  rawBody: string,
  signatureHeader: string | null,
  receivedAtMs?: number,
): Stripe.Event {
  const found = requireConfig();
  if (!signatureHeader) throw new StripeRailError("signature", "No Stripe-Signature header");
  try {
    return client(found).webhooks.constructEvent(
      rawBody,
      signatureHeader,
      found.webhookSecret,
      WEBHOOK_TOLERANCE_SECONDS,
      undefined,
      receivedAtMs,
    );
  } catch (error) {
    throw new StripeRailError("signature", error instanceof Error ? error.message : "bad signature", {
      cause: error,
    });
  }
}
