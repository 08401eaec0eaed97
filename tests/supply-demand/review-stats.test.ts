import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { sdStatistics, statisticsCsv } from "../../app/server/supply-demand/review/stats.server";
import { medianResponseDays } from "../../app/server/supply-demand/expressions/response-time.server";
import { signedIn } from "../support/app";
import { orgWithOwner, reviewer } from "../support/sd-review";

/**
 * The statistics on a known fixture in list year 2037: three items, five expressions on one demand (answered after
 * 2, 4 and 10 days, one pending, one expired), two contracts (12,345.00 + 1,000.00 yuan) and an intent.
 */
const YEAR = 2037;
const DAY = 86_400_000;
let staff: Awaited<ReturnType<typeof reviewer>>;

beforeAll(async () => {
  const owner = await orgWithOwner("统计需求单位");
  const supplier = await orgWithOwner("统计供给单位");
  staff = await reviewer({ agency: "data_bureau" });
  const db = getDb();
  const demand = await createSdItem(db, {
    kind: "demand",
    year: YEAR,
    organizationId: owner.organization.id,
    createdBy: owner.owner.id,
    content: { domain: "iot", district: "洪山区" },
  });
  await createSdItem(db, {
    kind: "demand",
    year: YEAR,
    organizationId: owner.organization.id,
    createdBy: owner.owner.id,
    status: "submitted",
    content: { domain: "ai", district: "江岸区" },
  });
  await createSdItem(db, {
    kind: "supply",
    year: YEAR,
    organizationId: supplier.organization.id,
    createdBy: supplier.owner.id,
    content: { domain: "iot", district: null },
  });
  // Another year's item and expression stay out of 2037's numbers.
  const other = await createSdItem(db, {
    kind: "demand",
    year: YEAR + 1,
    organizationId: owner.organization.id,
    createdBy: owner.owner.id,
  });
  const created = new Date("2037-03-01T02:00:00Z");
  const expression = (target: number, status: string, answeredAfterDays: number | null, from = supplier) => ({
    targetItemId: target,
    fromOrganizationId: from.organization.id,
    fromUserId: from.owner.id,
    message: "有意对接",
    status: status as "pending",
    createdAt: created,
    expiresAt: new Date(created.getTime() + 14 * DAY),
    answeredAt: answeredAfterDays === null ? null : new Date(created.getTime() + answeredAfterDays * DAY),
  });
  const others = await Promise.all([orgWithOwner("统计供给二"), orgWithOwner("统计供给三")]);
  const rows = await db
    .insertInto("sdExpressions")
    .values([
      expression(demand.id, "accepted", 2),
      expression(demand.id, "declined", 4, others[0]),
      expression(demand.id, "accepted", 10, others[1]),
      expression(demand.id, "pending", null),
      expression(demand.id, "expired", null, others[0]),
      expression(other.id, "accepted", 30),
    ])
    .returning(["id", "status", "targetItemId"])
    .execute();
  const [first, , third, , , otherYear] = rows;
  const outcome = (expressionId: number, kind: "contract" | "intent", amountFen: number | null) => ({
    expressionId,
    kind,
    amountFen,
    signedOn: kind === "contract" ? "2037-04-01" : null,
    recordedBy: owner.owner.id,
    recordedByOrganizationId: owner.organization.id,
  });
  await db
    .insertInto("sdOutcomes")
    .values([
      outcome(first!.id, "contract", 1_234_500),
      outcome(third!.id, "contract", 100_000),
      outcome(third!.id, "intent", null),
      outcome(otherYear!.id, "contract", 999_900),
    ])
    .execute();
});

describe("supply–demand statistics", () => {
  it("counts items, expressions, contracts and the median response time of the year", async () => {
    const stats = await sdStatistics(YEAR);
    expect(stats.items.byKind).toEqual([
      { key: "demand", count: 2 },
      { key: "supply", count: 1 },
    ]);
    expect(stats.items.byDomain).toEqual([
      { key: "iot", count: 2 },
      { key: "ai", count: 1 },
    ]);
    expect(stats.items.byDistrict).toEqual(
      expect.arrayContaining([
        { key: "洪山区", count: 1 },
        { key: "江岸区", count: 1 },
        { key: null, count: 1 },
      ]),
    );
    expect(stats.items.byStatus).toEqual([
      { key: "published", count: 2 },
      { key: "submitted", count: 1 },
    ]);
    expect(stats.items.byYear).toEqual(
      expect.arrayContaining([
        { year: YEAR, kind: "demand", count: 2 },
        { year: YEAR, kind: "supply", count: 1 },
        { year: YEAR + 1, kind: "demand", count: 1 },
      ]),
    );
    expect(stats.expressions).toMatchObject({ sent: 5, accepted: 2, declined: 1, pending: 1, expired: 1 });
    expect(stats.expressions.acceptanceRate).toBe(0.5);
    expect(stats.contracts).toEqual({ contracts: 2, amountFen: 1_334_500 });
    expect(stats.medianDays).toBeCloseTo(4, 6);
    // The one median: all years take in the other year's 30 days too (2, 4, 10, 30 → 7).
    expect(await medianResponseDays(getDb(), {})).toBeCloseTo(7, 6);
    expect(await medianResponseDays(getDb(), { year: 1999 })).toBeNull();

    const csv = statisticsCsv(stats);
    expect(csv).toContain("contracts,amount_yuan,13345.00\r\n");
    expect(csv).toContain("expressions,acceptance_rate_percent,50.0\r\n");
    expect(csv).toContain("response,median_days,4.0\r\n");
    expect(csv).toContain("items_by_district,全市,1\r\n");
  });

  it("the page and the CSV export, for staff only", async () => {
    const browser = await signedIn(staff.email, staff.password, "192.0.2.61");
    const page = await browser.get(`/staff/supply-demand/stats?year=${YEAR}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("¥13,345.00");
    expect(html).toContain("50.0%");
    const csv = await browser.get(`/staff/supply-demand/stats.csv?year=${YEAR}`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain("contracts,count,2\r\n");
    const outsider = await orgWithOwner("统计无关单位");
    const other = await signedIn(outsider.email, outsider.password, "192.0.2.62");
    expect((await other.get("/staff/supply-demand/stats.csv")).status).toBe(403);
  });
});
