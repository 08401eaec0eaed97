import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeilisearchEngine } from "../../search/meilisearch-engine";
import { createEmbeddedEngine } from "../../search/embedded-engine";
import type { SearchEngine, SearchQuery } from "../../search/engine";
import {
  domainFlag,
  MM_PARTICIPANTS_INDEX,
  participantDocument,
  type ParticipantForIndex,
} from "../../search/mm-participants-index";
import { startFakeMeilisearch, type FakeMeilisearch } from "../support/fake-meilisearch";

/**
 * The participant index (issue 14, part "registration") uses only what the search port offers — scalar fields,
 * filters, facets — so both adapters take it: the embedded engine answers the list's queries, and the
 * Meilisearch adapter accepts the settings and sends the same queries as valid filter expressions.
 */

const participant = (
  id: number,
  eventId: number,
  name: string,
  district: string,
  items: ParticipantForIndex["items"],
): ParticipantForIndex => ({
  id,
  eventId,
  organizationId: id * 10,
  organizationName: name,
  district,
  organizationType: "enterprise",
  reviewedAt: new Date(1_800_000_000_000 + id),
  attendees: [{ name: `${name.slice(0, 2)}代表`, jobTitle: "总经理" }],
  items,
});

const item = (kind: "demand" | "supply", domain: string, title: string) => ({
  code: `${kind === "demand" ? "D" : "S"}-2026-${title.length}`,
  kind,
  title,
  summary: `${title}的简介`,
  domain,
  district: null,
});

const DOCS = [
  participant(1, 7, "光谷智算科技", "东湖新技术开发区", [item("supply", "ai", "大模型推理一体机")]),
  participant(2, 7, "江城水务集团", "江岸区", [item("demand", "iot", "管网漏损监测")]),
  participant(3, 7, "汉阳数据中心", "汉阳区", [
    item("demand", "big_data", "政务数据治理"),
    item("supply", "ai", "智能客服平台"),
  ]),
  participant(4, 8, "别的大会单位", "江岸区", [item("supply", "ai", "另一场大会的条目")]),
  participant(5, 7, "空手单位", "江岸区", []),
].map(participantDocument);

const query = (overrides: Partial<SearchQuery>): SearchQuery => ({
  q: "",
  filters: { eventId: [7] },
  facets: ["kinds", "district", domainFlag("ai")],
  sort: null,
  page: 1,
  hitsPerPage: 20,
  highlight: [],
  ...overrides,
});

describe("participant documents", () => {
  it("hold names, job titles and items, flags per domain and the kinds — never a contact field", () => {
    const [first, , both, , empty] = DOCS;
    expect(first).toMatchObject({ kinds: "supply", d_ai: "yes", eventId: 7, district: "东湖新技术开发区" });
    expect(both).toMatchObject({ kinds: "both", d_ai: "yes", d_big_data: "yes" });
    expect(empty).toMatchObject({ kinds: "none", itemCount: 0 });
    for (const doc of DOCS)
      for (const key of Object.keys(doc)) expect(key).not.toMatch(/phone|email|checkIn|calendar|token/i);
    for (const attribute of Object.keys(both!).filter((k) => k.startsWith("d_")))
      expect(MM_PARTICIPANTS_INDEX.filterableAttributes).toContain(attribute);
  });
});

describe("the embedded engine", () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createEmbeddedEngine();
    await engine.applySettings(MM_PARTICIPANTS_INDEX);
    await engine.upsert(MM_PARTICIPANTS_INDEX.uid, DOCS);
  });
  const ids = async (q: Partial<SearchQuery>) =>
    (await engine.search(MM_PARTICIPANTS_INDEX.uid, query(q))).hits.map((h) => h.id).sort();

  it("keeps to one event, filters by kind (both counts for either), domain flag and district, and counts facets", async () => {
    expect(await ids({})).toEqual(["1", "2", "3", "5"]);
    expect(await ids({ filters: { eventId: [7], kinds: ["supply", "both"] } })).toEqual(["1", "3"]);
    expect(await ids({ filters: { eventId: [7], [domainFlag("ai")]: ["yes"] } })).toEqual(["1", "3"]);
    expect(await ids({ filters: { eventId: [7], district: ["江岸区"] } })).toEqual(["2", "5"]);
    expect(await ids({ q: "漏损" })).toEqual(["2"]);
    expect(await ids({ q: "代表" })).toEqual(["1", "2", "3", "5"]);
    const result = await engine.search(MM_PARTICIPANTS_INDEX.uid, query({}));
    expect(result.facets.kinds).toEqual({ supply: 1, demand: 1, both: 1, none: 1 });
    expect(result.facets[domainFlag("ai")]).toEqual({ yes: 2 });
  });
});

describe("the Meilisearch adapter", () => {
  let fake: FakeMeilisearch;
  let engine: MeilisearchEngine;
  beforeAll(async () => {
    fake = await startFakeMeilisearch();
    engine = new MeilisearchEngine({ url: fake.url, apiKey: "k", searchKey: "s", taskTimeoutMs: 2000 });
  });
  afterAll(() => fake.close());

  it("takes the settings and the documents, and sends the list's query as valid filters and facets", async () => {
    await engine.applySettings(MM_PARTICIPANTS_INDEX);
    await engine.upsert(MM_PARTICIPANTS_INDEX.uid, DOCS);
    expect(fake.documentCount(MM_PARTICIPANTS_INDEX.uid)).toBe(DOCS.length);
    const settings = fake.requests.find((r) => r.method === "PATCH")?.body as {
      filterableAttributes: string[];
    };
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["eventId", "kinds", "d_ai"]));
    await engine.search(
      MM_PARTICIPANTS_INDEX.uid,
      query({ filters: { eventId: [7], kinds: ["demand", "both"], [domainFlag("5g")]: ["yes"] } }),
    );
    const search = fake.requests.find((r) => r.path.endsWith("/search"))?.body as {
      filter: string[];
      facets: string[];
    };
    expect(search.filter).toEqual(["eventId = 7", 'kinds = "demand" OR kinds = "both"', 'd_5g = "yes"']);
    expect(search.facets).toEqual(["kinds", "district", "d_ai"]);
  });
});
