/**
 * The behaviour every SearchEngine adapter must share (search/engine.ts is the contract). Each test builds its
 * own index with a unique uid, so tests are independent and can run against a shared Meilisearch. The port
 * has no index deletion, so the indexes are left behind.
 *
 * Queries stick to words a Chinese segmenter keeps whole (医疗, 诊断, 拥堵 …), so the assertions hold for the
 * embedded engine's substring matching and for Meilisearch's token matching alike. Both match with
 * Meilisearch's matchingStrategy "frequency": every word first, then without the commonest words.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SearchEngineError,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "../../search/engine";

const RUN = `${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
let indexCounter = 0;

function testIndex(): IndexDefinition {
  indexCounter += 1;
  return {
    uid: `contract_${RUN}_${indexCounter}`,
    primaryKey: "id",
    searchableAttributes: ["title", "code", "demandUnit", "scenarioNeed", "district"],
    filterableAttributes: ["domain", "year", "district", "status"],
    sortableAttributes: ["budget", "publishedAtTs"],
    synonymGroups: [
      ["人工智能", "人工智慧", "AI"],
      ["互联网", "网际网路"],
    ],
    chineseAttributes: ["title", "demandUnit", "scenarioNeed", "district"],
  };
}

function task(
  id: string,
  fields: {
    title: string;
    demandUnit: string;
    scenarioNeed: string;
    domain: string;
    year: number;
    district: string;
    status: string;
    budget: number;
  },
): SearchDocument {
  return { id, code: id, publishedAtTs: 1_700_000_000_000 + fields.budget, ...fields };
}

export const CONTRACT_DOCUMENTS: SearchDocument[] = [
  task("JB-2024-001", {
    title: "基于人工智能的医疗影像辅助诊断",
    demandUnit: "市第一人民医院",
    scenarioNeed: "医院每天产生大量CT与核磁共振影像，需要自动识别病灶，降低漏诊率。",
    domain: "health",
    year: 2024,
    district: "鼓楼区",
    status: "open",
    budget: 500,
  }),
  task("JB-2024-002", {
    title: "Blockchain 供应链金融平台",
    demandUnit: "市金融服务中心",
    scenarioNeed: "为中小企业提供应收账款融资服务，提高融资效率。",
    domain: "finance",
    year: 2024,
    district: "台江区",
    status: "open",
    budget: 300,
  }),
  task("JB-2023-003", {
    title: "交通信号优化",
    demandUnit: "市交通运输局",
    scenarioNeed: "利用实时车流数据优化路口信号配时，缓解早晚高峰拥堵。",
    domain: "transport",
    year: 2023,
    district: "鼓楼区",
    status: "closed",
    budget: 800,
  }),
  task("JB-2023-004", {
    // Traditional characters in the document itself.
    title: "醫療數據互聯互通平台",
    demandUnit: "區衛生健康委員會",
    scenarioNeed: "整合區域內醫院的診療記錄，支持分級診療與轉診。",
    domain: "health",
    year: 2023,
    district: "仓山区",
    status: "open",
    budget: 200,
  }),
  task("JB-2024-005", {
    title: "工业设备预测性维护",
    demandUnit: "市装备制造集团",
    scenarioNeed: "采集工厂设备振动数据，提前预警故障，减少停机损失。",
    domain: "manufacturing",
    year: 2024,
    district: "仓山区",
    status: "open",
    budget: 650,
  }),
];

/** A query with every field at its neutral value, overridden as needed. */
export function query(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return {
    q: "",
    filters: {},
    facets: [],
    sort: null,
    page: 1,
    hitsPerPage: 20,
    highlight: [],
    ...overrides,
  };
}

function ids(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.id);
}

function sortedIds(result: SearchResult): string[] {
  return ids(result).sort();
}

function stripHighlight(text: string | undefined): string | undefined {
  return text?.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
}

async function* inBatches(...batches: SearchDocument[][]): AsyncIterable<SearchDocument[]> {
  for (const batch of batches) yield batch;
}

export function engineContract(label: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`search engine contract: ${label}`, () => {
    let engine: SearchEngine;

    beforeAll(async () => {
      engine = await makeEngine();
    });

    /** A fresh index holding CONTRACT_DOCUMENTS. */
    async function seeded(): Promise<IndexDefinition> {
      const index = testIndex();
      await engine.applySettings(index);
      await engine.upsert(index.uid, CONTRACT_DOCUMENTS);
      return index;
    }

    async function search(index: IndexDefinition, overrides: Partial<SearchQuery>): Promise<SearchResult> {
      return engine.search(index.uid, query(overrides));
    }

    it("reports itself healthy", async () => {
      expect(await engine.health()).toEqual({ ok: true });
    });

    it("applies settings twice harmlessly, keeping the documents", async () => {
      const index = await seeded();
      await engine.applySettings(index);
      expect(await engine.count(index.uid)).toBe(CONTRACT_DOCUMENTS.length);
      expect(ids(await search(index, { q: "拥堵" }))).toEqual(["JB-2023-003"]);
    });

    it("counts upserted documents and returns them whole", async () => {
      const index = await seeded();
      expect(await engine.count(index.uid)).toBe(5);
      const result = await search(index, { q: "诊断" });
      expect(result.hits).toHaveLength(1);
      expect(result.hits[0]).toMatchObject(CONTRACT_DOCUMENTS[0]!);
    });

    it("replaces a document upserted again under the same id", async () => {
      const index = await seeded();
      await engine.upsert(index.uid, [
        { ...CONTRACT_DOCUMENTS[2]!, title: "智慧停车诱导系统", scenarioNeed: "引导车辆快速找到空闲车位。" },
      ]);
      expect(await engine.count(index.uid)).toBe(5);
      expect(ids(await search(index, { q: "停车" }))).toEqual(["JB-2023-003"]);
      expect(ids(await search(index, { q: "拥堵" }))).toEqual([]);
    });

    it("deletes documents by id, ignoring unknown ids", async () => {
      const index = await seeded();
      await engine.delete(index.uid, ["JB-2023-003", "JB-NO-SUCH-ID"]);
      expect(await engine.count(index.uid)).toBe(4);
      expect(ids(await search(index, { q: "拥堵" }))).toEqual([]);
      expect(sortedIds(await search(index, { q: "" }))).toEqual([
        "JB-2023-004",
        "JB-2024-001",
        "JB-2024-002",
        "JB-2024-005",
      ]);
    });

    it("finds documents with every query word first, then drops the most common words", async () => {
      const index = await seeded();
      // 医疗 is in two documents and 拥堵 in another one, but no document has both: the commoner 医疗 goes.
      const rarer = await search(index, { q: "医疗 拥堵" });
      expect(ids(rarer)).toEqual(["JB-2023-003"]);
      expect(rarer.totalHits).toBe(1);
      // 诊断 is rarer than 医疗 and only in a document that has both.
      expect(ids(await search(index, { q: "医疗 诊断" }))).toEqual(["JB-2024-001"]);
      // 数据 (three documents) is commoner than 医疗 (two): the one with both first, then 医疗 alone.
      expect(ids(await search(index, { q: "医疗 数据" }))).toEqual(["JB-2023-004", "JB-2024-001"]);
      // A word found nowhere is the rarest and is never dropped.
      expect((await search(index, { q: "医疗 潜水艇" })).totalHits).toBe(0);
    });

    it("scores hits in [0, 1] when asked: a long query no document fully matches still finds the best ones, best first", async () => {
      const index = testIndex();
      await engine.applySettings(index);
      // Query words by how many documents hold them: 诊断 2, 影像 3, 医疗 4, 数据 5, 平台 6. No document has all
      // five; A has the three rarest, B the two rarest.
      const doc = (id: string, title: string, budget: number) =>
        task(id, {
          title,
          demandUnit: "市数据局",
          scenarioNeed: "需求说明",
          domain: "health",
          year: 2025,
          district: "鼓楼区",
          status: "open",
          budget,
        });
      await engine.upsert(index.uid, [
        doc("LONG-A", "诊断 影像 医疗", 1),
        doc("LONG-B", "诊断 影像 数据", 2),
        doc("LONG-C", "影像 医疗 平台", 3),
        doc("LONG-D", "医疗 数据 平台", 4),
        doc("LONG-E", "数据 平台", 5),
        doc("LONG-F", "医疗 数据 平台", 6),
        doc("LONG-G", "数据 平台", 7),
        doc("LONG-H", "平台", 8),
      ]);
      const result = await search(index, { q: "医疗 影像 诊断 数据 平台", showRankingScore: true });
      expect(ids(result).slice(0, 2)).toEqual(["LONG-A", "LONG-B"]);
      const scores = result.hits.map((hit) => hit._rankingScore!);
      for (const score of scores) {
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThan(1); // every hit misses a word
      }
      for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
      expect(scores[0]).toBeGreaterThan(scores[1]!);

      // A document with every word scores above every one missing some; unasked, hits carry no score.
      await engine.upsert(index.uid, [doc("LONG-ALL", "医疗 影像 诊断 数据 平台", 9)]);
      const withAll = await search(index, { q: "医疗 影像 诊断 数据 平台", showRankingScore: true });
      expect(ids(withAll)[0]).toBe("LONG-ALL");
      expect(withAll.hits[0]!._rankingScore).toBeGreaterThan(withAll.hits[1]!._rankingScore!);
      expect(withAll.hits[0]!._rankingScore).toBeLessThanOrEqual(1);
      const unasked = await search(index, { q: "医疗 影像 诊断 数据 平台" });
      expect(unasked.hits.every((hit) => !("_rankingScore" in hit))).toBe(true);
    });

    it("finds Simplified text with a Traditional query and Traditional text with a Simplified query", async () => {
      const index = await seeded();
      expect(ids(await search(index, { q: "醫療影像" }))).toEqual(["JB-2024-001"]);
      expect(sortedIds(await search(index, { q: "医疗" }))).toEqual(["JB-2023-004", "JB-2024-001"]);
    });

    it("applies synonym groups in every direction", async () => {
      const index = await seeded();
      expect(ids(await search(index, { q: "人工智能" }))).toEqual(["JB-2024-001"]);
      expect(ids(await search(index, { q: "人工智慧" }))).toEqual(["JB-2024-001"]);
      expect(ids(await search(index, { q: "AI" }))).toEqual(["JB-2024-001"]);
    });

    it("segments Chinese queries into words: no spaces needed, closer words first", async () => {
      const index = testIndex();
      await engine.applySettings(index);
      const segmented = (id: string, title: string, scenarioNeed: string, budget: number) =>
        task(id, {
          title,
          demandUnit: "市数据局",
          scenarioNeed,
          domain: "government",
          year: 2025,
          district: "鼓楼区",
          status: "open",
          budget,
        });
      await engine.upsert(index.uid, [
        segmented("SEG-1", "远程医疗与影像会诊", "基层医院上传检查结果，专家远程阅片。", 1),
        segmented("SEG-2", "区域协同医疗影像平台", "汇聚各医院的检查影像，互认共享。", 2),
        segmented("SEG-3", "智慧城市交通信号优化", "根据车流调整路口配时。", 3),
        segmented("SEG-4", "农产品质量溯源", "基于区块链记录种植、加工与流通环节。", 4),
        segmented("SEG-5", "区块链药品溯源平台", "药品从出厂到患者全程可查。", 5),
        segmented("SEG-6", "区块链电子证照", "证照上链，跨部门核验。", 6),
        segmented("SEG-7", "工业互联网标识解析平台", "为制造企业提供标识注册与解析。", 7),
        segmented("SEG-8", "工业互联网安全监测", "监测工厂网络攻击。", 8),
      ]);
      const found = async (q: string) => ids(await search(index, { q }));

      // Both words, in either document: the one with the words side by side first.
      expect(await found("医疗影像")).toEqual(["SEG-2", "SEG-1"]);
      expect(await found("醫療影像")).toEqual(["SEG-2", "SEG-1"]);
      expect(await found("智慧交通")).toEqual(["SEG-3"]);
      expect([...(await found("区块链溯源"))].sort()).toEqual(["SEG-4", "SEG-5"]);
      expect([...(await found("区块链溯源"))].sort()).toEqual([...(await found("区块链 溯源"))].sort());
      expect(await found("区块链溯源")).toEqual(["SEG-5", "SEG-4"]);
      // 平台 is commoner than 工业互联网: the task with both first, then the one without 平台.
      expect(await found("工业互联网平台")).toEqual(["SEG-7", "SEG-8"]);
      expect(await found("工业互联网平台")).toEqual(await found("工业互联网 平台"));
    });

    it("orders equally relevant documents by the tie-break, and only those", async () => {
      const index = await seeded();
      // 仓山区 is only in the district of 004 and 005: equally relevant.
      const ascending = await search(index, {
        q: "仓山区",
        tieBreak: { attribute: "budget", direction: "asc" },
      });
      expect(ids(ascending)).toEqual(["JB-2023-004", "JB-2024-005"]);
      const descending = await search(index, {
        q: "仓山区",
        tieBreak: { attribute: "budget", direction: "desc" },
      });
      expect(ids(descending)).toEqual(["JB-2024-005", "JB-2023-004"]);
      // 数据 is in the title of 004 only: relevance first, whatever the tie-break says.
      const relevant = await search(index, {
        q: "数据",
        tieBreak: { attribute: "budget", direction: "desc" },
      });
      expect(ids(relevant)[0]).toBe("JB-2023-004");
    });

    it("matches the last Latin word of the query as a prefix", async () => {
      const index = await seeded();
      expect(ids(await search(index, { q: "blockch" }))).toEqual(["JB-2024-002"]);
      expect(ids(await search(index, { q: "Blockchain" }))).toEqual(["JB-2024-002"]);
    });

    it("ranks a match in an earlier searchable attribute first", async () => {
      const index = await seeded();
      // 数据 is in the title of 004 (as 數據) but only in the scenario of 003 and 005.
      const result = await search(index, { q: "数据" });
      expect(result.totalHits).toBe(3);
      expect(ids(result)[0]).toBe("JB-2023-004");
      expect(sortedIds(result)).toEqual(["JB-2023-003", "JB-2023-004", "JB-2024-005"]);
    });

    it("filters with OR within an attribute and AND across attributes", async () => {
      const index = await seeded();
      expect(sortedIds(await search(index, { filters: { domain: ["health", "finance"] } }))).toEqual([
        "JB-2023-004",
        "JB-2024-001",
        "JB-2024-002",
      ]);
      expect(
        sortedIds(await search(index, { filters: { domain: ["health", "finance"], year: [2024] } })),
      ).toEqual(["JB-2024-001", "JB-2024-002"]);
      expect(sortedIds(await search(index, { filters: { year: [2023] } }))).toEqual([
        "JB-2023-003",
        "JB-2023-004",
      ]);
      expect(sortedIds(await search(index, { q: "医疗", filters: { district: ["仓山区"] } }))).toEqual([
        "JB-2023-004",
      ]);
      expect((await search(index, { filters: { domain: ["nothing-like-this"] } })).totalHits).toBe(0);
    });

    it("rejects a filter on an attribute that is not filterable", async () => {
      const index = await seeded();
      await expect(search(index, { filters: { title: ["x"] } })).rejects.toMatchObject({
        kind: "invalidRequest",
      });
    });

    it("counts facet values over all filtered matches, not only the page", async () => {
      const index = await seeded();
      const result = await search(index, {
        filters: { status: ["open"] },
        facets: ["domain", "year", "district"],
        hitsPerPage: 1,
      });
      expect(result.totalHits).toBe(4);
      expect(result.hits).toHaveLength(1);
      expect(result.facets).toEqual({
        domain: { health: 2, finance: 1, manufacturing: 1 },
        year: { "2024": 3, "2023": 1 },
        district: { 鼓楼区: 1, 台江区: 1, 仓山区: 2 },
      });

      const withQuery = await search(index, { q: "医疗", facets: ["domain", "year"] });
      expect(withQuery.facets).toEqual({ domain: { health: 2 }, year: { "2024": 1, "2023": 1 } });

      const nothing = await search(index, { q: "拥堵", filters: { status: ["open"] }, facets: ["domain"] });
      expect(nothing.totalHits).toBe(0);
      expect(nothing.facets).toEqual({ domain: {} });
    });

    it("sorts by a numeric attribute in both directions", async () => {
      const index = await seeded();
      const ascending = ["JB-2023-004", "JB-2024-002", "JB-2024-001", "JB-2024-005", "JB-2023-003"];
      expect(ids(await search(index, { sort: { attribute: "budget", direction: "asc" } }))).toEqual(
        ascending,
      );
      expect(ids(await search(index, { sort: { attribute: "budget", direction: "desc" } }))).toEqual(
        [...ascending].reverse(),
      );
      expect(
        ids(
          await search(index, {
            filters: { year: [2024] },
            sort: { attribute: "publishedAtTs", direction: "desc" },
          }),
        ),
      ).toEqual(["JB-2024-005", "JB-2024-001", "JB-2024-002"]);
    });

    it("rejects sorting on an attribute that is not sortable", async () => {
      const index = await seeded();
      await expect(search(index, { sort: { attribute: "title", direction: "asc" } })).rejects.toMatchObject({
        kind: "invalidRequest",
      });
    });

    it("paginates with a 1-based page", async () => {
      const index = await seeded();
      const result = await search(index, {
        sort: { attribute: "budget", direction: "asc" },
        page: 2,
        hitsPerPage: 2,
      });
      expect(ids(result)).toEqual(["JB-2024-001", "JB-2024-005"]);
      expect(result.totalHits).toBe(5);
      expect(result.page).toBe(2);
      expect(result.hitsPerPage).toBe(2);
      expect(typeof result.processingTimeMs).toBe("number");

      const beyond = await search(index, {
        sort: { attribute: "budget", direction: "asc" },
        page: 4,
        hitsPerPage: 2,
      });
      expect(beyond.hits).toEqual([]);
      expect(beyond.totalHits).toBe(5);
    });

    it("highlights matches in the requested attributes only", async () => {
      const index = await seeded();
      const latin = await search(index, { q: "blockchain", highlight: ["title"] });
      expect(latin.hits[0]?._formatted).toEqual({
        title: `${HIGHLIGHT_START}Blockchain${HIGHLIGHT_END} 供应链金融平台`,
      });

      const chinese = await search(index, { q: "诊断", highlight: ["title", "district"] });
      const formatted = chinese.hits[0]?._formatted;
      expect(formatted?.title).toContain(`${HIGHLIGHT_START}诊断${HIGHLIGHT_END}`);
      expect(stripHighlight(formatted?.title)).toBe(CONTRACT_DOCUMENTS[0]!.title);
      expect(formatted?.district).toBe("鼓楼区");
      expect(formatted).not.toHaveProperty("scenarioNeed");
      // The hit itself stays unmarked.
      expect(chinese.hits[0]?.title).toBe(CONTRACT_DOCUMENTS[0]!.title);
    });

    it("replaceAll leaves exactly the new documents", async () => {
      const index = await seeded();
      const fresh = (id: string, title: string, budget: number): SearchDocument =>
        task(id, {
          title,
          demandUnit: "市大数据局",
          scenarioNeed: "新一轮榜单。",
          domain: "government",
          year: 2025,
          district: "晋安区",
          status: "open",
          budget,
        });
      await engine.replaceAll(
        index,
        inBatches(
          [fresh("JB-2025-001", "政务热线智能分派", 100), fresh("JB-2025-002", "城市运行体征监测", 200)],
          [fresh("JB-2025-003", "电子证照共享核验", 300)],
        ),
      );
      expect(await engine.count(index.uid)).toBe(3);
      expect(sortedIds(await search(index, { q: "" }))).toEqual([
        "JB-2025-001",
        "JB-2025-002",
        "JB-2025-003",
      ]);
      expect(ids(await search(index, { q: "医疗" }))).toEqual([]);
      expect(ids(await search(index, { q: "证照" }))).toEqual(["JB-2025-003"]);
      // The settings came with the index definition: filters still work.
      expect((await search(index, { filters: { year: [2025] } })).totalHits).toBe(3);
    });

    it("rejects a search on a missing index with kind notFound", async () => {
      const missing = `${testIndex().uid}_missing`;
      const error: unknown = await engine.search(missing, query({ q: "医疗" })).then(
        () => null,
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(SearchEngineError);
      expect(error).toMatchObject({ kind: "notFound" });
    });
  });
}
