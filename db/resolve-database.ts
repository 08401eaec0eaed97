import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_APP_ROLE, ensureLoginRole, roleOfUrl, urlAs } from "./app-role";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded";

export const EMBEDDED_DATABASE = "jiebang";

interface RuntimeFile {
  pid: number;
  url: string;
  ownerUrl?: string;
  appRole?: string | null;
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
  /** What the app connects as: the restricted role (DATABASE_URL, or the embedded server's jiebang_app). */
  url: string;
  /** What migrations and the grant step connect as: the owner of the tables. */
  ownerUrl: string;
  /** The role to grant the app's privileges to after migrating; null when the app runs as the owner. */
  appRole: string | null;
  source: "DATABASE_URL" | "embedded (started)" | "embedded (shared with running app)";
  freshCluster: boolean;
  release(): Promise<void>;
}

/**
 * The embedded app role's password: generated once, kept beside the cluster, readable by this user only. Losing
 * it is harmless: a new one is generated and set at the next start.
 */
function embeddedAppPassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-app.secret");
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved) return saved;
  }
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, password + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/** An external database: DATABASE_OWNER_URL migrates, DATABASE_URL serves; without the former the app is the owner. */
function external(databaseUrl: string, databaseOwnerUrl: string | undefined, log: (line: string) => void) {
  if (!databaseOwnerUrl || roleOfUrl(databaseOwnerUrl) === roleOfUrl(databaseUrl)) {
    log(
      "WARNING: the app connects to PostgreSQL as the owner of its tables (no DATABASE_OWNER_URL with another role), " +
        "so it could disable audit_log's append-only trigger. Set DATABASE_OWNER_URL to the owner and DATABASE_URL to " +
        "a role that owns nothing; the app grants it what it needs at every start.",
    );
    return { url: databaseUrl, ownerUrl: databaseOwnerUrl ?? databaseUrl, appRole: null };
  }
  return { url: databaseUrl, ownerUrl: databaseOwnerUrl, appRole: roleOfUrl(databaseUrl) };
}

/**
 * DATABASE_URL (with DATABASE_OWNER_URL) when given; otherwise the embedded server under dataDir. A command run while the app is up
 * (npm run db:seed, audit:verify…) joins the app's server instead of starting a second one on the same files.
 */
export async function resolveDatabase(
  {
    databaseUrl,
    databaseOwnerUrl,
    dataDir,
  }: { databaseUrl?: string; databaseOwnerUrl?: string; dataDir: string },
  log: (line: string) => void = () => {},
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<ResolvedDatabase> {
  if (databaseUrl)
    return {
      ...external(databaseUrl, databaseOwnerUrl, warn),
      source: "DATABASE_URL",
      freshCluster: false,
      release: async () => {},
    };
  if (databaseOwnerUrl)
    throw new Error("DATABASE_OWNER_URL is set without DATABASE_URL (the app's own role)");
  const runtimePath = path.join(dataDir, "postgres.runtime.json");
  const owner = runningOwner(runtimePath);
  if (owner)
    return {
      url: owner.url,
      // A runtime file written before the app role existed names only the owner.
      ownerUrl: owner.ownerUrl ?? owner.url,
      appRole: owner.appRole ?? null,
      source: "embedded (shared with running app)",
      freshCluster: false,
      release: async () => {},
    };
  const server = await startEmbeddedPostgres(path.resolve(dataDir, "postgres"), log);
  await ensureDatabase(server, EMBEDDED_DATABASE);
  const ownerUrl = server.url(EMBEDDED_DATABASE);
  const password = embeddedAppPassword(dataDir);
  await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, password);
  const url = urlAs(ownerUrl, EMBEDDED_APP_ROLE, password);
  const runtime: RuntimeFile = { pid: process.pid, url, ownerUrl, appRole: EMBEDDED_APP_ROLE };
  // It holds the app role's password: this user only.
  writeFileSync(runtimePath, JSON.stringify(runtime), { mode: 0o600 });
  chmodSync(runtimePath, 0o600);
  return {
    url,
    ownerUrl,
    appRole: EMBEDDED_APP_ROLE,
    source: "embedded (started)",
    freshCluster: server.initialised,
    async release() {
      rmSync(runtimePath, { force: true });
      await server.stop();
    },
  };
}
