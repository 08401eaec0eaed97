/**
 * Search relevance over the demo tasks: the labelled queries in tests/fixtures/search-relevance.json, the
 * demo's public tasks as search documents (with the codes the demo seed gives them), and the measures
 * (recall@10, MRR) that tests/unit/search-relevance.test.ts and `npm run bench` report.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatTaskCode, type TaskDomain } from "../../app/domain/task-domains";
import { currentStage, PAST_2023, PAST_2024 } from "../../app/server/demo/seed-lists.server";
import { TASKS_2023 } from "../../app/server/demo/seed-data/tasks-2023";
import { TASKS_2024 } from "../../app/server/demo/seed-data/tasks-2024";
import { TASKS_2026 } from "../../app/server/demo/seed-data/tasks-2026";
import type { SeedTask } from "../../app/server/demo/seed-data/types";
import type { SearchDocument, SearchEngine } from "../../search/engine";
import { documentOf } from "../../search/task-documents";
import { TASK_INDEX } from "../../search/task-index";

export interface LabelledQuery {
  q: string;
  /** Task codes a searcher typing `q` is looking for; finding any of them counts. */
  relevant: string[];
}

export function labelledQueries(): LabelledQuery[] {
  const file = path.join(import.meta.dirname, "../fixtures/search-relevance.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: LabelledQuery[] }).queries;
}

/**
 * The demo's public tasks as the relay indexes them. Codes follow the seed: per year and domain, -001, -002 …
 * in seed order, over the tasks each list holds; the current list is labelled 2026 (its seed data's year).
 * Drafts are left out, as they are from the index.
 */
export function demoTaskDocuments(): SearchDocument[] {
  const lists: { year: number; tasks: SeedTask[] }[] = [
    { year: 2023, tasks: PAST_2023.map((p) => TASKS_2023[p.index]!) },
    { year: 2024, tasks: PAST_2024.map((p) => TASKS_2024[p.index]!) },
    { year: 2026, tasks: TASKS_2026.filter((_, i) => currentStage(i) !== "draft") },
  ];
  const documents: SearchDocument[] = [];
  let id = 0;
  for (const { year, tasks } of lists) {
    const serials = new Map<TaskDomain, number>();
    for (const task of tasks) {
      const serial = (serials.get(task.domain) ?? 0) + 1;
      serials.set(task.domain, serial);
      id += 1;
      documents.push(
        documentOf({
          id,
          code: formatTaskCode(year, task.domain, serial),
          title: task.title,
          domain: task.domain,
          status: "published",
          district: task.district,
          demandUnit: task.demandUnit,
          scenarioNeed: task.scenarioNeed,
          goals: task.goals,
          bidDeadline: new Date(`${year}-05-31T09:00:00Z`),
          publishedAt: new Date(`${year}-03-15T01:00:00Z`),
          indicativeInvestmentFen: task.indicativeInvestmentYuan * 100,
          year,
        }),
      );
    }
  }
  return documents;
}

export interface QueryOutcome extends LabelledQuery {
  /** The codes found, best first (at most `depth`). */
  found: string[];
  /** 1-based rank of the first relevant task, or null when none is in `found`. */
  firstRelevantRank: number | null;
  /** Share of the relevant tasks among the first ten found. */
  recallAt10: number;
}

export interface RelevanceReport {
  outcomes: QueryOutcome[];
  recallAt10: number;
  mrr: number;
}

/** Runs every labelled query against `indexUid` (by relevance, no filters) and measures the answers. */
export async function measureRelevance(
  engine: SearchEngine,
  indexUid: string,
  queries: LabelledQuery[],
  depth = 10,
): Promise<RelevanceReport> {
  const outcomes: QueryOutcome[] = [];
  for (const labelled of queries) {
    const result = await engine.search(indexUid, {
      q: labelled.q,
      filters: {},
      facets: [],
      sort: null,
      page: 1,
      hitsPerPage: Math.max(depth, 10),
      highlight: [],
    });
    const found = result.hits.map((hit) => hit.id);
    const rank = found.findIndex((code) => labelled.relevant.includes(code));
    const inTop10 = labelled.relevant.filter((code) => found.slice(0, 10).includes(code)).length;
    outcomes.push({
      ...labelled,
      found,
      firstRelevantRank: rank === -1 ? null : rank + 1,
      recallAt10: inTop10 / labelled.relevant.length,
    });
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    outcomes,
    recallAt10: mean(outcomes.map((o) => o.recallAt10)),
    mrr: mean(outcomes.map((o) => (o.firstRelevantRank ? 1 / o.firstRelevantRank : 0))),
  };
}

/** Builds `uid` on `engine` holding the demo task documents, with the tasks index's settings. */
export async function indexDemoTasks(engine: SearchEngine, uid: string): Promise<void> {
  const index = { ...TASK_INDEX, uid };
  await engine.applySettings(index);
  await engine.upsert(uid, demoTaskDocuments());
}
