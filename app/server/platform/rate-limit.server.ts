import { CompiledQuery } from "kysely";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AsyncLocalStorage } from "node:async_hooks";
import { getDb, type DbOrTrx } from "../../../db/client";

/**
 * Named limits over rate-limiter-flexible's PostgreSQL store (table rate_limits, created by a migration), so a
 * limit holds across every process sharing the database. Consuming is one atomic upsert: concurrent requests
 * cannot all read "under the limit" and pass together.
 */
export interface LimitRule {
  /** Key prefix in rate_limits; one per limit. */
  name: string;
  /** Attempts allowed per window. */
  points: number;
  windowSeconds: number;
  /** Once over, refuse for this long (default: until the window ends). */
  blockSeconds?: number;
}

export type LimitVerdict =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

// rate-limiter-flexible speaks node-postgres (`query({text, values}) → {rows, rowCount}`); our pool is
// postgres.js behind Kysely, so this adapter runs its statements through Kysely (resolved per query, so tests and
// the demo seed's scoped pool are honoured).
// `within` runs a consume on the caller's transaction instead (see consumeLimit).
const within = new AsyncLocalStorage<DbOrTrx>();
const kyselyAsPgPool = {
  async query(statement: { text: string; values?: unknown[] }) {
    const result = await (within.getStore() ?? getDb()).executeQuery(
      CompiledQuery.raw(statement.text, statement.values ?? []),
    );
    return { rows: result.rows, rowCount: result.rows.length };
  },
};

const limiters = new Map<string, RateLimiterPostgres>();

function limiterFor(rule: LimitRule): RateLimiterPostgres {
  let limiter = limiters.get(rule.name);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: kyselyAsPgPool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.windowSeconds,
      blockDuration: rule.blockSeconds ?? 0,
    });
    limiters.set(rule.name, limiter);
  }
  return limiter;
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Counts one attempt (or `cost`) by `subject` against `rule`; refused once the window's points are spent.
 * `durationSeconds` replaces the rule's window for a subject that has no live counter (e.g. a growing wait).
 * `trx`: count it on the caller's transaction. A caller holding a transaction must pass it: a consume through the
 * pool needs a second connection, and with every pooled connection held by such a transaction none comes free.
 */
export async function consumeLimit(
  rule: LimitRule,
  subject: string,
  cost = 1,
  { durationSeconds, trx }: { durationSeconds?: number; trx?: DbOrTrx } = {},
): Promise<LimitVerdict> {
  try {
    const options = durationSeconds === undefined ? {} : { customDuration: durationSeconds };
    const consume = () => limiterFor(rule).consume(subject, cost, options);
    const res = trx ? await within.run(trx, consume) : await consume();
    return { allowed: true, remaining: res.remainingPoints };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: retryAfter(error) };
    throw error;
  }
}

/** Whether `subject` may still try, without counting an attempt. */
export async function peekLimit(rule: LimitRule, subject: string): Promise<LimitVerdict> {
  const res = await limiterFor(rule).get(subject);
  if (!res || res.consumedPoints < rule.points) {
    return { allowed: true, remaining: rule.points - (res?.consumedPoints ?? 0) };
  }
  return { allowed: false, retryAfterSeconds: retryAfter(res) };
}

/** Gives back `points` counted for `subject` (e.g. an attempt that turned out legitimate). */
export async function refundLimit(rule: LimitRule, subject: string, points = 1): Promise<void> {
  await limiterFor(rule).reward(subject, points);
}

/** Forgets `subject`'s attempts (e.g. after a successful sign-in). */
export async function resetLimit(rule: LimitRule, subject: string): Promise<void> {
  await limiterFor(rule).delete(subject);
}

/** Drops counters whose window ended more than an hour ago; run by the sweeper. */
export async function sweepExpiredLimits(now = Date.now()): Promise<void> {
  await getDb()
    .deleteFrom("rateLimits")
    .where("expire", "<", now - 3_600_000)
    .execute();
}
