import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

/** Shared by the benchmarks in scripts/: the p-th percentile of sorted numbers, and waiting for a server to answer. */

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Polls `url` every 100 ms until it answers 2xx; fails when the child exits or after `seconds`. */
export async function waitForHealth(url: string, child: ChildProcess, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** How a benchmark's section reports (the integrator moves this into the shared harness). */
export interface BenchSection {
  goal: string;
  table: string;
  metrics: Record<string, number>;
  met: boolean | null;
}

/** A throw-away PostgreSQL in a temp directory, with the bench database migrated as production runs it. */
export async function benchPostgres() {
  const { chmodSync, mkdtempSync, rmSync } = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { ensureDatabase, startEmbeddedPostgres } = await import("../db/embedded");
  const { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } = await import("../db/app-role");
  const { migrateToLatest } = await import("../db/migrate");
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-bench-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, "postgres"));
  await ensureDatabase(pg, "bench");
  const ownerUrl = pg.url("bench");
  await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
  await migrateToLatest(ownerUrl, { appRole: EMBEDDED_APP_ROLE });
  return {
    dir,
    ownerUrl,
    url: urlAs(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password"),
    async stop() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server entry `npm start` runs with node (bundled from scripts/serve.ts by the build). */
export const BUILT_SERVER = "build/server/serve.js";

/** `npm start`'s server (production build) in its own process; resolves once /healthz answers. */
export async function startBuiltApp(
  database: { url: string; ownerUrl: string },
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
) {
  const { spawn } = await import("node:child_process");
  const { existsSync } = await import("node:fs");
  const { freePort } = await import("../db/embedded");
  if (!existsSync(BUILT_SERVER)) throw new Error("run `npm run build` first");
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, BUILT_SERVER, "--built"], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "false",
      JIEBANG_QUIET: "true",
      NODE_ENV: "production",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(`${base}/healthz`, child);
  return { child, base, port, stop: () => stopChild(child) };
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** p50, p95 and p99 of response times (sorts `times` in place). */
export function latencies(times: number[]) {
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

/** Per-response times recorded from autocannon's events, so p95 is exact (its summary has p90 and p97.5). */
export async function load(url: string, connections: number, paths: string[], seconds: number) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: paths.map((p) => ({ method: "GET" as const, path: p })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    ...latencies(times),
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
    times,
    seconds: result.duration,
  };
}

/**
 * Several loads compared with each other, taken in turns: `rounds` rounds of `seconds / rounds` each, every target
 * once per round. This machine's speed drifts by tens of percent within a minute; run one after another, the
 * targets would be measured at different speeds, and their ratio would carry the drift.
 */
export async function loadInTurns(
  url: string,
  connections: number,
  targets: string[][],
  seconds: number,
  rounds = 4,
) {
  const taken = targets.map(() => ({ times: [] as number[], requests: 0, errors: 0, seconds: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (const [t, paths] of targets.entries()) {
      const result = await load(url, connections, paths, seconds / rounds);
      const sum = taken[t]!;
      sum.times = sum.times.concat(result.times);
      sum.requests += result.requests;
      sum.errors += result.errors;
      sum.seconds += result.seconds;
    }
  }
  return taken.map(({ times, requests, errors, seconds: measured }) => ({
    ...latencies(times),
    rps: Math.round(requests / Math.max(measured, 0.001)),
    requests,
    errors,
  }));
}

/** BENCH_CPU_PROF=<dir>: node flags that make the server write its CPU profile there when it stops. */
export function cpuProfArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}

/** Clock ticks per second of /proc's CPU times (Linux: 100 on every common kernel configuration). */
const TICKS_PER_SECOND = 100;

/** A process's command name and CPU seconds (user + system) so far, from /proc/<pid>/stat; null once it is gone. */
function processCpu(pid: string | number): { name: string; seconds: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // "pid (comm) state …": comm may hold spaces, so the fields are counted from its closing parenthesis.
  const close = stat.lastIndexOf(")");
  const fields = stat.slice(close + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  return { name: stat.slice(stat.indexOf("(") + 1, close), seconds: ticks / TICKS_PER_SECOND };
}

/**
 * CPU seconds used so far by every process whose command name is `name` (Linux /proc). Taken before and after a
 * run, the difference is what they spent on it (a process that exited in between is missed: the database's
 * connections live through the benchmarks' runs).
 */
export function cpuSecondsOf(name: string): number {
  let seconds = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cpu = processCpu(entry);
    if (cpu?.name === name) seconds += cpu.seconds;
  }
  return seconds;
}

/** CPU seconds used so far by one process (0 once it is gone). */
export function cpuSecondsOfPid(pid: number): number {
  return processCpu(pid)?.seconds ?? 0;
}
