/**
 * `npm run bench`: every benchmark section in turn. Last, HTTP (scripts/bench-http.ts, issue 17 goal 2): seeds
 * 10,000 tasks into a throw-away PostgreSQL, starts the app (production build, embedded search) in a child
 * process, and measures GET /api/v1/tasks with autocannon at 1, 10 and 50 connections; in the same run, the
 * engine's raw in-process query time and a plain Node `http` server as a baseline (`--http-only`). Goal: API p95
 * at 1 connection ≤ 1.5× the engine's raw p95. Writes (scripts/bench-writes.ts, goal 4): `--writes-only`.
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
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../db/app-role";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../db/embedded";
import { migrateToLatest } from "../db/migrate";
import { createEmbeddedEngine } from "../search/embedded-engine";
import type { SearchEngine } from "../search/engine";
import { indexDemoTasks, labelledQueries, measureRelevance } from "../tests/support/relevance";
import { matching } from "./bench-matching";
import { scheduling } from "./bench-scheduling";
import { benchOcdsBulk } from "./bench-ocds";
import { benchStatsPage } from "./bench-stats";
import { benchCluster } from "./bench-cluster";
import { benchEngine } from "./bench-engine";
import { percentile, waitForHealth } from "./bench-support";
import { benchWrites } from "./bench-writes";
import { benchHttp } from "./bench-http";
import { benchPages } from "./bench-pages";
import { benchBulk } from "./bench-bulk";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

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
  if (process.argv.includes("--cluster-only")) return void (await benchCluster());
  if (process.argv.includes("--engine-only")) return void (await benchEngine());
  if (process.argv.includes("--writes-only")) return void (await benchWrites());
  if (process.argv.includes("--http-only")) return void (await benchHttp());
  if (process.argv.includes("--pages-only")) return void (await benchPages());
  if (process.argv.includes("--bulk-only")) return void (await benchBulk());
  await relevance();
  await matching(benchEngines());
  if (process.argv.includes("--relevance-only")) return;
  await scheduling();
  await benchOcdsBulk();
  await benchStatsPage();
  await benchHttp();
}

await main();
