/**
 * Goal 2 of issue 17 (HTTP overhead): GET /api/v1/tasks through the production server at 1, 10 and 50
 * connections, beside a route of the same app that does nothing (/bench/empty-api: the app's own floor), the
 * embedded engine's raw in-process query time and a plain Node `http` server, side by side in
 * one run, on BENCH_TASKS seeded tasks. Goal: API p95 at 1 connection ≤ 1.5× the engine's raw p95.
 * BENCH_CPU_PROF=<dir> writes the server's CPU profile there (node --cpu-prof), for finding where the time goes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { getDb } from "../db/client";
import { freePort } from "../db/embedded";
import {
  createList,
  createUser,
  DEMO_POLICY,
  DEFAULT_INDICATORS,
  ensurePolicy,
} from "../app/server/demo/factories.server";
import { insertTasksInBulk, reserveTaskSerials } from "../db/repositories/catalog";
import { DISTRICTS } from "../app/domain/districts";
import { formatTaskCode, TASK_DOMAINS } from "../app/domain/task-domains";
import { createEmbeddedEngine } from "../search/embedded-engine";
import { reindexTasks } from "../search/reindex";
import { TASK_INDEX } from "../search/task-index";
import { parseTaskSearch, taskSearchQuery } from "../app/server/catalog/task-search.server";
import { closeDb } from "../db/client";
import {
  benchPostgres,
  latencies,
  load,
  startBuiltApp,
  stopChild,
  waitForHealth,
  type BenchSection,
  cpuProfArgs,
} from "./bench-support";

const GOAL_RATIO = 1.5;
const TABLE_HEAD = [
  "| connections | API latency | API req/s | API errors | empty API route latency | its req/s | plain http latency | plain http req/s |",
  "|---|---|---|---|---|---|---|---|",
];
const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** The benchmarks' query set and the words their task texts are made of (API, cluster, engine, pages). */
export const QUERIES = [
  "医疗影像",
  "智能",
  "5G 港口",
  "區塊鏈",
  "工业互联网 平台",
  "数据",
  "ai",
  "城市 治理",
];
export const WORDS = [
  "医疗影像",
  "智慧港口",
  "工业互联网",
  "区块链",
  "城市治理",
  "数据要素",
  "算力调度",
  "智能制造",
  "智慧养老",
  "低空物流",
  "车路协同",
  "数字孪生",
];

/** `count` tasks over four yearly lists, their words drawn from WORDS (shared with the pages benchmark). */
export async function seedTasks(count: number) {
  const db = getDb();
  await createUser(db, {
    email: "bench@example.com",
    name: "bench",
    password: "bench-password",
    roles: ["staff"],
  });
  await ensurePolicy(db, { ...DEMO_POLICY });
  const perYear = Math.ceil(count / 4);
  for (let y = 0; y < 4; y++) {
    const year = 2023 + y;
    const list = await createList(db, {
      policyCode: DEMO_POLICY.code,
      year,
      status: "published",
      publishedAt: new Date(),
    });
    const rows = [];
    const inYear = Math.min(perYear, count - y * perYear);
    // Each domain's serials reserved at once (one reservation scans the year's codes: per task it would be quadratic).
    const nextSerial = new Map<(typeof TASK_DOMAINS)[number], number>();
    for (const [d, domain] of TASK_DOMAINS.entries()) {
      const n = Math.ceil((inYear - d) / TASK_DOMAINS.length);
      if (n > 0) nextSerial.set(domain, await reserveTaskSerials(db, year, domain, n));
    }
    for (let i = 0; i < inYear; i++) {
      const domain = TASK_DOMAINS[i % TASK_DOMAINS.length]!;
      const serial = nextSerial.get(domain)!;
      nextSerial.set(domain, serial + 1);
      const a = WORDS[i % WORDS.length]!;
      const b = WORDS[(i * 7 + 3) % WORDS.length]!;
      rows.push({
        code: formatTaskCode(year, domain, serial),
        listId: list.id,
        title: `${a}与${b}场景应用示范项目 ${i}`,
        domain,
        demandUnit: `${DISTRICTS[i % DISTRICTS.length]}某单位`,
        district: DISTRICTS[i % DISTRICTS.length]!,
        scenarioNeed: `面向${a}的实际需求，建设${b}系统，实现数据互通、业务协同和智能分析。`.repeat(4),
        goals: `形成可复制推广的${a}解决方案，准确率不低于95%。`,
        eligibility: "在武汉市注册的独立法人单位或联合体。",
        indicativeInvestmentFen: 100_000_000 + i * 1000,
        bidDeadline: new Date(Date.now() + ((i % 60) + 1) * 86_400_000),
        maxWinners: 1,
        contactName: "王工",
        contactPhone: "027-87654321",
        status: (i % 5 === 0 ? "bidding_closed" : "published") as "published" | "bidding_closed",
        publishedAt: new Date(),
        indicators: DEFAULT_INDICATORS,
      });
    }
    await insertTasksInBulk(db, rows);
  }
}

export async function benchHttp(): Promise<BenchSection[]> {
  const database = await benchPostgres();
  const children: ChildProcess[] = [];
  try {
    const { url } = database;
    process.env.DATABASE_URL = url;
    const seedStart = performance.now();
    await seedTasks(TASKS);
    await getDb().deleteFrom("searchOutbox").execute();
    console.log(`seeded ${TASKS} tasks in ${Math.round(performance.now() - seedStart)} ms`);
    // 1. The engine alone, in this process.
    const engine = createEmbeddedEngine();
    await engine.applySettings(TASK_INDEX);
    const indexStart = performance.now();
    await reindexTasks(engine);
    console.log(`embedded index built in ${Math.round(performance.now() - indexStart)} ms`);
    const paths = QUERIES.map((q) => `/api/v1/tasks?q=${encodeURIComponent(q)}&hitsPerPage=20`);
    // Exactly the engine query the API makes for each of those paths (relevance with open tasks first at a tie).
    const engineQueries = paths.map((p) => {
      const parsed = parseTaskSearch(new URL(p, "http://bench.test"));
      if (!parsed.ok) throw new Error(`bench query ${p} is refused`);
      return taskSearchQuery(parsed.search);
    });
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const t0 = performance.now();
      await engine.search(TASK_INDEX.uid, engineQueries[i % engineQueries.length]!);
      times.push(performance.now() - t0);
    }
    const raw = latencies(times);

    // 2. The app, as `npm start` serves it, in its own process.
    const server = await startBuiltApp(database, {}, cpuProfArgs());
    children.push(server.child);
    const appPort = server.port;

    // 3. A plain Node http server answering a fixed JSON body: the floor for any HTTP API on this machine.
    const basePort = await freePort();
    const baseline = spawn(
      process.execPath,
      [
        "-e",
        `require("node:http").createServer((q,s)=>{s.writeHead(200,{"content-type":"application/json"});s.end('{"hits":[]}')}).listen(${basePort},"127.0.0.1")`,
      ],
      { stdio: "inherit" },
    );
    children.push(baseline);
    await waitForHealth(`http://127.0.0.1:${basePort}/`, baseline);

    const rows: string[] = [];
    const apiP95 = new Map<number, number>();
    let floorAt1 = { p50: 0, p95: 0 };
    let apiAt1 = { p50: 0, p95: 0 };
    for (const connections of [1, 10, 50]) {
      const api = await load(`http://127.0.0.1:${appPort}`, connections, paths, SECONDS);
      // The same app answering a route that does nothing (app/routes/bench.empty-api.ts): its own floor.
      const floor = await load(`http://127.0.0.1:${appPort}`, connections, ["/bench/empty-api"], SECONDS);
      const base = await load(`http://127.0.0.1:${basePort}`, connections, ["/"], SECONDS);
      apiP95.set(connections, api.p95);
      if (connections === 1) [apiAt1, floorAt1] = [api, floor];
      const ms = (r: { p50: number; p95: number; p99: number }) =>
        `${r.p50.toFixed(2)} / ${r.p95.toFixed(2)} / ${r.p99.toFixed(2)}`;
      rows.push(
        `| ${connections} | ${ms(api)} | ${api.rps} | ${api.errors} | ${ms(floor)} | ${floor.rps} | ${ms(base)} | ${base.rps} |`,
      );
    }
    const fmt = (n: number) => n.toFixed(2);
    console.log(
      `\nGET /api/v1/tasks on ${TASKS} tasks, ${SECONDS} s per run, ${QUERIES.length} rotating queries (latency ms: p50 / p95 / p99)`,
    );
    console.log(TABLE_HEAD.join("\n"));
    for (const row of rows) console.log(row);
    console.log(
      `\nembedded engine, in-process (${times.length} queries): p50 ${fmt(raw.p50)} ms, p95 ${fmt(raw.p95)} ms, p99 ${fmt(raw.p99)} ms`,
    );
    const ratios = [1, 10].map((connections) => apiP95.get(connections)! / Math.max(raw.p95, 0.001));
    for (const [i, connections] of [1, 10].entries()) {
      const goal = connections === 1 ? ` (goal: ≤ ${GOAL_RATIO}×)` : "";
      console.log(
        `API p95 at ${connections} connection(s) / engine raw p95 = ${fmt(apiP95.get(connections)!)} / ${fmt(raw.p95)} = ${ratios[i]!.toFixed(2)}×${goal}`,
      );
    }
    // What the goal asks of the app around the engine, against what the app costs when it does nothing.
    const around = apiAt1.p50 - raw.p50;
    const reachable = (raw.p95 + floorAt1.p95) / Math.max(raw.p95, 0.001);
    const floorLine = `At 1 connection the API spends ${fmt(around)} ms (p50) beyond the engine; a route that does nothing costs ${fmt(floorAt1.p50)} ms (p50) / ${fmt(floorAt1.p95)} ms (p95): with no work of its own around the engine the ratio would still be ≈ ${reachable.toFixed(2)}×.`;
    console.log(floorLine);
    // One process serves one request at a time: with N requests in flight each waits for the others.
    console.log(
      "Requests are served by one Node process: at N connections each request also waits for the others in flight.",
    );
    const table = [
      `GET /api/v1/tasks on ${TASKS} tasks (latency ms: p50 / p95 / p99)`,
      ...TABLE_HEAD,
      ...rows,
      `| engine raw | ${fmt(raw.p50)} / ${fmt(raw.p95)} / ${fmt(raw.p99)} | | | | | | |`,
      `API p95 at 1 connection / engine raw p95 = ${ratios[0]!.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×)`,
      floorLine,
    ].join("\n");
    return [
      {
        goal: "http",
        table,
        metrics: {
          engineP50: raw.p50,
          engineP95: raw.p95,
          apiP95At1: apiP95.get(1)!,
          apiP95At10: apiP95.get(10)!,
          apiP95At50: apiP95.get(50)!,
          ratioAt1: ratios[0]!,
          emptyRouteP50At1: floorAt1.p50,
          emptyRouteP95At1: floorAt1.p95,
          ratioWithNothingAround: reachable,
        },
        met: ratios[0]! <= GOAL_RATIO,
      },
    ];
  } finally {
    await Promise.all(children.map(stopChild));
    await closeDb();
    await database.stop();
  }
}
