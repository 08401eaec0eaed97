import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { appendAudit, auditChainHead, verifyAuditChain } from "../../db/repositories/audit";
import { publishDailyAuditHead } from "../../app/server/audit/heads.server";
import { asOwner } from "../support/owner";
import { TestBrowser } from "../support/app";

const run = promisify(execFile);

async function appendSome(n: number) {
  for (let i = 0; i < n; i++)
    await getDb()
      .transaction()
      .execute((trx) =>
        appendAudit(trx, {
          actorUserId: null,
          action: "award.approve",
          entityType: "award",
          entityId: i,
          after: { status: "approved", payableFen: 100_000 + i },
        }),
      );
}

/** `npm run audit:verify` with these arguments, as the app's role (DATABASE_URL): its exit code and output. */
async function auditVerify(...args: string[]) {
  // tsx itself rather than through npx: each run starts a process, on a machine that may be busy.
  return run(path.resolve("node_modules/.bin/tsx"), ["scripts/audit-verify.ts", ...args], {
    env: process.env,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe("the app's database role", () => {
  it("is neither a superuser nor the owner of audit_log", async () => {
    const { rows } = await sql<{ me: string; superuser: boolean; owner: string }>`
      SELECT current_user AS me,
             (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
             (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log') AS owner`.execute(getDb());
    expect(rows[0]!.superuser).toBe(false);
    expect(rows[0]!.owner).not.toBe(rows[0]!.me);
  });

  it("may append to the audit log and read its head", async () => {
    await appendSome(2);
    expect(await auditChainHead(getDb())).toMatchObject({ seq: expect.any(Number) });
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true });
  });

  it("may not UPDATE, DELETE or TRUNCATE audit_log, nor ALTER it to DISABLE its trigger", async () => {
    await appendSome(1);
    const denied = /permission denied/;
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(getDb())).rejects.toThrow(
      denied,
    );
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(getDb())).rejects.toThrow(denied);
    await expect(sql`TRUNCATE audit_log`.execute(getDb())).rejects.toThrow(denied);
    await expect(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(getDb()),
    ).rejects.toThrow(/must be owner/);
    await expect(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`.execute(getDb())).rejects.toThrow(
      /must be owner/,
    );
    await expect(sql`DROP TABLE audit_log`.execute(getDb())).rejects.toThrow(/must be owner/);
    // The published heads are as append-only for the app as the log itself.
    await expect(sql`DELETE FROM audit_heads`.execute(getDb())).rejects.toThrow(denied);
    await expect(sql`UPDATE audit_heads SET seq = 1`.execute(getDb())).rejects.toThrow(denied);
    await expect(sql`TRUNCATE audit_heads`.execute(getDb())).rejects.toThrow(denied);
    // Nor can it rewrite the lifecycle rules the status triggers enforce, or the migrator's bookkeeping.
    await expect(sql`DELETE FROM lifecycle_transitions`.execute(getDb())).rejects.toThrow(denied);
    await expect(sql`DELETE FROM kysely_migration`.execute(getDb())).rejects.toThrow(denied);
  });
});

// Each case runs `npm run audit:verify` several times, a process start each.
describe("a published head proves truncation", { timeout: 120_000 }, () => {
  it("publishes one head a day, serves it on /api/v1/audit/heads and /audit, and audit:verify --head catches a cut-back chain", async () => {
    await appendSome(5);
    const now = new Date("2026-12-04T02:00:00Z"); // 10:00 in Shanghai
    const published = await publishDailyAuditHead(now);
    const head = (await auditChainHead(getDb()))!;
    expect(published).toMatchObject({ day: "2026-12-04", seq: head.seq, hash: head.hash });
    // Later the same Shanghai day: still that day's head, even though the chain has grown.
    await appendSome(1);
    expect(await publishDailyAuditHead(new Date("2026-12-04T15:00:00Z"))).toBeNull();
    const saved = `${head.seq}:${head.hash}`;

    const api = await new TestBrowser().get("/api/v1/audit/heads");
    expect(api.status).toBe(200);
    const body = (await api.json()) as { heads: { day: string; seq: number; hash: string; head: string }[] };
    expect(body.heads[0]).toMatchObject({ day: "2026-12-04", seq: head.seq, hash: head.hash, head: saved });
    const page = await new TestBrowser().get("/audit");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(saved);

    const before = await auditVerify("--head", saved);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(`The saved head ${saved} is present in the chain.`);

    // Someone with the owner's password cuts the newest entries, and the published heads with them.
    await asOwner(async (owner) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(owner);
      await sql`DELETE FROM audit_log WHERE seq >= ${head.seq - 1}`.execute(owner);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(owner);
      await sql`ALTER TABLE audit_heads DISABLE TRIGGER USER`.execute(owner);
      await sql`DELETE FROM audit_heads`.execute(owner);
      await sql`ALTER TABLE audit_heads ENABLE TRIGGER USER`.execute(owner);
    });
    // What is left is a perfectly valid chain: only the saved head tells.
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true });
    expect((await auditVerify()).code).toBe(0);
    const after = await auditVerify("--head", saved);
    expect(after.code).toBe(2);
    expect(after.stderr).toContain(`Audit chain TRUNCATED: the saved head ${saved} is gone`);
  });

  it("audit:verify also checks every head published in audit_heads", async () => {
    await appendSome(3);
    const published = (await publishDailyAuditHead(new Date("2026-12-05T02:00:00Z")))!;
    expect((await auditVerify()).code).toBe(0);
    await asOwner(async (owner) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(owner);
      await sql`DELETE FROM audit_log WHERE seq = ${published.seq}`.execute(owner);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(owner);
    });
    const after = await auditVerify();
    expect(after.code).toBe(2);
    expect(after.stderr).toContain(
      `the head ${published.seq}:${published.hash} published for 2026-12-05 is gone`,
    );
  });

  it("refuses a malformed --head", async () => {
    const result = await auditVerify("--head", "12:not-a-hash");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--head needs <seq>:<64 hex digits>");
  });
});
