/**
 * Issue 17, goal 1: the embedded engine against the libraries people would pick — MiniSearch 7 and Orama 3
 * (with its Mandarin tokenizer) — on the same task documents and queries, in this process and run.
 *
 * The documents are the ones `scripts/bench.ts` seeds (same titles, texts, domains, districts, statuses),
 * built in memory as the relay would index them, at 10,000 and 100,000 documents (`BENCH_ENGINE_SIZES`).
 * Every engine is configured for the same semantics as far as it can be:
 * - the libraries get the text after our normalization (Traditional → Simplified, lower case, full width
 *   folded: search/chinese.ts) and split into words by `Intl.Segmenter("zh")` (Orama's Mandarin tokenizer
 *   is that same segmenter; MiniSearch's own tokenizer does not cut Chinese at all);
 * - all words required (MiniSearch `combineWith: "AND"`, Orama `threshold: 0`); the last word as a prefix
 *   (MiniSearch: the last word only; Orama: every word — it has no per-word setting);
 * - filters (year, status) and the four facets (domain, year, district, status; MiniSearch has no facets,
 *   so they are counted over all its results, as an app would have to);
 * - attribute weights in the order of `searchableAttributes`;
 * - no synonyms for the libraries (neither has them; ours applies its synonym groups).
 * Ours highlights the title of each hit too (the libraries do not: that is work only ours does).
 *
 * Recall@10 and MRR: the labelled queries of issue 8 (tests/fixtures/search-relevance.json) over the demo
 * tasks, each engine configured as above.
 */
import v8 from "node:v8";
import vm from "node:vm";
import MiniSearch from "minisearch";
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from "@orama/orama";
import { createTokenizer } from "@orama/tokenizers/mandarin";
import { DISTRICTS } from "../app/domain/districts";
import { DOMAIN_LABEL, formatTaskCode, TASK_DOMAINS, type TaskDomain } from "../app/domain/task-domains";
import { toShanghaiIso } from "../app/domain/time";
import { normalizeForSearch } from "../search/chinese";
import { createEmbeddedEngine } from "../search/embedded-engine";
import type { SearchDocument } from "../search/engine";
import { TASK_INDEX, taskDocument } from "../search/task-index";
import { demoTaskDocuments, labelledQueries } from "../tests/support/relevance";
import { percentile, type BenchSection } from "./bench-support";
import { QUERIES, WORDS } from "./bench-http";

/** Every query is run without filters and with these (a year and the status a visitor filters by). */
const FILTERS: Record<string, (string | number)[]>[] = [{}, { year: [2025], status: ["published"] }];
const FACETS = ["domain", "year", "district", "status"];
const HITS = 20;
const FILTER_ATTRIBUTES = ["domain", "year", "district", "status"] as const;

/** The task documents scripts/bench.ts seeds, as the relay indexes them (without the database). */
export function benchTaskDocuments(count: number): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const perYear = Math.ceil(count / 4);
  const base = Date.UTC(2026, 11, 5);
  for (let y = 0; y < 4; y++) {
    const year = 2023 + y;
    const serials = new Map<TaskDomain, number>();
    for (let i = 0; i < perYear && y * perYear + i < count; i++) {
      const domain = TASK_DOMAINS[i % TASK_DOMAINS.length]!;
      const serial = (serials.get(domain) ?? 0) + 1;
      serials.set(domain, serial);
      const a = WORDS[i % WORDS.length]!;
      const b = WORDS[(i * 7 + 3) % WORDS.length]!;
      const bidDeadline = new Date(base + ((i % 60) + 1) * 86_400_000);
      documents.push(
        taskDocument({
          code: formatTaskCode(year, domain, serial),
          title: `${a}与${b}场景应用示范项目 ${i}`,
          domain,
          domainLabel: `${DOMAIN_LABEL[domain].zh} ${DOMAIN_LABEL[domain].en}`,
          year,
          status: i % 5 === 0 ? "bidding_closed" : "published",
          district: DISTRICTS[i % DISTRICTS.length]!,
          demandUnit: `${DISTRICTS[i % DISTRICTS.length]}某单位`,
          scenarioNeed: `面向${a}的实际需求，建设${b}系统，实现数据互通、业务协同和智能分析。`.repeat(4),
          goals: `形成可复制推广的${a}解决方案，准确率不低于95%。`,
          bidDeadline,
          bidDeadlineIso: toShanghaiIso(bidDeadline),
          publishedAt: new Date(base),
          indicativeInvestmentFen: 100_000_000 + i * 1000,
        }),
      );
    }
  }
  return documents;
}

/** One engine under test: builds an index of documents, then answers a query with ids and the hit count. */
interface Contender {
  name: string;
  build(documents: SearchDocument[]): Promise<void>;
  search(
    q: string,
    filters: Record<string, (string | number)[]>,
    limit: number,
  ): Promise<{ ids: string[]; total: number }>;
  /** Drops the index so its memory can be collected. */
  drop(): void;
}

function embedded(name: string, scanAll: boolean): Contender {
  let engine = createEmbeddedEngine({ scanAll });
  const uid = "bench_tasks";
  return {
    name,
    async build(documents) {
      engine = createEmbeddedEngine({ scanAll });
      await engine.applySettings({ ...TASK_INDEX, uid });
      for (let i = 0; i < documents.length; i += 1000) await engine.upsert(uid, documents.slice(i, i + 1000));
    },
    async search(q, filters, limit) {
      const result = await engine.search(uid, {
        q,
        filters,
        facets: FACETS,
        sort: null,
        page: 1,
        hitsPerPage: limit,
        highlight: ["title"],
      });
      return { ids: result.hits.map((hit) => hit.id), total: result.totalHits };
    },
    drop() {
      engine = createEmbeddedEngine({ scanAll });
    },
  };
}

let segmenter: Intl.Segmenter | undefined;

/** Normalized as ours normalizes, then words as `Intl.Segmenter("zh")` cuts them. */
function libraryWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalizeForSearch(text))) {
    if (isWordLike) words.push(segment);
  }
  return words;
}

const SEARCHABLE = TASK_INDEX.searchableAttributes;
/** Earlier attributes weigh more, as ours ranks them. */
const BOOST = Object.fromEntries(SEARCHABLE.map((attribute, i) => [attribute, SEARCHABLE.length - i]));

function accepts(document: Record<string, unknown>, filters: Record<string, (string | number)[]>) {
  return Object.entries(filters).every(
    ([attribute, values]) => values.length === 0 || values.map(String).includes(String(document[attribute])),
  );
}

function miniSearch(): Contender {
  let index: MiniSearch | null = null;
  return {
    name: "MiniSearch 7",
    async build(documents) {
      index = new MiniSearch({
        fields: SEARCHABLE,
        storeFields: [...FILTER_ATTRIBUTES],
        tokenize: (text) => libraryWords(text),
        processTerm: (term) => term,
        searchOptions: {
          combineWith: "AND",
          prefix: (_term, i, terms) => i === terms.length - 1,
          boost: BOOST,
        },
      });
      index.addAll(documents.map((document) => ({ ...document })));
    },
    async search(q, filters, limit) {
      const filtered = Object.keys(filters).length > 0;
      const results = index!.search(q, {
        filter: filtered ? (result) => accepts(result, filters) : undefined,
      });
      // No facets in MiniSearch: count them over every result, as an app using it would.
      const facets: Record<string, Map<string, number>> = {};
      for (const attribute of FILTER_ATTRIBUTES) {
        const counts = new Map<string, number>();
        for (const result of results) {
          const value = String(result[attribute]);
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        facets[attribute] = counts;
      }
      return { ids: results.slice(0, limit).map((result) => String(result.id)), total: results.length };
    },
    drop() {
      index = null;
    },
  };
}

function orama(): Contender {
  let db: AnyOrama | null = null;
  const years = [2023, 2024, 2025, 2026];
  return {
    name: "Orama 3 (Mandarin tokenizer)",
    async build(documents) {
      db = create({
        schema: {
          id: "string",
          ...Object.fromEntries(SEARCHABLE.map((attribute) => [attribute, "string"])),
          domain: "string",
          districtValue: "string",
          status: "string",
          year: "number",
        } as const,
        components: {
          tokenizer: createTokenizer({
            language: "mandarin",
            tokenizeSkipProperties: ["id", "domain", "districtValue", "status"],
          }),
        },
      }) as AnyOrama;
      // Folded text for the searchable attributes (Orama has no Traditional → Simplified folding).
      const rows = documents.map((document) => ({
        ...Object.fromEntries(
          SEARCHABLE.map((attribute) => [attribute, normalizeForSearch(String(document[attribute] ?? ""))]),
        ),
        id: document.id,
        domain: String(document.domain),
        districtValue: String(document.district),
        status: String(document.status),
        year: Number(document.year),
      }));
      await insertMultiple(db, rows, 1000);
    },
    async search(q, filters, limit) {
      const where: Record<string, unknown> = {};
      for (const [attribute, values] of Object.entries(filters)) {
        if (values.length === 0) continue;
        if (attribute === "year") {
          const years = values.map(Number);
          where.year = { between: [Math.min(...years), Math.max(...years)] }; // the bench filters one year
        } else where[attribute === "district" ? "districtValue" : attribute] = values.map(String);
      }
      const result = await oramaSearch(db!, {
        term: normalizeForSearch(q),
        properties: SEARCHABLE,
        boost: BOOST,
        threshold: 0,
        tolerance: 0,
        where: Object.keys(where).length > 0 ? where : undefined,
        limit,
        facets: {
          domain: { limit: 100 },
          districtValue: { limit: 100 },
          status: { limit: 10 },
          year: { ranges: years.map((year) => ({ from: year, to: year })) },
        },
      } as never);
      const hits = (result as { hits: { id: string }[]; count: number }).hits;
      return { ids: hits.map((hit) => hit.id), total: (result as { count: number }).count };
    },
    drop() {
      db = null;
    },
  };
}

/** `gc()` without --expose-gc: V8 exposes it to a fresh context once the flag is set at run time. */
function collector(): () => void {
  if (typeof globalThis.gc === "function") return globalThis.gc as () => void;
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

interface Built {
  buildMs: number;
  rssMb: number;
  heapMb: number;
}

/** Builds `contender`'s index of `documents`: how long it took and the memory it holds (after a GC). */
async function build(contender: Contender, documents: SearchDocument[], gc: () => void): Promise<Built> {
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  await contender.build(documents);
  const buildMs = performance.now() - started;
  gc();
  const after = process.memoryUsage();
  return {
    buildMs,
    rssMb: (after.rss - before.rss) / 2 ** 20,
    heapMb: (after.heapUsed - before.heapUsed) / 2 ** 20,
  };
}

/**
 * Times the query set on every contender, interleaved (each query on each contender in turn), so the load
 * of a shared machine hits every side alike: a warm-up pass, then passes until each contender has spent
 * `seconds` on its queries (at least one pass, at most 200) — a slow library drops out after its share, so a
 * fast engine is not left with a single pass, whose p95 would be its slowest query. Returns the sorted times
 * per contender.
 */
async function timeQueries(
  contenders: Contender[],
  seconds: number,
): Promise<{ wall: number[][]; cpu: number[][] }> {
  const queries = QUERIES.flatMap((q) => FILTERS.map((filters) => ({ q, filters })));
  const times: number[][] = contenders.map(() => []);
  // CPU time of this process per query: what the query cost, whatever else the machine was running.
  const cpu: number[][] = contenders.map(() => []);
  const spent = contenders.map(() => 0);
  for (const { q, filters } of queries) for (const c of contenders) await c.search(q, filters, HITS); // warm-up
  for (let pass = 0; pass < 200; pass++) {
    const running = contenders.flatMap((_, i) => (pass === 0 || spent[i]! < seconds * 1000 ? [i] : []));
    if (running.length === 0) break;
    for (const { q, filters } of queries) {
      for (const i of running) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await contenders[i]!.search(q, filters, HITS);
        const took = performance.now() - t0;
        times[i]!.push(took);
        spent[i]! += took;
        const used = process.cpuUsage(c0);
        cpu[i]!.push((used.user + used.system) / 1000);
      }
    }
  }
  const sorted = (lists: number[][]) => lists.map((list) => list.sort((a, b) => a - b));
  return { wall: sorted(times), cpu: sorted(cpu) };
}

/** recall@10 and MRR of the labelled queries of issue 8 on the demo tasks, as tests/support/relevance.ts. */
async function relevanceOf(contender: Contender): Promise<{ recall: number; mrr: number; missed: string[] }> {
  await contender.build(demoTaskDocuments());
  let recall = 0;
  let mrr = 0;
  const missed: string[] = [];
  const queries = labelledQueries();
  for (const { q, relevant } of queries) {
    const { ids } = await contender.search(q, {}, 10);
    recall += relevant.filter((code) => ids.includes(code)).length / relevant.length;
    const rank = ids.findIndex((id) => relevant.includes(id));
    mrr += rank === -1 ? 0 : 1 / (rank + 1);
    if (relevant.some((code) => !ids.includes(code))) missed.push(q);
  }
  contender.drop();
  return { recall: recall / queries.length, mrr: mrr / queries.length, missed };
}

export async function benchEngine(): Promise<BenchSection[]> {
  const gc = collector();
  const sizes = (process.env.BENCH_ENGINE_SIZES ?? "10000,100000").split(",").map(Number);
  const contenders = [embedded("embedded (ours)", false), miniSearch(), orama()];
  // The engine before posting lists (every query scans every document), for comparison.
  const scan = embedded("embedded, full scan (before)", true);
  const metrics: Record<string, number> = {};
  const fmt = (n: number, digits = 2) => n.toFixed(digits);
  const key = (name: string) => (name.startsWith("embedded (") ? "ours" : name.split(" ")[0]!.toLowerCase());

  const relevance = new Map<string, { recall: number; mrr: number; missed: string[] }>();
  for (const contender of [...contenders, scan]) relevance.set(contender.name, await relevanceOf(contender));

  type Measured = Built & { p50: number; p95: number; cpuP50: number; cpuP95: number; queries: number };
  const results = new Map<string, Map<number, Measured>>();
  const rows: string[] = [];
  const seconds = Number(process.env.BENCH_ENGINE_SECONDS ?? 20);
  for (const size of sizes) {
    const documents = benchTaskDocuments(size);
    const all = [...contenders, scan];
    const built: Built[] = [];
    for (const contender of all) built.push(await build(contender, documents, gc));
    const { wall: times, cpu } = await timeQueries(all, seconds);
    all.forEach((contender, i) => {
      const m: Measured = {
        ...built[i]!,
        p50: percentile(times[i]!, 50),
        p95: percentile(times[i]!, 95),
        cpuP50: percentile(cpu[i]!, 50),
        cpuP95: percentile(cpu[i]!, 95),
        queries: times[i]!.length,
      };
      contender.drop();
      if (!results.has(contender.name)) results.set(contender.name, new Map());
      results.get(contender.name)!.set(size, m);
      const r = relevance.get(contender.name)!;
      rows.push(
        `| ${contender.name} | ${size} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.cpuP50)} / ${fmt(m.cpuP95)} | ${m.queries} | ${fmt(m.buildMs / 1000)} | ${fmt(m.rssMb, 0)} / ${fmt(m.heapMb, 0)} | ${fmt(r.recall, 3)} | ${fmt(r.mrr, 3)} |`,
      );
      console.log(rows[rows.length - 1]);
      if (contender !== scan) {
        const k = `${key(contender.name)}_${size / 1000}k`;
        Object.assign(metrics, {
          [`${k}_p50_ms`]: m.p50,
          [`${k}_p95_ms`]: m.p95,
          [`${k}_cpu_p95_ms`]: m.cpuP95,
          [`${k}_build_ms`]: m.buildMs,
          [`${k}_rss_mb`]: m.rssMb,
          [`${k}_heap_mb`]: m.heapMb,
        });
      } else {
        metrics[`ours_fullscan_${size / 1000}k_p95_ms`] = m.p95;
      }
    });
    gc();
  }
  for (const contender of [...contenders, scan]) {
    const r = relevance.get(contender.name)!;
    if (contender === scan) continue;
    metrics[`${key(contender.name)}_recall_at_10`] = r.recall;
    metrics[`${key(contender.name)}_mrr`] = r.mrr;
  }

  const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
  const ours = results.get(contenders[0]!.name)!;
  const libraries = contenders.slice(1);
  const bestP95 = Math.min(...libraries.map((c) => results.get(c.name)!.get(small)!.p95));
  const bestRecall = Math.max(...libraries.map((c) => relevance.get(c.name)!.recall));
  const ourRecall = relevance.get(contenders[0]!.name)!.recall;
  const speedup = bestP95 / ours.get(small)!.p95;
  const growth = ours.get(large)!.p95 / ours.get(small)!.p95;
  metrics.speedup_vs_best_library_p95 = speedup;
  metrics.ours_p95_growth = growth;
  // The same ratios on CPU time per query: on a loaded machine, wall-clock p95 is mostly time spent waiting.
  const bestCpuP95 = Math.min(...libraries.map((c) => results.get(c.name)!.get(small)!.cpuP95));
  const cpuSpeedup = bestCpuP95 / ours.get(small)!.cpuP95;
  const cpuGrowth = ours.get(large)!.cpuP95 / ours.get(small)!.cpuP95;
  metrics.cpu_speedup_vs_best_library_p95 = cpuSpeedup;
  metrics.ours_cpu_p95_growth = cpuGrowth;
  const met = speedup >= 3 && ourRecall >= bestRecall && (large === small || growth <= 4);

  const table = [
    `Engine vs libraries: ${QUERIES.length} queries × ${FILTERS.length} filter sets, ${HITS} hits, 4 facets, every query on every engine in turn; memory: RSS / heap growth over the build, after a GC; relevance: ${labelledQueries().length} labelled queries on the demo tasks`,
    "| engine | documents | p50 ms | p95 ms | CPU ms p50 / p95 | queries timed | index build s | memory MB (RSS / heap delta) | recall@10 | MRR |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `p95 at ${small}: best library ${fmt(bestP95)} ms / ours ${fmt(ours.get(small)!.p95)} ms = ${fmt(speedup, 1)}× (goal ≥ 3×)`,
    `recall@10: ours ${fmt(ourRecall, 3)} vs best library ${fmt(bestRecall, 3)} (goal: ≥)`,
    `our p95 at ${large} / at ${small} = ${fmt(growth, 1)}× (goal ≤ 4×)`,
    `on CPU time per query: best library p95 / ours = ${fmt(cpuSpeedup, 1)}×, ours at ${large} / at ${small} = ${fmt(cpuGrowth, 1)}×`,
    ...[...relevance].map(
      ([name, r]) => `  not all relevant in top 10 (${name}): ${r.missed.join(" · ") || "none"}`,
    ),
  ].join("\n");
  console.log(`\n${table}`);
  return [{ goal: "Engine vs libraries (issue 17, goal 1)", table, metrics, met }];
}
