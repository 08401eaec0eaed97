/**
 * The app process: database (embedded unless DATABASE_URL), migrations, demo data outside production,
 * then HTTP. `npm start` runs it in production mode after building; `npm run dev` with Vite in the loop.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createRequestListener, type FetchHandler } from "@remix-run/node-fetch-server";
import express from "express";
import { closeDb, getDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { pruneOutbox } from "../db/repositories/search";
import { resolveDatabase } from "../db/resolve-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../db/seed";
import { createAppHandler } from "../app/server/app-handler.server";
import { closeBiddingAtDeadlines } from "../app/server/catalog.server";
import { finalizeDueNotices } from "../app/server/selection.server";
import { mailTransportFromEnv, startMailRelay, type MailRelay } from "../app/server/mail.server";
import { searchEngine } from "../search/runtime";
import { reindexTasks, startRelayLoop, type RelayLoop } from "../search/sync";
import { readEnv } from "../app/server/env.server";

const startedAt = performance.now();
const env = readEnv();
const production = env.NODE_ENV === "production";
// `npm start` serves the Vite build; `npm run dev` compiles on request. Independent of NODE_ENV, which
// decides demo data and Secure cookies.
const servesBuild = process.argv.includes("--built");
const quiet = process.env.JIEBANG_QUIET === "true";
const say = (line: string) => {
  if (!quiet) console.log(line);
};

const database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }, (line) => {
  if (process.env.JIEBANG_DEBUG_POSTGRES === "true") console.log(`[postgres] ${line}`);
});
process.env.DATABASE_URL = database.url;

let shuttingDown = false;
async function shutdown(signal: string, code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  say(`\n${signal}: stopping…`);
  clearInterval(sweeper);
  await relay?.stop().catch(() => {});
  await mailRelay?.stop().catch(() => {});
  server?.close();
  server?.closeAllConnections();
  await closeDb().catch(() => {});
  await database.release().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

let server: import("node:http").Server | undefined;
let sweeper: NodeJS.Timeout | undefined;
let relay: RelayLoop | undefined;
let mailRelay: MailRelay | undefined;

/**
 * The embedded engine starts empty, so it is filled from PostgreSQL first; Meilisearch keeps its index and only
 * catches up through the outbox. A search engine that is down never stops the app from starting.
 */
async function startSearch() {
  try {
    const engine = await searchEngine();
    if (engine.name === "embedded")
      say(`  search: embedded engine, ${await reindexTasks(engine)} tasks indexed`);
    else say(`  search: Meilisearch at ${process.env.MEILI_URL}`);
  } catch (error) {
    console.error(
      "search engine unavailable at start-up; the outbox keeps every change until it answers:",
      error,
    );
  }
  relay = startRelayLoop(searchEngine, { onError: (error) => console.error("search outbox relay:", error) });
}

/**
 * Bidding closes by itself at each deadline (pages compute it live; this makes it durable and audited), notices
 * whose period is over with no pending objection become final, and indexed outbox rows older than a day are
 * dropped.
 */
async function everyMinute() {
  try {
    const closed = await closeBiddingAtDeadlines();
    if (closed.length) say(`bidding closed at deadline: ${closed.join(", ")}`);
    const finalized = await finalizeDueNotices();
    if (finalized.length) say(`notices final: ${finalized.join(", ")}`);
    await pruneOutbox(getDb(), new Date(Date.now() - 24 * 60 * 60 * 1000));
  } catch (error) {
    console.error("minute sweep (bidding deadlines, notices) failed:", error);
  }
}

try {
  const migrations = await migrateToLatest(database.url);
  const applied = migrations.results?.filter((r) => r.status === "Success").length ?? 0;
  const seeded = !production && env.SEED_DEMO ? (await seedDemo(getDb())).seeded : false;

  await everyMinute();
  await startSearch();
  const mail = mailTransportFromEnv(env);
  mailRelay = startMailRelay(mail.transport, { onError: (error) => console.error("mail relay:", error) });
  sweeper = setInterval(() => void everyMinute(), 60_000);
  sweeper.unref();

  const app = express();
  app.disable("x-powered-by");
  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (servesBuild) {
    app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
    app.use(express.static("build/client", { maxAge: "1h" }));
    build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
  } else {
    const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  }
  const handle = createAppHandler(build, {
    mode: production ? "production" : "development",
    appOrigin: env.APP_ORIGIN,
  });
  const handleFetch: FetchHandler = (request, client) => handle(request, client.address);
  app.all("*", createRequestListener(handleFetch, { trustProxy: env.TRUST_PROXY }));

  server = await new Promise<import("node:http").Server>((resolve, reject) => {
    const listening = app.listen(env.PORT, env.HOST, () => resolve(listening)).on("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const ms = Math.round(performance.now() - startedAt);
  say(
    `揭榜 Jiebang is running at http://localhost:${port}  (${servesBuild ? "built" : "dev"} assets, NODE_ENV=${env.NODE_ENV})`,
  );
  say(
    `  database: ${database.source}${database.freshCluster ? ", new cluster in " + path.join(env.DATA_DIR, "postgres") : ""}; migrations applied now: ${applied}`,
  );
  say(`  started in ${ms} ms`);
  if (!production && env.SEED_DEMO) {
    say(
      `  demo data: ${seeded ? "created" : "already present"}; demo accounts (password "${DEMO_PASSWORD}"):`,
    );
    for (const account of DEMO_ACCOUNTS) say(`    ${account.email.padEnd(22)} ${account.role}`);
  }
  say(`  mail: ${mail.description}`);
  say("  stop with Ctrl-C");
} catch (error) {
  console.error(error);
  await shutdown("start-up failed", 1);
}
