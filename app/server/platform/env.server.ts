import { z } from "zod";
import { isTwoDecimalCurrency } from "../../domain/payouts-stripe";
import { normalizeUscc, usccProblem } from "../../domain/uscc";

/** The OCDS prefix until a real one is registered: obviously not one (the /open-data page says so). */
export const OCDS_PLACEHOLDER_PREFIX = "ocds-xxxxxx";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Only this machine unless told otherwise: a newcomer's `npm start` (with demo accounts) is not on the network.
    HOST: z.string().min(1).default("127.0.0.1"),
    DATABASE_URL: z.string().url().optional(),
    // The owner of the tables, for migrations and grants; DATABASE_URL is then a role that owns nothing.
    DATABASE_OWNER_URL: z.string().url().optional(),
    DATA_DIR: z.string().default(".data"),
    // App processes behind the one port (`npm start` only; node:cluster): they share the database, background
    // work runs in one of them (advisory-lock leader), each keeps its embedded search index current.
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    UPLOAD_DIR: z.string().optional(),
    APP_ORIGIN: z.string().url().optional(),
    TRUST_PROXY: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    // How many reverse proxies in front of the app append to X-Forwarded-For (TRUST_PROXY=true means 1).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
    // At most this many argon2 hashes/verifies at once (each takes 64 MiB); read by identity/password.server.ts.
    PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).optional(),
    SEED_DEMO: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // Mail goes through SMTP (e.g. smtps://user:pass@smtp.example.com) when set, else into MAIL_DIR as .eml files.
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default("揭榜 Jiebang <no-reply@jiebang.local>"),
    MAIL_DIR: z.string().min(1).optional(),
    // Monitoring reads /healthz details with `Authorization: Bearer <HEALTH_TOKEN>` (staff sessions always may).
    HEALTH_TOKEN: z.string().min(16).optional(),
    // Meilisearch: queries use this search-only key; without it one is looked up with the admin key.
    MEILI_SEARCH_KEY: z.string().min(1).optional(),
    // Stripe Connect rail: on only with BOTH keys (without them the bank rail is the only one, and
    // POST /webhooks/stripe answers 404). PAYOUT_CURRENCY must count in hundredths like our fen.
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_[A-Za-z0-9_]+$/, "a Stripe secret key (sk_…/rk_…)")
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9_+/=]+$/, "a webhook signing secret (whsec_…)")
      .optional(),
    PAYOUT_CURRENCY: z
      .string()
      .default("cny")
      .transform((v) => v.trim().toLowerCase())
      .refine(
        isTwoDecimalCurrency,
        "a currency with two decimals (zero/three-decimal currencies would pay 100× or 1/10)",
      ),
    // OCDS publisher prefix (ocid = <prefix>-<task code>): "ocds-" + 6 lowercase letters/digits, issued free of
    // charge by the OCDS Helpdesk (data@open-contracting.org). The default "ocds-xxxxxx" is a visible placeholder,
    // not a registered prefix: set the one the Helpdesk issued before publishing.
    OCDS_PREFIX: z
      .string()
      .regex(/^ocds-[a-z0-9]{6}$/, 'an OCDS prefix: "ocds-" and 6 lowercase letters or digits')
      .default(OCDS_PLACEHOLDER_PREFIX),
    // The buyer and procuring entity named in every release, and its 统一社会信用代码 (parties are identified by
    // USCC, scheme CN-USCI); without the code the buyer has no identifier.
    OCDS_BUYER_NAME: z.string().trim().min(2).default("武汉市经济和信息化局"),
    OCDS_BUYER_USCC: z
      .string()
      .transform(normalizeUscc)
      .refine(
        (code) => usccProblem(code) === null,
        "a valid 统一社会信用代码 (18 characters, check character)",
      )
      .optional(),
    // Tests only: the Stripe test double's address (e.g. http://127.0.0.1:40123) instead of api.stripe.com.
    STRIPE_API_BASE: z.string().url().optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: [env.STRIPE_SECRET_KEY ? "STRIPE_WEBHOOK_SECRET" : "STRIPE_SECRET_KEY"],
        message: "the Stripe rail needs both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (or neither)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Validated once at start-up: a bad variable stops the process with its name rather than failing later. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  return parsed.data;
}

/** Proxies whose X-Forwarded-For entries are believed: TRUST_PROXY_HOPS, else 1 with TRUST_PROXY=true. */
export function trustedProxyHops(env: Pick<Env, "TRUST_PROXY" | "TRUST_PROXY_HOPS">): number {
  return env.TRUST_PROXY_HOPS ?? (env.TRUST_PROXY ? 1 : 0);
}

export const isProduction = () => process.env.NODE_ENV === "production";
