// Queries reach Meilisearch with a search-only key, writes with the admin key, checked at the HTTP boundary
// against the test double (tests/support/fake-meilisearch.ts), which records each request's key.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MeilisearchEngine, SEARCH_KEY_NAME } from "../../search/meilisearch-engine";
import { createConfiguredEngine } from "../../search/runtime";
import { TASK_INDEX } from "../../search/task-index";
import {
  startFakeMeilisearch,
  type FakeMeilisearch,
  type RecordedRequest,
} from "../support/fake-meilisearch";
import { query } from "../search/contract";

let fake: FakeMeilisearch;
beforeEach(async () => {
  fake = await startFakeMeilisearch();
});
afterEach(async () => {
  await fake.close();
});

const doc = (id: string) => ({ id, code: id, title: `任务 ${id}`, year: 2024 });
const searches = (requests: RecordedRequest[]) => requests.filter((r) => r.path.endsWith("/search"));
const others = (requests: RecordedRequest[]) =>
  requests.filter((r) => !r.path.endsWith("/search") && r.path !== "/keys");

async function writeThenSearch(engine: MeilisearchEngine) {
  await engine.applySettings(TASK_INDEX);
  await engine.upsert(TASK_INDEX.uid, [doc("a"), doc("b")]);
  await engine.delete(TASK_INDEX.uid, ["b"]);
  await engine.search(TASK_INDEX.uid, query({ q: "任务" }));
  await engine.search(TASK_INDEX.uid, query({ q: "a" }));
}

describe("Meilisearch keys", () => {
  it("MEILI_SEARCH_KEY: queries carry it, every write (and task poll) the admin key", async () => {
    const engine = await createConfiguredEngine({
      NODE_ENV: "test",
      MEILI_URL: fake.url,
      MEILI_MASTER_KEY: "admin-key",
      MEILI_SEARCH_KEY: "search-key",
    });
    await writeThenSearch(engine as MeilisearchEngine);
    expect(searches(fake.requests).map((r) => r.apiKey)).toEqual(["search-key", "search-key"]);
    expect(others(fake.requests).length).toBeGreaterThan(3);
    for (const r of others(fake.requests)) expect(r.apiKey, `${r.method} ${r.path}`).toBe("admin-key");
    expect(fake.requests.some((r) => r.path === "/keys")).toBe(false);
  });

  it("without one, the admin key creates a search-only key once, and queries use it", async () => {
    const engine = new MeilisearchEngine({ url: fake.url, apiKey: "admin-key", taskTimeoutMs: 2000 });
    await writeThenSearch(engine);
    const keyCalls = fake.requests.filter((r) => r.path === "/keys");
    expect(keyCalls.map((r) => `${r.method} ${r.apiKey}`)).toEqual(["GET admin-key", "POST admin-key"]);
    expect(keyCalls[1]!.body).toMatchObject({ name: SEARCH_KEY_NAME, actions: ["search"], indexes: ["*"] });
    expect(searches(fake.requests).map((r) => r.apiKey)).toEqual([fake.keys[0]!.key, fake.keys[0]!.key]);
    for (const r of others(fake.requests)) expect(r.apiKey).toBe("admin-key");
  });

  it("an existing search-only key (Meilisearch's default one) is found and used, nothing created", async () => {
    const now = new Date().toISOString();
    fake.keys.push(
      {
        uid: "admin",
        key: "default-admin-key",
        name: "Default Admin API Key",
        description: null,
        actions: ["*"],
        indexes: ["*"],
        expiresAt: null,
        createdAt: now,
        updatedAt: now,
      },
      {
        uid: "search",
        key: "default-search-key",
        name: "Default Search API Key",
        description: null,
        actions: ["search"],
        indexes: ["*"],
        expiresAt: null,
        createdAt: now,
        updatedAt: now,
      },
    );
    const engine = new MeilisearchEngine({ url: fake.url, apiKey: "admin-key", taskTimeoutMs: 2000 });
    await writeThenSearch(engine);
    expect(fake.requests.filter((r) => r.path === "/keys").map((r) => r.method)).toEqual(["GET"]);
    expect(searches(fake.requests).map((r) => r.apiKey)).toEqual([
      "default-search-key",
      "default-search-key",
    ]);
  });
});
