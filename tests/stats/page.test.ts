import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { cspSafeSvg, STATS_CHART_IDS, statsChartCsv } from "../../app/domain/stats";
import { statsCharts, statsFigures } from "../../app/server/stats/stats.server";
import { translator } from "../../app/i18n/i18n";
import { signedIn, TestBrowser } from "../support/app";
import { openTask, orgWithOwner, staffActor } from "../support/bidding";
import { reviewer } from "../support/sd-review";

/**
 * Issue 16, /stats and /stats.csv through the real handler (production build): every chart drawn as CSP-safe SVG
 * with its table and CSV link, the CSV equal to the figures, the staff filter honoured for staff only, and no
 * staff-only data in what an anonymous visitor receives.
 */

let anonymous: TestBrowser;
let staff: TestBrowser;

beforeAll(async () => {
  const deadline = new Date(Date.now() + 30 * 86_400_000);
  const { task } = await openTask({ year: 2025, bidDeadline: deadline });
  await getDb().updateTable("tasks").set({ district: "江岸区" }).where("id", "=", task.id).execute();
  await openTask({ year: 2026, bidDeadline: deadline });
  const economy = await reviewer({ agency: "economy_bureau" });
  const owner = await orgWithOwner();
  for (const district of ["江岸区", "洪山区"])
    await createSdItem(getDb(), {
      kind: "demand",
      year: 2026,
      organizationId: owner.organization.id,
      createdBy: owner.owner.id,
      content: { district },
      reviewerId: economy.id,
    });
  anonymous = new TestBrowser("192.0.2.90");
  const s = await staffActor();
  staff = await signedIn(s.email, s.password, "192.0.2.91");
}, 120_000);

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

describe("/stats", () => {
  it("draws every chart as SVG without inline styles, with a table and a CSV link", async () => {
    const response = await anonymous.get("/stats");
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const id of STATS_CHART_IDS) {
      expect(html, id).toContain(`data-chart="${id}"`);
      expect(html, id).toContain(`/stats.csv?chart=${id}`);
    }
    // Charts with data carry an SVG; none of it may need 'unsafe-inline' styles.
    expect(html.match(/<svg[^>]*viewBox/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\sstyle="/i);
    expect(html).toContain("<details");
  });

  it("ignores the staff filter for anonymous visitors and sends no staff-only data", async () => {
    const plain = await (await anonymous.get("/stats.data")).text();
    const filtered = await (
      await anonymous.get(`/stats.data?district=${encodeURIComponent("江岸区")}`)
    ).text();
    expect(filtered).toBe(plain);
    for (const staffOnly of ["agencies", "districts", "data_bureau", "economy_bureau", 'notFiltered",true'])
      expect(plain).not.toContain(staffOnly);
  });

  it("filters by district for staff, and says which charts the filter does not narrow", async () => {
    const data = await (await staff.get(`/stats.data?district=${encodeURIComponent("江岸区")}`)).text();
    expect(data).toContain("agencies");
    const csv = parseCsv(
      await (await staff.get(`/stats.csv?chart=tasks&district=${encodeURIComponent("江岸区")}`)).text(),
    );
    expect(csv).toEqual([
      ["year", "ai"],
      ["2025", "1"],
    ]);
    const html = await (await staff.get(`/stats?agency=economy_bureau`)).text();
    expect(html).toContain(translator("zh")("stats.notFiltered"));
  });
});

describe("/stats.csv", () => {
  it("gives each chart's figures, equal to the dashboard's", async () => {
    const charts = statsCharts(await statsFigures({}), translator("zh"), "zh");
    for (const chart of charts) {
      const response = await anonymous.get(`/stats.csv?chart=${chart.id}`);
      expect(response.status, chart.id).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      // Bytes, not response.text(): that would drop the byte-order mark Excel needs.
      const body = Buffer.from(await response.arrayBuffer()).toString("utf8");
      expect(body, chart.id).toBe(statsChartCsv(chart));
    }
    expect(parseCsv(await (await anonymous.get("/stats.csv?chart=tasks")).text())).toEqual([
      ["year", "ai"],
      ["2025", "1"],
      ["2026", "1"],
    ]);
    expect(parseCsv(await (await anonymous.get("/stats.csv?chart=sd-items")).text())).toEqual([
      ["year_kind", "published", "fulfilled", "withdrawn", "expired", "duplicate"],
      ["2026-demand", "2", "0", "0", "0", "0"],
    ]);
    expect(parseCsv(await (await anonymous.get("/stats.csv?chart=budget")).text())).toEqual([
      ["year", "appropriated_yuan", "reserved_yuan", "paid_yuan"],
      ["2025", "1000000000.00", "0.00", "0.00"],
      ["2026", "1000000000.00", "0.00", "0.00"],
    ]);
  });

  it("ignores the filter for anonymous visitors and refuses unknown charts", async () => {
    const all = await (await anonymous.get("/stats.csv?chart=tasks")).text();
    expect(
      await (await anonymous.get(`/stats.csv?chart=tasks&district=${encodeURIComponent("江岸区")}`)).text(),
    ).toBe(all);
    expect((await anonymous.get("/stats.csv?chart=nope")).status).toBe(404);
  });
});

describe("cspSafeSvg", () => {
  it("drops <style> blocks and turns style attributes into presentation attributes", () => {
    const svg =
      '<svg width="640" height="320" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320">' +
      '<text style="font-size:12px;font-family:sans-serif;cursor:pointer;" fill="#000">a</text>' +
      "<style ><![CDATA[\n.zr0-cls-0:hover { cursor:pointer; }\n]]>\n</style></svg>";
    expect(cspSafeSvg(svg)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320">' +
        '<text font-size="12px" font-family="sans-serif" fill="#000">a</text></svg>',
    );
  });
});

describe("statsChartCsv", () => {
  it("writes stable keys, yuan, fractions and titles, defusing a title a spreadsheet would run", () => {
    const csv = statsChartCsv({
      categoryKey: "event",
      labelInCsv: true,
      columns: [
        { key: "contracts", label: "签约", unit: "count", series: true },
        { key: "contractFen", label: "签约金额", unit: "fen", series: false },
        { key: "acceptance", label: "接受率", unit: "share", series: false },
      ],
      rows: [
        { key: "1", label: '=HYPERLINK("http://x")', values: [2, 165_000_000, 0.6] },
        { key: "2", label: "对接会, 第二场", values: [0, 0, null] },
      ],
    });
    expect(csv).toBe(
      "\uFEFFevent,title,contracts,contract_yuan,acceptance\r\n" +
        '1,"\'=HYPERLINK(""http://x"")",2,1650000.00,0.6000\r\n' +
        '2,"对接会, 第二场",0,0.00,\r\n',
    );
  });
});
