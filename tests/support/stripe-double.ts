/**
 * TEST DOUBLE — a tiny Stripe-API-compatible HTTP server (node:http on 127.0.0.1, port 0). It is NOT Stripe:
 * no Stripe server exists in this environment, so the Connect rail is tested against this double with the
 * official `stripe` package pointed at it (host/port/protocol). It answers exactly the endpoints the rail uses,
 * with the shapes stripe-node reads:
 *
 *   POST /v1/accounts                      (controller-style recipient account, or `type`)
 *   GET  /v1/accounts/:id
 *   POST /v1/account_links
 *   POST /v1/transfers
 *   GET  /v1/transfers                     (transfer_group / destination filters, newest first, cursors)
 *   GET  /v1/transfers/:id
 *   POST /v1/transfers/:id/reversals
 *
 * Bodies are form-encoded as stripe-node sends them (`metadata[payout_id]=…`); the Bearer key is checked.
 * Idempotency as Stripe documents it: a POST's Idempotency-Key with the same method, path and parameters
 * replays the stored status and body (header `Idempotent-Replayed: true`, no second object); the same key with
 * different parameters → 400 `idempotency_error`; a request refused by parameter validation stores nothing;
 * keys are kept 24 h of the double's clock (`advanceClock` ages them). Errors are `{error:{type,code,message}}`.
 *
 * Test helpers: `failNext` (a dropped connection or a 500, before or AFTER the double did the work — the
 * "crash between the call and the database write"), `transfers()` / `accounts()` / `reversals()` (what was
 * created), `calls` and `countCalls` (what was asked), `completeOnboarding` (what Stripe's hosted onboarding
 * would do to an account).
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const DOUBLE_SECRET_KEY = "sk_test_double_0123456789abcdef";
const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;

type Params = { [key: string]: string | Params };

export interface RecordedCall {
  method: string;
  path: string;
  params: Params;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  status?: number;
  replayed?: boolean;
}

export interface FailPlan {
  /** Only calls whose `METHOD /path` matches (e.g. /^POST \/v1\/transfers$/); every call when absent. */
  match?: RegExp;
  /** "before": nothing is done; "after": the double does the work (and stores the idempotent result) first. */
  when: "before" | "after";
  /** "drop": the socket is destroyed without an answer (ECONNRESET); "500": an api_error answer. */
  how: "drop" | "500";
  /**
   * How many matching calls fail (default 1). stripe-node retries a closed connection once even with
   * maxNetworkRetries 0, so a lost answer that stays lost needs `times: 2` with how "drop".
   */
  times?: number;
}

export interface DoubleTransfer {
  id: string;
  object: "transfer";
  amount: number;
  amount_reversed: number;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Record<string, string>;
  reversals: { object: "list"; data: DoubleReversal[]; has_more: false; total_count: number; url: string };
  reversed: boolean;
  source_transaction: null;
  source_type: "card";
  transfer_group: string | null;
}

export interface DoubleReversal {
  id: string;
  object: "transfer_reversal";
  amount: number;
  balance_transaction: string;
  created: number;
  currency: string;
  destination_payment_refund: string;
  metadata: Record<string, string>;
  source_refund: null;
  transfer: string;
}

export interface DoubleAccount {
  id: string;
  object: "account";
  business_type: string | null;
  capabilities: Record<string, "active" | "inactive" | "pending">;
  charges_enabled: boolean;
  controller: Record<string, unknown>;
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  metadata: Record<string, string>;
  payouts_enabled: boolean;
  tos_acceptance: { service_agreement: "full" | "recipient" };
  type: "custom" | "express" | "standard" | "none";
}

export interface StripeDouble {
  /** e.g. http://127.0.0.1:40123 — what STRIPE_API_BASE is set to. */
  url: string;
  secretKey: string;
  calls: RecordedCall[];
  countCalls(method: string, path: string | RegExp): number;
  failNext(plan: FailPlan): void;
  /** Moves the double's clock (object `created`, idempotency-key age) forward. */
  advanceClock(seconds: number): void;
  now(): number;
  transfers(): DoubleTransfer[];
  reversals(): DoubleReversal[];
  accounts(): DoubleAccount[];
  /** What finishing hosted onboarding does: details submitted, payouts enabled, `transfers` active. */
  completeOnboarding(accountId: string): DoubleAccount;
  close(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string | undefined,
    message: string,
    readonly param?: string,
    /** Stripe stores no idempotent result for a request refused by validation. */
    readonly store = false,
  ) {
    super(message);
  }
  body() {
    return {
      error: {
        type: this.type,
        ...(this.code ? { code: this.code } : {}),
        message: this.message,
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

const invalid = (message: string, param?: string, code = "parameter_invalid_empty") =>
  new ApiError(400, "invalid_request_error", code, message, param);
const missing = (kind: string, id: string, param?: string) =>
  new ApiError(404, "invalid_request_error", "resource_missing", `No such ${kind}: '${id}'`, param);

/** `a[b][c]=v&arr[0]=x` → nested objects (array indices stay object keys, as the double never needs arrays). */
export function parseForm(text: string): Params {
  const out: Params = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.split("[").map((p, i) => (i === 0 ? p : p.replace(/\]$/, "")));
    let node: Params = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
      } else {
        const next = node[part];
        if (typeof next !== "object") node[part] = {};
        node = node[part] as Params;
      }
    });
  }
  return out;
}

/** The parameters' identity for idempotency: sorted decoded pairs, so key order does not matter. */
function fingerprint(method: string, path: string, text: string): string {
  const pairs = [...new URLSearchParams(text)].map(([k, v]) => `${k}=${v}`).sort();
  return `${method} ${path}?${pairs.join("&")}`;
}

const str = (params: Params, key: string): string | undefined => {
  const value = params[key];
  return typeof value === "string" ? value : undefined;
};
const obj = (params: Params, key: string): Params | undefined => {
  const value = params[key];
  return typeof value === "object" ? value : undefined;
};
const flatStrings = (params: Params | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params ?? {}).filter((e): e is [string, string] => typeof e[1] === "string"),
  );

function positiveInteger(value: string | undefined, param: string): number {
  if (value === undefined) throw invalid(`Missing required param: ${param}.`, param, "parameter_missing");
  if (!/^\d+$/.test(value)) throw invalid(`Invalid integer: ${value}`, param, "parameter_invalid_integer");
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw invalid(`Invalid positive integer`, param, "amount_too_small");
  return n;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;

export async function startStripeDouble(options: { secretKey?: string } = {}): Promise<StripeDouble> {
  const secretKey = options.secretKey ?? DOUBLE_SECRET_KEY;
  const calls: RecordedCall[] = [];
  const accounts = new Map<string, DoubleAccount>();
  const transfers: DoubleTransfer[] = []; // creation order
  const reversals: DoubleReversal[] = [];
  const idempotency = new Map<string, { fingerprint: string; at: number; status: number; body: unknown }>();
  const failPlans: (FailPlan & { left: number })[] = [];
  let clockOffset = 0;
  const now = () => Math.floor(Date.now() / 1000) + clockOffset;
  let baseUrl = "";

  function accountCreate(params: Params): DoubleAccount {
    const controller = obj(params, "controller");
    const type = str(params, "type");
    if (!type && !controller) throw invalid("You must specify either `type` or `controller`.", "type");
    if (type && controller) throw invalid("You cannot specify both `type` and `controller`.", "controller");
    const agreement = str(obj(params, "tos_acceptance") ?? {}, "service_agreement") ?? "full";
    if (agreement !== "full" && agreement !== "recipient") {
      throw invalid(`Invalid service_agreement: ${agreement}`, "tos_acceptance[service_agreement]");
    }
    const capabilities: Record<string, "inactive"> = {};
    for (const [name, spec] of Object.entries(obj(params, "capabilities") ?? {})) {
      if (typeof spec === "object" && spec.requested === "true") capabilities[name] = "inactive";
    }
    if (agreement === "recipient" && "card_payments" in capabilities) {
      throw invalid(
        "Accounts under the `recipient` service agreement cannot request the `card_payments` capability.",
        "capabilities[card_payments]",
      );
    }
    const dashboard = controller ? str(obj(controller, "stripe_dashboard") ?? {}, "type") : undefined;
    const account: DoubleAccount = {
      id: newId("acct"),
      object: "account",
      business_type: str(params, "business_type") ?? null,
      capabilities,
      charges_enabled: false,
      controller: controller
        ? { ...controller, type: "application", is_controller: true }
        : { type: "account" },
      country: str(params, "country") ?? "US",
      created: now(),
      default_currency: "usd",
      details_submitted: false,
      email: str(params, "email") ?? null,
      metadata: flatStrings(obj(params, "metadata")),
      payouts_enabled: false,
      tos_acceptance: { service_agreement: agreement },
      type: (type as DoubleAccount["type"] | undefined) ?? (dashboard === "express" ? "express" : "none"),
    };
    accounts.set(account.id, account);
    return account;
  }

  function transferCreate(params: Params): DoubleTransfer {
    const amount = positiveInteger(str(params, "amount"), "amount");
    const currency = str(params, "currency");
    if (!currency) throw invalid("Missing required param: currency.", "currency", "parameter_missing");
    const destination = str(params, "destination");
    if (!destination)
      throw invalid("Missing required param: destination.", "destination", "parameter_missing");
    const account = accounts.get(destination);
    if (!account) throw missing("destination", destination, "destination");
    if (account.capabilities.transfers !== "active") {
      throw invalid(
        "Your destination account needs to have at least one of the following capabilities enabled: transfers",
        "destination",
        "insufficient_capabilities_for_transfer",
      );
    }
    const id = newId("tr");
    const transfer: DoubleTransfer = {
      id,
      object: "transfer",
      amount,
      amount_reversed: 0,
      balance_transaction: newId("txn"),
      created: now(),
      currency: currency.toLowerCase(),
      description: str(params, "description") ?? null,
      destination,
      destination_payment: newId("py"),
      livemode: false,
      metadata: flatStrings(obj(params, "metadata")),
      reversals: {
        object: "list",
        data: [],
        has_more: false,
        total_count: 0,
        url: `/v1/transfers/${id}/reversals`,
      },
      reversed: false,
      source_transaction: null,
      source_type: "card",
      transfer_group: str(params, "transfer_group") ?? null,
    };
    transfers.push(transfer);
    return transfer;
  }

  function reversalCreate(transferId: string, params: Params): DoubleReversal {
    const transfer = transfers.find((t) => t.id === transferId);
    if (!transfer) throw missing("transfer", transferId, "id");
    const left = transfer.amount - transfer.amount_reversed;
    const amountText = str(params, "amount");
    const amount = amountText === undefined ? left : positiveInteger(amountText, "amount");
    if (left === 0 || amount > left) {
      throw invalid(
        `Transfer ${transferId} has already been reversed or the amount exceeds what remains (${left}).`,
        "amount",
        "transfer_already_reversed",
      );
    }
    const reversal: DoubleReversal = {
      id: newId("trr"),
      object: "transfer_reversal",
      amount,
      balance_transaction: newId("txn"),
      created: now(),
      currency: transfer.currency,
      destination_payment_refund: newId("pyr"),
      metadata: flatStrings(obj(params, "metadata")),
      source_refund: null,
      transfer: transferId,
    };
    reversals.push(reversal);
    transfer.amount_reversed += amount;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    transfer.reversals.data.unshift(reversal);
    transfer.reversals.total_count += 1;
    return reversal;
  }

  function transferList(query: URLSearchParams) {
    const limitText = query.get("limit") ?? "10";
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > 100) {
      throw invalid("Invalid integer: limit must be between 1 and 100", "limit", "parameter_invalid_integer");
    }
    let rows = [...transfers].reverse(); // newest first, as Stripe lists
    const group = query.get("transfer_group");
    if (group !== null) rows = rows.filter((t) => t.transfer_group === group);
    const destination = query.get("destination");
    if (destination !== null) rows = rows.filter((t) => t.destination === destination);
    const after = query.get("starting_after");
    if (after !== null) {
      const index = rows.findIndex((t) => t.id === after);
      if (index === -1) throw missing("transfer", after, "starting_after");
      rows = rows.slice(index + 1);
    }
    const before = query.get("ending_before");
    if (before !== null) {
      const index = rows.findIndex((t) => t.id === before);
      if (index === -1) throw missing("transfer", before, "ending_before");
      rows = rows.slice(Math.max(0, index - limit), index);
    }
    return {
      object: "list",
      data: rows.slice(0, limit),
      has_more: rows.length > limit,
      url: "/v1/transfers",
    };
  }

  /** The answer to one authenticated call: [status, body]; ApiError for Stripe's error answers. */
  function route(method: string, path: string, query: URLSearchParams, params: Params): [number, unknown] {
    let m: RegExpExecArray | null;
    if (method === "POST" && path === "/v1/accounts") return [200, accountCreate(params)];
    if (method === "GET" && (m = /^\/v1\/accounts\/([^/]+)$/.exec(path))) {
      const account = accounts.get(decodeURIComponent(m[1]!));
      if (!account) throw missing("account", m[1]!);
      return [200, account];
    }
    if (method === "POST" && path === "/v1/account_links") {
      const account = str(params, "account");
      if (!account) throw invalid("Missing required param: account.", "account", "parameter_missing");
      if (!accounts.has(account)) throw missing("account", account, "account");
      const type = str(params, "type");
      if (type !== "account_onboarding" && type !== "account_update") {
        throw invalid("Invalid type: must be one of account_onboarding or account_update", "type");
      }
      for (const key of ["refresh_url", "return_url"]) {
        const value = str(params, key);
        if (!value || !URL.canParse(value)) throw invalid(`Not a valid URL`, key, "url_invalid");
      }
      const created = now();
      return [
        200,
        {
          object: "account_link",
          created,
          expires_at: created + 300,
          url: `${baseUrl}/setup/e/${account}/${randomBytes(9).toString("base64url")}`,
        },
      ];
    }
    if (method === "POST" && path === "/v1/transfers") return [200, transferCreate(params)];
    if (method === "GET" && path === "/v1/transfers") return [200, transferList(query)];
    if (method === "GET" && (m = /^\/v1\/transfers\/([^/]+)$/.exec(path))) {
      const transfer = transfers.find((t) => t.id === decodeURIComponent(m![1]!));
      if (!transfer) throw missing("transfer", m[1]!);
      return [200, transfer];
    }
    if (method === "POST" && (m = /^\/v1\/transfers\/([^/]+)\/reversals$/.exec(path))) {
      return [200, reversalCreate(decodeURIComponent(m[1]!), params)];
    }
    throw new ApiError(
      404,
      "invalid_request_error",
      undefined,
      `Unrecognized request URL (${method}: ${path}). (The Stripe test double implements only the rail's endpoints.)`,
    );
  }

  function takeFailure(method: string, path: string, when: FailPlan["when"]): FailPlan | undefined {
    const plan = failPlans.find((p) => p.when === when && (!p.match || p.match.test(`${method} ${path}`)));
    if (!plan) return undefined;
    plan.left -= 1;
    if (plan.left <= 0) failPlans.splice(failPlans.indexOf(plan), 1);
    return plan;
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      "request-id": newId("req"),
      ...headers,
    });
    res.end(text);
  }

  function fail(res: ServerResponse, plan: FailPlan) {
    if (plan.how === "drop") {
      res.socket?.destroy();
    } else {
      send(
        res,
        500,
        {
          error: { type: "api_error", message: "An unknown error occurred (simulated by the test double)." },
        },
        { "stripe-should-retry": "false" },
      );
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://double");
    const method = req.method ?? "GET";
    const path = url.pathname;
    const bodyText = method === "GET" ? url.search.slice(1) : text;
    const params = parseForm(bodyText);
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === "string" ? value : null;
    };
    const call: RecordedCall = {
      method,
      path,
      params,
      idempotencyKey: method === "POST" ? header("idempotency-key") : null,
      stripeVersion: header("stripe-version"),
    };
    calls.push(call);
    const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
      call.status = status;
      send(res, status, body, headers);
    };

    // The page an Account Link points to (not an API call); tests finish onboarding with completeOnboarding.
    if (method === "GET" && path.startsWith("/setup/e/")) {
      const accountId = path.split("/")[3] ?? "";
      if (!accounts.has(accountId)) return answer(404, { error: "no such account link" });
      call.status = 200;
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end(`Stripe test double: hosted onboarding for ${accountId}`);
    }

    const auth = header("authorization");
    if (auth !== `Bearer ${secretKey}`) {
      return answer(401, {
        error: {
          type: "invalid_request_error",
          message: `Invalid API Key provided: ${(auth ?? "").replace(/^Bearer /, "").slice(0, 8)}***`,
        },
      });
    }

    const before = takeFailure(method, path, "before");
    if (before) return fail(res, before);

    const key = call.idempotencyKey;
    if (key !== null) {
      const stored = idempotency.get(key);
      if (stored && now() - stored.at >= IDEMPOTENCY_KEY_TTL_SECONDS) idempotency.delete(key);
      const kept = idempotency.get(key);
      if (kept) {
        if (kept.fingerprint !== fingerprint(method, path, bodyText)) {
          return answer(
            400,
            new ApiError(
              400,
              "idempotency_error",
              "idempotency_key_in_use",
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            ).body(),
          );
        }
        call.replayed = true;
        const after = takeFailure(method, path, "after");
        if (after) return fail(res, after);
        return answer(kept.status, kept.body, { "idempotent-replayed": "true", "idempotency-key": key });
      }
    }

    let status: number;
    let body: unknown;
    let store = true;
    try {
      [status, body] = route(method, path, url.searchParams, params);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status = error.status;
      body = error.body();
      store = error.store;
    }
    if (key !== null && store) {
      idempotency.set(key, { fingerprint: fingerprint(method, path, bodyText), at: now(), status, body });
    }
    const after = takeFailure(method, path, "after");
    if (after) return fail(res, after);
    answer(status, body, key !== null ? { "idempotency-key": key } : {});
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, { error: { type: "api_error", message: `test double crashed: ${String(error)}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    secretKey,
    calls,
    countCalls: (method, path) =>
      calls.filter(
        (c) => c.method === method && (typeof path === "string" ? c.path === path : path.test(c.path)),
      ).length,
    failNext: (plan) => failPlans.push({ ...plan, left: plan.times ?? 1 }),
    advanceClock: (seconds) => {
      clockOffset += seconds;
    },
    now,
    transfers: () => transfers.map((t) => structuredClone(t)),
    reversals: () => reversals.map((r) => structuredClone(r)),
    accounts: () => [...accounts.values()].map((a) => structuredClone(a)),
    completeOnboarding: (accountId) => {
      const account = accounts.get(accountId);
      if (!account) throw new Error(`stripe double: no account ${accountId}`);
      account.details_submitted = true;
      account.payouts_enabled = true;
      for (const name of Object.keys(account.capabilities)) account.capabilities[name] = "active";
      return structuredClone(account);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
