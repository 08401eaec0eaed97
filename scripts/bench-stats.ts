import autocannon from "autocannon";
import { sql } from "kysely";
import { createDb } from "../db/client";
import { seedDemo } from "../app/server/demo/seed.server";
import { benchPostgres, percentile, startBuiltApp } from "./bench-support";

/**
 * The programme dashboard's server rendering (issue 16) for `npm run bench`: the production build on the demo data
 * (seeded into a throw-away embedded PostgreSQL), then GET /stats — eleven ECharts charts as SVG, their
 * tables and the headline figures — against GET /healthz (a database ping and a small JSON: the cheapest route
 * that still goes through the app) at 1 and 10 connections. Reports req/s and latency of both and the ratio, plus
 * the first /stats after start (nothing cached: every chart drawn) and one with the SVG cache warm.
 * `tsx scripts/bench.ts --only stats` runs just this.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function load(url: string, connections: number, pathname: string) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: url + pathname, connections, duration: SECONDS }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50).toFixed(1),
    p95: percentile(times, 95).toFixed(1),
    rps: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

async function timed(url: string): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - t0;
}

export async function benchStatsPage() {
  // The demo data, seeded here (the app refuses to seed, or even start on, demo accounts in production): its
  // accounts are then moved off the demo domain, so the measured server can run as production does.
  const database = await benchPostgres();
  const { ownerUrl } = database;
  await seedDemo(ownerUrl);
  const db = createDb(ownerUrl, { max: 1 });
  await sql`UPDATE users SET email = replace(email, '@demo.local', '@bench.invalid'), password_hash = '!bench'
    WHERE email LIKE '%@demo.local'`.execute(db);
  await db.destroy();
  const app = await startBuiltApp(database);
  try {
    const base = app.base;
    const cold = await timed(`${base}/stats`);
    const warm = await timed(`${base}/stats`);
    const html = await (await fetch(`${base}/stats`)).text();
    const charts = (html.match(/<svg[^>]*viewBox/g) ?? []).length;
    const rows: string[] = [];
    for (const connections of [1, 10]) {
      const stats = await load(base, connections, "/stats");
      const health = await load(base, connections, "/healthz");
      const results = await load(base, connections, "/results");
      rows.push(
        `| ${connections} | ${stats.rps} | ${stats.p50} / ${stats.p95} | ${stats.errors} | ${health.rps} | ${health.p50} / ${health.p95} | ${(stats.rps / Math.max(health.rps, 1)).toFixed(2)} | ${results.rps} |`,
      );
    }
    console.log(
      `\nGET /stats (demo data, ${charts} charts as SVG, ${Math.round(html.length / 1024)} KB of HTML) against GET /healthz, ${SECONDS} s per run (latency ms p50 / p95)`,
    );
    console.log(
      `first /stats after start (every chart drawn): ${cold.toFixed(0)} ms; next one (SVG cached): ${warm.toFixed(0)} ms`,
    );
    console.log(
      "| connections | /stats req/s | /stats latency | errors | /healthz req/s | /healthz latency | /stats ÷ /healthz | /results req/s (another SSR page) |",
    );
    console.log("|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
  } finally {
    await app.stop();
    await database.stop();
  }
}
