/**
 * Issue 17, goal 3: several app processes on one PostgreSQL. The built server (`WEB_CONCURRENCY=N`, node:cluster,
 * embedded search in each worker) on the same 10,000 tasks as bench.ts, GET /api/v1/tasks with its rotating
 * query set at 10 connections, N=1 then N=2 in the same run. Goal: N=2 ≥ 1.5× the requests/s of N=1, zero
 * errors. autocannon runs in this process on the same cores as the server, so it takes its share of them.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { closeDb, getDb } from "../db/client";
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../db/app-role";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../db/embedded";
import { migrateToLatest } from "../db/migrate";
import { insertTasksInBulk, reserveTaskSerials } from "../db/repositories/catalog";
import {
  createList,
  createUser,
  DEFAULT_INDICATORS,
  DEMO_POLICY,
  ensurePolicy,
} from "../app/server/demo/factories.server";
import { DISTRICTS } from "../app/domain/districts";
import { formatTaskCode, TASK_DOMAINS } from "../app/domain/task-domains";
import { percentile, waitForHealth } from "./bench-support";
import type { BenchSection } from "./bench-support";

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
// The same queries and corpus as bench.ts (a copy of its seed, until the integrator moves it to bench-support).
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

async function load(url: string, paths: string[], seconds: number) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
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
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** The server as `npm start` runs it, with `processes` app processes; measured, then stopped. */
async function measure(processes: number, env: Record<string, string>, paths: string[]) {
  const port = await freePort();
  const started = performance.now();
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--built"], {
    env: {
      ...process.env,
      ...env,
      WEB_CONCURRENCY: String(processes),
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "false",
      JIEBANG_QUIET: "true",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/healthz`, app, 120);
    const startMs = Math.round(performance.now() - started);
    await load(base, paths, 2); // warm-up: JIT, connections, every worker reached
    return { ...(await load(base, paths, SECONDS)), startMs };
  } finally {
    if (app.exitCode === null) {
      const exited = new Promise((r) => app.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
  }
}

export async function benchCluster(): Promise<BenchSection[]> {
  if (!existsSync("build/server/index.js")) throw new Error("run `npm run build` first");
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-bench-cluster-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, "postgres"));
  const savedUrl = process.env.DATABASE_URL;
  try {
    await ensureDatabase(pg, "bench");
    const ownerUrl = pg.url("bench");
    await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
    await migrateToLatest(ownerUrl, { appRole: EMBEDDED_APP_ROLE });
    const url = urlAs(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
    process.env.DATABASE_URL = url;
    const seedStart = performance.now();
    await seed(TASKS);
    await getDb().deleteFrom("searchOutbox").execute();
    await closeDb();
    console.log(`\ncluster: seeded ${TASKS} tasks in ${Math.round(performance.now() - seedStart)} ms`);

    const paths = QUERIES.map((q) => `/api/v1/tasks?q=${encodeURIComponent(q)}&hitsPerPage=20`);
    const env = { DATABASE_URL: url, DATABASE_OWNER_URL: ownerUrl };
    const one = await measure(1, env, paths);
    const two = await measure(2, env, paths);
    const ratio = two.rps / Math.max(one.rps, 1);
    const errors = one.errors + two.errors;
    const met = ratio >= 1.5 && errors === 0;
    const row = (n: number, r: typeof one) =>
      `| ${n} | ${r.rps} | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} | ${r.requests} | ${r.errors} | ${r.startMs} |`;
    const table = [
      `GET /api/v1/tasks on ${TASKS} tasks, ${CONNECTIONS} connections, ${SECONDS} s per run after a 2 s warm-up, ${QUERIES.length} rotating queries; ${os.cpus().length} cores shared with autocannon`,
      "| WEB_CONCURRENCY | req/s | latency ms p50 / p95 | requests | errors | start-up ms (to /healthz) |",
      "|---|---|---|---|---|---|",
      row(1, one),
      row(2, two),
      "",
      `N=2 / N=1 throughput = ${two.rps} / ${one.rps} = ${ratio.toFixed(2)}× (goal ≥ 1.5×, zero errors): ${met ? "met" : "NOT met"}`,
    ].join("\n");
    console.log(`\n${table}`);
    return [
      {
        goal: "Several processes: search API throughput at 10 connections, WEB_CONCURRENCY=2 ≥ 1.5× WEB_CONCURRENCY=1, zero errors",
        table,
        metrics: {
          rpsN1: one.rps,
          rpsN2: two.rps,
          ratio: Number(ratio.toFixed(3)),
          p95N1: one.p95,
          p95N2: two.p95,
          errorsN1: one.errors,
          errorsN2: two.errors,
          startMsN1: one.startMs,
          startMsN2: two.startMs,
        },
        met,
      },
    ];
  } finally {
    await closeDb();
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
