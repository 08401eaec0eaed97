/**
 * `npm run bench`: seeds 10,000 tasks into a throw-away PostgreSQL, starts the app (production build, embedded
 * search) in a child process, and measures GET /api/v1/tasks with autocannon at 1, 10 and 50 connections; in
 * the same run, the engine's raw in-process query time and a plain Node `http` server as a baseline.
 * Goal (issue 4): API p95 at 10 connections within 3× the engine's raw p95.
 *
 * First, relevance (issue 11): the labelled queries of tests/fixtures/search-relevance.json over the demo
 * tasks, recall@10 and MRR for the embedded engine, and for Meilisearch when MEILI_URL is set (goal: recall@10
 * ≥ 0.9). `tsx scripts/bench.ts --relevance-only` prints just that table. Then matching (issue 13): precision@5
 * and recall@10 of the supply–demand suggestions on tests/fixtures/sd-match-labels.json (`--matching-only`).
 *
 * Then scheduling (issue 14, scripts/bench-scheduling.ts): 2,000 meeting requests accepted concurrently over 16 tables
 * and 20 slots, throughput and zero double bookings (`--scheduling-only`). Then the yearly OCDS bulk file for 10,000
 * tasks (issue 16, scripts/bench-ocds.ts; goal ≤ 10 s; `--ocds-only`). Then the dashboard (issue 16,
 * scripts/bench-stats.ts): /stats server rendering against /healthz on the demo data (`--stats-only`).
 *
 * `tsx scripts/bench.ts --body-probes` (issue 12) measures only how GET /healthz answers while large POSTs
 * arrive (no CSRF cookie, a real one, a multipart form with its token after the file): the forgery check must
 * not read (or parse) bodies it is going to refuse.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { closeDb, getDb } from "../db/client";
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../db/app-role";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../db/embedded";
import {
  createList,
  createUser,
  DEMO_POLICY,
  DEFAULT_INDICATORS,
  ensurePolicy,
} from "../app/server/demo/factories.server";
import { migrateToLatest } from "../db/migrate";
import { insertTasksInBulk, reserveTaskSerials } from "../db/repositories/catalog";
import { DISTRICTS } from "../app/domain/districts";
import { formatTaskCode, TASK_DOMAINS } from "../app/domain/task-domains";
import { createEmbeddedEngine } from "../search/embedded-engine";
import { reindexTasks } from "../search/reindex";
import type { SearchEngine } from "../search/engine";
import { TASK_INDEX } from "../search/task-index";
import { indexDemoTasks, labelledQueries, measureRelevance } from "../tests/support/relevance";
import { matching } from "./bench-matching";
import { scheduling } from "./bench-scheduling";
import { benchOcdsBulk } from "./bench-ocds";
import { benchStatsPage } from "./bench-stats";
import { percentile, waitForHealth } from "./bench-support";

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const QUERIES = ["医疗影像", "智能", "5G 港口", "區塊鏈", "工业互联网 平台", "数据", "ai", "城市 治理"];
const WORDS = [
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

async function seed(count: number) {
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
    for (let i = 0; i < perYear && y * perYear + i < count; i++) {
      const domain = TASK_DOMAINS[i % TASK_DOMAINS.length]!;
      const a = WORDS[i % WORDS.length]!;
      const b = WORDS[(i * 7 + 3) % WORDS.length]!;
      rows.push({
        code: formatTaskCode(year, domain, await reserveTaskSerials(db, year, domain)),
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

/** Per-response times recorded from autocannon's events, so p95 is exact (its summary has p90 and p97.5). */
async function load(url: string, connections: number, paths: string[]) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: SECONDS,
        requests: paths.map((p) => ({ method: "GET" as const, path: p })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

/** recall@10 and MRR of the labelled queries, per engine, as a table. */
/** The embedded engine, and Meilisearch when MEILI_URL is set. */
function benchEngines(): [string, () => Promise<SearchEngine>][] {
  const engines: [string, () => Promise<SearchEngine>][] = [["embedded", async () => createEmbeddedEngine()]];
  const meiliUrl = process.env.MEILI_URL;
  if (meiliUrl) {
    engines.push([
      "meilisearch",
      async () => {
        const { MeilisearchEngine } = await import("../search/meilisearch-engine");
        return new MeilisearchEngine({ url: meiliUrl, apiKey: process.env.MEILI_MASTER_KEY });
      },
    ]);
  }
  return engines;
}

async function relevance() {
  const queries = labelledQueries();
  const engines = benchEngines();
  console.log(`\nRelevance: ${queries.length} labelled queries over the demo tasks (goal: recall@10 ≥ 0.9)`);
  console.log("| engine | recall@10 | MRR | queries with no relevant task in the top 5 |");
  console.log("|---|---|---|---|");
  const misses: string[] = [];
  for (const [name, make] of engines) {
    const engine = await make();
    const uid = `relevance_${Date.now()}`;
    await indexDemoTasks(engine, uid);
    const report = await measureRelevance(engine, uid, queries);
    const missed = report.outcomes.filter((o) => o.firstRelevantRank === null || o.firstRelevantRank > 5);
    for (const o of missed) misses.push(`${name}: ${o.q} → ${o.found.slice(0, 5).join(", ") || "nothing"}`);
    console.log(
      `| ${name} | ${report.recallAt10.toFixed(3)} | ${report.mrr.toFixed(3)} | ${missed.length} |`,
    );
  }
  for (const miss of misses) console.log(`  missed: ${miss}`);
}

/** /healthz latencies (ms), one request after another, for `seconds`. */
async function healthLatencies(base: string, seconds: number): Promise<number[]> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const t0 = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** A body of `bytes` sent chunked (no content-length), so only reading it can tell its size. */
function chunkedBody(prefix: string, bytes: number, suffix = ""): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x61); // "a"
  let sent = 0;
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(prefix));
    },
    pull(controller) {
      if (sent >= bytes) {
        controller.enqueue(encoder.encode(suffix));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

type Probe = { name: string; send: () => Promise<number> };

/** The bench database, as production runs: migrated by the owner, served by the role that owns nothing. */
async function benchDatabase(pg: Awaited<ReturnType<typeof startEmbeddedPostgres>>) {
  await ensureDatabase(pg, "bench");
  const ownerUrl = pg.url("bench");
  await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
  await migrateToLatest(ownerUrl, { appRole: EMBEDDED_APP_ROLE });
  return { ownerUrl, url: urlAs(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password") };
}

async function bodyProbes() {
  if (!existsSync("build/server/index.js")) throw new Error("run `npm run build` first");
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-bench-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, "postgres"));
  let app: ChildProcess | undefined;
  try {
    const { url, ownerUrl } = await benchDatabase(pg);
    const port = await freePort();
    app = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", "--built"], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_OWNER_URL: ownerUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        SEED_DEMO: "false",
        JIEBANG_QUIET: "true",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/healthz`, app);
    // A real cookie and token, as anyone gets them by opening the sign-in page.
    const page = await fetch(`${base}/login`);
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const csrfCookie = /jb_csrf=([^;]+)/.exec(cookie)?.[1] ?? "";
    const token = JSON.parse(
      Buffer.from(decodeURIComponent(csrfCookie), "base64").toString("utf8"),
    ) as string;
    const MB = 1024 * 1024;
    const post = async (
      pathname: string,
      headers: Record<string, string>,
      body: ReadableStream<Uint8Array>,
    ) => {
      try {
        const response = await fetch(`${base}${pathname}`, {
          method: "POST",
          headers: { origin: base, ...headers },
          body,
          duplex: "half",
        } as RequestInit);
        await response.arrayBuffer();
        return response.status;
      } catch {
        return 0; // the server answered early and closed the connection
      }
    };
    const urlencoded = { "content-type": "application/x-www-form-urlencoded" };
    const boundary = "----bench";
    const probes: Probe[] = [
      {
        name: "10 MB urlencoded to /login, made-up cookie",
        send: () =>
          post(
            "/login",
            { ...urlencoded, cookie: "jb_csrf=bWFkZS11cA%3D%3D" },
            chunkedBody("email=a&x=", 10 * MB),
          ),
      },
      {
        name: "10 MB urlencoded to /login, real cookie, token last",
        send: () =>
          post("/login", { ...urlencoded, cookie }, chunkedBody("email=a&x=", 10 * MB, `&csrf=${token}`)),
      },
      {
        name: "60 MB multipart to /bids/1, real cookie, token after the file",
        send: () =>
          post(
            "/bids/1",
            { "content-type": `multipart/form-data; boundary=${boundary}`, cookie },
            chunkedBody(
              `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n`,
              60 * MB,
              `\r\n--${boundary}\r\ncontent-disposition: form-data; name="csrf"\r\n\r\n${token}\r\n--${boundary}--\r\n`,
            ),
          ),
      },
    ];
    const seconds = Math.max(3, Math.round(SECONDS / 2));
    const ms = (times: number[]) =>
      `${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)} / ${times[times.length - 1]!.toFixed(1)}`;
    console.log(
      `\nGET /healthz while large POSTs arrive, 4 at a time, ${seconds} s each (latency ms: p50 / p95 / max)`,
    );
    console.log("| background | /healthz latency | /healthz requests | POSTs answered | statuses |");
    console.log("|---|---|---|---|---|");
    const quiet = await healthLatencies(base, seconds);
    console.log(`| none | ${ms(quiet)} | ${quiet.length} | – | – |`);
    for (const probe of probes) {
      let running = true;
      const statuses = new Map<number, number>();
      const worker = async () => {
        while (running) {
          const status = await probe.send();
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      };
      const workers = [worker(), worker(), worker(), worker()];
      await new Promise((r) => setTimeout(r, 200));
      const times = await healthLatencies(base, seconds);
      running = false;
      await Promise.all(workers);
      const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
      const summary = [...statuses].map(([status, n]) => `${status || "closed"}×${n}`).join(", ");
      console.log(`| ${probe.name} | ${ms(times)} | ${times.length} | ${answered} | ${summary} |`);
    }
  } finally {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app!.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv.includes("--body-probes")) return bodyProbes();
  if (process.argv.includes("--matching-only")) return matching(benchEngines());
  if (process.argv.includes("--scheduling-only")) return scheduling();
  if (process.argv.includes("--ocds-only")) return void (await benchOcdsBulk());
  if (process.argv.includes("--stats-only")) return benchStatsPage();
  await relevance();
  await matching(benchEngines());
  if (process.argv.includes("--relevance-only")) return;
  await scheduling();
  await benchOcdsBulk();
  await benchStatsPage();
  if (!existsSync("build/server/index.js")) throw new Error("run `npm run build` first");
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-bench-"));
  chmodSync(dir, 0o755);
  const children: ChildProcess[] = [];
  const pg = await startEmbeddedPostgres(path.join(dir, "postgres"));
  try {
    const { url, ownerUrl } = await benchDatabase(pg);
    process.env.DATABASE_URL = url;
    const seedStart = performance.now();
    await seed(TASKS);
    await getDb().deleteFrom("searchOutbox").execute();
    console.log(`seeded ${TASKS} tasks in ${Math.round(performance.now() - seedStart)} ms`);

    // 1. The engine alone, in this process.
    const engine = createEmbeddedEngine();
    await engine.applySettings(TASK_INDEX);
    const indexStart = performance.now();
    await reindexTasks(engine);
    console.log(`embedded index built in ${Math.round(performance.now() - indexStart)} ms`);
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const t0 = performance.now();
      await engine.search(TASK_INDEX.uid, {
        q: QUERIES[i % QUERIES.length]!,
        filters: {},
        facets: ["domain", "year", "district", "status"],
        sort: null,
        page: 1,
        hitsPerPage: 20,
        highlight: ["title"],
      });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const raw = { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };

    // 2. The app, as `npm start` serves it, in its own process.
    const appPort = await freePort();
    // tsx directly (not through npx), so that killing the child really stops the server.
    const app = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", "--built"], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_OWNER_URL: ownerUrl,
        PORT: String(appPort),
        SEED_DEMO: "false",
        JIEBANG_QUIET: "true",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    children.push(app);
    await waitForHealth(`http://127.0.0.1:${appPort}/healthz`, app);

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

    const paths = QUERIES.map((q) => `/api/v1/tasks?q=${encodeURIComponent(q)}&hitsPerPage=20`);
    const rows: string[] = [];
    const apiP95 = new Map<number, number>();
    for (const connections of [1, 10, 50]) {
      const api = await load(`http://127.0.0.1:${appPort}`, connections, paths);
      const base = await load(`http://127.0.0.1:${basePort}`, connections, ["/"]);
      apiP95.set(connections, api.p95);
      const ms = (r: { p50: number; p95: number; p99: number }) =>
        `${r.p50.toFixed(2)} / ${r.p95.toFixed(2)} / ${r.p99.toFixed(2)}`;
      rows.push(`| ${connections} | ${ms(api)} | ${api.rps} | ${api.errors} | ${ms(base)} | ${base.rps} |`);
    }
    const fmt = (n: number) => n.toFixed(2);
    console.log(
      `\nGET /api/v1/tasks on ${TASKS} tasks, ${SECONDS} s per run, ${QUERIES.length} rotating queries (latency ms: p50 / p95 / p99)`,
    );
    console.log(
      "| connections | API latency | API req/s | API errors | plain http latency | plain http req/s |",
    );
    console.log("|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
    console.log(
      `\nembedded engine, in-process (${times.length} queries): p50 ${fmt(raw.p50)} ms, p95 ${fmt(raw.p95)} ms, p99 ${fmt(raw.p99)} ms`,
    );
    for (const connections of [1, 10]) {
      const api = apiP95.get(connections)!;
      const ratio = api / Math.max(raw.p95, 0.001);
      const goal = connections === 10 ? " (goal: within 3×)" : "";
      console.log(
        `API p95 at ${connections} connection(s) / engine raw p95 = ${fmt(api)} / ${fmt(raw.p95)} = ${ratio.toFixed(1)}×${goal}`,
      );
    }
    // One process serves one request at a time: with N requests in flight each waits for the others.
    console.log(
      "Requests are served by one Node process: at N connections each request also waits for the others in flight.",
    );
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await closeDb();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
