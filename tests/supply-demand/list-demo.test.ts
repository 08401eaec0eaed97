import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";

/** The seed's clock: the current list year is 2026, the previous 2025. */
const NOW = new Date("2026-11-29T02:00:00Z");

beforeAll(async () => {
  expect(await seedDemo(process.env.DATABASE_URL!, NOW)).toEqual({ seeded: true });
}, 180_000);

describe("the annual list's demo", () => {
  it("publishes two batches this year and one last year, composed by admin and published by approver", async () => {
    const batches = await getDb()
      .selectFrom("sdBatches as b")
      .innerJoin("users as c", "c.id", "b.composedBy")
      .innerJoin("users as p", "p.id", "b.publishedBy")
      .select((eb) => [
        "b.id",
        "b.year",
        "b.number",
        "b.status",
        "b.publishedOn",
        "c.email as composer",
        "p.email as publisher",
        eb
          .selectFrom("sdBatchItems as bi")
          .select(eb.fn.countAll<string>().as("n"))
          .whereRef("bi.batchId", "=", "b.id")
          .as("items"),
      ])
      .orderBy("b.year")
      .orderBy("b.number")
      .execute();
    expect(batches.map((b) => [b.year, b.number, b.status, b.composer, b.publisher])).toEqual([
      [2025, 1, "published", "admin@demo.local", "approver@demo.local"],
      [2026, 1, "published", "admin@demo.local", "approver@demo.local"],
      [2026, 2, "published", "admin@demo.local", "approver@demo.local"],
    ]);
    for (const batch of batches) expect(Number(batch.items)).toBeGreaterThanOrEqual(3);
    // Every member is a published demo item of the batch's year, published by the batch's date.
    const members = await getDb()
      .selectFrom("sdBatchItems as bi")
      .innerJoin("sdBatches as b", "b.id", "bi.batchId")
      .innerJoin("sdItems as i", "i.id", "bi.itemId")
      .select([
        "b.year as batchYear",
        "b.publishedOn",
        "i.year",
        "i.isDemo",
        "i.publishedAt",
        "i.publishedRevisionId",
        "bi.revisionId",
      ])
      .execute();
    for (const m of members) {
      expect(m).toMatchObject({ year: m.batchYear, isDemo: true });
      expect(m.revisionId).toBe(m.publishedRevisionId);
      expect(m.publishedAt!.getTime()).toBeLessThan(new Date(`${m.publishedOn}T16:00:00Z`).getTime());
    }
    // Published items of this year stay outside the batches, for staff to compose the next one.
    const left = await getDb()
      .selectFrom("sdItems as i")
      .select("i.id")
      .where("i.year", "=", 2026)
      .where("i.status", "=", "published")
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("sdBatchItems as bi").select("bi.itemId").whereRef("bi.itemId", "=", "i.id"))),
      )
      .execute();
    expect(left.length).toBeGreaterThan(0);
  });
});
