import { getDb, type Db, type DbOrTrx } from "../db/client";
import { claimDueOutboxRows, markOutboxDone, markOutboxFailed } from "../db/repositories/search";
import { collectionOf } from "./collections";
import type { SearchEngine } from "./engine";

/** 1 s, 2 s, 4 s … up to 5 minutes between attempts while the engine is failing. */
export function retryDelayMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

function idsByIndex(rows: { indexUid: string; documentId: string }[]) {
  const byIndex = new Map<string, Set<string>>();
  for (const row of rows)
    byIndex.set(row.indexUid, (byIndex.get(row.indexUid) ?? new Set()).add(row.documentId));
  return [...byIndex].map(([indexUid, ids]) => [indexUid, [...ids]] as const);
}

/**
 * Brings the engine's copy of every document the rows name up to date with the database as `db` sees it: an
 * id the collection no longer returns leaves the index. Running it twice changes nothing.
 */
export async function applyOutboxRows(
  engine: SearchEngine,
  db: DbOrTrx,
  rows: { indexUid: string; documentId: string }[],
) {
  for (const [indexUid, ids] of idsByIndex(rows)) {
    const collection = collectionOf(indexUid);
    if (!collection) continue; // an index this version no longer has: its rows are simply done
    const documents = await collection.documentsByIds(db, ids);
    const kept = new Set(documents.map((d) => d.id));
    const removed = ids.filter((id) => !kept.has(id));
    if (documents.length) await engine.upsert(indexUid, documents);
    if (removed.length) await engine.delete(indexUid, removed);
  }
}

/**
 * Applies one batch of due outbox rows to the engine. The rows stay locked while the engine works and are
 * marked done only after it confirms; on failure they are rescheduled with backoff. Returns how many rows
 * were handled (0 when nothing was due).
 */
export async function relayOnce(
  engine: SearchEngine,
  { db = getDb(), batchSize = 500 }: { db?: Db; batchSize?: number } = {},
) {
  return db.transaction().execute(async (trx) => {
    const rows = await claimDueOutboxRows(trx, batchSize);
    if (rows.length === 0) return 0;
    try {
      await applyOutboxRows(engine, trx, rows);
      await markOutboxDone(
        trx,
        rows.map((r) => r.id),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await markOutboxFailed(trx, rows, message, (attempts) => new Date(Date.now() + retryDelayMs(attempts)));
    }
    return rows.length;
  });
}

/** Drains everything due now (used by tests, the reindex command and the relay loop). */
export async function relayAllDue(engine: SearchEngine, options: { db?: Db; batchSize?: number } = {}) {
  let total = 0;
  for (;;) {
    const handled = await relayOnce(engine, options);
    total += handled;
    if (handled < (options.batchSize ?? 500)) return total;
  }
}

export interface RelayLoop {
  stop(): Promise<void>;
}

/**
 * Polls the outbox; a failing engine only delays the index, never the writes. The engine is asked for on every
 * round, so an engine that was down at start-up is picked up once it answers.
 */
export function startRelayLoop(
  getEngine: () => Promise<SearchEngine>,
  { intervalMs = 200, onError }: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): RelayLoop {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let lastReport = 0;
  const report = (error: unknown) => {
    // Once a minute at most: an outage must be visible in the log without flooding it.
    if (Date.now() - lastReport > 60_000) {
      lastReport = Date.now();
      onError?.(error);
    }
  };
  const tick = () => {
    running = getEngine()
      .then((engine) => relayAllDue(engine))
      .then(() => undefined)
      .catch(report)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
