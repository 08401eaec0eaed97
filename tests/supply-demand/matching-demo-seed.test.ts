import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { usccProblem } from "../../app/domain/uscc";
import { SD_DOMAINS } from "../../app/domain/supply-demand";
import { DEMO_ACCOUNTS, seedDemo } from "../../app/server/demo/seed.server";

/** The seed's clock: the current list year is 2026, the previous 2025. */
const NOW = new Date("2026-11-29T02:00:00Z");

let seconds = 0;
beforeAll(async () => {
  const started = Date.now();
  expect(await seedDemo(process.env.DATABASE_URL!, NOW)).toEqual({ seeded: true });
  seconds = (Date.now() - started) / 1000;
}, 120_000);

async function items() {
  return getDb()
    .selectFrom("sdItems")
    .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.latestRevisionId")
    .innerJoin("organizations", "organizations.id", "sdItems.organizationId")
    .select([
      "sdItems.code",
      "sdItems.kind",
      "sdItems.year",
      "sdItems.status",
      "sdItems.isDemo",
      "sdItems.expiresAt",
      "sdRevisions.title",
      "sdRevisions.domain",
      "sdRevisions.district",
      "sdRevisions.category",
      "sdRevisions.status as revisionStatus",
      "sdRevisions.reviewReason",
      "organizations.type as orgType",
    ])
    .execute();
}

describe("supply–demand demo items", () => {
  it("seeds at least 40 published demands and 40 published supplies for each of the two years", async () => {
    console.info(`demo seed took ${seconds.toFixed(1)} s`);
    const all = await items();
    for (const year of [2025, 2026])
      for (const kind of ["demand", "supply"] as const) {
        const published = all.filter((i) => i.year === year && i.kind === kind && i.status === "published");
        expect(published.length, `${kind} ${year}`).toBeGreaterThanOrEqual(40);
      }
    expect(all.every((item) => item.isDemo)).toBe(true);
    // Published items stay published past the demo's clock (last year's were renewed).
    for (const item of all.filter((i) => i.status === "published"))
      expect(item.expiresAt!.getTime(), item.code).toBeGreaterThan(NOW.getTime());
  });

  it("spreads items across the domains and districts, with departments' digital-government demands", async () => {
    const all = await items();
    expect(new Set(all.map((i) => i.domain)).size).toBeGreaterThanOrEqual(SD_DOMAINS.length - 1);
    expect(new Set(all.map((i) => i.district)).size).toBeGreaterThanOrEqual(8);
    const government = all.filter((i) => i.orgType === "government_unit");
    expect(government.length).toBeGreaterThanOrEqual(20);
    expect(government.every((i) => i.kind === "demand" && i.category === "digital_government")).toBe(true);
  });

  it("leaves items in the review queue: submitted, returned with a reason, drafts", async () => {
    const all = await items();
    expect(all.filter((i) => i.status === "submitted").length).toBeGreaterThanOrEqual(3);
    const returned = all.filter((i) => i.status === "returned");
    expect(returned.length).toBeGreaterThanOrEqual(2);
    expect(returned.every((i) => i.revisionStatus === "returned" && i.reviewReason)).toBe(true);
    expect(all.filter((i) => i.status === "draft").length).toBeGreaterThanOrEqual(2);
    // The 洪山区 department has an item waiting for the district reviewer.
    expect(
      all.some((i) => i.status === "submitted" && i.district === "洪山区" && i.orgType === "government_unit"),
    ).toBe(true);
  });

  it("creates government departments with valid USCCs starting with 1, and the new demo accounts with scopes", async () => {
    const db = getDb();
    const departments = await db
      .selectFrom("organizations")
      .selectAll()
      .where("type", "=", "government_unit")
      .execute();
    expect(departments.length).toBeGreaterThanOrEqual(4);
    for (const department of departments) {
      expect(department.uscc.startsWith("1"), department.name).toBe(true);
      expect(usccProblem(department.uscc), department.name).toBeNull();
      expect(department.name).toContain("演示");
    }
    const scopes = await db
      .selectFrom("staffScopes")
      .innerJoin("users", "users.id", "staffScopes.userId")
      .select(["users.email", "staffScopes.agency", "staffScopes.district"])
      .execute();
    expect(scopes).toEqual(
      expect.arrayContaining([
        { email: "admin@demo.local", agency: "economy_bureau", district: null },
        { email: "approver@demo.local", agency: "data_bureau", district: null },
        { email: "district@demo.local", agency: null, district: "洪山区" },
      ]),
    );
    const dept = await db
      .selectFrom("users")
      .innerJoin("memberships", "memberships.userId", "users.id")
      .innerJoin("organizations", "organizations.id", "memberships.organizationId")
      .select(["organizations.type", "memberships.role"])
      .where("users.email", "=", "dept@demo.local")
      .executeTakeFirstOrThrow();
    expect(dept).toEqual({ type: "government_unit", role: "owner" });
    const emails = DEMO_ACCOUNTS.map((a) => a.email as string);
    expect(emails).toEqual(expect.arrayContaining(["dept@demo.local", "district@demo.local"]));
  });
});
