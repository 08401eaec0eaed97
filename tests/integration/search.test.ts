import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createList, createTask, DEMO_POLICY, ensurePolicy } from "../../app/server/demo/factories.server";
import type { EmbeddedSearchEngine } from "../../search/embedded-engine";
import { relayAllDue, relayOnce } from "../../search/outbox-relay";
import { TASK_INDEX } from "../../search/task-index";
import { MeilisearchEngine } from "../../search/meilisearch-engine";
import { startFakeMeilisearch } from "../support/fake-meilisearch";
import { query } from "../search/contract";
import { builtEntry, TestBrowser } from "../support/app";

let engine: EmbeddedSearchEngine;

async function pendingRows() {
  return getDb().selectFrom("searchOutbox").selectAll().where("doneAt", "is", null).execute();
}

/** Makes every pending row due now, as if the backoff had elapsed. */
async function dueNow() {
  await getDb()
    .updateTable("searchOutbox")
    .set({ nextAttemptAt: new Date(0) })
    .where("doneAt", "is", null)
    .execute();
}

async function indexedIds(): Promise<string[]> {
  const result = await engine.search(TASK_INDEX.uid, query({ hitsPerPage: 100_000 }));
  return result.hits.map((h) => h.id).sort();
}

async function publicCodes(): Promise<string[]> {
  const rows = await getDb()
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .select("tasks.code")
    .where("tasks.status", "!=", "draft")
    .where("lists.status", "!=", "draft")
    .execute();
  return rows.map((r) => r.code).sort();
}

let list: { id: number; year: number };

beforeAll(async () => {
  // The engine the app's requests use: the production build's own, embedded (no MEILI_URL in tests).
  engine = (await (await builtEntry()).searchEngine()) as EmbeddedSearchEngine;
  await ensurePolicy(getDb(), { ...DEMO_POLICY });
  list = await createList(getDb(), {
    policyCode: DEMO_POLICY.code,
    year: 2026,
    status: "published",
    publishedAt: new Date(),
  });
  const deadline = new Date(Date.now() + 30 * 86_400_000);
  await createTask(getDb(), list, {
    title: "三甲医院医疗影像辅助诊断系统",
    domain: "ai",
    district: "江汉区",
    status: "published",
    bidDeadline: deadline,
    indicativeInvestmentFen: 900_000_00,
  });
  await createTask(getDb(), list, {
    title: "5G+智慧港口远程操控",
    scenarioNeed: "岸桥远程操控的场景需求全文",
    domain: "5g",
    district: "青山区",
    status: "published",
    bidDeadline: deadline,
  });
  await createTask(getDb(), list, {
    title: "区块链电子证照共享平台",
    domain: "blockchain",
    district: "江岸区",
    status: "bidding_closed",
    bidDeadline: deadline,
  });
  await createTask(getDb(), list, {
    title: "尚未发布的草稿任务",
    domain: "ai",
    status: "draft",
    bidDeadline: deadline,
  });
  await relayAllDue(engine);
});

beforeEach(() => engine.start());

describe("outbox", () => {
  it("is written in the same transaction as the change: a rolled-back write leaves no row", async () => {
    const before = (await pendingRows()).length;
    let inside: number | undefined;
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await createTask(trx, list, {
            title: "回滚的任务",
            domain: "other",
            status: "published",
            bidDeadline: new Date(Date.now() + 86_400_000),
          });
          inside = (await trx.selectFrom("searchOutbox").select("id").where("doneAt", "is", null).execute())
            .length;
          throw new Error("roll back");
        }),
    ).rejects.toThrow("roll back");
    expect(inside).toBe(before + 1);
    expect((await pendingRows()).length).toBe(before);
  });

  it("the relay indexes public tasks only, and follows status changes and deletions", async () => {
    expect(await indexedIds()).toEqual(await publicCodes());
    const draft = await getDb()
      .selectFrom("tasks")
      .select("code")
      .where("status", "=", "draft")
      .executeTakeFirstOrThrow();
    expect(await indexedIds()).not.toContain(draft.code);

    await getDb()
      .updateTable("tasks")
      .set({ status: "cancelled" })
      .where("title", "=", "5G+智慧港口远程操控")
      .execute();
    await relayAllDue(engine);
    const port = await engine.search(TASK_INDEX.uid, query({ q: "港口" }));
    expect(port.hits.map((h) => h.status)).toEqual(["cancelled"]);
    expect(await pendingRows()).toEqual([]);
  });

  it("keeps rows pending with backoff while the engine is down, and catches up afterwards", async () => {
    engine.stop();
    const task = await createTask(getDb(), list, {
      title: "停机期间写入的任务",
      domain: "big_data",
      status: "published",
      bidDeadline: new Date(Date.now() + 86_400_000),
    });
    expect(await relayOnce(engine)).toBe(1);
    const [row] = await pendingRows();
    expect(row).toMatchObject({ documentId: task.code, attempts: 1 });
    expect(row!.lastError).toMatch(/unavailable|stopped/i);
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(await relayOnce(engine)).toBe(0); // not due yet: backoff

    engine.start();
    await dueNow();
    await relayAllDue(engine);
    expect(await pendingRows()).toEqual([]);
    expect(await indexedIds()).toContain(task.code);
  });

  it("50 concurrent writers with the engine stopped in the middle: afterwards the index holds exactly what the database holds", async () => {
    const writer = async (i: number) => {
      const task = await createTask(getDb(), list, {
        title: `并发写入任务 ${i}`,
        domain: (["ai", "5g", "cloud_computing", "other"] as const)[i % 4]!,
        status: i % 7 === 0 ? "draft" : "published",
        bidDeadline: new Date(Date.now() + 86_400_000),
      });
      if (i % 5 === 0)
        await getDb().updateTable("tasks").set({ status: "cancelled" }).where("id", "=", task.id).execute();
      if (i % 9 === 0) await getDb().deleteFrom("tasks").where("id", "=", task.id).execute();
    };
    const relaying = (async () => {
      for (let round = 0; round < 30; round++) {
        if (round === 5) engine.stop();
        if (round === 20) engine.start();
        await relayOnce(engine, { batchSize: 7 });
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer(i)));
    await relaying;
    engine.start();
    await dueNow();
    await relayAllDue(engine);
    expect(await pendingRows()).toEqual([]);
    expect(await indexedIds()).toEqual(await publicCodes());
  });

  it("a failed Meilisearch task leaves the outbox row pending (test double at the HTTP boundary)", async () => {
    const fake = await startFakeMeilisearch();
    try {
      const meili = new MeilisearchEngine({ url: fake.url, taskTimeoutMs: 2000 });
      await meili.applySettings(TASK_INDEX);
      await createTask(getDb(), list, {
        title: "Meilisearch 失败任务",
        domain: "ai",
        status: "published",
        bidDeadline: new Date(Date.now() + 86_400_000),
      });
      fake.failNextTask({ code: "invalid_document_id", message: "simulated failure" });
      await relayOnce(meili);
      const rows = await pendingRows();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ attempts: 1 });
      expect(rows[0]!.lastError).toContain("simulated failure");
      await dueNow();
      await relayOnce(meili);
      expect(await pendingRows()).toEqual([]);
    } finally {
      await fake.close();
      await relayAllDue(engine);
    }
  });
});

describe("GET /api/v1/tasks", () => {
  it("answers the documented shape with facets and highlighted titles", async () => {
    await relayAllDue(engine);
    const response = await new TestBrowser().get("/api/v1/tasks?q=医疗影像");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & { hits: Record<string, unknown>[] };
    expect(Object.keys(body).sort()).toEqual([
      "facets",
      "hits",
      "hitsPerPage",
      "page",
      "processingTimeMs",
      "totalHits",
    ]);
    expect(body.totalHits).toBe(1);
    expect(body.hits[0]).toEqual({
      code: "2026-AI-001",
      title: "三甲医院医疗影像辅助诊断系统",
      domain: "ai",
      year: 2026,
      status: "published",
      district: "江汉区",
      bidDeadline: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
      indicativeInvestmentFen: 900_000_00,
      _formatted: { title: "三甲医院<mark>医疗影像</mark>辅助诊断系统" },
    });
    expect(Object.keys(body.facets as object).sort()).toEqual(["district", "domain", "status", "year"]);
  });

  it("finds Simplified text from a Traditional query, and filters by facets", async () => {
    const traditional = (await (
      await new TestBrowser().get(`/api/v1/tasks?q=${encodeURIComponent("醫療影像")}`)
    ).json()) as { totalHits: number };
    expect(traditional.totalHits).toBe(1);
    const filtered = (await (
      await new TestBrowser().get("/api/v1/tasks?domain=blockchain&status=bidding_closed")
    ).json()) as { hits: { title: string }[] };
    expect(filtered.hits.map((h) => h.title)).toEqual(["区块链电子证照共享平台"]);
    const none = (await (
      await new TestBrowser().get(`/api/v1/tasks?q=${encodeURIComponent("医疗 潜水艇")}`)
    ).json()) as { totalHits: number };
    expect(none.totalHits).toBe(0); // the rarest word (here: found nowhere) must match
  });

  it("lists open tasks first by nearest deadline; with a query, open ahead of closed at equal relevance", async () => {
    const day = 86_400_000;
    // Created closed first, so that by code (the old tie order) the closed one would lead.
    await createTask(getDb(), list, {
      title: "城市停车诱导与泊位共享",
      domain: "other",
      status: "bidding_closed",
      bidDeadline: new Date(Date.now() - 3 * day),
    });
    await createTask(getDb(), list, {
      title: "城市停车诱导与泊位共享",
      domain: "other",
      status: "published",
      bidDeadline: new Date(Date.now() + 60 * day),
    });
    await createTask(getDb(), list, {
      title: "地下管廊巡检机器人",
      domain: "other",
      status: "published",
      bidDeadline: new Date(Date.now() + 2 * 3_600_000), // sooner than any other task here
    });
    await relayAllDue(engine);
    type Hit = { code: string; status: string; bidDeadline: string; title: string };
    const hitsOf = async (path: string) =>
      ((await (await new TestBrowser().get(path)).json()) as { hits: Hit[] }).hits;

    for (const path of ["/api/v1/tasks?hitsPerPage=100", "/api/v1/tasks?hitsPerPage=100&sort=deadline"]) {
      const hits = await hitsOf(path);
      const firstClosed = hits.findIndex((hit) => hit.status !== "published");
      expect(firstClosed, path).toBeGreaterThan(0);
      expect(
        hits.slice(firstClosed).every((hit) => hit.status !== "published"),
        path,
      ).toBe(true);
      const open = hits.slice(0, firstClosed).map((hit) => Date.parse(hit.bidDeadline));
      expect(open, path).toEqual([...open].sort((a, b) => a - b));
      // The nearest deadline still ahead, not the one that passed three days ago.
      expect(hits[0]!.title, path).toBe("地下管廊巡检机器人");
    }

    const parking = await hitsOf(`/api/v1/tasks?q=${encodeURIComponent("停车诱导")}`);
    expect(parking.map((hit) => hit.status)).toEqual(["published", "bidding_closed"]);
  });

  it.each([
    ["hitsPerPage=101", "hitsPerPage"],
    ["page=0", "page"],
    ["sort=random", "sort"],
    ["domain=quantum", "domain"],
    ["year=abc", "year"],
    ["status=draft", "status"],
  ])("refuses %s with 400 naming the parameter", async (query, field) => {
    const response = await new TestBrowser().get(`/api/v1/tasks?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { field: string; message: { zh: string; en: string } } };
    expect(body.error.field).toBe(field);
    expect(body.error.message.zh.length).toBeGreaterThan(0);
    expect(body.error.message.en.length).toBeGreaterThan(0);
  });

  it("answers 503 JSON while the engine is down", async () => {
    engine.stop();
    const response = await new TestBrowser().get("/api/v1/tasks?q=港口");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      error: { message: { en: expect.stringContaining("unavailable") } },
    });
  });
});

describe("/tasks page", () => {
  it("works as a plain GET form: results, facets with counts, highlight, and an empty state", async () => {
    const page = await new TestBrowser().get(`/tasks?q=${encodeURIComponent("智慧港口")}&sort=deadline`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<mark>智慧港口</mark>");
    expect(html).toMatch(/共 \d+ 项任务/);
    expect(html).not.toContain("毫秒"); // the engine's timing is not for users
    expect(html).toMatch(/name="domain" value="5g"/);
    const empty = await (
      await new TestBrowser().get(`/tasks?q=${encodeURIComponent("不存在的关键词组合")}`)
    ).text();
    expect(empty).toContain("没有找到与“不存在的关键词组合”匹配的任务");
  });

  it("sends a listed task's shown fields only, not its full text, in the page and its search-as-you-type data", async () => {
    const code = (
      await getDb()
        .selectFrom("tasks")
        .select("code")
        .where("title", "=", "5G+智慧港口远程操控")
        .executeTakeFirstOrThrow()
    ).code;
    const search = `q=${encodeURIComponent("智慧港口")}`;
    for (const path of [`/tasks?${search}`, `/tasks.data?${search}`]) {
      const body = await (await new TestBrowser().get(path)).text();
      expect(body, path).toContain(code);
      expect(body, path).toContain("远程操控"); // the (highlighted) title
      expect(body, path).not.toContain("岸桥远程操控的场景需求全文");
    }
    // The task's own page has it.
    expect(await (await new TestBrowser().get(`/tasks/${code}`)).text()).toContain(
      "岸桥远程操控的场景需求全文",
    );
  });

  it("on no result: one empty state suggesting a word to leave out or the filters to remove", async () => {
    const words = await (
      await new TestBrowser().get(`/tasks?q=${encodeURIComponent("智慧港口潜水艇")}`)
    ).text();
    expect(words).toContain("没有找到与“智慧港口潜水艇”匹配的任务。");
    expect(words).toContain("去掉“潜水艇”，搜索“智慧 港口”");
    expect(words).toContain(`href="/tasks?q=${encodeURIComponent("智慧 港口").replace("%20", "+")}"`);
    expect(words).not.toContain("暂无数据");
    expect(words).not.toMatch(/<legend>/); // no empty facet boxes

    const filters = await (
      await new TestBrowser().get(`/tasks?q=${encodeURIComponent("港口")}&domain=blockchain`)
    ).text();
    expect(filters).toContain("取消筛选条件，保留关键词（1 项）");
    expect(filters).not.toContain("暂无数据");
    // The chosen filter stays on screen, so it can be unticked.
    expect(filters).toMatch(/name="domain"[^>]*value="blockchain"/);
  });

  it("/healthz reports the engine and the outbox lag", async () => {
    const body = (await (await new TestBrowser().healthDetails()).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: "ok",
      search: "ok",
      searchEngine: "embedded",
      outbox: { pending: expect.any(Number) },
    });
    engine.stop();
    const degraded = await new TestBrowser().healthDetails();
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toMatchObject({ status: "degraded", failing: ["search"] });
  });
});
