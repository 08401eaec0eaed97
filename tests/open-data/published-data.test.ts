import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";
import { SD_ITEM_CSV_COLUMNS, SD_OUTCOME_CSV_COLUMNS } from "../../app/domain/open-data-sd";
import { FEED_LIMIT } from "../../app/server/open-data/feed.server";
import { STATIC_PUBLIC_PATHS } from "../../app/server/open-data/sitemap.server";
import { ORIGIN, TestBrowser } from "../support/app";

/**
 * The Atom feed, the sitemap, robots.txt, the /open-data page and the supply–demand datasets, on the demo data,
 * through the real handler (one file: seeding the demo is the slow part).
 */

const NOW = new Date("2026-11-29T02:00:00Z");
beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!, NOW);
}, 120_000);

const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const tagOf = (entry: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(entry)?.[1];

describe("/feed.atom", () => {
  it("lists the newest lists, batches, notices, results and awards, newest first, in Chinese by default", async () => {
    const response = await new TestBrowser().get("/feed.atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('xml:lang="zh-CN"');
    const all = entries(xml);
    expect(all).toHaveLength(FEED_LIMIT);
    const times = all.map((e) => Date.parse(tagOf(e, "updated")!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const kinds = new Set(all.map((e) => /:(\w+)-\d+<\/id>/.exec(e)![1]));
    expect([...kinds].sort()).toEqual(["award", "list", "notice", "result", "sdBatch"]);

    // Each kind against the database: the newest published batch, the newest notice, an approved award.
    const batch = await getDb()
      .selectFrom("sdBatches")
      .select(["id", "year", "publishedAt"])
      .where("status", "=", "published")
      .orderBy("publishedAt", "desc")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const batchEntry = all.find((e) => e.includes(`:sdBatch-${batch.id}</id>`))!;
    expect(tagOf(batchEntry, "updated")).toBe(batch.publishedAt!.toISOString());
    expect(batchEntry).toContain(`href="${ORIGIN}/supply-demand/lists/${batch.year}"`);
    expect(tagOf(batchEntry, "title")).toMatch(new RegExp(`^${batch.year} 年度数字经济供需清单第.批发布$`));

    const award = await getDb()
      .selectFrom("awards")
      .innerJoin("projects", "projects.id", "awards.projectId")
      .innerJoin("tasks", "tasks.id", "projects.taskId")
      .select(["awards.id", "tasks.code"])
      .where("awards.approvedAt", "is not", null)
      .orderBy("awards.approvedAt", "desc")
      .executeTakeFirstOrThrow();
    const awardEntry = all.find((e) => e.includes(`:award-${award.id}</id>`))!;
    expect(tagOf(awardEntry, "title")).toContain(`奖励审批：${award.code}`);
    expect(tagOf(awardEntry, "summary")).toMatch(/应付 ¥[\d,]+\.\d\d/);
  });

  it("speaks English with ?lang=en and keeps every entry's id", async () => {
    const zh = entries(await (await new TestBrowser().get("/feed.atom")).text());
    const en = entries(await (await new TestBrowser().get("/feed.atom?lang=en")).text());
    expect(en.map((e) => tagOf(e, "id"))).toEqual(zh.map((e) => tagOf(e, "id")));
    expect(en.some((e) => tagOf(e, "title")!.startsWith("Award approved: "))).toBe(true);
    expect(en.some((e) => /supply–demand list: batch \d published/.test(tagOf(e, "title")!))).toBe(true);
  });

  it("never lists a draft list or a revoked notice's result", async () => {
    const staffDraft = await getDb().selectFrom("lists").select("id").where("status", "=", "draft").execute();
    const xml = await (await new TestBrowser().get("/feed.atom")).text();
    for (const { id } of staffDraft) expect(xml).not.toContain(`:list-${id}</id>`);
  });
});

describe("/sitemap.xml and /robots.txt", () => {
  it("lists every public page, each answering 200, and no draft task", async () => {
    const browser = new TestBrowser();
    const response = await browser.get("/sitemap.xml");
    expect(response.status).toBe(200);
    const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const tasks = await getDb().selectFrom("tasks").select(["code", "status"]).execute();
    for (const task of tasks) {
      expect(locs.includes(`${ORIGIN}/tasks/${task.code}`)).toBe(task.status !== "draft");
    }
    const items = await getDb().selectFrom("sdItems").select(["code", "publishedAt"]).execute();
    for (const item of items) {
      expect(locs.includes(`${ORIGIN}/supply-demand/${item.code}`)).toBe(item.publishedAt !== null);
    }
    expect(locs).toContain(`${ORIGIN}/open-data`);
    expect(new Set(locs).size).toBe(locs.length);
    // Every fixed page, and the first and last address of each kind (/tasks/…, /supply-demand/…): each route once
    // at both ends of its list, not all 300 pages (the page tests cover the pages themselves).
    const kindOf = (loc: string) => loc.slice(ORIGIN.length).replace(/\/[^/]+$/, "/*");
    const byKind = new Map<string, string[]>();
    for (const loc of locs) byKind.set(kindOf(loc), [...(byKind.get(kindOf(loc)) ?? []), loc]);
    const sample = [...byKind.values()].flatMap((group) => [group[0]!, group.at(-1)!]);
    expect(sample.length).toBeGreaterThan(STATIC_PUBLIC_PATHS.length);
    for (const loc of new Set(sample)) {
      const page = await browser.get(loc.slice(ORIGIN.length));
      expect(page.status, loc).toBe(200);
    }
  }, 120_000);

  it("robots.txt names the sitemap and keeps crawlers out of the signed-in areas", async () => {
    const text = await (await new TestBrowser().get("/robots.txt")).text();
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(text).toContain("Disallow: /staff");
  });
});

describe("/open-data", () => {
  it("lists every dataset with its licence and example, and every link on it answers 200", async () => {
    const browser = new TestBrowser();
    const response = await browser.get("/open-data");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("CC BY 4.0");
    expect(html).toContain("sd-items-2026.csv");
    expect(html).toContain(`curl '${ORIGIN}/api/v1/ocds/releases?year=`);
    const hrefs = [
      ...html.matchAll(
        /<li class="card dataset"[\s\S]*?<\/li>\s*(?=<li class="card dataset"|<\/ul>\s*<\/section>)/g,
      ),
    ].flatMap((m) => [...m[0].matchAll(/href="(\/[^"]*)"/g)].map((h) => h[1]!.replaceAll("&amp;", "&")));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of new Set(hrefs)) {
      const linked = await browser.get(href);
      expect(linked.status, href).toBe(200);
    }
  }, 120_000);
});

async function fetchFile(name: string) {
  const response = await new TestBrowser().get(`/open-data/${name}`);
  expect(response.status, name).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return response;
}

/** The body with its byte-order mark kept (Response.text() drops it). */
async function textWithBom(response: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

type ItemJson = { code: string; status: string; kind: string; [key: string]: unknown };

describe("sd-items-<year>", () => {
  it("holds exactly the year's items that were ever published, as JSON and as CSV, without any contact", async () => {
    const db = getDb();
    const rows = await db
      .selectFrom("sdItems")
      .innerJoin("sdRevisions", "sdRevisions.itemId", "sdItems.id")
      .select([
        "sdItems.code",
        "sdItems.year",
        "sdItems.publishedAt",
        "contactName",
        "contactPhone",
        "contactEmail",
      ])
      .execute();
    const expected = [
      ...new Set(rows.filter((r) => r.year === 2026 && r.publishedAt !== null).map((r) => r.code)),
    ].sort();
    expect(expected.length).toBeGreaterThan(5);

    const json = (await (await fetchFile("sd-items-2026.json")).json()) as {
      year: number;
      items: ItemJson[];
    };
    expect(json.year).toBe(2026);
    expect(json.items.map((i) => i.code)).toEqual(expected);

    const csvResponse = await fetchFile("sd-items-2026.csv");
    expect(csvResponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csvResponse.headers.get("content-disposition")).toBe('attachment; filename="sd-items-2026.csv"');
    const csv = await textWithBom(csvResponse);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${SD_ITEM_CSV_COLUMNS.map((c) => c.header).join(",")}`);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(expected);

    // Not one contact detail of any revision of any item, in either format.
    const text = JSON.stringify(json) + csv;
    for (const row of rows) {
      for (const contact of [row.contactPhone, row.contactEmail]) expect(text).not.toContain(contact);
    }
    for (const item of json.items) expect(Object.keys(item).join()).not.toMatch(/contact/i);
  });

  it("has no item of another year, and an empty year is an empty dataset, not an error", async () => {
    const json = (await (await fetchFile("sd-items-2025.json")).json()) as { items: ItemJson[] };
    expect(json.items.every((i) => i.code.includes("-2025-"))).toBe(true);
    const empty = (await (await fetchFile("sd-items-2031.json")).json()) as { items: ItemJson[] };
    expect(empty.items).toEqual([]);
  });
});

describe("sd-outcomes-<year>", () => {
  it("holds every outcome recorded in the year, amounts only for contracts, never a reason or a message", async () => {
    const db = getDb();
    const outcomes = await db
      .selectFrom("sdOutcomes")
      .select(["id", "kind", "amountFen", "reason"])
      .orderBy("id")
      .execute();
    const messages = await db.selectFrom("sdExpressions").select("message").execute();
    const json = (await (await fetchFile("sd-outcomes-2026.json")).json()) as {
      outcomes: { id: number; kind: string; amountFen: number | null }[];
    };
    expect(json.outcomes.map((o) => o.id).sort((a, b) => a - b)).toEqual(outcomes.map((o) => o.id));
    for (const outcome of json.outcomes) {
      const stored = outcomes.find((o) => o.id === outcome.id)!;
      expect(outcome.kind).toBe(stored.kind);
      expect(outcome.amountFen).toBe(stored.kind === "contract" ? stored.amountFen : null);
    }
    const csv = await textWithBom(await fetchFile("sd-outcomes-2026.csv"));
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${SD_OUTCOME_CSV_COLUMNS.map((c) => c.header).join(",")}`);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(outcomes.length + 1);
    const text = JSON.stringify(json) + csv;
    for (const { reason } of outcomes) if (reason) expect(text).not.toContain(reason);
    for (const { message } of messages) expect(text).not.toContain(message);
  });

  it("answers 404 for a name that is no dataset", async () => {
    for (const name of ["sd-items-2026.xlsx", "sd-contacts-2026.json", "sd-items-20266.json"]) {
      expect((await new TestBrowser().get(`/open-data/${name}`)).status, name).toBe(404);
    }
  });
});
