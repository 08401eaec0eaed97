import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../app/server/demo/seed.server";
import { getDb } from "../../db/client";
import { unbalancedPostings } from "../../db/repositories/ledger";

/** The bank rail's demo: accounts, 2023 paid through a closed batch by two people, a draft batch, one left to pay. */
beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 600_000);

describe("the bank rail's demo data", () => {
  it("pays 2023 through a closed batch (finance@ records, finance2@ confirms) and leaves alpha's part to pay", async () => {
    const db = getDb();
    const payouts = await db
      .selectFrom("payouts")
      .innerJoin("awards", "awards.id", "payouts.awardId")
      .innerJoin("projects", "projects.id", "awards.projectId")
      .innerJoin("tasks", "tasks.id", "projects.taskId")
      .innerJoin("organizations", "organizations.id", "payouts.organizationId")
      .leftJoin("users as recorder", "recorder.id", "payouts.recordedBy")
      .leftJoin("users as confirmer", "confirmer.id", "payouts.confirmedBy")
      .leftJoin("paymentBatches", "paymentBatches.id", "payouts.batchId")
      .select([
        "tasks.code",
        "organizations.name",
        "payouts.status",
        "paymentBatches.status as batchStatus",
        "recorder.email as recordedBy",
        "confirmer.email as confirmedBy",
      ])
      .execute();
    const alphaBeta = payouts.filter((p) => p.code === "2023-AI-001");
    expect(alphaBeta.map((p) => [p.status, p.batchStatus]).sort()).toEqual([
      ["pending", null],
      ["scheduled", "draft"],
    ]);
    const others = payouts.filter((p) => p.code !== "2023-AI-001");
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const payout of others)
      expect(payout).toMatchObject({
        status: "paid",
        batchStatus: "closed",
        recordedBy: "finance@demo.local",
        confirmedBy: "finance2@demo.local",
      });
    const accounts = await db.selectFrom("bankAccounts").select("organizationId").execute();
    expect(new Set(accounts.map((a) => a.organizationId))).toEqual(
      new Set(
        (await db.selectFrom("payouts").select("organizationId").execute()).map((p) => p.organizationId),
      ),
    );
    expect(await unbalancedPostings(db)).toEqual([]);
  });
});
