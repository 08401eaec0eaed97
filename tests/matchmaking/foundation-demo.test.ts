import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";

describe("demo conference (foundation)", () => {
  it("seeds this year's conference: begun yesterday, 12 validated participants, 2 pending, 1 refused", async () => {
    const now = new Date();
    await seedDemo(process.env.DATABASE_URL!, now);
    const event = await getDb()
      .selectFrom("mmEvents")
      .selectAll()
      .where("isDemo", "=", true)
      .executeTakeFirstOrThrow();
    expect(event.status).toBe("published");
    const slots = await getDb()
      .selectFrom("mmSlots")
      .select(["startsAt"])
      .where("eventId", "=", event.id)
      .execute();
    expect(slots.some((s) => s.startsAt < now)).toBe(true);
    expect(slots.some((s) => s.startsAt > now)).toBe(true);
    const regs = await getDb()
      .selectFrom("mmRegistrations")
      .select("status")
      .where("eventId", "=", event.id)
      .execute();
    const count = (status: string) => regs.filter((r) => r.status === status).length;
    expect([count("validated"), count("pending"), count("refused")]).toEqual([12, 2, 1]);
    const items = await getDb()
      .selectFrom("mmRegistrationItems as ri")
      .innerJoin("sdItems as i", "i.id", "ri.itemId")
      .select("i.status")
      .execute();
    expect(items.length).toBeGreaterThan(12);
    expect(items.every((i) => i.status === "published")).toBe(true);
  }, 300_000);
});
