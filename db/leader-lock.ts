import { openSql } from "./sql-client";

/**
 * One leader among every app process on a database (issue 17): the one holding a session-level advisory lock
 * on its own connection runs the background work (sweepers, outbox relay, mail relay); the others try again
 * every `retryMs` and take over when the holder's session ends (the process died, or its connection did).
 *
 * A leader that loses its connection stops its work at once (the connection's close event) or at the latest
 * at the next heartbeat, which also checks that this session still holds the lock (postgres.js reconnects
 * silently, and a new session holds nothing; a heartbeat gets two more to answer). A process that takes over
 * from another waits three heartbeats before starting, so the work of a deposed leader that has not noticed yet
 * does not overlap its own.
 */

/** The lock's key: one per database (advisory locks are per database), so test databases never collide. */
export const LEADER_LOCK_KEY = 0x4a420017;
export const LEADER_APPLICATION_NAME = "jiebang-leader";

export interface LeaderElection {
  readonly leading: boolean;
  /** Stops the work (when leading), releases the lock and closes the connection. */
  stop(): Promise<void>;
}

export interface LeaderOptions {
  /** Starts the background work; resolves with the function that stops it. */
  lead: () => Promise<() => Promise<void>>;
  heartbeatMs?: number;
  retryMs?: number;
  onChange?: (leading: boolean) => void;
  onError?: (error: unknown) => void;
}

/** Tries once at once (a lone process leads before this resolves, as before issue 17), then keeps trying. */
export async function startLeaderElection(
  url: string,
  { lead, heartbeatMs = 1000, retryMs = 2000, onChange, onError }: LeaderOptions,
): Promise<LeaderElection> {
  let stopped = false;
  let leading = false;
  let stopWork: (() => Promise<void>) | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Start, step down and stop one after the other, never interleaved.
  let queue: Promise<void> = Promise.resolve();
  const serially = (step: () => Promise<void>) => (queue = queue.then(step).catch((e) => onError?.(e)));

  const sql = openSql(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    onnotice: () => {},
    connect_timeout: 10,
    connection: { application_name: `${LEADER_APPLICATION_NAME}:${process.pid}` },
    // The session, and with it the lock, is gone: stop the work now rather than at the next heartbeat.
    onclose: () => {
      if (leading) void serially(() => stepDown());
    },
  });

  const holdsLock = async () => {
    const [row] = await sql<{ held: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()
        AND granted AND objsubid = 1 AND classid = 0 AND objid::bigint = ${LEADER_LOCK_KEY}::bigint) AS held`;
    return row?.held === true;
  };

  const withTimeout = <T>(work: Promise<T>, ms: number) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer")), ms).unref()),
    ]);

  function schedule(step: () => Promise<void>, ms: number) {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void serially(step), ms);
  }

  async function stepDown() {
    if (!leading) return;
    leading = false;
    onChange?.(false);
    const stop = stopWork;
    stopWork = undefined;
    await stop?.().catch((error) => onError?.(error));
    // When the session survived (we chose to stop), let the next process in now.
    await withTimeout(sql`SELECT pg_advisory_unlock(${LEADER_LOCK_KEY}::bigint)`, heartbeatMs * 2).catch(
      () => {},
    );
    schedule(attempt, retryMs);
  }

  async function heartbeat() {
    if (!leading || stopped) return;
    const held = await withTimeout(holdsLock(), heartbeatMs * 2).catch(() => false);
    if (!held) return stepDown();
    schedule(heartbeat, heartbeatMs);
  }

  async function attempt(initial = false) {
    if (stopped || leading) return;
    let got = false;
    try {
      const [row] = await sql<
        { got: boolean }[]
      >`SELECT pg_try_advisory_lock(${LEADER_LOCK_KEY}::bigint) AS got`;
      got = row?.got === true;
    } catch {
      got = false; // the database is away: try again later
    }
    if (!got) return schedule(attempt, retryMs);
    if (!initial) {
      // Taking over: a deposed leader notices within a heartbeat (three when its database does not answer).
      await new Promise((r) => setTimeout(r, heartbeatMs * 3));
      if (stopped || !(await holdsLock().catch(() => false))) return schedule(attempt, retryMs);
    }
    leading = true;
    onChange?.(true);
    try {
      stopWork = await lead();
    } catch (error) {
      onError?.(error);
      // Work that failed to start is tried again by the next leader (maybe this process).
      return stepDown();
    }
    // A session that ended while the work was starting has queued its step-down behind this.
    schedule(heartbeat, heartbeatMs);
  }

  await serially(() => attempt(true));
  return {
    get leading() {
      return leading;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await serially(async () => {
        if (leading) {
          leading = false;
          const stop = stopWork;
          stopWork = undefined;
          await stop?.().catch((error) => onError?.(error));
        }
      });
      await sql.end({ timeout: 2 }).catch(() => {});
    },
  };
}
