/**
 * `npm start`: build when the sources are newer than the build, then serve the build with plain `node`
 * (build/server/serve.js, bundled from scripts/serve.ts by the build: loading the app under tsx's hooks took
 * more than twice as long). This process passes signals on and ends with the server.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// Written last by the build (see bundleServerEntry in vite.config.ts).
const BUILD_ENTRY = "build/server/serve.js";
// Everything the build is made from: the app and the server-only folders it bundles, and the build's own settings.
const SOURCES = [
  "app",
  "db",
  "search",
  "public",
  "scripts/serve.ts",
  "scripts/serve-cluster.ts",
  "vite.config.ts",
  "remix.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtAt = existsSync(BUILD_ENTRY) ? statSync(BUILD_ENTRY).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt < changedAt) {
  console.log(builtAt ? "Sources changed since the last build: building…" : "No build yet: building…");
  run("npx", ["remix", "vite:build"]);
}
const server = spawn(process.execPath, ["build/server/serve.js", "--built", ...process.argv.slice(2)], {
  stdio: "inherit",
});
// Passed on even when the server has its own copy (Ctrl-C signals the whole process group): it stops once.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
