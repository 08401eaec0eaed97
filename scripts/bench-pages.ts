/**
 * Goal 5 of issue 17 (pages): server-rendered throughput of the task detail page and /tasks against an empty
 * Remix page in the same build (app/routes/bench.empty.tsx: the root layout and nothing else), side by side in one
 * run at 10 connections, taken in turns (see loadInTurns), on BENCH_TASKS seeded tasks. Goal: each page ≥ 50 % of
 * the empty page's req/s.
 */
import { closeDb, getDb } from "../db/client";
import {
  benchPostgres,
  cpuProfArgs,
  load,
  loadInTurns,
  startBuiltApp,
  type BenchSection,
} from "./bench-support";
import { seedTasks } from "./bench-http";

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const GOAL_SHARE = 0.5;
const ROUNDS = 4;

export async function benchPages(): Promise<BenchSection[]> {
  const database = await benchPostgres();
  let app: Awaited<ReturnType<typeof startBuiltApp>> | undefined;
  try {
    process.env.DATABASE_URL = database.url;
    await seedTasks(TASKS);
    await getDb().deleteFrom("searchOutbox").execute();
    const codes = (
      await getDb()
        .selectFrom("tasks")
        .select("code")
        .where("status", "=", "published")
        .orderBy("id")
        .limit(50)
        .execute()
    ).map((t) => t.code);
    app = await startBuiltApp(database, {}, cpuProfArgs());
    const pages: [string, string[]][] = [
      ["empty page (/bench/empty)", ["/bench/empty"]],
      ["task detail (/tasks/:code, 50 codes)", codes.map((code) => `/tasks/${code}`)],
      ["/tasks (first page, no query)", ["/tasks"]],
      [
        "/tasks?q=… (8 queries)",
        ["医疗影像", "智能", "5G 港口", "數據", "ai", "城市 治理", "区块链", "算力"].map(
          (q) => `/tasks?q=${encodeURIComponent(q)}`,
        ),
      ],
    ];
    // One warm-up pass, so the first measured page does not pay for JIT compilation the others do not.
    for (const [, paths] of pages) await load(app.base, CONNECTIONS, paths, 1);
    const measured = await loadInTurns(
      app.base,
      CONNECTIONS,
      pages.map(([, paths]) => paths),
      SECONDS,
      ROUNDS,
    );
    const results = measured.map((result, i) => ({ name: pages[i]![0], ...result }));
    const empty = results[0]!.rps;
    const rows = results.map(
      (r) =>
        `| ${r.name} | ${r.rps} | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} | ${r.errors} | ${((100 * r.rps) / Math.max(empty, 1)).toFixed(0)} % |`,
    );
    const shares = results.slice(1).map((r) => r.rps / Math.max(empty, 1));
    const table = [
      `Server-rendered pages, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} turns of ${SECONDS / ROUNDS} s, ${TASKS} tasks (goal: each page ≥ ${GOAL_SHARE * 100} % of the empty page's req/s)`,
      "| page | req/s | latency p50 / p95 ms | errors | of the empty page |",
      "|---|---|---|---|---|",
      ...rows,
    ].join("\n");
    console.log(`\n${table}`);
    return [
      {
        goal: "pages",
        table,
        metrics: {
          emptyRps: empty,
          taskDetailRps: results[1]!.rps,
          tasksRps: results[2]!.rps,
          tasksQueryRps: results[3]!.rps,
          taskDetailShare: shares[0]!,
          tasksShare: shares[1]!,
          tasksQueryShare: shares[2]!,
          errors: results.reduce((n, r) => n + r.errors, 0),
        },
        met: shares.every((s) => s >= GOAL_SHARE) && results.every((r) => r.errors === 0),
      },
    ];
  } finally {
    await app?.stop();
    await closeDb();
    await database.stop();
  }
}
