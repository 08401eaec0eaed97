import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TestBrowser } from "../support/app";
import { query } from "../search/contract";
import { ALL_CONTACT_VALUES, createSearchFixtures, type SearchFixtures } from "./search-fixtures";

/** Issue 13, part "search": GET /api/v1/supply-demand and GET /api/v1/supply-demand/:code. */

let f: SearchFixtures;

beforeAll(async () => {
  f = await createSearchFixtures();
});
beforeEach(() => f.engine.start());

type Hit = { code: string; kind: string; status: string; title: string; _formatted: { title: string } };
type Body = {
  hits: Hit[];
  facets: Record<string, Record<string, number>>;
  totalHits: number;
  page: number;
};

const api = async (query: string) => {
  const response = await new TestBrowser().get(`/api/v1/supply-demand${query}`);
  return { response, text: await response.text() };
};
const search = async (query: string) => {
  const { response, text } = await api(query);
  expect(response.status, query).toBe(200);
  return JSON.parse(text) as Body;
};
const codes = (body: Body) => body.hits.map((h) => h.code).sort();

describe("GET /api/v1/supply-demand", () => {
  it("answers hits, facets, totalHits and page with the task API's headers", async () => {
    const { response, text } = await api("?hitsPerPage=100");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = JSON.parse(text) as Body;
    expect(Object.keys(body).sort()).toEqual(
      ["facets", "hits", "hitsPerPage", "page", "processingTimeMs", "totalHits"].sort(),
    );
    expect(Object.keys(body.facets).sort()).toEqual(
      ["budgetBand", "category", "district", "domain", "kind", "status", "year"].sort(),
    );
    // Published items and closed ones that were published; nothing under review, draft or rejected.
    expect(codes(body)).toEqual(
      [f.aiDemand, f.dataSupply, f.fulfilled, f.duplicate, f.converted, f.demo].map((i) => i.code).sort(),
    );
    expect(body.totalHits).toBe(6);
    expect(body.facets.kind).toEqual({ demand: 4, supply: 2 });
    expect(body.facets.status).toEqual({ published: 4, closed: 2 });
    expect(body.facets.year).toMatchObject({ "2025": 2 });
    expect(body.facets.category).toMatchObject({ digital_government: 1 });
    expect(body.facets.budgetBand).toMatchObject({ "2m_10m": 1, under_500k: 1 });
    expect(body.facets.district).toMatchObject({ 江汉区: 1, 全市: 1 });
  });

  it("finds a Simplified item from a Traditional-script query, with highlighted title", async () => {
    for (const q of ["人工智慧", "政務審批"]) {
      const body = await search(`?q=${encodeURIComponent(q)}`);
      expect(codes(body), q).toContain(f.aiDemand.code);
      expect(codes(body), q).not.toContain(f.submitted.code);
    }
    const data = await search(`?q=${encodeURIComponent("數據治理")}`);
    expect(codes(data)).toEqual([f.dataSupply.code]);
    expect(data.hits[0]!._formatted.title).toBe("<mark>数据治理</mark>与共享交换平台");
  });

  it("filters by every facet (OR within one, AND across)", async () => {
    expect(codes(await search("?kind=supply"))).toEqual([f.dataSupply.code, f.demo.code].sort());
    expect(codes(await search("?year=2025"))).toEqual([f.dataSupply.code, f.fulfilled.code].sort());
    expect(codes(await search("?category=digital_government"))).toEqual([f.aiDemand.code]);
    expect(codes(await search("?domain=big_data,smart_city"))).toEqual(
      [f.dataSupply.code, f.converted.code].sort(),
    );
    expect(codes(await search(`?district=${encodeURIComponent("江汉区")}`))).toEqual([f.aiDemand.code]);
    expect(codes(await search("?budgetBand=2m_10m"))).toEqual([f.aiDemand.code]);
    expect(codes(await search("?status=closed"))).toEqual([f.fulfilled.code, f.duplicate.code].sort());
    expect(codes(await search("?kind=demand&status=closed&year=2025"))).toEqual([f.fulfilled.code]);
    const paged = await search("?hitsPerPage=2&page=2&sort=newest");
    expect(paged.hits).toHaveLength(2);
    expect(paged.page).toBe(2);
  });

  it("never finds items under review, drafts or rejected ones, whatever the query", async () => {
    // The index does hold the item under first review (for reviewers' duplicate checks): the filter matters.
    const raw = await f.engine.search("sd_items", query({ q: "待审核" }));
    expect(raw.hits.map((h) => [h.code, h.visibility])).toEqual([[f.submitted.code, "review"]]);
    for (const q of ["待审核", "草稿", "驳回"]) {
      const body = await search(`?q=${encodeURIComponent(q)}`);
      expect(body.totalHits, q).toBe(0);
    }
    const ai = await search(`?q=${encodeURIComponent("人工智能")}&hitsPerPage=100`);
    expect(codes(ai)).not.toEqual(expect.arrayContaining([f.submitted.code]));
    expect(codes(ai)).not.toContain(f.draft.code);
    expect(codes(ai)).not.toContain(f.rejected.code);
  });

  it.each([
    ["hitsPerPage=101", "hitsPerPage"],
    ["hitsPerPage=0", "hitsPerPage"],
    ["page=0", "page"],
    ["sort=deadline", "sort"],
    ["kind=task", "kind"],
    ["year=abc", "year"],
    ["category=digital_art", "category"],
    ["domain=quantum", "domain"],
    [`district=${encodeURIComponent("外星区")}`, "district"],
    ["budgetBand=huge", "budgetBand"],
    ["status=submitted", "status"],
    ["status=draft", "status"],
  ])("refuses %s with 400 naming the parameter in both languages", async (query, field) => {
    const { response, text } = await api(`?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = JSON.parse(text) as { error: { field: string; message: { zh: string; en: string } } };
    expect(body.error.field).toBe(field);
    expect(body.error.message.zh.length).toBeGreaterThan(0);
    expect(body.error.message.en.length).toBeGreaterThan(0);
  });

  it("answers 503 JSON while the engine is down", async () => {
    f.engine.stop();
    const { response } = await api("?q=数据");
    expect(response.status).toBe(503);
  });
});

describe("GET /api/v1/supply-demand/:code", () => {
  it("answers the published revision of an item, without contacts", async () => {
    const { response, text } = await api(`/${f.aiDemand.code}`);
    expect(response.status).toBe(200);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).toMatchObject({
      code: f.aiDemand.code,
      kind: "demand",
      status: "published",
      title: "人工智能辅助政务审批需求",
      organization: { name: "武汉市某区数据局（测试）", type: "government_unit" },
      district: "江汉区",
      category: "digital_government",
      budgetMinFen: 100_000_000,
      budgetMaxFen: 300_000_000,
      tags: ["大模型", "政务服务"],
      revision: 1,
    });
    expect(text).not.toContain("尚在审核中的修订标题");
    expect(Object.keys(body).filter((k) => /contact/i.test(k))).toEqual([]);
  });

  it("links a duplicate to its canonical item and a converted demand to its task", async () => {
    const duplicate = JSON.parse((await api(`/${f.duplicate.code}`)).text) as Record<string, unknown>;
    expect(duplicate).toMatchObject({
      status: "closed",
      closeReason: "duplicate",
      duplicateOf: f.aiDemand.code,
    });
    const converted = JSON.parse((await api(`/${f.converted.code}`)).text) as Record<string, unknown>;
    expect(converted).toMatchObject({ convertedToTask: f.taskCode, district: "全市" });
    const supply = JSON.parse((await api(`/${f.dataSupply.code}`)).text) as Record<string, unknown>;
    expect(supply).toMatchObject({
      kind: "supply",
      maturity: "deployed",
      deployedCustomers: 8,
      districtsServed: ["洪山区", "武昌区"],
      priceMaxFen: 40_000_000,
    });
    expect(supply).not.toHaveProperty("budgetMinFen");
  });

  it("answers 404 JSON for unknown, draft, under-review and rejected items", async () => {
    for (const code of [f.draft.code, f.submitted.code, f.rejected.code, "D-2099-0001", "nonsense"]) {
      const { response, text } = await api(`/${code}`);
      expect(response.status, code).toBe(404);
      expect(JSON.parse(text), code).toMatchObject({
        error: { field: "code", message: { zh: expect.any(String), en: expect.any(String) } },
      });
    }
  });

  it("has no contact value in any API response", async () => {
    const paths = [
      "?hitsPerPage=100",
      `?q=${encodeURIComponent("人工智能")}`,
      ...Object.values(f)
        .filter((v): v is { id: number; code: string } => typeof v === "object" && v !== null && "code" in v)
        .map((item) => `/${item.code}`),
    ];
    for (const path of paths) {
      const { text } = await api(path);
      for (const secret of ALL_CONTACT_VALUES) expect(text, `${path}: ${secret}`).not.toContain(secret);
    }
  });
});
