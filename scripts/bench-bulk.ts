/**
 * Goal 6 of issue 17 (bulk): a 5,000-row Excel import (≤ 10 s), a full reindex of BENCH_REINDEX_TASKS (100,000)
 * tasks into the embedded engine (≤ 30 s), and a cold start of the server on an empty data directory (≤ 15 s,
 * `npm start` defaults: embedded PostgreSQL created, migrations, demo data), each timed from outside.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { closeDb, getDb } from "../db/client";
import { freePort } from "../db/embedded";
import { createList, createUser, DEMO_POLICY, ensurePolicy } from "../app/server/demo/factories.server";
import { tasksToWorkbook } from "../app/server/catalog/spreadsheet/writer.server";
import type { TaskExportRow } from "../app/server/catalog/spreadsheet/columns.server";
import { importUploadedWorkbook } from "../app/server/catalog/import.server";
import { createEmbeddedEngine } from "../search/embedded-engine";
import { reindexTasks } from "../search/reindex";
import { TASK_INDEX } from "../search/task-index";
import { benchPostgres, BUILT_SERVER, stopChild, waitForHealth, type BenchSection } from "./bench-support";
import { seedTasks } from "./bench-http";

const IMPORT_ROWS = 5000;
const REINDEX_TASKS = Number(process.env.BENCH_REINDEX_TASKS ?? 100_000);
const GOALS = { importMs: 10_000, reindexMs: 30_000, coldStartMs: 15_000 };

function row(index: number): TaskExportRow {
  return {
    code: "",
    title: `批量导入任务 ${index}`,
    domain: (["ai", "5g", "blockchain", "big_data"] as const)[index % 4]!,
    demandUnit: "某区数据管理部门",
    district: "武昌区",
    scenarioNeed: `第 ${index} 个场景需求。`,
    goals: "- 目标一\n- 目标二",
    eligibility: "在武汉市注册的独立法人单位或联合体。",
    indicativeInvestment: 100_000_00 + index,
    bidDeadline: new Date(Date.now() + 90 * 86_400_000),
    maxWinners: 1 + (index % 3),
    contactName: "张工",
    contactPhone: "027-88880000",
    indicators: [
      { name: "准确率", target: "≥95%", measurement: "第三方检测", weight: 70, veto: false },
      { name: "响应时间", target: "≤1秒", measurement: "现场测试", weight: 30, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  };
}

/** The list page's import, as the server runs it for an uploaded file (multipart parse, cell checks, insert). */
async function timeImport(): Promise<number> {
  const db = getDb();
  await ensurePolicy(db, { ...DEMO_POLICY });
  const list = await createList(db, { policyCode: DEMO_POLICY.code, year: 2099 });
  const staff = await createUser(db, {
    email: "bulk-staff@example.com",
    name: "导入",
    roles: ["staff"],
    passwordHash: "!bench",
  });
  const bytes = await tasksToWorkbook(Array.from({ length: IMPORT_ROWS }, (_, i) => row(i)));
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "tasks.xlsx"));
  const request = new Request("http://bench.test/staff/lists/import", { method: "POST", body: form });
  const t0 = performance.now();
  const result = await importUploadedWorkbook({ id: staff.id, ip: "127.0.0.1" }, list.id, request);
  const ms = performance.now() - t0;
  if (!result.ok || result.created !== IMPORT_ROWS)
    throw new Error(`import failed: ${JSON.stringify(result)}`);
  return ms;
}

async function timeReindex(): Promise<{ ms: number; seedMs: number; rssMb: number }> {
  const seedStart = performance.now();
  await seedTasks(REINDEX_TASKS);
  const seedMs = performance.now() - seedStart;
  const engine = createEmbeddedEngine();
  await engine.applySettings(TASK_INDEX);
  const rss = process.memoryUsage().rss;
  const t0 = performance.now();
  await reindexTasks(engine);
  const ms = performance.now() - t0;
  return { ms, seedMs, rssMb: (process.memoryUsage().rss - rss) / 1024 / 1024 };
}

/** `npm start`'s server on an empty DATA_DIR, default settings: time until /healthz answers. */
async function timeColdStart(): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiebang-cold-"));
  const port = await freePort();
  // `npm start`'s defaults: no database given (embedded, created in DATA_DIR), NODE_ENV unset (demo data).
  const { DATABASE_URL: _url, DATABASE_OWNER_URL: _owner, NODE_ENV: _mode, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    JIEBANG_QUIET: "true",
  } as unknown as NodeJS.ProcessEnv;
  const t0 = performance.now();
  const child = spawn(process.execPath, [BUILT_SERVER, "--built"], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, child, 120);
    return performance.now() - t0;
  } finally {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchBulk(): Promise<BenchSection[]> {
  const coldStartMs = await timeColdStart();
  const database = await benchPostgres();
  let importMs: number;
  let reindex: Awaited<ReturnType<typeof timeReindex>>;
  try {
    process.env.DATABASE_URL = database.url;
    importMs = await timeImport();
    reindex = await timeReindex();
  } finally {
    await closeDb();
    await database.stop();
  }
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const ok = (ms: number, goal: number) => (ms <= goal ? "yes" : "no");
  const table = [
    "Bulk operations (seconds)",
    "| operation | time | goal | met |",
    "|---|---|---|---|",
    `| Excel import, ${IMPORT_ROWS} rows (upload parse, checks, one transaction) | ${s(importMs)} | ≤ ${s(GOALS.importMs)} | ${ok(importMs, GOALS.importMs)} |`,
    `| full reindex, ${REINDEX_TASKS} tasks, embedded engine (RSS +${reindex.rssMb.toFixed(0)} MB; seeding them took ${s(reindex.seedMs)} s) | ${s(reindex.ms)} | ≤ ${s(GOALS.reindexMs)} | ${ok(reindex.ms, GOALS.reindexMs)} |`,
    `| cold start on an empty data directory (new PostgreSQL cluster, migrations, demo data) to /healthz | ${s(coldStartMs)} | ≤ ${s(GOALS.coldStartMs)} | ${ok(coldStartMs, GOALS.coldStartMs)} |`,
  ].join("\n");
  console.log(`\n${table}`);
  return [
    {
      goal: "bulk",
      table,
      metrics: {
        importMs,
        reindexMs: reindex.ms,
        reindexTasks: REINDEX_TASKS,
        reindexRssMb: reindex.rssMb,
        coldStartMs,
      },
      met: importMs <= GOALS.importMs && reindex.ms <= GOALS.reindexMs && coldStartMs <= GOALS.coldStartMs,
    },
  ];
}
