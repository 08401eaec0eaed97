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
import { closeDb, getDb } from "../db/client";
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../db/app-role";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../db/embedded";
import { migrateToLatest } from "../db/migrate";
import { QUERIES, seedTasks } from "./bench-http";
import {
  BUILT_SERVER,
  cpuSecondsOf,
  cpuSecondsOfPid,
  load,
  waitForHealth,
  type BenchSection,
} from "./bench-support";

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;

/** The server as `npm start` runs it, with `processes` app processes; measured, then stopped. */
async function measure(processes: number, env: Record<string, string>, paths: string[]) {
  const port = await freePort();
  const started = performance.now();
  const app = spawn(process.execPath, [BUILT_SERVER, "--built"], {
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
    await load(base, CONNECTIONS, paths, 2); // warm-up: JIT, connections, every worker reached
    // Cores used during the run by the app's processes (every node process but this one), this process (the
    // load generator) and the database: the machine's 2 cores are shared by all three.
    const appCpu = () => cpuSecondsOf("node") - cpuSecondsOfPid(process.pid);
    const before = { app: appCpu(), bench: process.cpuUsage(), database: cpuSecondsOf("postgres") };
    const t0 = performance.now();
    const result = await load(base, CONNECTIONS, paths, SECONDS);
    const seconds = (performance.now() - t0) / 1000;
    const bench = process.cpuUsage(before.bench);
    const cores = {
      app: (appCpu() - before.app) / seconds,
      bench: (bench.user + bench.system) / 1e6 / seconds,
      database: (cpuSecondsOf("postgres") - before.database) / seconds,
    };
    return { ...result, startMs, cores };
  } finally {
    if (app.exitCode === null) {
      const exited = new Promise((r) => app.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
  }
}

export async function benchCluster(): Promise<BenchSection[]> {
  if (!existsSync(BUILT_SERVER)) throw new Error("run `npm run build` first");
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
    await seedTasks(TASKS);
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
      `| ${n} | ${r.rps} | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} | ${r.requests} | ${r.errors} | ${r.startMs} | ${r.cores.app.toFixed(2)} / ${r.cores.bench.toFixed(2)} / ${r.cores.database.toFixed(2)} |`;
    const table = [
      `GET /api/v1/tasks on ${TASKS} tasks, ${CONNECTIONS} connections, ${SECONDS} s per run after a 2 s warm-up, ${QUERIES.length} rotating queries; ${os.cpus().length} cores shared with autocannon`,
      "| WEB_CONCURRENCY | req/s | latency ms p50 / p95 | requests | errors | start-up ms (to /healthz) | cores used: app / load generator / database |",
      "|---|---|---|---|---|---|---|",
      row(1, one),
      row(2, two),
      "",
      `N=2 / N=1 throughput = ${two.rps} / ${one.rps} = ${ratio.toFixed(2)}× (goal ≥ 1.5×, zero errors): ${met ? "met" : "NOT met"}`,
      `Per request the app used ${((one.cores.app * 1000) / Math.max(one.rps, 1)).toFixed(1)} ms of CPU at N=1 and ${((two.cores.app * 1000) / Math.max(two.rps, 1)).toFixed(1)} ms at N=2; the app's processes had ${(os.cpus().length - two.cores.bench - two.cores.database).toFixed(2)} cores left at N=2 beside the load generator and the database, against ${one.cores.app.toFixed(2)} used at N=1.`,
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
          appCoresN1: one.cores.app,
          appCoresN2: two.cores.app,
          loadGeneratorCoresN2: two.cores.bench,
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
