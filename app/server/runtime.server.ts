/**
 * The process's background parts — database, migrations, demo data, sweepers, search relay, mail relay — as
 * one object the server entry reaches through the Remix build (`entry.server.tsx` re-exports it), so requests and
 * background work share one copy of every module: one pool, one search engine, one file storage.
 *
 * Several processes may share one database (WEB_CONCURRENCY workers, or processes on several machines): each
 * keeps its own embedded index current by following the outbox, and the one holding the leader lock
 * (db/leader-lock.ts) runs the sweeps, the outbox bookkeeping or Meilisearch relay, and the mail relay.
 */
import { sweepExpiredLimits } from "./platform/rate-limit.server";
import path from "node:path";
import { closeDb, getDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { OUTBOX_CHANNEL, pruneOutbox } from "../../db/repositories/search";
import { resolveDatabase } from "../../db/resolve-database";
import { startRelayLoop, type RelayLoop } from "../../search/outbox-relay";
import { outboxSnapshot, startOutboxFollower, type OutboxFollower } from "../../search/outbox-follower";
import { startLeaderElection, type LeaderElection } from "../../db/leader-lock";
import type postgres from "postgres";
import { openSql } from "../../db/sql-client";
import { reindexAll } from "../../search/reindex";
import { searchEngine } from "../../search/runtime";
import { publishDailyAuditHead } from "./audit/heads.server";
import { finalizeDueNotices } from "./bidding/notices.server";
import { closeBiddingAtDeadlines } from "./catalog/tasks.server";
import { sdItemSweeps } from "./supply-demand/items/sweeps.server";
import { mmAgendaSweeps } from "./matchmaking/agenda/sweeps.server";
import { expireDueExpressions } from "./supply-demand/expressions/expressions.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./demo/seed.server";
import { demoAccountEmails, productionStartProblem } from "./demo/production-check.server";
import { mailTransportFromEnv, startMailRelay, type MailRelay } from "./notifications/mail.server";
import { createAppHandler } from "./platform/app-handler.server";
import { clientIpOf } from "./platform/client-ip.server";
import { readEnv, trustedProxyHops, type Env } from "./platform/env.server";
import { baseSecurityHeaders, RESOURCE_POLICY } from "./platform/security-headers.server";
import { expireDueMeetingRequests } from "./matchmaking/meetings/requests.server";
import { setProcessRole } from "./platform/process-role.server";

export interface RuntimeOptions {
  say: (line: string) => void;
  /**
   * A worker of `WEB_CONCURRENCY` processes: the primary started the database (DATABASE_URL), migrated it and
   * seeded the demo data once; this process only connects.
   */
  worker?: boolean;
}

export interface StartedRuntime {
  env: Env;
  createAppHandler: typeof createAppHandler;
  /** The client address for a connection: X-Forwarded-For believed only as far as TRUST_PROXY_HOPS reach. */
  clientIp(socketAddress: string | undefined, forwardedFor: string | null): string;
  /** The security headers for the static files the server sends itself. */
  staticHeaders: Record<string, string>;
  /** Lines for the start-up banner: database, demo accounts, search, mail. */
  report: string[];
  stop(): Promise<void>;
}

/**
 * Bidding closes by itself at each deadline (pages compute it live; this makes it durable and audited), notices
 * whose period is over with no pending objection become final, and indexed outbox rows older than a day are
 * dropped, as are rate-limit counters that expired an hour ago. The first sweep of each Asia/Shanghai day publishes
 * the audit chain's head (/audit).
 */
async function everyMinute(say: (line: string) => void) {
  try {
    const closed = await closeBiddingAtDeadlines();
    if (closed.length) say(`bidding closed at deadline: ${closed.join(", ")}`);
    const finalized = await finalizeDueNotices();
    if (finalized.length) say(`notices final: ${finalized.join(", ")}`);
    const lapsed = await expireDueExpressions();
    if (lapsed) say(`expressions of interest lapsed: ${lapsed}`);
    const meetingsLapsed = await expireDueMeetingRequests();
    if (meetingsLapsed) say(`meeting requests expired: ${meetingsLapsed}`);
    await pruneOutbox(getDb(), new Date(Date.now() - 24 * 60 * 60 * 1000));
    await sweepExpiredLimits();
    const head = await publishDailyAuditHead();
    if (head) say(`audit chain head published for ${head.day}: ${head.seq}`);
  } catch (error) {
    console.error("minute sweep (bidding deadlines, notices) failed:", error);
  }
  await sdItemSweeps(say);
  await mmAgendaSweeps(say);
}

function describeCounts(counts: Record<string, number>) {
  return Object.entries(counts)
    .map(([index, count]) => `${count} ${index}`)
    .join(", ");
}

/** Lines for the banner: database, role, migrations, demo accounts. */
export interface PreparedDatabase {
  url: string;
  report: string[];
  /** Closes this process's pool (the cluster primary serves nothing and keeps no connection open). */
  closePool(): Promise<void>;
  release(): Promise<void>;
}

/**
 * The database as the app needs it: started (embedded unless DATABASE_URL), migrated by its owner, refused in
 * production while a demo account exists, demo data seeded outside production. Once per start: the cluster
 * primary runs it before forking its workers, a lone process inside startRuntime.
 */
export async function prepareDatabase(env: Env = readEnv()): Promise<PreparedDatabase> {
  const production = env.NODE_ENV === "production";
  const database = await resolveDatabase(
    { databaseUrl: env.DATABASE_URL, databaseOwnerUrl: env.DATABASE_OWNER_URL, dataDir: env.DATA_DIR },
    (line) => {
      if (process.env.JIEBANG_DEBUG_POSTGRES === "true") console.log(`[postgres] ${line}`);
    },
  );
  process.env.DATABASE_URL = database.url;
  try {
    const migrations = await migrateToLatest(database.ownerUrl, { appRole: database.appRole });
    // Nothing after this point needs the owner: keep its URL out of reach of the code that serves requests.
    delete process.env.DATABASE_OWNER_URL;
    const applied = migrations.results?.filter((r) => r.status === "Success").length ?? 0;
    const report = [
      `database: ${database.source}${database.freshCluster ? ", new cluster in " + path.join(env.DATA_DIR, "postgres") : ""}; migrations applied now: ${applied}`,
      database.appRole
        ? `database role: the app connects as ${database.appRole} (no owner rights; audit log insert-only)`
        : "database role: the app connects as the owner of its tables (set DATABASE_OWNER_URL to restrict it)",
    ];
    // A production server never runs with the demo's accounts, whose password is public.
    const refusal = production ? productionStartProblem(true, await demoAccountEmails(getDb())) : null;
    if (refusal) throw new Error(refusal);
    if (!production && env.SEED_DEMO) {
      const { seeded } = await seedDemo(database.url);
      report.push(
        `demo data: ${seeded ? "created" : "already present"}; demo accounts (password "${DEMO_PASSWORD}"):`,
        ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(22)} ${account.role}`),
      );
    }
    return { url: database.url, report, closePool: closeDb, release: () => database.release() };
  } catch (error) {
    await closeDb().catch(() => {});
    await database.release().catch(() => {});
    throw error;
  }
}

/**
 * The search side of one process. The embedded engine starts empty, so it is filled from PostgreSQL first and
 * then follows the outbox from the snapshot taken before (every process keeps its own copy; the leader marks
 * rows done and notifies the others). Meilisearch keeps its index and is shared: only the leader's relay writes
 * to it. A search engine that is down never stops the app from starting.
 */
async function startSearch(report: string[]): Promise<{
  follower?: OutboxFollower;
  listener?: postgres.Sql;
}> {
  if (process.env.MEILI_URL) {
    report.push(`search: Meilisearch at ${process.env.MEILI_URL}`);
    return {};
  }
  const engine = await searchEngine();
  const since = await outboxSnapshot();
  report.push(`search: embedded engine, ${describeCounts(await reindexAll(engine))} indexed`);
  const follower = startOutboxFollower(engine, since, {
    onError: (error) => console.error("search outbox follower:", error),
  });
  // Its own connection, which postgres.js re-opens and re-LISTENs; every (re)start of listening reads too.
  const listener = openSql(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await listener
    .listen(
      OUTBOX_CHANNEL,
      () => follower.poke(),
      () => follower.poke(),
    )
    .catch((error: unknown) => console.error("search outbox LISTEN failed (polling instead):", error));
  return { follower, listener };
}

/**
 * The work done once for all processes on the database, by the leader: the minute sweeps (the first at once),
 * the outbox (Meilisearch: the relay; embedded: this process's follower, which then marks rows done), mail.
 */
async function startBackgroundWork(
  env: Env,
  say: (line: string) => void,
  follower: OutboxFollower | undefined,
  report?: string[],
): Promise<() => Promise<void>> {
  await everyMinute(say);
  let relay: RelayLoop | undefined;
  if (follower) follower.setLeading(true);
  else {
    // Meilisearch: a check at start-up that it answers; the relay keeps every change until it does.
    await searchEngine().catch((error: unknown) =>
      console.error(
        "search engine unavailable at start-up; the outbox keeps every change until it answers:",
        error,
      ),
    );
    relay = startRelayLoop(searchEngine, {
      onError: (error) => console.error("search outbox relay:", error),
    });
  }
  const mail = mailTransportFromEnv(env);
  const mailRelay: MailRelay = startMailRelay(mail.transport, {
    onError: (error) => console.error("mail relay:", error),
  });
  report?.push(`mail: ${mail.description}`);
  const sweeper = setInterval(() => void everyMinute(say), 60_000);
  sweeper.unref();
  return async () => {
    clearInterval(sweeper);
    follower?.setLeading(false);
    await relay?.stop().catch(() => {});
    await mailRelay.stop().catch(() => {});
  };
}

export async function startRuntime({ say, worker = false }: RuntimeOptions): Promise<StartedRuntime> {
  const env = readEnv();
  const production = env.NODE_ENV === "production";
  let database: PreparedDatabase | undefined;
  let election: LeaderElection | undefined;
  let search: Awaited<ReturnType<typeof startSearch>> = {};
  const stop = async () => {
    await election?.stop().catch(() => {});
    await search.follower?.stop().catch(() => {});
    await search.listener?.end({ timeout: 2 }).catch(() => {});
    await closeDb().catch(() => {});
    await database?.release().catch(() => {});
  };

  try {
    if (worker) {
      if (!env.DATABASE_URL) throw new Error("a cluster worker needs DATABASE_URL from its primary");
      database = { url: env.DATABASE_URL, report: [], closePool: closeDb, release: async () => {} };
    } else {
      database = await prepareDatabase(env);
    }
    const report = [...database.report];
    search = await startSearch(report);
    const mailLines: string[] = [];
    let firstLead = true;
    election = await startLeaderElection(database.url, {
      lead: () => {
        const lines = firstLead ? mailLines : undefined;
        firstLead = false;
        return startBackgroundWork(env, say, search.follower, lines);
      },
      onChange: (leading) => setProcessRole({ leading }),
      onError: (error) => console.error("background work (leader):", error),
    });
    if (election.leading) report.push(...mailLines);
    else
      report.push(
        "background work (sweeps, outbox, mail): another process leads; this one takes over if it stops",
      );
    const trustedHops = trustedProxyHops(env);
    const clientIp = (socketAddress: string | undefined, forwardedFor: string | null) =>
      clientIpOf({ socketAddress, forwardedFor, trustedHops });
    const staticHeaders = {
      ...baseSecurityHeaders({ production }),
      "content-security-policy": RESOURCE_POLICY,
    };
    return { env, createAppHandler, clientIp, staticHeaders, report, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
