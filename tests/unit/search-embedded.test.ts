import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeForSearch, toSimplified } from "../../search/chinese";
import { createEmbeddedEngine, type EmbeddedSearchEngine } from "../../search/embedded-engine";
import {
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  SearchEngineError,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
} from "../../search/engine";
import { TASK_INDEX } from "../../search/task-index";
import { CONTRACT_DOCUMENTS, engineContract, query } from "../search/contract";

const adapters = ["embedded"];
engineContract("embedded", async () => createEmbeddedEngine());

const meiliUrl = process.env.MEILI_URL;
if (meiliUrl) {
  adapters.push("meilisearch");
  engineContract("meilisearch", async () => {
    // A variable path: this file must type-check and load even where the adapter is not installed.
    const modulePath = "../../search/meilisearch-engine";
    const { MeilisearchEngine } = (await import(/* @vite-ignore */ modulePath)) as {
      MeilisearchEngine: new (options: { url: string; apiKey?: string }) => SearchEngine;
    };
    return new MeilisearchEngine({ url: meiliUrl, apiKey: process.env.MEILI_MASTER_KEY });
  });
}

afterAll(() => {
  console.info(`search contract suite ran against: ${adapters.join(", ")}`);
});

let indexCounter = 0;
function embeddedIndex(): IndexDefinition {
  indexCounter += 1;
  return { ...TASK_INDEX, uid: `embedded_${indexCounter}` };
}

describe("chinese normalization", () => {
  it("converts Traditional to Simplified character by character", () => {
    expect(toSimplified("醫療影像")).toBe("医疗影像");
    expect(toSimplified("區塊鏈與雲端運算")).toBe("区块链与云端运算");
    // Phrases are not rewritten: 影像 stays 影像 (a phrase converter would say 图像).
    expect(toSimplified("影像")).toBe("影像");
    expect(toSimplified("plain ASCII")).toBe("plain ASCII");
  });

  it("normalizes for search: Simplified, lower-case, full-width folded", () => {
    expect(normalizeForSearch("ＡＩ醫療Ｐｌａｔｆｏｒｍ２０２４")).toBe("ai医疗platform2024");
    expect(normalizeForSearch("Blockchain 區塊鏈")).toBe("blockchain 区块链");
  });

  it("preserves length and positions, even for characters that would change length", () => {
    for (const text of ["醫療影像 ＡＢＣ", "İstanbul 𠀋 emoji 😀 ß", "混合Text與數據", ""]) {
      expect(toSimplified(text)).toHaveLength(text.length);
      expect(normalizeForSearch(text)).toHaveLength(text.length);
    }
    const original = "基於人工智慧的醫療影像";
    const normalized = normalizeForSearch(original);
    const at = normalized.indexOf("医疗影像");
    expect(original.slice(at, at + 4)).toBe("醫療影像");
  });
});

describe("embedded engine", () => {
  let engine: EmbeddedSearchEngine;
  let index: IndexDefinition;

  beforeAll(async () => {
    engine = createEmbeddedEngine();
    index = embeddedIndex();
    await engine.applySettings(index);
    await engine.upsert(index.uid, [
      {
        id: "T-1",
        code: "T-1",
        title: "基于人工智能的医疗影像辅助诊断",
        scenarioNeed: "需要识别CT影像。",
        domain: "health",
        year: 2024,
        status: "open",
        district: "鼓楼区",
      },
      {
        id: "T-2",
        code: "T-2",
        title: "醫療數據互聯互通平台",
        scenarioNeed: "Blockchain-based record sharing.",
        domain: "health",
        year: 2023,
        status: "open",
        district: "仓山区",
      },
    ]);
  });

  it("simulates an outage with stop() and start()", async () => {
    engine.stop();
    try {
      expect(await engine.health()).toMatchObject({ ok: false });
      const attempts: (() => Promise<unknown>)[] = [
        () => engine.search(index.uid, query({ q: "医疗" })),
        () => engine.count(index.uid),
        () => engine.upsert(index.uid, []),
        () => engine.delete(index.uid, ["T-1"]),
        () => engine.applySettings(index),
        () => engine.replaceAll(index, (async function* () {})()),
      ];
      for (const attempt of attempts) {
        const error: unknown = await attempt().then(
          () => null,
          (rejection: unknown) => rejection,
        );
        expect(error).toBeInstanceOf(SearchEngineError);
        expect(error).toMatchObject({ kind: "unavailable" });
      }
    } finally {
      engine.start();
    }
    expect(await engine.health()).toEqual({ ok: true });
    expect(await engine.count(index.uid)).toBe(2);
  });

  it("highlights a Traditional query on the Simplified characters it matched", async () => {
    const result = await engine.search(index.uid, query({ q: "醫療影像", highlight: ["title"] }));
    expect(result.hits.map((hit) => hit.id)).toEqual(["T-1"]);
    expect(result.hits[0]?._formatted.title).toBe(`基于人工智能的${S}医疗影像${E}辅助诊断`);
  });

  it("highlights a Simplified query on Traditional text, and synonyms", async () => {
    const traditional = await engine.search(index.uid, query({ q: "医疗数据", highlight: ["title"] }));
    expect(traditional.hits[0]?._formatted.title).toBe(`${S}醫療數據${E}互聯互通平台`);
    const synonym = await engine.search(index.uid, query({ q: "人工智慧 影像", highlight: ["title"] }));
    expect(synonym.hits[0]?._formatted.title).toBe(`基于${S}人工智能${E}的医疗${S}影像${E}辅助诊断`);
  });

  it("highlights only the typed prefix of the last word; earlier Latin words match whole tokens", async () => {
    const prefix = await engine.search(index.uid, query({ q: "blockch", highlight: ["scenarioNeed"] }));
    expect(prefix.hits[0]?._formatted.scenarioNeed).toBe(`${S}Blockch${E}ain-based record sharing.`);
    // Not the last word, or followed by a space: whole tokens only.
    expect((await engine.search(index.uid, query({ q: "blockch 医疗" }))).totalHits).toBe(0);
    expect((await engine.search(index.uid, query({ q: "blockch " }))).totalHits).toBe(0);
    expect((await engine.search(index.uid, query({ q: "chain" }))).totalHits).toBe(0);
  });

  it("treats a numeric filter value and its string form alike", async () => {
    const asNumber = await engine.search(index.uid, query({ filters: { year: [2024] } }));
    const asString = await engine.search(index.uid, query({ filters: { year: ["2024"] } }));
    expect(asNumber.hits.map((hit) => hit.id)).toEqual(["T-1"]);
    expect(asString.hits.map((hit) => hit.id)).toEqual(["T-1"]);
  });

  it("rejects invalid requests and invalid documents", async () => {
    await expect(engine.search(index.uid, query({ facets: ["title"] }))).rejects.toMatchObject({
      kind: "invalidRequest",
    });
    await expect(engine.search(index.uid, query({ page: 0 }))).rejects.toMatchObject({
      kind: "invalidRequest",
    });
    await expect(engine.upsert(index.uid, [{ id: "no spaces allowed" }])).rejects.toMatchObject({
      kind: "taskFailed",
    });
    await expect(engine.count("no_such_index")).rejects.toMatchObject({ kind: "notFound" });
  });

  it("does not let callers mutate stored documents", async () => {
    const own = createEmbeddedEngine();
    const definition = embeddedIndex();
    await own.applySettings(definition);
    const document: SearchDocument = { ...CONTRACT_DOCUMENTS[0]! };
    await own.upsert(definition.uid, [document]);
    document.title = "改掉了";
    const result = await own.search(definition.uid, query({ q: "诊断" }));
    expect(result.hits.map((hit) => hit.title)).toEqual([CONTRACT_DOCUMENTS[0]!.title]);
  });
});

describe("embedded engine with 10,000 task documents", () => {
  const DOMAINS = ["health", "transport", "finance", "manufacturing"];
  const DISTRICTS = ["鼓楼区", "台江区", "仓山区", "晋安区", "马尾区"];
  const TOPICS = ["医疗影像识别", "交通信号优化", "供应链金融", "设备预测维护", "政务数据共享"];
  const FILLER =
    "本项目面向全市相关单位，围绕业务流程中的痛点，提出可落地的技术方案，要求具备良好的可扩展性与安全性，" +
    "并在试点单位完成部署验证，形成可复制推广的经验。";

  function generated(i: number): SearchDocument {
    const topic = TOPICS[i % TOPICS.length]!;
    // Every 7th document is written in Traditional characters.
    const title = `${topic}平台建设项目第${i}期`;
    return {
      id: `JB-${String(i).padStart(5, "0")}`,
      code: `JB-${String(i).padStart(5, "0")}`,
      title: i % 7 === 0 ? title.replace("医疗影像", "醫療影像").replace("数据", "數據") : title,
      demandUnit: `${DISTRICTS[i % DISTRICTS.length]}某单位${i % 13}`,
      scenarioNeed: `${FILLER}${FILLER}${i % 11 === 0 ? "需要接入人工智能算法。" : "需要完善管理制度。"}${FILLER}`,
      goals: "形成示范应用。",
      district: DISTRICTS[i % DISTRICTS.length]!,
      domain: DOMAINS[i % DOMAINS.length]!,
      domainLabel: DOMAINS[i % DOMAINS.length]!,
      year: 2022 + (i % 3),
      status: i % 2 === 0 ? "open" : "closed",
      bidDeadlineTs: 1_700_000_000_000 + i * 1000,
      publishedAtTs: 1_690_000_000_000 + i * 1000,
      indicativeInvestmentFen: (i * 7919) % 100_000,
    };
  }

  const documents = Array.from({ length: 10_000 }, (_, i) => generated(i));
  let engine: EmbeddedSearchEngine;

  beforeAll(async () => {
    engine = createEmbeddedEngine();
    await engine.applySettings(TASK_INDEX);
    for (let start = 0; start < documents.length; start += 1000) {
      await engine.upsert(TASK_INDEX.uid, documents.slice(start, start + 1000));
    }
  });

  it("holds every document", async () => {
    expect(await engine.count(TASK_INDEX.uid)).toBe(10_000);
  });

  it("answers a two-word Chinese query with facets over every match", async () => {
    // Topic 0 (i % 5 === 0) is 医疗影像; 人工智能 is in the scenario when i % 11 === 0. 医疗 and 影像 are the
    // more common words, so documents with 人工智能 alone come after those with every word.
    const expected = documents.filter((_, i) => i % 11 === 0);
    const everyWord = documents.filter((_, i) => i % 5 === 0 && i % 11 === 0);
    const result = await engine.search(
      TASK_INDEX.uid,
      query({ q: "醫療影像 人工智慧", facets: ["domain", "year", "district", "status"], hitsPerPage: 10 }),
    );
    expect(result.totalHits).toBe(expected.length);
    expect(result.hits).toHaveLength(10);
    // Equal relevance among them (same attributes and positions): ties go by id.
    expect(result.hits.map((hit) => hit.id)).toEqual(everyWord.slice(0, 10).map((doc) => doc.id));

    const tally = (attribute: string) => {
      const counts: Record<string, number> = {};
      for (const doc of expected) counts[String(doc[attribute])] = (counts[String(doc[attribute])] ?? 0) + 1;
      return counts;
    };
    expect(result.facets).toEqual({
      domain: tally("domain"),
      year: tally("year"),
      district: tally("district"),
      status: tally("status"),
    });
  });

  it("filters and sorts the large index", async () => {
    const expected = documents
      .filter((doc, i) => i % 5 === 1 && doc.year === 2024 && doc.district === "台江区")
      .sort((a, b) => Number(b.indicativeInvestmentFen) - Number(a.indicativeInvestmentFen));
    const result = await engine.search(
      TASK_INDEX.uid,
      query({
        q: "交通信号",
        filters: { year: [2024], district: ["台江区"] },
        sort: { attribute: "indicativeInvestmentFen", direction: "desc" },
        hitsPerPage: 5,
      }),
    );
    expect(result.totalHits).toBe(expected.length);
    expect(result.hits.map((hit) => hit.id)).toEqual(expected.slice(0, 5).map((doc) => doc.id));
  });
});

describe("embedded ranking score", () => {
  it("scores 1 without query words, and scores a sorted search's hits by how well they match", async () => {
    const engine = createEmbeddedEngine();
    const index = {
      ...embeddedIndex(),
      searchableAttributes: ["title", "demandUnit", "scenarioNeed"],
      filterableAttributes: [],
      sortableAttributes: ["budget"],
    };
    await engine.applySettings(index);
    await engine.upsert(index.uid, CONTRACT_DOCUMENTS);
    const all = await engine.search(index.uid, query({ showRankingScore: true }));
    expect(all.hits.map((hit) => hit._rankingScore)).toEqual(all.hits.map(() => 1));
    const sorted = await engine.search(
      index.uid,
      query({ q: "医疗 数据", sort: { attribute: "budget", direction: "asc" }, showRankingScore: true }),
    );
    // Sorted by budget, not by score: the document with both words (JB-2023-004) still scores higher.
    const score = Object.fromEntries(sorted.hits.map((hit) => [hit.id, hit._rankingScore!]));
    expect(Object.keys(score).sort()).toEqual(["JB-2023-004", "JB-2024-001"]);
    expect(score["JB-2023-004"]).toBeGreaterThan(score["JB-2024-001"]!);
  });
});
