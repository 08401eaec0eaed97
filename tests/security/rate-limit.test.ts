import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  consumeLimit,
  peekLimit,
  resetLimit,
  sweepExpiredLimits,
} from "../../app/server/platform/rate-limit.server";

describe("rate limits in PostgreSQL", () => {
  it("never lets concurrent attempts past the limit", async () => {
    const rule = { name: "test-concurrent", points: 5, windowSeconds: 60 };
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => consumeLimit(rule, "1.2.3.4")));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    const refused = verdicts.find((v) => !v.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await consumeLimit(rule, "5.6.7.8")).toEqual({ allowed: true, remaining: 4 });
  });

  it("peeks without counting, and a reset forgets the subject", async () => {
    const rule = { name: "test-peek", points: 2, windowSeconds: 60 };
    expect(await peekLimit(rule, "a")).toEqual({ allowed: true, remaining: 2 });
    await consumeLimit(rule, "a");
    await consumeLimit(rule, "a");
    expect((await peekLimit(rule, "a")).allowed).toBe(false);
    await resetLimit(rule, "a");
    expect(await peekLimit(rule, "a")).toEqual({ allowed: true, remaining: 2 });
  });

  it("sweeps counters that expired over an hour ago", async () => {
    const db = getDb();
    await db
      .insertInto("rateLimits")
      .values([
        { key: "old:x", points: 3, expire: Date.now() - 2 * 3_600_000 },
        { key: "fresh:x", points: 3, expire: Date.now() + 60_000 },
      ])
      .execute();
    await sweepExpiredLimits();
    const keys = (await db.selectFrom("rateLimits").select("key").execute()).map((r) => r.key);
    expect(keys).toContain("fresh:x");
    expect(keys).not.toContain("old:x");
  });
});
