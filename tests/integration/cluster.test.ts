// Several app processes on one database (issue 17, goal 3): one leader runs the background work, and every
// process's embedded index follows the outbox. First the election in this process (two candidates, one lock),
// then the real thing: the built server with WEB_CONCURRENCY=2, each worker asked through its own connection.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { freePort } from "../../db/embedded";
import { LEADER_APPLICATION_NAME, LEADER_LOCK_KEY, startLeaderElection } from "../../db/leader-lock";
import { createList, createTask, DEMO_POLICY, ensurePolicy } from "../../app/server/demo/factories.server";
import { waitForHealth } from "../../scripts/bench-support";
import { asOwner } from "../support/owner";

const TOKEN = "cluster-health-token-0123456789";

/** Polls `probe` until it returns a value (not undefined); fails after `seconds`. No timing is asserted. */
async function eventually<T>(probe: () => Promise<T | undefined>, what: string, seconds = 30): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The backend holding the leader lock in this database, with the process id its connection names. */
async function lockHolder() {
  const { rows } = await sql<{ backend: number; applicationName: string }>`
    SELECT l.pid AS backend, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.classid = 0
      AND l.objid::bigint = ${LEADER_LOCK_KEY}::bigint
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(getDb());
  return rows[0];
}

async function endSession(backend: number) {
  await asOwner((db) => sql`SELECT pg_terminate_backend(${backend}::int)`.execute(db));
}

describe("the leader election", () => {
  it("has one leader; when its session ends another takes over, and the work never runs in both at once", async () => {
    const ticks: string[] = [];
    let active = 0;
    let mostActive = 0;
    const candidate = (name: string) =>
      startLeaderElection(process.env.DATABASE_URL!, {
        heartbeatMs: 200,
        retryMs: 200,
        lead: async () => {
          mostActive = Math.max(mostActive, ++active);
          const timer = setInterval(() => ticks.push(name), 20);
          return async () => {
            clearInterval(timer);
            active--;
          };
        },
      });
    const a = await candidate("a");
    const b = await candidate("b");
    try {
      expect(a.leading).toBe(true);
      expect(b.leading).toBe(false);
      await eventually(async () => (ticks.length >= 3 ? true : undefined), "a's work");

      const holder = await lockHolder();
      expect(holder?.applicationName).toBe(`${LEADER_APPLICATION_NAME}:${process.pid}`);
      await endSession(holder!.backend);
      await eventually(async () => (b.leading ? true : undefined), "b to take over");
      expect(a.leading).toBe(false);
      const takenOver = ticks.length;
      await eventually(async () => (ticks.length >= takenOver + 3 ? true : undefined), "b's work");
      // a's work stopped before b's started; a keeps trying but the lock is b's.
      expect(ticks.lastIndexOf("a")).toBeLessThan(ticks.indexOf("b"));
      expect(mostActive).toBe(1);
      expect(a.leading).toBe(false);
    } finally {
      await a.stop();
      await b.stop();
    }
    // Stopping releases the lock (once the server has ended the sessions).
    await eventually(async () => ((await lockHolder()) ? undefined : true), "the lock to be free");
  });
});

/** GET through one kept-alive socket: the cluster gives each connection to one worker. */
function client(base: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (pathname: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      http
        .get(`${base}${pathname}`, { agent, headers }, (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
        })
        .on("error", reject);
    });
  return {
    get,
    async role() {
      const { body } = await get("/healthz", { authorization: `Bearer ${TOKEN}` });
      return (body as { process: { pid: number; leader: boolean } }).process;
    },
    async codes(q: string) {
      const { status, body } = await get(`/api/v1/tasks?q=${encodeURIComponent(q)}&hitsPerPage=50`);
      if (status !== 200) throw new Error(`search answered ${status}`);
      return (body as { hits: { code: string }[] }).hits.map((hit) => hit.code).sort();
    },
    close: () => agent.destroy(),
  };
}

async function publishTask(title: string) {
  const db = getDb();
  await ensurePolicy(db, { ...DEMO_POLICY });
  const list = await createList(db, { year: 2026, status: "published", publishedAt: new Date() });
  const task = await createTask(db, list, {
    title,
    domain: "ai",
    bidDeadline: new Date(Date.now() + 30 * 86_400_000),
    status: "published",
    publishedAt: new Date(),
  });
  return task.code;
}

describe("WEB_CONCURRENCY=2 (the built server)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-cluster-"));
  let server: ChildProcess | undefined;
  let output = "";
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      server.kill("SIGKILL");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("every process answers the same hits after a write, before and after the leader's session ends", async () => {
    if (!existsSync("build/server/serve.js")) throw new Error("run `npm run build` first");
    const port = await freePort();
    // `npm start`'s server entry, run by node itself.
    server = spawn(process.execPath, ["build/server/serve.js", "--built"], {
      env: {
        ...process.env,
        WEB_CONCURRENCY: "2",
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        SEED_DEMO: "false",
        HEALTH_TOKEN: TOKEN,
        DATA_DIR: dir,
        MAIL_DIR: path.join(dir, "mail"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(`${base}/healthz`, server, 120);
      // The primary's banner, once both workers listen.
      await eventually(
        async () => (output.includes("processes: 2 (WEB_CONCURRENCY)") ? true : undefined),
        "the banner",
      );

      // One kept-alive connection per worker (connections go to the workers in turn).
      const byPid = new Map<number, ReturnType<typeof client>>();
      await eventually(async () => {
        const c = client(base);
        const { pid } = await c.role();
        if (byPid.has(pid)) c.close();
        else byPid.set(pid, c);
        return byPid.size === 2 ? true : undefined;
      }, "both workers");
      const workers = [...byPid.values()];
      const leaders = async () => (await Promise.all(workers.map((w) => w.role()))).filter((r) => r.leader);
      const [first] = await eventually(async () => {
        const found = await leaders();
        expect(found.length).toBeLessThanOrEqual(1);
        return found.length === 1 ? found : undefined;
      }, "a leader");
      expect((await lockHolder())?.applicationName).toBe(`${LEADER_APPLICATION_NAME}:${first!.pid}`);

      const sameHits = async (q: string, code: string) =>
        eventually(async () => {
          const answers = await Promise.all(workers.map((w) => w.codes(q)));
          return answers.every((codes) => codes.includes(code)) ? answers : undefined;
        }, `every worker to find ${code}`);

      const before = await sameHits("量子集群一致性", await publishTask("量子集群一致性验证平台"));
      expect(before[0]).toEqual(before[1]);

      // The leader's lock connection dies: the other worker takes over, the old one follows.
      await endSession((await lockHolder())!.backend);
      const [second] = await eventually(async () => {
        const found = await leaders();
        expect(found.length).toBeLessThanOrEqual(1);
        return found.length === 1 && found[0]!.pid !== first!.pid ? found : undefined;
      }, "the other worker to lead");
      expect((await lockHolder())?.applicationName).toBe(`${LEADER_APPLICATION_NAME}:${second!.pid}`);

      const after = await sameHits("量子集群一致性", await publishTask("量子集群一致性复核平台"));
      expect(after[0]).toEqual(after[1]);
      expect(after[0]).toHaveLength(2);
      // The new leader does the outbox bookkeeping: every row ends up done.
      await eventually(async () => {
        const pending = await getDb()
          .selectFrom("searchOutbox")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("doneAt", "is", null)
          .executeTakeFirstOrThrow();
        return Number(pending.n) === 0 ? true : undefined;
      }, "the outbox to be done");
      for (const w of workers) w.close();

      // SIGTERM to the primary stops the workers, which give the lock back.
      const exited = new Promise<number | null>((r) => server!.once("exit", (code) => r(code)));
      server.kill("SIGTERM");
      expect(await exited).toBe(0);
      await eventually(async () => ((await lockHolder()) ? undefined : true), "the lock to be free");
    } catch (error) {
      console.log(output);
      throw error;
    }
  }, 180_000);
});
