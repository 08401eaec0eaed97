import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { mmStatsInput } from "../../db/repositories/mm-stats";
import { computeMmStats } from "../../app/domain/mm-stats";
import { shanghaiDate } from "../../app/domain/time";
import { seedDemo } from "../../app/server/demo/seed.server";

describe("demo feedback (feedback part)", () => {
  it("holds meetings yesterday at tables A07/A08 with 2 contracts, 2 intents, 1 none and their sd_outcomes", async () => {
    const now = new Date();
    await seedDemo(process.env.DATABASE_URL!, now);
    const db = getDb();
    const event = await db
      .selectFrom("mmEvents")
      .select("id")
      .where("isDemo", "=", true)
      .executeTakeFirstOrThrow();
    const meetings = await db
      .selectFrom("mmRequests as r")
      .innerJoin("mmSlots as s", "s.id", "r.slotId")
      .innerJoin("mmTables as t", "t.id", "r.tableId")
      .innerJoin("mmTableBookings as tb", "tb.requestId", "r.id")
      .select(["r.id", "r.status", "s.startsAt", "s.endsAt", "t.name"])
      .where("r.eventId", "=", event.id)
      .where("t.name", "in", ["A07", "A08"])
      .execute();
    expect(meetings.length).toBeGreaterThanOrEqual(6);
    const yesterday = shanghaiDate(new Date(now.getTime() - 86_400_000));
    const withFeedback = await db
      .selectFrom("mmFeedback as f")
      .innerJoin("mmRequests as r", "r.id", "f.requestId")
      .select(["f.requestId", "f.outcome"])
      .where("r.eventId", "=", event.id)
      .execute();
    for (const f of withFeedback) {
      const m = meetings.find((x) => x.id === f.requestId)!;
      expect(m.status).toBe("held");
      expect(shanghaiDate(m.startsAt)).toBe(yesterday);
    }
    const stats = computeMmStats(await mmStatsInput(db, event.id));
    expect(stats.outcomes).toMatchObject({ contracts: 2, intents: 2, amountFen: 165 * 1_000_000 });
    expect(stats.feedback.meetings).toBe(5);
    // Every intent or contract reported has its sd_outcomes row (from the meeting, not an expression).
    const outcomes = await db
      .selectFrom("sdOutcomes as o")
      .innerJoin("mmRequests as r", "r.id", "o.mmRequestId")
      .select(["o.kind", "o.expressionId"])
      .where("r.eventId", "=", event.id)
      .execute();
    expect(outcomes).toHaveLength(withFeedback.filter((f) => f.outcome !== "none").length);
    expect(outcomes.every((o) => o.expressionId === null)).toBe(true);
  }, 300_000);
});
