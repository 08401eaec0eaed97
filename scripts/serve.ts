/**
 * The app process: loads the Remix server build once and starts everything from it — database (embedded unless
 * DATABASE_URL), migrations, demo data outside production, sweepers and relays (`startRuntime` in
 * app/server/runtime.server.ts) — then HTTP. `npm start` serves the production build; `npm run dev` has Vite
 * compile on request. Nothing of the app is imported here directly, so there is one copy of each module.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createRequestListener, type FetchHandler } from "@remix-run/node-fetch-server";
import express from "express";
import type { startRuntime } from "../app/server/runtime.server";

const startedAt = performance.now();
// `npm start` serves the Vite build; `npm run dev` compiles on request. Independent of NODE_ENV, which
// decides demo data and Secure cookies.
const servesBuild = process.argv.includes("--built");
const quiet = process.env.JIEBANG_QUIET === "true";
const say = (line: string) => {
  if (!quiet) console.log(line);
};

type AppEntry = { startRuntime: typeof startRuntime };
const entryOf = (build: ServerBuild) => build.entry.module as unknown as AppEntry;

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
  app.use(express.static("build/client", { maxAge: "1h", setHeaders }));
  const built = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
  build = built;
  entry = entryOf(built);
} else {
  const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
  app.use(vite.middlewares);
  const load = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  build = load;
  entry = entryOf(await load());
}

let runtime: Awaited<ReturnType<typeof startRuntime>> | undefined;
let server: import("node:http").Server | undefined;
let shuttingDown = false;
async function shutdown(signal: string, code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  say(`\n${signal}: stopping…`);
  server?.close();
  server?.closeAllConnections();
  await runtime?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

try {
  runtime = await entry.startRuntime({ say });
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
  say(
    `揭榜 Jiebang is running at http://localhost:${port}  (${servesBuild ? "built" : "dev"} assets, NODE_ENV=${env.NODE_ENV})`,
  );
  for (const line of runtime.report) say(`  ${line}`);
  say(`  started in ${Math.round(performance.now() - startedAt)} ms`);
  say("  stop with Ctrl-C");
} catch (error) {
  console.error(error);
  await shutdown("start-up failed", 1);
}
