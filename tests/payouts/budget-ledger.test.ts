import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { translateMessage } from "../../app/i18n/i18n";
import { approveAward } from "../../app/server/awards/awards.server";
import { movePayout } from "../../app/server/payouts/transitions.server";
import { getDb } from "../../db/client";
import { awardPositions, balancesOf, unbalancedPostings } from "../../db/repositories/ledger";
import { computedAward } from "../support/assessment";
import { staffActor } from "../support/bidding";
import { must } from "../support/outcome";

const awardRow = (id: number) =>
  getDb().selectFrom("awards").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const payoutsOf = (awardId: number) =>
  getDb().selectFrom("payouts").selectAll().where("awardId", "=", awardId).orderBy("id").execute();
const countRows = async (table: "ledgerPostings" | "payouts") =>
  Number(
    (
      await getDb()
        .selectFrom(table)
        .select(sql<string>`count(*)`.as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("approving an award reserves it against its year's budget", () => {
  it("refuses an approval when the year has no budget, writing nothing", async () => {
    const { project, award } = await computedAward(2091, { budgetFen: 0 });
    const [postings, payouts] = [await countRows("ledgerPostings"), await countRows("payouts")];
    const refused = await approveAward(await staffActor(), project.id, award.version);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(translateMessage(refused.formError!, "zh")).toBe("2091 年尚未录入资金预算，无法审批奖励");
    expect(translateMessage(refused.formError!, "en")).toContain("No budget has been appropriated for 2091");
    expect(await awardRow(award.id)).toMatchObject({ status: "computed", approvedBy: null });
    expect([await countRows("ledgerPostings"), await countRows("payouts")]).toEqual([postings, payouts]);
  });

  it("refuses an approval beyond the remaining budget with the figures", async () => {
    const { project, award } = await computedAward(2092, { budgetFen: 1_000_000_00 });
    expect(award.payableFen).toBe(2_000_000_00);
    const refused = await approveAward(await staffActor(), project.id, award.version);
    if (refused.ok) throw new Error("approved over budget");
    expect(translateMessage(refused.formError!, "zh")).toBe(
      "超出 2092 年资金预算：本项应付 ¥2,000,000.00，预算剩余 ¥1,000,000.00（已下达 ¥1,000,000.00）",
    );
    expect(translateMessage(refused.formError!, "en")).toBe(
      "Over the 2092 budget: this award needs ¥2,000,000.00 but only ¥1,000,000.00 remains (of ¥1,000,000.00 appropriated)",
    );
    expect((await awardRow(award.id)).status).toBe("computed");
    expect(await payoutsOf(award.id)).toEqual([]);
  });

  it("lets exactly one of two concurrent approvals take the last of the budget", async () => {
    // Two awards of ¥2,000,000 each; the year's budget is 2 × ¥1,500,000 = ¥3,000,000.
    const first = await computedAward(2093, { budgetFen: 1_500_000_00 });
    const second = await computedAward(2093, { budgetFen: 1_500_000_00 });
    const [approverA, approverB] = [await staffActor(), await staffActor()];
    const results = await Promise.all([
      approveAward(approverA, first.project.id, first.award.version),
      approveAward(approverB, second.project.id, second.award.version),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    if (!loser || loser.ok) throw new Error("both approvals went through");
    expect(translateMessage(loser.formError!, "en")).toContain("only ¥1,000,000.00 remains");

    const winner = results[0]!.ok ? first : second;
    const other = winner === first ? second : first;
    expect((await awardRow(winner.award.id)).status).toBe("approved");
    expect((await awardRow(other.award.id)).status).toBe("computed");
    expect(await payoutsOf(other.award.id)).toEqual([]);
    // One payout per consortium member, from the split (60 % / 40 %), all pending.
    expect((await payoutsOf(winner.award.id)).map((p) => [p.organizationId, p.amountFen, p.status])).toEqual([
      [winner.lead.organization.id, 1_200_000_00, "pending"],
      [winner.members[0]!.organization.id, 800_000_00, "pending"],
    ]);
    const balances = await balancesOf(getDb(), ["budget:2093", "appropriation:2093"]);
    expect(Object.fromEntries(balances)).toEqual({
      "budget:2093": 1_000_000_00,
      "appropriation:2093": -3_000_000_00,
    });
    expect((await awardPositions(getDb(), [winner.award.id])).get(winner.award.id)).toEqual({
      reservedFen: 2_000_000_00,
      paidFen: 0,
    });
    expect(await unbalancedPostings(getDb())).toEqual([]);
  });
});

describe("the ledger in the database", () => {
  it("refuses at commit a posting whose entries do not balance, and one without entries", async () => {
    const db = getDb();
    const unbalanced = db.transaction().execute(async (trx) => {
      const posting = await trx
        .insertInto("ledgerPostings")
        .values({ kind: "appropriate", year: null, postedBy: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("ledgerEntries")
        .values([
          { postingId: posting.id, account: "clearing:bank", amountFen: 100, awardId: null, payoutId: null },
          {
            postingId: posting.id,
            account: "clearing:stripe",
            amountFen: -99,
            awardId: null,
            payoutId: null,
          },
        ])
        .execute();
    });
    await expect(unbalanced).rejects.toMatchObject({ constraint_name: "ledger_posting_balanced" });
    const empty = db
      .insertInto("ledgerPostings")
      .values({ kind: "appropriate", year: null, postedBy: null })
      .execute();
    await expect(empty).rejects.toMatchObject({ constraint_name: "ledger_posting_balanced" });
  });

  it("is append-only: entries, postings and payout steps cannot be changed or deleted", async () => {
    const { project, award } = await computedAward(2094);
    must(await approveAward(await staffActor(), project.id, award.version));
    const db = getDb();
    await expect(sql`UPDATE ledger_entries SET amount_fen = amount_fen * 2`.execute(db)).rejects.toThrow();
    await expect(sql`DELETE FROM ledger_postings`.execute(db)).rejects.toThrow();
    await expect(sql`DELETE FROM budget_appropriations`.execute(db)).rejects.toThrow();
    await expect(sql`TRUNCATE ledger_entries`.execute(db)).rejects.toThrow();
    expect(await unbalancedPostings(db)).toEqual([]);
  });

  it("moves a payout through the bank rail: each step on the timeline, the money from payable to paid", async () => {
    const { project, award, lead } = await computedAward(2095, { sharesBp: [10000] as never });
    const finance = await staffActor();
    must(await approveAward(finance, project.id, award.version));
    const [payout] = await payoutsOf(award.id);
    const context = { actorId: finance.id, ip: finance.ip };
    const step = (p: typeof payout, event: Parameters<typeof movePayout>[2], set = {}) =>
      getDb()
        .transaction()
        .execute(async (trx) => must(await movePayout(trx, p!, event, { ...context, set })));
    const scheduled = await step(payout, "schedule", { rail: "bank" });
    // Settling before sending is not an edge of the lifecycle: refused, nothing written.
    const refused = await getDb()
      .transaction()
      .execute((trx) => movePayout(trx, scheduled, "settle", context));
    expect(refused.ok).toBe(false);
    const processing = await step(scheduled, "send");
    expect((await awardRow(award.id)).status).toBe("disbursing");
    await step(processing, "settle", { paidAt: new Date() });
    expect((await awardRow(award.id)).status).toBe("disbursed");
    const balances = await balancesOf(getDb(), [
      `award_payable:${lead.organization.id}`,
      "clearing:bank",
      `paid:${lead.organization.id}`,
    ]);
    expect([...balances.values()]).toEqual([0, 0, 2_000_000_00]);
    const steps = await getDb()
      .selectFrom("payoutSteps")
      .select(["fromStatus", "toStatus"])
      .where("payoutId", "=", payout!.id)
      .orderBy("id")
      .execute();
    expect(steps.map((s) => `${s.fromStatus}→${s.toStatus}`)).toEqual([
      "pending→scheduled",
      "scheduled→processing",
      "processing→paid",
    ]);
  });
});
