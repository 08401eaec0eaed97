/**
 * The process's background parts — database, migrations, demo data, sweepers, search relay, mail relay — as
 * one object the server entry reaches through the Remix build (`entry.server.tsx` re-exports it), so requests and
 * background work share one copy of every module: one pool, one search engine, one file storage.
 */
import { sweepExpiredLimits } from "./platform/rate-limit.server";
import path from "node:path";
import { closeDb, getDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { pruneOutbox } from "../../db/repositories/search";
import { resolveDatabase } from "../../db/resolve-database";
import { startRelayLoop, type RelayLoop } from "../../search/outbox-relay";
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

export interface RuntimeOptions {
  say: (line: string) => void;
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

/**
 * The embedded engine starts empty, so it is filled from PostgreSQL first; Meilisearch keeps its index and only
 * catches up through the outbox. A search engine that is down never stops the app from starting.
 */
async function startSearch(report: string[]): Promise<RelayLoop> {
  try {
    const engine = await searchEngine();
    report.push(
      engine.name === "embedded"
        ? `search: embedded engine, ${describeCounts(await reindexAll(engine))} indexed`
        : `search: Meilisearch at ${process.env.MEILI_URL}`,
    );
  } catch (error) {
    console.error(
      "search engine unavailable at start-up; the outbox keeps every change until it answers:",
      error,
    );
  }
  return startRelayLoop(searchEngine, { onError: (error) => console.error("search outbox relay:", error) });
}

export async function startRuntime({ say }: RuntimeOptions): Promise<StartedRuntime> {
  const env = readEnv();
  const production = env.NODE_ENV === "production";
  const database = await resolveDatabase(
    { databaseUrl: env.DATABASE_URL, databaseOwnerUrl: env.DATABASE_OWNER_URL, dataDir: env.DATA_DIR },
    (line) => {
      if (process.env.JIEBANG_DEBUG_POSTGRES === "true") console.log(`[postgres] ${line}`);
    },
  );
  process.env.DATABASE_URL = database.url;

  let sweeper: NodeJS.Timeout | undefined;
  let relay: RelayLoop | undefined;
  let mailRelay: MailRelay | undefined;
  const stop = async () => {
    clearInterval(sweeper);
    await relay?.stop().catch(() => {});
    await mailRelay?.stop().catch(() => {});
    await closeDb().catch(() => {});
    await database.release().catch(() => {});
  };

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
    await everyMinute(say);
    relay = await startSearch(report);
    const mail = mailTransportFromEnv(env);
    mailRelay = startMailRelay(mail.transport, { onError: (error) => console.error("mail relay:", error) });
    report.push(`mail: ${mail.description}`);
    sweeper = setInterval(() => void everyMinute(say), 60_000);
    sweeper.unref();
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
