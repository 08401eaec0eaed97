// The Meilisearch adapter against a test double at the HTTP boundary; the real server runs only when MEILI_URL
// is set, in the shared contract suite.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DISTRICTS } from "../../app/domain/districts";
import { TASK_DOMAINS } from "../../app/domain/task-domains";
import { MAX_HITS_PER_PAGE, PUBLIC_STATUSES, SEARCH_SORTS } from "../../app/forms/search";
import { TASKS_2024 } from "../../app/server/demo/seed-data/tasks-2024";
import { parseTaskSearch } from "../../app/server/catalog/task-search.server";
import { toSimplified } from "../../search/chinese";
import { HIGHLIGHT_END, HIGHLIGHT_START, SearchEngineError, type SearchDocument } from "../../search/engine";
import { MeilisearchEngine, meilisearchFilter } from "../../search/meilisearch-engine";
import { documentOf } from "../../search/task-documents";
import { TASK_INDEX } from "../../search/task-index";
import {
  startFakeMeilisearch,
  type FakeMeilisearch,
  type RecordedRequest,
} from "../support/fake-meilisearch";
import { query } from "../search/contract";

const doc = (id: string, title = `任务 ${id}`): SearchDocument => ({ id, code: id, title, year: 2024 });

/** Requests other than task polling, as "METHOD /path". */
const calls = (requests: RecordedRequest[]) =>
  requests.filter((r) => !r.path.startsWith("/tasks/")).map((r) => `${r.method} ${r.path}`);

/** The parts of a Meilisearch settings body these tests read, as the adapter sends them (plain attribute names). */
interface SentSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  synonyms: Record<string, string[]>;
  localizedAttributes: { locales: string[]; attributePatterns: string[] }[];
  pagination: { maxTotalHits: number };
  faceting: { maxValuesPerFacet: number };
}

/** The settings body `applySettings` sent for the tasks index (exactly one PATCH). */
async function sentSettings(): Promise<SentSettings> {
  await engine.applySettings(TASK_INDEX);
  const patches = fake.requests.filter((r) => r.method === "PATCH" && r.path === "/indexes/tasks/settings");
  expect(patches).toHaveLength(1);
  return patches[0]!.body as SentSettings;
}

/**
 * Every task the adapter enqueued (a 202 answer with a taskUid) was polled until Meilisearch reported it
 * finished; the polls before the last one saw it still processing.
 */
function expectEveryTaskAwaited(requests: RecordedRequest[]) {
  const enqueued = requests
    .filter((r) => r.response?.status === 202)
    .map((r) => (r.response!.body as { taskUid: number }).taskUid);
  expect(enqueued.length).toBeGreaterThan(0);
  for (const uid of enqueued) {
    const statuses = requests
      .filter((r) => r.method === "GET" && r.path === `/tasks/${uid}`)
      .map((r) => (r.response?.body as { status: string }).status);
    expect(statuses.length, `polls of task ${uid}`).toBeGreaterThanOrEqual(2);
    expect(statuses.slice(0, -1), `task ${uid}`).toEqual(statuses.slice(0, -1).map(() => "processing"));
    expect(["succeeded", "failed"], `task ${uid}`).toContain(statuses.at(-1));
  }
}

/** A public task as the relay indexes it: its own document builder, over demo content. */
function taskDocumentFromDemo(): SearchDocument {
  const seed = TASKS_2024[0]!;
  return documentOf({
    id: 1,
    code: "2024-AI-001",
    title: seed.title,
    domain: seed.domain,
    status: "published",
    district: seed.district,
    demandUnit: seed.demandUnit,
    scenarioNeed: seed.scenarioNeed,
    goals: seed.goals,
    bidDeadline: new Date("2024-06-30T09:00:00Z"),
    publishedAt: new Date("2024-03-01T02:00:00Z"),
    indicativeInvestmentFen: seed.indicativeInvestmentYuan * 100,
    year: 2024,
  });
}

/** The task search module on a fresh module graph whose engine (search/runtime) is Meilisearch at `url`. */
async function taskSearchOn(url: string) {
  vi.stubEnv("MEILI_URL", url);
  vi.resetModules();
  return import("../../app/server/catalog/task-search.server");
}

async function rejection(promise: Promise<unknown>): Promise<SearchEngineError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SearchEngineError);
  return error as SearchEngineError;
}

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let fake: FakeMeilisearch;
let engine: MeilisearchEngine;

beforeEach(async () => {
  fake = await startFakeMeilisearch();
  engine = new MeilisearchEngine({
    url: fake.url,
    apiKey: "test-key",
    searchKey: "test-search-key",
    taskTimeoutMs: 2000,
  });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});

describe("settings", () => {
  it("creates the index with primary key id, then sends the settings and waits until each task finished", async () => {
    await engine.applySettings(TASK_INDEX);

    expect(calls(fake.requests)).toEqual([
      "GET /indexes/tasks",
      "POST /indexes",
      "PATCH /indexes/tasks/settings",
    ]);
    const create = fake.requests.find((r) => r.method === "POST" && r.path === "/indexes");
    expect(create?.body).toEqual({ uid: "tasks", primaryKey: "id" });
    expectEveryTaskAwaited(fake.requests);
    // applySettings resolved only after the settings task was seen to succeed.
    const settingsTask = (
      fake.requests.find((r) => r.method === "PATCH")?.response?.body as { taskUid: number }
    ).taskUid;
    expect(fake.requests.at(-1)).toMatchObject({
      method: "GET",
      path: `/tasks/${settingsTask}`,
      response: { body: { status: "succeeded" } },
    });
  });

  it("declares every filter, facet, sort and highlight the task search asks for", async () => {
    const FILTERS = {
      domain: TASK_DOMAINS[0],
      year: "2024",
      district: DISTRICTS[0],
      status: PUBLIC_STATUSES[0]!,
    };
    const settings = await sentSettings();
    const { searchTasks } = await taskSearchOn(fake.url);
    fake.requests.length = 0;
    for (const sort of SEARCH_SORTS) {
      const params = new URLSearchParams({ q: "人工智能", ...FILTERS, sort });
      const parsed = parseTaskSearch(new URL(`http://jiebang.test/api/v1/tasks?${params}`));
      if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed)}`);
      await searchTasks(parsed.search);
    }

    type SentSearch = {
      filter?: string[];
      facets: string[];
      sort?: string[];
      attributesToHighlight: string[];
    };
    const searches = fake.requests
      .filter((r) => r.method === "POST" && r.path === "/indexes/tasks/search")
      .map((r) => r.body as SentSearch);
    expect(searches).toHaveLength(SEARCH_SORTS.length);
    const filtered = new Set(
      searches.flatMap((s) => s.filter ?? []).flatMap((e) => e.split(" OR ").map((t) => t.split(" = ")[0]!)),
    );
    // Each filter given in the URL reached Meilisearch.
    expect([...filtered].sort()).toEqual(Object.keys(FILTERS).sort());
    for (const attribute of filtered) expect(settings.filterableAttributes).toContain(attribute);
    const faceted = searches.flatMap((s) => s.facets);
    expect(faceted.length).toBeGreaterThan(0);
    for (const attribute of faceted) expect(settings.filterableAttributes).toContain(attribute);
    // Every sort names an attribute (relevance with a query: open tasks first at equal relevance).
    const sorted = searches.flatMap((s) => s.sort ?? []).map((s) => s.split(":")[0]!);
    expect(sorted).toHaveLength(SEARCH_SORTS.length);
    for (const attribute of sorted) expect(settings.sortableAttributes).toContain(attribute);
    for (const attribute of searches.flatMap((s) => s.attributesToHighlight))
      expect(settings.searchableAttributes).toContain(attribute);
  });

  it("names only fields the indexed task documents have, sorts on numbers, ranks the title first", async () => {
    const settings = await sentSettings();
    const document = taskDocumentFromDemo();
    const named = [
      ...settings.searchableAttributes,
      ...settings.filterableAttributes,
      ...settings.sortableAttributes,
    ];
    for (const attribute of named) expect(Object.keys(document), attribute).toContain(attribute);
    expect(settings.sortableAttributes.length).toBeGreaterThan(0);
    for (const attribute of settings.sortableAttributes)
      expect(typeof document[attribute], attribute).toBe("number");
    expect(settings.searchableAttributes[0]).toBe("title");
  });

  it("segments as Chinese (cmn) exactly the searchable attributes that hold Chinese text", async () => {
    const settings = await sentSettings();
    const document = taskDocumentFromDemo();
    const chinese = settings.searchableAttributes.filter((a) => /\p{Script=Han}/u.test(String(document[a])));
    expect(chinese.length).toBeGreaterThan(0);
    expect(settings.localizedAttributes).toHaveLength(1);
    const [rule] = settings.localizedAttributes;
    expect(rule!.locales).toEqual(["cmn"]);
    expect([...rule!.attributePatterns].sort()).toEqual([...chinese].sort());
  });

  it("sends synonyms that work both ways within closed groups, 人工智能/人工智慧/AI among them", async () => {
    const synonyms = (await sentSettings()).synonyms;
    expect(synonyms["人工智能"]).toEqual(expect.arrayContaining(["人工智慧", "AI"]));
    expect(synonyms["人工智慧"]).toEqual(expect.arrayContaining(["人工智能", "AI"]));
    expect(synonyms["AI"]).toEqual(expect.arrayContaining(["人工智能", "人工智慧"]));
    for (const [word, partners] of Object.entries(synonyms)) {
      expect(partners.length, word).toBeGreaterThan(0);
      expect(partners, word).not.toContain(word);
      expect(new Set(partners).size, word).toBe(partners.length);
      for (const partner of partners) {
        expect(synonyms[partner], `${partner} → ${word}`).toContain(word);
        for (const third of synonyms[partner]!)
          if (third !== word) expect(synonyms[word], `${word} → ${third} (via ${partner})`).toContain(third);
      }
    }
  });

  it("writes synonyms in Simplified script: queries are folded to Simplified before they are sent", async () => {
    const synonyms = (await sentSettings()).synonyms;
    for (const word of Object.keys(synonyms)) expect(toSimplified(word), word).toBe(word);
  });

  it("lets every page the search API accepts be reached, and every facet value be counted", async () => {
    const { pagination, faceting } = await sentSettings();
    const lastReachablePage = Math.floor(pagination.maxTotalHits / MAX_HITS_PER_PAGE);
    const page = (n: number) =>
      parseTaskSearch(new URL(`http://jiebang.test/api/v1/tasks?page=${n}&hitsPerPage=${MAX_HITS_PER_PAGE}`));
    expect(page(lastReachablePage + 1).ok).toBe(false);
    for (const values of [TASK_DOMAINS, DISTRICTS, PUBLIC_STATUSES])
      expect(values.length).toBeLessThanOrEqual(faceting.maxValuesPerFacet);
  });

  it("is idempotent: a second run does not create the index again", async () => {
    await engine.applySettings(TASK_INDEX);
    fake.requests.length = 0;
    await engine.applySettings(TASK_INDEX);
    expect(calls(fake.requests)).toEqual(["GET /indexes/tasks", "PATCH /indexes/tasks/settings"]);
  });

  it("ignores index_already_exists when another process created the index first", async () => {
    fake.failNextTask({ code: "index_already_exists", message: "Index `tasks` already exists." });
    await engine.applySettings(TASK_INDEX);
    expect(calls(fake.requests)).toEqual([
      "GET /indexes/tasks",
      "POST /indexes",
      "PATCH /indexes/tasks/settings",
    ]);
  });

  it("rejects with taskFailed when the settings task fails", async () => {
    await engine.applySettings(TASK_INDEX);
    fake.failNextTask({
      code: "invalid_settings_filterable_attributes",
      message: "bad filterable attributes",
    });
    const error = await rejection(engine.applySettings(TASK_INDEX));
    expect(error.kind).toBe("taskFailed");
    expect(error.message).toContain("invalid_settings_filterable_attributes");
    expect(error.message).toContain("bad filterable attributes");
  });
});

describe("filter expressions", () => {
  it("ORs values within an attribute, quotes and escapes strings, leaves numbers bare, skips empty lists", () => {
    expect(
      meilisearchFilter({
        domain: ["ai", "5g"],
        year: [2024],
        district: ['东湖"高新"区', "江 岸区"],
        status: [],
      }),
    ).toEqual([
      'domain = "ai" OR domain = "5g"',
      "year = 2024",
      'district = "东湖\\"高新\\"区" OR district = "江 岸区"',
    ]);
    expect(meilisearchFilter({ title: ["a\\b"] })).toEqual(['title = "a\\\\b"']);
    expect(meilisearchFilter({})).toEqual([]);
  });

  it("rejects attribute names that are not plain identifiers", () => {
    for (const attribute of ["domain = 1 OR x", "1year", "", "a-b"]) {
      let thrown: unknown;
      try {
        meilisearchFilter({ [attribute]: ["x"] });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SearchEngineError);
      expect((thrown as SearchEngineError).kind).toBe("invalidRequest");
    }
  });
});

describe("search", () => {
  beforeEach(async () => {
    await engine.applySettings(TASK_INDEX);
    fake.requests.length = 0;
  });

  it("sends matchingStrategy frequency, filters, facets, sort, pagination and highlight tags; maps the response", async () => {
    fake.setSearchResponse({
      hits: [
        {
          id: "JB-1",
          code: "JB-1",
          title: "人工智能质检",
          year: 2024,
          _formatted: {
            id: "JB-1",
            code: "JB-1",
            title: `${HIGHLIGHT_START}人工智能${HIGHLIGHT_END}质检`,
            year: "2024",
          },
          _rankingScore: 0.9,
        },
      ],
      query: "人工智能",
      processingTimeMs: 3,
      hitsPerPage: 10,
      page: 2,
      totalPages: 2,
      totalHits: 11,
      facetDistribution: { domain: { ai: 7, "5g": 4 }, year: { "2024": 11 } },
    });

    const result = await engine.search("tasks", {
      q: "人工智能",
      filters: { domain: ["ai", "5g"], status: [] },
      facets: ["domain", "year", "district"],
      sort: { attribute: "bidDeadlineTs", direction: "asc" },
      page: 2,
      hitsPerPage: 10,
      highlight: ["title"],
    });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/indexes/tasks/search" });
    expect(fake.requests[0]?.body).toEqual({
      q: "人工智能",
      matchingStrategy: "frequency",
      filter: ['domain = "ai" OR domain = "5g"'],
      facets: ["domain", "year", "district"],
      sort: ["bidDeadlineTs:asc"],
      page: 2,
      hitsPerPage: 10,
      attributesToHighlight: ["title"],
      highlightPreTag: "\uE000",
      highlightPostTag: "\uE001",
    });

    expect(result).toEqual({
      hits: [
        {
          id: "JB-1",
          code: "JB-1",
          title: "人工智能质检",
          year: 2024,
          _formatted: { title: "\uE000人工智能\uE001质检" },
        },
      ],
      facets: { domain: { ai: 7, "5g": 4 }, year: { "2024": 11 }, district: {} },
      totalHits: 11,
      page: 2,
      hitsPerPage: 10,
      processingTimeMs: 3,
    });
  });

  it("asks for ranking scores only when the query does, and passes _rankingScore through", async () => {
    const response = (score: number) => ({
      hits: [{ id: "JB-1", title: "港口", _formatted: { title: "港口" }, _rankingScore: score }],
      query: "港口",
      processingTimeMs: 1,
      hitsPerPage: 20,
      page: 1,
      totalPages: 1,
      totalHits: 1,
    });
    fake.setSearchResponse(response(0.75));
    const scored = await engine.search("tasks", query({ q: "港口 龙门吊", showRankingScore: true }));
    fake.setSearchResponse(response(0.5));
    const plain = await engine.search("tasks", query({ q: "港口" }));
    const bodies = fake.requests.map(
      (r) => r.body as { showRankingScore?: boolean; matchingStrategy?: string },
    );
    expect(bodies.map((body) => body.showRankingScore)).toEqual([true, undefined]);
    expect(bodies.every((body) => body.matchingStrategy === "frequency")).toBe(true);
    expect(scored.hits[0]?._rankingScore).toBe(0.75);
    expect(plain.hits[0]).not.toHaveProperty("_rankingScore");
  });

  it("sends the tie-break as Meilisearch's sort (ranked after relevance) only with a query", async () => {
    const tieBreak = { attribute: "openDeadlineOrder", direction: "asc" } as const;
    await engine.search("tasks", query({ q: "港口", tieBreak }));
    await engine.search("tasks", query({ q: " ", tieBreak }));
    const bodies = fake.requests.map((r) => r.body as { sort?: string[] });
    expect(bodies.map((body) => body.sort)).toEqual([["openDeadlineOrder:asc"], undefined]);
  });

  it("omits filter and sort when there are none; formats highlighted numbers as strings", async () => {
    fake.setSearchResponse({
      hits: [{ id: "JB-2", year: 2025, _formatted: { id: "JB-2", year: "2025" } }],
      query: "",
      processingTimeMs: 1,
      hitsPerPage: 20,
      page: 1,
      totalPages: 1,
      totalHits: 1,
    });
    const result = await engine.search("tasks", {
      q: "",
      filters: {},
      facets: ["domain"],
      sort: null,
      page: 1,
      hitsPerPage: 20,
      highlight: ["year"],
    });
    const body = fake.requests[0]?.body as Record<string, unknown>;
    expect(body).not.toHaveProperty("filter");
    expect(body).not.toHaveProperty("sort");
    expect(result.hits[0]?._formatted).toEqual({ year: "2025" });
    expect(result.facets).toEqual({ domain: {} });
  });

  it("rejects a sort attribute that is not a plain identifier without calling the server", async () => {
    const error = await rejection(
      engine.search("tasks", {
        q: "",
        filters: {},
        facets: [],
        sort: { attribute: "year:desc,title", direction: "asc" },
        page: 1,
        hitsPerPage: 20,
        highlight: [],
      }),
    );
    expect(error.kind).toBe("invalidRequest");
    expect(fake.requests).toHaveLength(0);
  });

  it("maps a missing index to notFound", async () => {
    const error = await rejection(engine.search("nope", query()));
    expect(error.kind).toBe("notFound");
  });
});

describe("writes, counts and errors", () => {
  it("upsert sends the documents with primaryKey id and resolves only after polling the task", async () => {
    await engine.upsert("tasks", [doc("a"), doc("b")]);

    const add = fake.requests[0];
    expect(add).toMatchObject({
      method: "POST",
      path: "/indexes/tasks/documents",
      query: { primaryKey: "id" },
    });
    expect(add?.body).toEqual([doc("a"), doc("b")]);
    const polls = fake.requests.slice(1);
    // The fake reports "processing" on the first poll: the engine must poll again until "succeeded".
    expect(polls.length).toBeGreaterThanOrEqual(2);
    for (const poll of polls) expect(poll).toMatchObject({ method: "GET", path: "/tasks/0" });
    expect(fake.documentCount("tasks")).toBe(2);
    expect(await engine.count("tasks")).toBe(2);
  });

  it("delete sends the ids to delete-batch and waits", async () => {
    await engine.upsert("tasks", [doc("a"), doc("b")]);
    fake.requests.length = 0;
    await engine.delete("tasks", ["a", "unknown"]);
    expect(fake.requests[0]).toMatchObject({
      method: "POST",
      path: "/indexes/tasks/documents/delete-batch",
      body: ["a", "unknown"],
    });
    expect(await engine.count("tasks")).toBe(1);
  });

  it("a failed task rejects with taskFailed, naming the task's error", async () => {
    fake.failNextTask({ code: "invalid_document_id", message: "Document identifier `a b` is invalid." });
    const error = await rejection(engine.upsert("tasks", [doc("a b")]));
    expect(error.kind).toBe("taskFailed");
    expect(error.message).toContain("invalid_document_id");
    expect(error.message).toContain("Document identifier `a b` is invalid.");
  });

  it("maps API errors: 404 index_not_found → notFound, other 4xx → invalidRequest, 5xx → unavailable", async () => {
    fake.respondWith(404, {
      message: "Index `tasks` not found.",
      code: "index_not_found",
      type: "invalid_request",
      link: "",
    });
    expect((await rejection(engine.upsert("tasks", [doc("a")]))).kind).toBe("notFound");

    fake.respondWith(400, {
      message: "bad payload",
      code: "malformed_payload",
      type: "invalid_request",
      link: "",
    });
    const invalid = await rejection(engine.upsert("tasks", [doc("a")]));
    expect(invalid.kind).toBe("invalidRequest");
    expect(invalid.message).toContain("malformed_payload");

    fake.respondWith(500, { message: "boom", code: "internal", type: "internal", link: "" });
    expect((await rejection(engine.count("tasks"))).kind).toBe("unavailable");
  });

  it("a task that does not finish within taskTimeoutMs maps to unavailable", async () => {
    const impatient = new MeilisearchEngine({ url: fake.url, taskTimeoutMs: 300 });
    fake.stallNextTask();
    const error = await rejection(impatient.upsert("tasks", [doc("a")]));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("300ms");
  });

  it("an unreachable server maps to unavailable; health reports it", async () => {
    const down = new MeilisearchEngine({ url: `http://127.0.0.1:${await unusedPort()}`, taskTimeoutMs: 500 });
    expect((await rejection(down.upsert("tasks", [doc("a")]))).kind).toBe("unavailable");
    expect((await rejection(down.count("tasks"))).kind).toBe("unavailable");
    const health = await down.health();
    expect(health.ok).toBe(false);
    expect(await engine.health()).toEqual({ ok: true });
    expect(fake.requests.at(-1)).toMatchObject({ method: "GET", path: "/health" });
  });
});

describe("replaceAll", () => {
  async function* batches(...list: SearchDocument[][]) {
    for (const batch of list) yield batch;
  }

  it("builds a temporary index, swaps it in, then deletes the temporary (old) index", async () => {
    const liveSettings = await sentSettings();
    await engine.upsert("tasks", [doc("old")]);
    fake.requests.length = 0;

    await engine.replaceAll(TASK_INDEX, batches([doc("a"), doc("b")], [doc("c")]));

    const tmp = (fake.requests[0]?.body as { uid: string }).uid;
    expect(tmp).toMatch(/^tasks_build_\d+$/);
    expect(calls(fake.requests)).toEqual([
      "POST /indexes",
      `PATCH /indexes/${tmp}/settings`,
      `POST /indexes/${tmp}/documents`,
      `POST /indexes/${tmp}/documents`,
      "GET /indexes/tasks",
      "POST /swap-indexes",
      `DELETE /indexes/${tmp}`,
    ]);
    expect(fake.requests[0]?.body).toEqual({ uid: tmp, primaryKey: "id" });
    // The new index is set up exactly as applySettings sets up the live one.
    expect(fake.requests.find((r) => r.path === `/indexes/${tmp}/settings`)?.body).toEqual(liveSettings);
    expect(fake.requests.find((r) => r.path === "/swap-indexes")?.body).toEqual([
      { indexes: ["tasks", tmp], rename: false },
    ]);
    expectEveryTaskAwaited(fake.requests);
    // Every write was awaited: the last request polls the deletion task.
    expect(fake.requests.at(-1)?.path).toMatch(/^\/tasks\/\d+$/);
    expect(fake.documentCount("tasks")).toBe(3);
    expect(fake.documentCount(tmp)).toBeUndefined();
  });

  it("creates the live index when it is missing before swapping", async () => {
    await engine.replaceAll(TASK_INDEX, batches([doc("a")]));
    const tmp = (fake.requests[0]?.body as { uid: string }).uid;
    expect(calls(fake.requests)).toEqual([
      "POST /indexes",
      `PATCH /indexes/${tmp}/settings`,
      `POST /indexes/${tmp}/documents`,
      "GET /indexes/tasks",
      "POST /indexes",
      "POST /swap-indexes",
      `DELETE /indexes/${tmp}`,
    ]);
    expect(fake.documentCount("tasks")).toBe(1);
  });

  it("deletes the temporary index and leaves the live one alone when a batch fails", async () => {
    await engine.upsert("tasks", [doc("old")]);
    fake.requests.length = 0;
    async function* failingSecondBatch() {
      yield [doc("a")];
      fake.failNextTask({ code: "invalid_document_fields", message: "too many fields" });
      yield [doc("b")];
    }

    const error = await rejection(engine.replaceAll(TASK_INDEX, failingSecondBatch()));
    expect(error.kind).toBe("taskFailed");
    const tmp = (fake.requests[0]?.body as { uid: string }).uid;
    expect(calls(fake.requests)).toEqual([
      "POST /indexes",
      `PATCH /indexes/${tmp}/settings`,
      `POST /indexes/${tmp}/documents`,
      `POST /indexes/${tmp}/documents`,
      `DELETE /indexes/${tmp}`,
    ]);
    expect(fake.documentCount("tasks")).toBe(1);
    expect(fake.documentCount(tmp)).toBeUndefined();
  });

  it("rethrows the source's own error after cleaning up", async () => {
    async function* broken(): AsyncGenerator<SearchDocument[]> {
      yield [doc("a")];
      throw new Error("database went away");
    }
    await expect(engine.replaceAll(TASK_INDEX, broken())).rejects.toThrow("database went away");
    expect(calls(fake.requests).at(-1)).toMatch(/^DELETE \/indexes\/tasks_build_\d+$/);
  });
});
