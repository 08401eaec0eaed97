import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";
import { FEED_LIMIT } from "../../app/server/open-data/feed.server";
import { ORIGIN, TestBrowser } from "../support/app";

/** The Atom feed, the sitemap, robots.txt and the /open-data page, on the demo data, through the real handler. */

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
    for (const loc of locs) {
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
