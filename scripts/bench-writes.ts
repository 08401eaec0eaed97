/**
 * Goal 4 of issue 17 (writes): bid submissions from distinct organizations on one task whose deadline is open,
 * ≥ 200 req/s at 10 connections, with zero lost or duplicated bids counted in the database after the run.
 *
 * Seeds one open task and BENCH_BIDS organizations (owner, session, draft bid) directly in the database, starts
 * the production build as `npm start` serves it, then posts every bid's submission once through HTTP exactly as
 * the bid editor does with JavaScript on (single fetch: POST /bids/:id.data, the content form's fields with
 * intent=submit, the CSRF field and cookie, the session cookie, Origin). Each request is one organization's bid;
 * afterwards the database must hold exactly BENCH_BIDS submitted bids on the task, one per organization, one
 * `bid.submit` audit entry each, and the audit chain must verify.
 */
import os from "node:os";
import autocannon from "autocannon";
import { sql } from "kysely";
import { closeDb, createDb, getDb, withDb } from "../db/client";
import { verifyAuditChain } from "../db/repositories/audit";
import { insertSession } from "../db/repositories/identity";
import { createList, createOrganizationWithOwner, createTask } from "../app/server/demo/factories.server";
import { startBid } from "../app/server/bidding/bids.server";
import { hashToken, newToken } from "../app/server/identity/auth.server";
import { csrfCookie, sessionCookie } from "../app/server/platform/cookies.server";
import { newCsrfToken } from "../app/server/platform/request-guard.server";
import type { OrgActor } from "../app/server/platform/actor.server";
import {
  benchPostgres,
  cpuProfArgs,
  cpuSecondsOf,
  cpuSecondsOfPid,
  percentile,
  startBuiltApp,
  type BenchSection,
} from "./bench-support";

const BIDS = Number(process.env.BENCH_BIDS ?? 3000);
const CONNECTIONS = 10;
const GOAL_RPS = 200;
const CORES = os.availableParallelism();

/** The content form as the browser posts it (conform's field names), complete for a task with 3 indicators. */
const CONTENT: Record<string, string> = {
  intent: "submit",
  summary: "基于边缘计算的跌倒识别方案",
  "proposal.approach": "技术路线",
  "proposal.innovation": "创新点",
  "proposal.capacity": "实施基础",
  "proposal.risks": "风险",
  plannedInvestment: "950万",
  "breakdown[0].item": "设备",
  "breakdown[0].amount": "9,000,000",
  "breakdown[1].item": "软件",
  "breakdown[1].amount": "50万元",
  "milestones[0].date": "2099-06-30",
  "milestones[0].deliverable": "试点上线",
  "team[0].name": "张三",
  "team[0].role": "项目负责人",
  "team[0].organization": "测试单位",
  "responses[0].position": "0",
  "responses[0].response": "响应一",
  "responses[1].position": "1",
  "responses[1].response": "响应二",
  "responses[2].position": "2",
  "responses[2].response": "响应三",
};

interface Bidder {
  bidId: number;
  cookie: string;
  csrf: string;
}

const cookiePair = (serialized: string) => serialized.split(";")[0]!;

/** One open task and `count` organizations, each with a signed-in owner and a draft bid on the task. */
async function seedBidders(url: string, count: number) {
  // The seed's own pool: commits need not wait for the disk (nothing here is measured).
  const seedDb = createDb(url, { max: 8, synchronousCommit: false });
  try {
    return await withDb(seedDb, async () => {
      const list = await createList(seedDb, { year: 2099, status: "published", publishedAt: new Date() });
      const task = await createTask(seedDb, list, {
        title: "写入基准任务",
        domain: "ai",
        bidDeadline: new Date(Date.now() + 30 * 86_400_000),
        maxWinners: 1,
        status: "published",
      });
      const bidders: Bidder[] = new Array<Bidder>(count);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < count; i = next++) {
          const { organization, owner } = await createOrganizationWithOwner(seedDb, {
            name: `写入基准单位${i}`,
            owner: { email: `bench-writes-${i}@example.com`, name: `负责人${i}`, passwordHash: "!bench" },
          });
          const actor: OrgActor = {
            id: owner.id,
            ip: "127.0.0.1",
            organization: { id: organization.id, name: organization.name, role: "owner" },
          };
          const started = await startBid(actor, task.code);
          if (!started.ok) throw new Error(`could not start bid ${i}: ${JSON.stringify(started)}`);
          const token = newToken();
          await insertSession(seedDb, {
            idHash: hashToken(token),
            userId: owner.id,
            expiresAt: new Date(Date.now() + 86_400_000),
            ip: "127.0.0.1",
            userAgent: "bench",
          });
          const csrf = newCsrfToken();
          bidders[i] = {
            bidId: started.value.bidId,
            cookie: `${cookiePair(await sessionCookie().serialize(token))}; ${cookiePair(await csrfCookie().serialize(csrf))}`,
            csrf,
          };
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      return { task, bidders };
    });
  } finally {
    await seedDb.destroy();
  }
}

/** What the database holds after the run: submitted bids on the task, per organization, and the chain. */
async function countAfter(taskId: number) {
  const db = getDb();
  const bids = await db
    .selectFrom("bids")
    .select((eb) => [
      eb.fn.countAll<number>().as("all"),
      eb.fn.count<number>("leadOrgId").distinct().as("orgs"),
      eb.fn.sum<number>(eb.case().when("status", "=", "submitted").then(1).else(0).end()).as("submitted"),
    ])
    .where("taskId", "=", taskId)
    .executeTakeFirstOrThrow();
  const audits = await db
    .selectFrom("auditLog")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("action", "=", "bid.submit")
    .executeTakeFirstOrThrow();
  const chain = await verifyAuditChain(db);
  return {
    bids: Number(bids.all),
    orgs: Number(bids.orgs),
    submitted: Number(bids.submitted ?? 0),
    submitAudits: Number(audits.n),
    chainOk: chain.ok,
    chainChecked: chain.checked,
  };
}

export async function benchWrites(): Promise<BenchSection[]> {
  const database = await benchPostgres();
  let app: Awaited<ReturnType<typeof startBuiltApp>> | undefined;
  try {
    process.env.DATABASE_URL = database.url;
    const seedStart = performance.now();
    const { task, bidders } = await seedBidders(database.url, BIDS);
    // Statistics as autovacuum keeps them on a live database: planned on the empty tables' statistics, finding the
    // staff to notify read every user twice per submission.
    const owner = createDb(database.ownerUrl, { max: 1 });
    await sql`ANALYZE`.execute(owner);
    await owner.destroy();
    console.log(
      `\nseeded 1 open task and ${BIDS} organizations with a draft bid and a session in ${Math.round(performance.now() - seedStart)} ms`,
    );
    app = await startBuiltApp(database, {}, cpuProfArgs());
    const base = app.base;
    const times: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const appPid = app.child.pid!;
    const cpuBefore = {
      app: cpuSecondsOfPid(appPid),
      database: cpuSecondsOf("postgres"),
      bench: process.cpuUsage(),
    };
    const started = performance.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: CONNECTIONS,
          amount: BIDS,
          requests: [
            {
              method: "POST",
              // Each request is the next organization's submission; none is sent twice.
              setupRequest: (request) => {
                const bidder = bidders[next++ % BIDS]!;
                return {
                  ...request,
                  path: `/bids/${bidder.bidId}.data`,
                  headers: {
                    "content-type": "application/x-www-form-urlencoded",
                    origin: base,
                    cookie: bidder.cookie,
                  },
                  body: new URLSearchParams({ csrf: bidder.csrf, ...CONTENT }).toString(),
                };
              },
            },
          ],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on("response", (_client, status, _bytes, responseTime) => {
        times.push(responseTime);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
    });
    const seconds = (performance.now() - started) / 1000;
    // CPU per submission: the app process, the database's processes, and this one (the load generator).
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const perRequestMs = (cpuSeconds: number) => (cpuSeconds * 1000) / Math.max(times.length, 1);
    const cpu = {
      app: perRequestMs(cpuSecondsOfPid(appPid) - cpuBefore.app),
      database: perRequestMs(cpuSecondsOf("postgres") - cpuBefore.database),
      bench: perRequestMs((benchCpu.user + benchCpu.system) / 1e6),
    };
    const cpuTotal = cpu.app + cpu.database + cpu.bench;
    times.sort((a, b) => a - b);
    const after = await countAfter(task.id);
    const rps = times.length / seconds;
    const lost = BIDS - after.submitted;
    const duplicated = after.bids - after.orgs + Math.max(0, after.submitAudits - after.submitted);
    const met = rps >= GOAL_RPS && lost === 0 && duplicated === 0 && after.chainOk && result.errors === 0;
    const statusText = [...statuses].map(([status, n]) => `${status}×${n}`).join(", ");
    const table = [
      `Bid submissions (POST /bids/:id.data, intent=submit with the content), ${BIDS} distinct organizations on one open task, ${CONNECTIONS} connections (goal: ≥ ${GOAL_RPS} req/s, zero lost or duplicated)`,
      "| requests | req/s | latency p50 / p95 / p99 ms | statuses | errors | submitted bids in DB | bids on task / distinct orgs | bid.submit audit entries | chain verifies | goal met |",
      "|---|---|---|---|---|---|---|---|---|---|",
      `| ${times.length} | ${rps.toFixed(0)} | ${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)} / ${percentile(times, 99).toFixed(1)} | ${statusText} | ${result.errors} | ${after.submitted} / ${BIDS} | ${after.bids} / ${after.orgs} | ${after.submitAudits} | ${after.chainOk ? `yes (${after.chainChecked})` : "NO"} | ${met ? "yes" : "no"} |`,
      "",
      `CPU per submission: app ${cpu.app.toFixed(1)} ms + database ${cpu.database.toFixed(1)} ms + load generator ${cpu.bench.toFixed(1)} ms = ${cpuTotal.toFixed(1)} ms; ${CORES} cores can do at most ${Math.floor((CORES * 1000) / cpuTotal)} of them a second, and the app process alone (one core) ${Math.floor(1000 / cpu.app)}.`,
    ].join("\n");
    console.log(`\n${table}`);
    return [
      {
        goal: "writes",
        table,
        metrics: {
          requests: times.length,
          rps,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          errors: result.errors + result.non2xx,
          submitted: after.submitted,
          lost,
          duplicated,
          chainOk: after.chainOk ? 1 : 0,
          appCpuMsPerRequest: cpu.app,
          databaseCpuMsPerRequest: cpu.database,
          loadGeneratorCpuMsPerRequest: cpu.bench,
        },
        met,
      },
    ];
  } finally {
    await app?.stop();
    await closeDb();
    await database.stop();
  }
}
