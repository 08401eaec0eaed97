// Relevance over the demo tasks, held to the labelled queries in tests/fixtures/search-relevance.json.
import { beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded-engine";
import {
  indexDemoTasks,
  labelledQueries,
  measureRelevance,
  type RelevanceReport,
} from "../support/relevance";

describe("search relevance on the demo tasks (embedded engine)", () => {
  const queries = labelledQueries();
  let report: RelevanceReport;

  beforeAll(async () => {
    const engine = createEmbeddedEngine();
    await indexDemoTasks(engine, "relevance");
    report = await measureRelevance(engine, "relevance", queries);
  });

  it("labels at least 30 queries in Simplified, Traditional and English, with and without spaces", () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(queries.some((q) => /^[A-Za-z ]+$/.test(q.q))).toBe(true);
    expect(queries.some((q) => q.q.includes("醫") || q.q.includes("鏈"))).toBe(true);
    expect(queries.some((q) => /\p{Script=Han} \p{Script=Han}/u.test(q.q))).toBe(true);
  });

  it("finds one of each query's tasks in the top 5", () => {
    const misses = report.outcomes
      .filter((o) => o.firstRelevantRank === null || o.firstRelevantRank > 5)
      .map((o) => `${o.q} → [${o.found.slice(0, 5).join(", ")}], wanted one of [${o.relevant.join(", ")}]`);
    expect(misses).toEqual([]);
  });

  it("reaches recall@10 ≥ 0.9", () => {
    expect(report.recallAt10).toBeGreaterThanOrEqual(0.9);
  });
});
