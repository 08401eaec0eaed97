/**
 * `npm run bench` (= build + `tsx scripts/bench.ts`): every section in turn, or `-- --only engine,http,…`; each
 * prints its tables, and the run writes bench/results.json (commit, date, machine, every section's metrics).
 * - relevance (issue 11): recall@10 and MRR on tests/fixtures/search-relevance.json over the demo tasks (goal ≥ 0.9).
 * - matching (issue 13): precision@5 / recall@10 of the supply–demand suggestions (tests/fixtures/sd-match-labels.json).
 * - scheduling (issue 14, bench-scheduling.ts): 2,000 concurrent meeting accepts, zero double bookings.
 * - ocds (issue 16, bench-ocds.ts): the yearly OCDS bulk file for 10,000 tasks (goal ≤ 10 s).
 * - stats (issue 16, bench-stats.ts): /stats server rendering against /healthz on the demo data.
 * - engine (issue 17 goal 1, bench-engine.ts): our embedded engine vs MiniSearch 7 and Orama 3 at 10k/100k.
 * - http (goal 2, bench-http.ts): GET /api/v1/tasks at 1/10/50 connections vs the engine's raw time and plain http.
 * - cluster (goal 3, bench-cluster.ts): search throughput with WEB_CONCURRENCY=1 and 2.
 * - writes (goal 4, bench-writes.ts): concurrent bid submissions, none lost or duplicated.
 * - pages (goal 5, bench-pages.ts): task detail and /tasks SSR vs an empty Remix page.
 * - bulk (goal 6, bench-bulk.ts): 5,000-row import, 100k reindex, cold start.
 * `tsx scripts/bench.ts --body-probes` (issue 12) measures only how GET /healthz answers while large POSTs
 * arrive: the forgery check must not read (or parse) bodies it is going to refuse.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
import { percentile, waitForHealth, type BenchSection } from "./bench-support";
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

/** Every section of `npm run bench`, in the order a full run takes them; `--only a,b` picks some. */
const SECTIONS: Record<string, () => Promise<BenchSection[] | void>> = {
  relevance,
  matching: () => matching(benchEngines()),
  scheduling,
  ocds: async () => void (await benchOcdsBulk()),
  stats: benchStatsPage,
  engine: benchEngine,
  http: benchHttp,
  cluster: benchCluster,
  writes: benchWrites,
  pages: benchPages,
  bulk: benchBulk,
};

function git(args: string[]): string {
  try {
    return execFileSync("git", args).toString().trim();
  } catch {
    return "unknown";
  }
}

async function main() {
  if (process.argv.includes("--body-probes")) return bodyProbes();
  const onlyAt = process.argv.indexOf("--only");
  const chosen =
    onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "").split(",").filter(Boolean) : Object.keys(SECTIONS);
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0 || chosen.length === 0)
    throw new Error(`--only takes a comma-separated list of: ${Object.keys(SECTIONS).join(", ")}`);
  const results: { section: string; results: BenchSection[] }[] = [];
  for (const name of chosen) {
    console.log(`\n## ${name}`);
    const sections = await SECTIONS[name]!();
    if (sections) results.push({ section: name, results: sections });
  }
  // Machine-readable, so runs can be compared (commit, date, machine); each section also printed its tables.
  mkdirSync("bench", { recursive: true });
  writeFileSync(
    "bench/results.json",
    `${JSON.stringify(
      {
        commit: git(["rev-parse", "HEAD"]),
        dirty: git(["status", "--porcelain"]) !== "",
        date: new Date().toISOString(),
        machine: {
          cores: os.cpus().length,
          memoryBytes: os.totalmem(),
          loadAverage: os.loadavg(),
          node: process.version,
        },
        sections: results,
      },
      null,
      2,
    )}\n`,
  );
  console.log("\nwrote bench/results.json");
}

await main();
