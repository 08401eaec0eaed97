import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded";

export const EMBEDDED_DATABASE = "jiebang";

interface RuntimeFile {
  pid: number;
  url: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningOwner(runtimePath: string): RuntimeFile | null {
  if (!existsSync(runtimePath)) return null;
  try {
    const runtime = JSON.parse(readFileSync(runtimePath, "utf8")) as RuntimeFile;
    return runtime.pid !== process.pid && isAlive(runtime.pid) ? runtime : null;
  } catch {
    return null;
  }
}

export interface ResolvedDatabase {
  url: string;
  source: "DATABASE_URL" | "embedded (started)" | "embedded (shared with running app)";
  freshCluster: boolean;
  release(): Promise<void>;
}

/**
 * DATABASE_URL when given; otherwise the embedded server under dataDir. A command run while the app is up
 * (npm run db:seed, audit:verify…) joins the app's server instead of starting a second one on the same files.
 */
export async function resolveDatabase(
  { databaseUrl, dataDir }: { databaseUrl?: string; dataDir: string },
  log: (line: string) => void = () => {},
): Promise<ResolvedDatabase> {
  if (databaseUrl)
    return { url: databaseUrl, source: "DATABASE_URL", freshCluster: false, release: async () => {} };
  const runtimePath = path.join(dataDir, "postgres.runtime.json");
  const owner = runningOwner(runtimePath);
  if (owner)
    return {
      url: owner.url,
      source: "embedded (shared with running app)",
      freshCluster: false,
      release: async () => {},
    };
  const server = await startEmbeddedPostgres(path.resolve(dataDir, "postgres"), log);
  await ensureDatabase(server, EMBEDDED_DATABASE);
  const url = server.url(EMBEDDED_DATABASE);
  writeFileSync(runtimePath, JSON.stringify({ pid: process.pid, url } satisfies RuntimeFile));
  return {
    url,
    source: "embedded (started)",
    freshCluster: server.initialised,
    async release() {
      rmSync(runtimePath, { force: true });
      await server.stop();
    },
  };
}
