import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { appendAudit, verifyAuditChain } from "../../db/repositories/audit";
import { asOwner } from "../support/owner";

const run = promisify(execFile);

async function appendSome(n: number) {
  for (let i = 0; i < n; i++) {
    await getDb()
      .transaction()
      .execute((trx) =>
        appendAudit(trx, {
          actorUserId: null,
          action: "award.approve",
          entityType: "award",
          entityId: i,
          before: { status: "computed" },
          after: { status: "approved", payableFen: 123_456 + i },
        }),
      );
  }
}

describe("audit trail", () => {
  it("chains concurrent appends without gaps and verifies", async () => {
    await Promise.all(Array.from({ length: 20 }, () => appendSome(1)));
    const rows = await getDb().selectFrom("auditLog").select("seq").orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, checked: rows.length, firstBreak: null });
  });

  // The app's role has no such privilege at all (tests/security/audit-anchoring.test.ts); the trigger stops even
  // the owner unless the owner disables it first.
  it("refuses UPDATE, DELETE and TRUNCATE, even by the owner", async () => {
    await appendSome(1);
    await asOwner(async (owner) => {
      await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(owner)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(owner)).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE audit_log`.execute(owner)).rejects.toThrow(/append-only/);
    });
  });

  it("detects tampering by someone who bypasses the trigger, naming the first broken entry, via npm run audit:verify", async () => {
    await appendSome(5);
    const target = (
      await getDb()
        .selectFrom("auditLog")
        .select("seq")
        .orderBy("seq")
        .offset(3)
        .limit(1)
        .executeTakeFirstOrThrow()
    ).seq;
    const intact = await run("npx", ["tsx", "scripts/audit-verify.ts"], { env: process.env });
    expect(intact.stdout).toMatch(/Audit chain intact: \d+ entries verified/);

    await asOwner(async (owner) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(owner);
      await sql`UPDATE audit_log SET after = jsonb_set(after, '{payableFen}', '999999999') WHERE seq = ${target}`.execute(
        owner,
      );
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(owner);
    });

    expect(await verifyAuditChain(getDb())).toMatchObject({
      ok: false,
      firstBreak: { seq: target, reason: "hash" },
    });
    const broken = await run("npx", ["tsx", "scripts/audit-verify.ts"], { env: process.env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect("code" in broken && broken.code).toBe(2);
    expect(broken.stderr).toContain(`Audit chain BROKEN at entry seq=${target}`);
  });
});
