import { gunzipSync } from "node:zlib";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { ocdsYears } from "../../db/repositories/ocds";
import { TASK_STATUSES } from "../../app/domain/task-lifecycle";
import { seedDemo } from "../../app/server/demo/seed.server";
import { selectBid, startReview } from "../../app/server/bidding/review.server";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { transitionTask } from "../../app/server/catalog/task-transitions.server";
import { ocdsBulkFile, ocdsConfig, recordPackageFor } from "../../app/server/open-data/ocds.server";
import { TestBrowser } from "../support/app";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";
import { asOwner } from "../support/owner";
import { ocdsErrors } from "./ocds-schema";

const NOW = new Date("2026-11-29T02:00:00Z");
const ORIGIN = "http://jiebang.test";
/** Every confidential value below carries this mark: none may appear in anything we publish. */
const MARK = "CONFIDENTIAL";
const SECRET_NUMBERS = ["6222999988887777", "13999999999", "13888888888", "987654321", "9876543.21"];

async function publicTasks() {
  return getDb()
    .selectFrom("tasks")
    .select(["code", "status"])
    .where("status", "<>", "draft")
    .orderBy("code")
    .execute();
}

/** A task resting in `selected` (chosen, not yet in a public notice), which the demo passes through atomically. */
async function selectedTask() {
  const deadline = new Date("2026-03-31T09:00:00Z");
  const { task } = await openTask({ year: 2026, bidDeadline: deadline });
  const lead = await orgWithOwner();
  const before = new Date(deadline.getTime() - 3_600_000);
  const after = new Date(deadline.getTime() + 3_600_000);
  const { bidId } = must(await startBid(lead.actor, task.code, before));
  must(await saveBidContent(lead.actor, bidId, completeContent(), before));
  must(await submitBid(lead.actor, bidId, before));
  const staff = await staffActor();
  must(await startReview(staff, task.code, after));
  must(await selectBid(staff, bidId, "综合最优", after));
  await getDb()
    .transaction()
    .execute(async (trx) =>
      must(await transitionTask(trx, { ...task, status: "under_review" }, "select", staff, { now: after })),
    );
  await asOwner((db) =>
    db
      .updateTable("tasks")
      .set({ publishedAt: new Date("2026-03-01T01:00:00Z") })
      .where("id", "=", task.id)
      .execute(),
  );
  return task.code;
}

/** Distinctive confidential content everywhere it can live: bid content, attachments, contacts, bank, scores. */
async function plantSecrets() {
  await asOwner(async (db) => {
    await sql`UPDATE bids SET summary = ${MARK} || '-PLAN-' || id, staff_note = ${MARK} || '-NOTE',
      planned_investment_fen = 987654321,
      proposal = jsonb_build_array(jsonb_build_object('heading', 'h', 'body', ${MARK} || '-PROPOSAL')),
      investment_breakdown = jsonb_build_array(jsonb_build_object('item', ${MARK} || '-INVESTMENT', 'amountFen', 987654321)),
      team = jsonb_build_array(jsonb_build_object('name', ${MARK} || '-TEAM', 'role', 'r', 'organization', 'o')),
      milestones = jsonb_build_array(jsonb_build_object('date', '2027-01-01', 'deliverable', ${MARK} || '-MILESTONE'))`.execute(
      db,
    );
    await sql`UPDATE consortium_members SET work_division = ${MARK} || '-WORK'`.execute(db);
    await sql`UPDATE attachments SET file_name = ${MARK} || '-ATTACHMENT-' || id || '.pdf'`.execute(db);
    await sql`UPDATE organizations SET contact_name = ${MARK} || '-CONTACT', contact_phone = '13999999999'`.execute(
      db,
    );
    await sql`UPDATE tasks SET contact_name = ${MARK} || '-TASK-CONTACT', contact_phone = '13888888888'`.execute(
      db,
    );
    await sql`UPDATE bank_accounts SET account_number = '6222999988887777', bank_name = ${MARK} || '-BANK'`.execute(
      db,
    );
    await sql`UPDATE payouts SET bank_account_number = '6222999988887777', bank_reference = ${MARK} || '-BANKREF'
      WHERE bank_account_number IS NOT NULL OR bank_reference IS NOT NULL`.execute(db);
    await sql`UPDATE assessment_scores SET comment = ${MARK} || '-SCORE-COMMENT'`.execute(db);
    await sql`UPDATE completion_reports SET summary = ${MARK} || '-REPORT'`.execute(db);
    await sql`UPDATE objections SET reasons = ${MARK} || '-OBJECTION', evidence = ${MARK} || '-EVIDENCE'`.execute(
      db,
    );
  });
}

function expectNoSecrets(label: string, text: string) {
  expect(text.includes(MARK), `${label}: confidential text`).toBe(false);
  for (const number of SECRET_NUMBERS) expect(text.includes(number), `${label}: ${number}`).toBe(false);
}

let selectedCode: string;

beforeAll(async () => {
  expect(await seedDemo(process.env.DATABASE_URL!, NOW)).toEqual({ seeded: true });
  selectedCode = await selectedTask();
  await plantSecrets();
}, 180_000);

describe("OCDS from the demo data", () => {
  it("covers a public task in every state a task can be in", async () => {
    const statuses = new Set((await publicTasks()).map((t) => t.status));
    expect([...statuses].sort()).toEqual(TASK_STATUSES.filter((s) => s !== "draft").sort());
  });

  it("publishes a valid record package, free of confidential content, for every public task", async () => {
    const prefix = ocdsConfig(ORIGIN).prefix;
    for (const task of await publicTasks()) {
      const record = await recordPackageFor(ORIGIN, `${prefix}-${task.code}`);
      const label = `${task.code} (${task.status})`;
      expect(record, label).not.toBeNull();
      expect(ocdsErrors("recordPackage", record), label).toEqual([]);
      expectNoSecrets(label, JSON.stringify(record));
      const tags = record!.records[0]!.releases.flatMap((r) => r.tag);
      expect(tags[0], label).toBe("tender");
      if (
        ["notice", "in_progress", "succeeded", "failed", "assessing", "completion_submitted"].includes(
          task.status,
        )
      )
        expect(tags, label).toContain("award");
      if (task.status === "cancelled") expect(tags, label).toContain("tenderCancellation");
    }
  });

  it("keeps a selection out of the data until its public notice starts", async () => {
    const record = await recordPackageFor(ORIGIN, `${ocdsConfig(ORIGIN).prefix}-${selectedCode}`);
    expect(record!.records[0]!.releases.map((r) => r.tag.join("+"))).toEqual(["tender", "tenderUpdate"]);
    expect(JSON.stringify(record)).not.toContain('"awards"');
  });

  it("never publishes a draft task", async () => {
    const drafts = await getDb().selectFrom("tasks").select("code").where("status", "=", "draft").execute();
    expect(drafts.length).toBeGreaterThan(0);
    const prefix = ocdsConfig(ORIGIN).prefix;
    for (const { code } of drafts) expect(await recordPackageFor(ORIGIN, `${prefix}-${code}`)).toBeNull();
    const everything = [];
    for (const year of await ocdsYears(getDb()))
      everything.push(gunzipSync((await ocdsBulkFile(ORIGIN, year))!.gzip).toString());
    for (const { code } of drafts)
      expect(everything.join("").includes(`"${prefix}-${code}"`), code).toBe(false);
  });

  it("publishes yearly bulk files whose every line is a valid release package", async () => {
    const years = await ocdsYears(getDb());
    expect(years.length).toBeGreaterThan(1);
    let processes = 0;
    for (const year of years) {
      const file = (await ocdsBulkFile(ORIGIN, year))!;
      const lines = gunzipSync(file.gzip).toString("utf8").split("\n");
      expect(lines.pop()).toBe("");
      for (const line of lines) {
        const pkg = JSON.parse(line) as { releases: { ocid: string }[] };
        expect(ocdsErrors("releasePackage", pkg), `${year}: ${pkg.releases[0]?.ocid}`).toEqual([]);
        expectNoSecrets(`${year} bulk`, line);
      }
      processes += lines.length;
    }
    expect(processes).toBe((await publicTasks()).length);
  });

  it("serves API pages that are each a valid release package, following links.next to the end", async () => {
    const browser = new TestBrowser("203.0.113.61");
    let total = 0;
    for (const year of await ocdsYears(getDb())) {
      let url: string | null = `/api/v1/ocds/releases?year=${year}&limit=3`;
      while (url) {
        const response = await browser.get(url);
        expect(response.status, url).toBe(200);
        const body = (await response.json()) as { releases: unknown[]; links?: { next: string } };
        expect(ocdsErrors("releasePackage", body), url).toEqual([]);
        expectNoSecrets(url, JSON.stringify(body));
        total += body.releases.length;
        url = body.links ? body.links.next.replace(ORIGIN, "") : null;
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it("rejects what the schema forbids (the validator is not a formality)", async () => {
    const record = (await recordPackageFor(ORIGIN, `${ocdsConfig(ORIGIN).prefix}-${selectedCode}`))!;
    const broken = structuredClone(record) as unknown as {
      records: { releases: Record<string, unknown>[] }[];
    };
    broken.records[0]!.releases[1]!.bids = { details: [{ id: "bid-1", status: "selected" }] };
    expect(ocdsErrors("recordPackage", broken).length).toBeGreaterThan(0);
    const noDate = structuredClone(record) as unknown as { publishedDate?: string };
    delete noDate.publishedDate;
    expect(ocdsErrors("recordPackage", noDate).length).toBeGreaterThan(0);
  });
});
