import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";

/** The seed's clock: the current list year is 2026, the previous 2025. */
const NOW = new Date("2026-11-29T02:00:00Z");

beforeAll(async () => {
  expect(await seedDemo(process.env.DATABASE_URL!, NOW)).toEqual({ seeded: true });
}, 240_000);

describe("listops demo", () => {
  it("features items of both years and a succeeded task, and turns one published demand into a draft task", async () => {
    const entries = await getDb()
      .selectFrom("sdShowcase")
      .leftJoin("sdItems", "sdItems.id", "sdShowcase.itemId")
      .select(["sdShowcase.year", "sdShowcase.theme", "sdShowcase.taskId", "sdItems.kind", "sdItems.isDemo"])
      .execute();
    for (const year of [2025, 2026]) {
      const ofYear = entries.filter((e) => e.year === year);
      expect(new Set(ofYear.map((e) => e.theme))).toEqual(new Set(["scenario", "product", "application"]));
      expect(ofYear.filter((e) => e.kind !== null).every((e) => e.isDemo)).toBe(true);
    }
    expect(entries.some((e) => e.taskId !== null)).toBe(true);

    const converted = await getDb()
      .selectFrom("tasks")
      .innerJoin("sdItems", "sdItems.id", "tasks.sourceSdItemId")
      .select(["tasks.status", "sdItems.kind", "sdItems.status as itemStatus", "sdItems.year"])
      .execute();
    expect(converted).toEqual([{ status: "draft", kind: "demand", itemStatus: "published", year: 2026 }]);
  });
});
