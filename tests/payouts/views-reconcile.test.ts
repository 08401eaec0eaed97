import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { railChecks, reconcile, type RailCheck } from "../../app/server/payouts/reconcile.server";
import { getDb } from "../../db/client";
import { asOwner } from "../support/owner";
import { approvedAward, financeStaff, payoutsOf, step, throughBank } from "../support/payouts-views";

const runsCount = async () =>
  Number(
    (
      await getDb()
        .selectFrom("reconciliationRuns")
        .select(sql<string>`count(*)`.as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("reconciliation", () => {
  it("reports no difference on a clean ledger, stores the run and audits it", async () => {
    const [recorder, confirmer] = [await financeStaff(), await financeStaff()];
    const people = { recorder: recorder.id, confirmer: confirmer.id };
    // One award fully paid by bank, one with a failed payout and a pending one, one payout in flight.
    const paid = await approvedAward(2071);
    for (const payout of await payoutsOf(paid.award.id))
      await throughBank(payout, { paid: { reference: `BANK-${payout.id}-0001` } }, people);
    const mixed = await approvedAward(2071);
    const [failing] = await payoutsOf(mixed.award.id);
    await throughBank(failing!, { failed: { reason: "账户已销户" } }, people);
    const inFlight = await approvedAward(2071, { sharesBp: [10000] as never });
    const [flying] = await payoutsOf(inFlight.award.id);
    const scheduled = await step(flying!, "schedule", recorder.id, { rail: "stripe" });
    await step(scheduled, "send", recorder.id);

    const report = await reconcile(getDb(), { runBy: recorder.id, ip: recorder.ip });
    expect(report.differences).toEqual([]);
    expect(report.rails).toEqual(["bank"]);
    // Postings (3 appropriations + 3 approvals + 2×2 bank + 2 failing + 1 sending) + 3 awards + 5 payouts + rail + batches.
    expect(report.checked).toBeGreaterThan(3 + 5);
    const stored = await getDb()
      .selectFrom("reconciliationRuns")
      .selectAll()
      .where("id", "=", report.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      rails: ["bank"],
      checked: report.checked,
      differences: [],
      runBy: recorder.id,
    });
    const audit = await getDb()
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "payouts.reconcile")
      .where("entityId", "=", String(report.id))
      .executeTakeFirstOrThrow();
    expect(audit.actorUserId).toBe(recorder.id);
  });

  it("finds a paid bank payout without a second signature, written behind the app's back", async () => {
    const [recorder, confirmer] = [await financeStaff(), await financeStaff()];
    const { award } = await approvedAward(2072, { sharesBp: [10000] as never });
    const [payout] = await payoutsOf(award.id);
    const paid = await throughBank(
      payout!,
      { paid: { reference: "BANK-PLANTED-1" } },
      { recorder: recorder.id, confirmer: confirmer.id },
    );
    expect((await reconcile(getDb())).differences.filter((d) => d.subject === `payout ${paid.id}`)).toEqual(
      [],
    );

    await asOwner((db) =>
      sql`UPDATE payouts SET confirmed_by = NULL, confirmed_at = NULL WHERE id = ${paid.id}`.execute(db),
    );
    const report = await reconcile(getDb());
    expect(report.differences).toEqual([
      {
        check: "bank",
        code: "bank.paidIncomplete",
        subject: `payout ${paid.id}`,
        expected: "bank_reference, recorded_by, confirmed_by",
        found: "missing confirmed_by",
      },
    ]);
    const stored = await getDb()
      .selectFrom("reconciliationRuns")
      .select("differences")
      .where("id", "=", report.id)
      .executeTakeFirstOrThrow();
    expect(stored.differences).toEqual(report.differences);
    await asOwner((db) =>
      sql`UPDATE payouts SET confirmed_by = ${confirmer.id} WHERE id = ${paid.id}`.execute(db),
    );
  });

  it("finds a payout whose status disagrees with the ledger, and one whose batch says otherwise", async () => {
    const recorder = await financeStaff();
    const { award } = await approvedAward(2073, { sharesBp: [10000] as never });
    const [payout] = await payoutsOf(award.id);
    // Scheduled in a draft batch: nothing posted yet. Then someone flips the batch to exported and the status to
    // processing without the sending posting (status trigger allows scheduled → processing).
    const { bankBatch } = await import("../support/payouts-views");
    const batch = await bankBatch(recorder.id);
    await step(payout!, "schedule", recorder.id, { rail: "bank", batchId: batch.id });
    await asOwner((db) => sql`UPDATE payouts SET status = 'processing' WHERE id = ${payout!.id}`.execute(db));
    const report = await reconcile(getDb());
    expect(report.differences.map((d) => [d.code, d.subject])).toEqual([
      ["payout.ledger", `payout ${payout!.id}`],
      ["bank.batchStatus", `payout ${payout!.id}`],
    ]);
    expect(report.differences[0]!.expected).toContain("processing: clearing ¥2,000,000.00");
    expect(report.differences[0]!.found).toContain("clearing ¥0.00");
    expect(report.differences[1]!.expected).toBe(`batch ${batch.id} (draft): scheduled`);
    // Put it back (the lifecycle trigger refuses processing → scheduled: the owner's session skips triggers).
    await asOwner(async (db) => {
      await sql`SET session_replication_role = replica`.execute(db);
      await sql`UPDATE payouts SET status = 'scheduled' WHERE id = ${payout!.id}`.execute(db);
    });
    expect((await reconcile(getDb())).differences).toEqual([]);
  });

  it("runs the registered rail checkers (one line adds a rail); a checker that throws is a difference", async () => {
    const before = await runsCount();
    const stripe: RailCheck = async () => [
      { check: "stripe", code: "rail.mismatch", subject: "transfer tr_1", expected: "¥1.00", found: "¥2.00" },
    ];
    const broken: RailCheck = async () => {
      throw new Error("rail unreachable");
    };
    const report = await reconcile(getDb(), {
      rails: ["bank", "stripe", "broken"],
      checks: { ...railChecks(), stripe, broken },
    });
    expect(report.rails).toEqual(["bank", "stripe", "broken"]);
    expect(report.differences).toEqual([
      { check: "stripe", code: "rail.mismatch", subject: "transfer tr_1", expected: "¥1.00", found: "¥2.00" },
      {
        check: "broken",
        code: "rail.error",
        subject: "broken",
        expected: "the check runs",
        found: "rail unreachable",
      },
    ]);
    await expect(reconcile(getDb(), { rails: ["carrier-pigeon"] })).rejects.toThrow(/carrier-pigeon/);
    expect(await runsCount()).toBe(before + 1);
  });
});
