import { sql } from "kysely";
import { getDb } from "../../../db/client";
import { outboxLag } from "../../../db/repositories/search";
import { searchEngine } from "../../../search/runtime";

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
  };
}
