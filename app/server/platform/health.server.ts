import { createHash, timingSafeEqual } from "node:crypto";
import { sql } from "kysely";
import { getDb } from "../../../db/client";
import { outboxLag } from "../../../db/repositories/search";
import { searchEngine } from "../../../search/runtime";
import { getSessionUser } from "../identity/auth.server";
import { processRole } from "./process-role.server";

const startedAt = Date.now();
const CHECK_TIMEOUT_MS = 2000;

async function check(part: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      part(),
      new Promise(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
            CHECK_TIMEOUT_MS,
          )),
      ),
    ]);
    return "ok";
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * "ok" when everything answers; "degraded" (still 200) when only search is down, since every write keeps
 * working and the index catches up; "error" (503) when the database is down.
 */
export async function checkHealth() {
  let engineName = "unknown";
  const [db, search] = await Promise.all([
    check(() => sql`SELECT 1`.execute(getDb())),
    check(async () => {
      const engine = await searchEngine();
      engineName = engine.name;
      const health = await engine.health();
      if (!health.ok) throw new Error(health.detail);
    }),
  ]);
  const lag = db === "ok" ? await outboxLag(getDb()) : null;
  const failing = [...(db === "ok" ? [] : ["db"]), ...(search === "ok" ? [] : ["search"])];
  return {
    status: db !== "ok" ? ("error" as const) : failing.length ? ("degraded" as const) : ("ok" as const),
    db,
    search,
    searchEngine: engineName,
    outbox: lag && {
      pending: lag.pending,
      oldestPendingSeconds: lag.oldest ? Math.round((Date.now() - new Date(lag.oldest).getTime()) / 1000) : 0,
    },
    failing,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    // Which of the app processes answered, and whether it runs the background work (WEB_CONCURRENCY > 1).
    process: processRole(),
  };
}

/** Compared as SHA-256 digests: constant time whatever the lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The details (which part fails and why, engine, outbox lag, uptime) are for operators: a staff session, or
 * `Authorization: Bearer <HEALTH_TOKEN>` for monitoring. Everyone else learns ok / degraded / error only.
 */
export async function mayReadHealthDetails(request: Request): Promise<boolean> {
  const expected = process.env.HEALTH_TOKEN;
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (expected && bearer && sameSecret(bearer, expected)) return true;
  if (!request.headers.get("cookie")?.includes("jb_session=")) return false;
  try {
    return (await getSessionUser(request))?.roles.includes("staff") ?? false;
  } catch {
    return false; // the database is down: the session cannot be read, and the public answer says so
  }
}

export async function healthLoader({ request }: { request: Request }): Promise<Response> {
  const health = await checkHealth();
  const body = (await mayReadHealthDetails(request)) ? health : { status: health.status };
  return Response.json(body, {
    status: health.status === "error" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
}
