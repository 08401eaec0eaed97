import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { sql } from "kysely";
import { closeDb, createDb, getDb } from "../db/client";
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../db/app-role";
import { ensureDatabase, startEmbeddedPostgres } from "../db/embedded";
import { migrateToLatest } from "../db/migrate";
import { insertTasksInBulk, reserveTaskSerials } from "../db/repositories/catalog";
import { DISTRICTS } from "../app/domain/districts";
import { formatTaskCode, TASK_DOMAINS } from "../app/domain/task-domains";
import {
  createList,
  createUser,
  DEFAULT_INDICATORS,
  DEMO_POLICY,
  ensurePolicy,
  makeUscc,
} from "../app/server/demo/factories.server";
import { ocdsBulkFile } from "../app/server/open-data/ocds.server";

/**
 * The yearly OCDS bulk file for `npm run bench` (issue 16; goal ≤ 10 s for 10,000 tasks): a fresh database gets
 * 10,000 public tasks of one list year — 40 % still open, 20 % closed with 3 bids each, 30 % in progress (3 bids,
 * one selected, final notice, project), 10 % succeeded with an approved award and two paid payouts — and the
 * bulk file is produced twice (cold, then warm). `tsx scripts/bench.ts --only ocds` runs just this.
 */
const TASKS = Number(process.env.BENCH_OCDS_TASKS ?? 10_000);
const YEAR = 2025;
const ORGS = 2000;

async function seed(ownerUrl: string) {
  const db = getDb();
  const user = await createUser(db, {
    email: "ocds-bench@example.com",
    name: "bench",
    passwordHash: "!no-sign-in",
    roles: ["staff", "finance"],
  });
  const checker = await createUser(db, {
    email: "ocds-bench-2@example.com",
    name: "bench 2",
    passwordHash: "!no-sign-in",
    roles: ["staff", "finance"],
  });
  const policy = await ensurePolicy(db, { ...DEMO_POLICY });
  const list = await createList(db, {
    policyCode: DEMO_POLICY.code,
    year: YEAR,
    status: "published",
    publishedAt: new Date(`${YEAR}-01-05T01:00:00Z`),
  });
  const rows = [];
  for (let i = 0; i < TASKS; i++) {
    const domain = TASK_DOMAINS[i % TASK_DOMAINS.length]!;
    const band = i % 10;
    const publishedAt = new Date(Date.UTC(YEAR, 0, 10 + (i % 60), 2));
    rows.push({
      code: formatTaskCode(YEAR, domain, await reserveTaskSerials(db, YEAR, domain)),
      listId: list.id,
      title: `开放数据基准任务 ${i}`,
      domain,
      demandUnit: `${DISTRICTS[i % DISTRICTS.length]}某单位`,
      district: DISTRICTS[i % DISTRICTS.length]!,
      scenarioNeed: "面向实际需求，建设系统，实现数据互通、业务协同和智能分析。".repeat(4),
      goals: "形成可复制推广的解决方案，准确率不低于95%。",
      eligibility: "在武汉市注册的独立法人单位或联合体。",
      indicativeInvestmentFen: 100_000_000 + i * 1000,
      bidDeadline: new Date(publishedAt.getTime() + (band < 4 ? 400 : 60) * 86_400_000),
      maxWinners: 1,
      contactName: "王工",
      contactPhone: "027-87654321",
      status: (band < 4
        ? "published"
        : band < 6
          ? "bidding_closed"
          : band < 9
            ? "in_progress"
            : "succeeded") as "published" | "bidding_closed" | "in_progress" | "succeeded",
      publishedAt,
      indicators: DEFAULT_INDICATORS,
    });
  }
  await insertTasksInBulk(db, rows);
  // The rest as the owner, set-based: rows a real run would have made through the services.
  const owner = createDb(ownerUrl, { max: 1 });
  try {
    await sql`INSERT INTO organizations (name, type, uscc, district, contact_name, contact_phone)
      SELECT '基准单位' || n, 'enterprise', u, '洪山区', '联系人', '13800000000'
      FROM unnest(${Array.from({ length: ORGS }, (_, i) => makeUscc(700_000_000 + i))}::text[]) WITH ORDINALITY AS t(u, n)`.execute(
      owner,
    );
    await sql`CREATE TEMP TABLE bench_bids AS
      SELECT t.id AS task_id, t.status AS task_status, t.bid_deadline, k,
        (SELECT min(id) FROM organizations) + ((row_number() OVER (ORDER BY t.id, k) * 2) % ${ORGS - 1}) AS lead_org
      FROM tasks t CROSS JOIN generate_series(0, 2) AS k
      WHERE t.status <> 'published'`.execute(owner);
    await sql`INSERT INTO bids (task_id, lead_org_id, status, created_by, submitted_at, decided_at)
      SELECT task_id, lead_org,
        CASE WHEN task_status = 'bidding_closed' THEN 'submitted' WHEN k = 0 THEN 'selected' ELSE 'not_selected' END,
        ${user.id}::bigint, bid_deadline - interval '1 day',
        CASE WHEN task_status = 'bidding_closed' THEN NULL ELSE bid_deadline + interval '5 days' END
      FROM bench_bids ORDER BY task_id, k`.execute(owner);
    await sql`INSERT INTO consortium_members (bid_id, organization_id, role, share_bp, status, invited_by)
      SELECT id, lead_org_id, 'lead', 6000, 'accepted', ${user.id}::bigint FROM bids
      UNION ALL SELECT id, lead_org_id + 1, 'member', 4000, 'accepted', ${user.id}::bigint FROM bids`.execute(
      owner,
    );
    await sql`INSERT INTO notices (task_id, starts_at, ends_at, status, finalized_at, created_by)
      SELECT id, bid_deadline + interval '5 days', bid_deadline + interval '12 days', 'final',
        bid_deadline + interval '12 days', ${user.id}::bigint
      FROM tasks WHERE status IN ('in_progress', 'succeeded')`.execute(owner);
    await sql`INSERT INTO projects (task_id, bid_id, lead_org_id)
      SELECT task_id, id, lead_org_id FROM bids WHERE status = 'selected'`.execute(owner);
    await sql`INSERT INTO awards (project_id, policy_id, basis_fen, rate_bp, raw_fen, cap_fen, capped_fen,
        other_support_fen, payable_fen, bound_by, explanation_zh, explanation_en, status, computed_by, computed_at,
        approved_by, approved_at)
      SELECT p.id, ${policy.id}::bigint, 300000000, 3000, 90000000, 200000000, 90000000, 0, 90000000, 'rate', '基准', 'bench',
        'disbursed', ${user.id}::bigint, t.bid_deadline + interval '300 days', ${checker.id}::bigint, t.bid_deadline + interval '301 days'
      FROM projects p JOIN tasks t ON t.id = p.task_id WHERE t.status = 'succeeded'`.execute(owner);
    await sql`INSERT INTO payouts (award_id, organization_id, amount_fen, status, rail, paid_at)
      SELECT a.id, cm.organization_id, 90000000::bigint * cm.share_bp / 10000, 'paid', 'bank', a.approved_at + interval '20 days'
      FROM awards a JOIN projects p ON p.id = a.project_id JOIN consortium_members cm ON cm.bid_id = p.bid_id`.execute(
      owner,
    );
    await sql`INSERT INTO payout_steps (payout_id, from_status, to_status, at)
      SELECT id, 'processing', 'paid', paid_at FROM payouts`.execute(owner);
  } finally {
    await owner.destroy();
  }
}

export async function benchOcdsBulk() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-bench-ocds-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, "postgres"));
  try {
    await ensureDatabase(pg, "bench_ocds");
    const ownerUrl = pg.url("bench_ocds");
    await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
    await migrateToLatest(ownerUrl, { appRole: EMBEDDED_APP_ROLE });
    process.env.DATABASE_URL = urlAs(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
    const seedStart = performance.now();
    await seed(ownerUrl);
    console.log(`ocds: seeded ${TASKS} public tasks in ${Math.round(performance.now() - seedStart)} ms`);
    const origin = "https://jiebang.example.cn";
    const runs: number[] = [];
    let file: Awaited<ReturnType<typeof ocdsBulkFile>> = null;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      file = await ocdsBulkFile(origin, YEAR);
      runs.push(performance.now() - t0);
    }
    if (!file) throw new Error("no bulk file was produced");
    const releases = gunzipSync(file.gzip)
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .reduce((sum, line) => sum + (JSON.parse(line) as { releases: unknown[] }).releases.length, 0);
    const [cold, warm] = runs.map((ms) => (ms / 1000).toFixed(2));
    console.log(
      `ocds: ${file.name} for ${file.lines} processes, ${releases} releases, ${(file.gzip.byteLength / 1e6).toFixed(1)} MB gzip: ` +
        `${cold} s cold, ${warm} s warm (goal ≤ 10 s) ${runs[0]! <= 10_000 ? "✓" : "✗"}`,
    );
    return { seconds: runs[0]! / 1000, processes: file.lines, releases };
  } finally {
    await closeDb();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
