import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { appendAudit } from "../../db/repositories/audit";
import { loadOcdsSnapshots } from "../../db/repositories/ocds";
import { buildReleases } from "../../app/domain/ocds";
import { compileReleases } from "../../app/domain/ocds-packages";
import { cancelTask } from "../../app/server/catalog/tasks.server";
import { ocdsConfig, recordPackageFor } from "../../app/server/open-data/ocds.server";
import type { Payout } from "../../app/server/payouts/transitions.server";
import { openTask, staffActor } from "../support/bidding";
import { must } from "../support/outcome";
import { asOwner } from "../support/owner";
import { approvedAward, financeStaff, payoutsOf, throughBank } from "../support/payouts-views";
import { ocdsErrors } from "./ocds-schema";

const ORIGIN = "http://jiebang.test";
const YEAR = 2026;
const ocid = (code: string) => `${ocdsConfig(ORIGIN).prefix}-${code}`;

async function releasesOf(code: string) {
  const [snapshot] = await loadOcdsSnapshots(getDb(), { codes: [code] });
  return snapshot ? buildReleases(snapshot, ocdsConfig(ORIGIN)) : [];
}

/** Publication a month before the deadline (the factory stamps the wall clock), so the story runs in order. */
async function publishedBefore(code: string, deadline: Date) {
  await asOwner((db) =>
    db
      .updateTable("tasks")
      .set({ publishedAt: new Date(deadline.getTime() - 30 * 86_400_000) })
      .where("code", "=", code)
      .execute(),
  );
}

/** Published a day ago: later changes (made now) come after the publication, as they would. */
async function publishedYesterday(code: string) {
  await asOwner((db) =>
    db
      .updateTable("tasks")
      .set({ publishedAt: new Date(Date.now() - 86_400_000) })
      .where("code", "=", code)
      .execute(),
  );
}

let full: Awaited<ReturnType<typeof approvedAward>>;

beforeAll(async () => {
  full = await approvedAward(YEAR, { sharesBp: [6000, 4000], actualFen: 3_333_333_33 });
  await publishedBefore(full.task.code, full.task.bidDeadline);
  const recorder = await financeStaff();
  const confirmer = await financeStaff();
  const payouts = await payoutsOf(full.award.id);
  for (const payout of payouts)
    await throughBank(
      payout as Payout,
      { paid: { reference: `BANKREF-${payout.id}` } },
      {
        recorder: recorder.id,
        confirmer: confirmer.id,
      },
    );
}, 120_000);

describe("a task through its whole lifecycle", () => {
  it("publishes a record package valid against OCDS 1.1.5 with the bid extension", async () => {
    const record = await recordPackageFor(ORIGIN, ocid(full.task.code));
    expect(record).not.toBeNull();
    expect(ocdsErrors("recordPackage", record)).toEqual([]);
    const tags = record!.records[0]!.releases.map((r) => r.tag.join("+"));
    expect(tags).toEqual([
      "tender",
      "tenderUpdate",
      "award",
      "awardUpdate+contract",
      "awardUpdate+contractUpdate",
      "implementation",
      "implementation",
    ]);
  });

  it("reports the money exactly, in yuan, and the consortium with its shares", async () => {
    const record = (await recordPackageFor(ORIGIN, ocid(full.task.code)))!;
    const compiled = record.records[0]!.compiledRelease as unknown as {
      tender: { value: { amount: number; currency: string }; status: string };
      awards: {
        status: string;
        value: { amount: number };
        suppliers: { id: string }[];
        relatedBid: string;
      }[];
      contracts: {
        status: string;
        value: { amount: number };
        implementation: {
          transactions: { value: { amount: number }; payee: { id: string }; payer: { id: string } }[];
        };
      }[];
      parties: {
        id: string;
        roles: string[];
        identifier?: { scheme: string; id: string };
        details?: { consortium: { shareBp: number }[] };
      }[];
      bids: {
        details: { id: string; status: string; tenderers: unknown[] }[];
        statistics: { measure: string; value: number }[];
      };
    };
    // 3,333,333.33 yuan × 30 % = 999,999.999 → floor 99,999,999 fen = 999,999.99 yuan (under the cap).
    expect(full.award.payableFen).toBe(99_999_999);
    expect(compiled.awards[0]!.value.amount).toBe(999999.99);
    expect(compiled.contracts[0]!.value.amount).toBe(999999.99);
    expect(compiled.tender.value).toEqual({ amount: 2000000, currency: "CNY" });
    expect(compiled.tender.status).toBe("complete");
    expect(compiled.awards[0]!.status).toBe("active");
    expect(compiled.contracts[0]!.status).toBe("active");
    const transactions = compiled.contracts[0]!.implementation.transactions;
    const payouts = await payoutsOf(full.award.id);
    expect(transactions.map((t) => t.value.amount).sort()).toEqual(
      payouts.map((p) => Number((p.amountFen / 100).toFixed(2))).sort(),
    );
    const total = transactions.reduce((sum, t) => sum + Math.round(t.value.amount * 100), 0);
    expect(total).toBe(99_999_999);
    const supplierIds = compiled.awards[0]!.suppliers.map((s) => s.id);
    expect(supplierIds).toHaveLength(2);
    for (const id of supplierIds) {
      const party = compiled.parties.find((p) => p.id === id)!;
      expect(party.identifier?.scheme).toBe("CN-USCI");
      expect(party.roles).toEqual(["tenderer", "supplier", "payee"]);
    }
    const shares = supplierIds.map(
      (id) => compiled.parties.find((p) => p.id === id)!.details!.consortium[0]!.shareBp,
    );
    expect(shares).toEqual([6000, 4000]);
    expect(compiled.bids.details).toHaveLength(1);
    expect(compiled.bids.details[0]!.status).toBe("valid");
    expect(compiled.awards[0]!.relatedBid).toBe(compiled.bids.details[0]!.id);
    expect(compiled.bids.statistics.find((s) => s.measure === "bids")!.value).toBe(1);
  });

  it("compiles the same state the releases describe, and gives the same bytes every time", async () => {
    const first = await releasesOf(full.task.code);
    const second = await releasesOf(full.task.code);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(compileReleases(second))).toBe(JSON.stringify(compileReleases(first)));
    expect(new Set(first.map((r) => r.id)).size).toBe(first.length);
  });

  it("does not change a task's releases when another task changes", async () => {
    const before = JSON.stringify(await releasesOf(full.task.code));
    const other = await openTask({ year: YEAR, bidDeadline: new Date("2099-01-01T09:00:00Z") });
    must(await cancelTask(await staffActor(), other.task.code, "需求单位撤回"));
    expect(JSON.stringify(await releasesOf(full.task.code))).toBe(before);
  });

  it("adds a tenderCancellation when the task is cancelled, keeping every earlier release as it was", async () => {
    const { task } = await openTask({ year: YEAR, bidDeadline: new Date("2099-06-30T09:00:00Z") });
    await publishedYesterday(task.code);
    const before = await releasesOf(task.code);
    expect(before.map((r) => r.tag[0])).toEqual(["tender"]);
    must(await cancelTask(await staffActor(), task.code, "场景需求已由其他项目满足"));
    const after = await releasesOf(task.code);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((r) => r.tag[0])).toEqual(["tender", "tenderCancellation"]);
    const record = (await recordPackageFor(ORIGIN, ocid(task.code)))!;
    expect(ocdsErrors("recordPackage", record)).toEqual([]);
    const compiled = record.records[0]!.compiledRelease as unknown as {
      tender: { status: string; amendments: { rationale: string }[] };
    };
    expect(compiled.tender.status).toBe("cancelled");
    expect(compiled.tender.amendments[0]!.rationale).toBe("场景需求已由其他项目满足");
  });

  it("adds a tenderUpdate for a correction recorded after publication, keeping the earlier release ids", async () => {
    const { task } = await openTask({ year: YEAR, bidDeadline: new Date("2099-07-31T09:00:00Z") });
    await publishedYesterday(task.code);
    const before = await releasesOf(task.code);
    const row = await getDb()
      .selectFrom("tasks")
      .selectAll()
      .where("code", "=", task.code)
      .executeTakeFirstOrThrow();
    const corrected = { ...row, title: `${row.title}（更正）` };
    // A correction as the audit trail records a task edit: the row before and after (the app edits drafts only,
    // so this is what an administrator's correction of a published task would leave behind).
    await asOwner((db) =>
      db.updateTable("tasks").set({ title: corrected.title }).where("id", "=", row.id).execute(),
    );
    await getDb()
      .transaction()
      .execute((trx) =>
        appendAudit(trx, {
          actorUserId: null,
          action: "task.update",
          entityType: "task",
          entityId: task.code,
          before: row,
          after: corrected,
          ip: null,
        }),
      );
    const after = await releasesOf(task.code);
    expect(after.map((r) => r.id).slice(0, before.length)).toEqual(before.map((r) => r.id));
    expect(after[0]).toEqual(before[0]);
    expect(after.map((r) => r.tag[0])).toEqual(["tender", "tenderUpdate"]);
    expect((after[1]!.tender as { title: string }).title).toBe(corrected.title);
    const compiled = compileReleases(after) as unknown as { tender: { title: string } };
    expect(compiled.tender.title).toBe(corrected.title);
  });
});
