import { getDb, type Db } from "../db/client";
import {
  currentSnapshot,
  markOutboxDoneUpTo,
  notifyOutboxApplied,
  outboxRowsSince,
} from "../db/repositories/search";
import type { SearchEngine } from "./engine";
import { applyOutboxRows } from "./outbox-relay";

/**
 * Keeps one process's embedded index current when several app processes share a database (issue 17). Every
 * process tails the outbox itself: each round reads, in one REPEATABLE READ transaction, the rows committed
 * since the snapshot of its previous round and applies their documents as that transaction sees them, so a
 * round never misses a row and applying one twice changes nothing.
 *
 * The leader reads every 200 ms (as the relay did), marks what its index holds done (the outbox lag /healthz
 * reports) and NOTIFYs; the others read on that notification, and every few seconds anyway, so a notification
 * lost (a dropped LISTEN connection) delays a process by seconds, never for good.
 */

export const LEADER_INTERVAL_MS = 200;
export const FOLLOWER_INTERVAL_MS = 3000;
const PAGE = 1000;

export interface OutboxFollower {
  /** Something was committed: read now (or right after the round under way). */
  poke(): void;
  /** Leading: read often, mark done, notify the others. */
  setLeading(leading: boolean): void;
  /** Runs a round now and waits for it (tests; start-up). */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

/** The snapshot to start from: take it before building the index from the database, then follow from it. */
export function outboxSnapshot(db: Db = getDb()): Promise<string> {
  return currentSnapshot(db);
}

export function startOutboxFollower(
  engine: SearchEngine,
  since: string,
  {
    db = getDb(),
    leaderIntervalMs = LEADER_INTERVAL_MS,
    followerIntervalMs = FOLLOWER_INTERVAL_MS,
    onError,
  }: {
    db?: Db;
    leaderIntervalMs?: number;
    followerIntervalMs?: number;
    onError?: (error: unknown) => void;
  } = {},
): OutboxFollower {
  let snapshot = since;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let lastReport = 0;

  async function round(): Promise<number> {
    const next = await db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => {
        const seen = await currentSnapshot(trx);
        let count = 0;
        let afterId = 0;
        for (;;) {
          const rows = await outboxRowsSince(trx, snapshot, afterId, PAGE);
          if (rows.length) await applyOutboxRows(engine, trx, rows);
          count += rows.length;
          if (rows.length < PAGE) break;
          afterId = rows.at(-1)!.id;
        }
        return { seen, count };
      });
    snapshot = next.seen;
    if (leading) {
      await markOutboxDoneUpTo(db, snapshot);
      if (next.count) await notifyOutboxApplied(db);
    }
    return next.count;
  }

  function schedule() {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, leading ? leaderIntervalMs : followerIntervalMs);
  }

  function run(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    clearTimeout(timer);
    running = round()
      .catch((error: unknown) => {
        // Once a minute at most: the snapshot did not move, so the next round reads the same rows again.
        if (Date.now() - lastReport > 60_000) {
          lastReport = Date.now();
          onError?.(error);
        }
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          void run();
        } else schedule();
      });
    return running;
  }

  void run();
  return {
    poke: () => void run(),
    setLeading(value) {
      leading = value;
      if (value) void run();
      else schedule();
    },
    async catchUp() {
      if (running) await running;
      return run();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
