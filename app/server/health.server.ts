import { sql } from "kysely";
import { getDb } from "../../db/client";

const startedAt = Date.now();
const DB_TIMEOUT_MS = 2000;

async function checkDatabase(): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      sql`SELECT 1`.execute(getDb()),
      new Promise(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)),
            DB_TIMEOUT_MS,
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

export async function checkHealth() {
  const db = await checkDatabase();
  const failing = db === "ok" ? [] : ["db"];
  return {
    status: failing.length ? ("error" as const) : ("ok" as const),
    db,
    failing,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
}
