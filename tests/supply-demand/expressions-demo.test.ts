import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";
import { SD_EXPRESSION_STATUSES } from "../../app/domain/supply-demand";
import { medianResponseDays } from "../../app/server/supply-demand/expressions/response-time.server";

const NOW = new Date("2026-11-29T02:00:00Z");

beforeAll(async () => {
  expect(await seedDemo(process.env.DATABASE_URL!, NOW)).toEqual({ seeded: true });
}, 180_000);

async function expressionsWithSides() {
  return getDb()
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as t", "t.id", "e.targetItemId")
    .innerJoin("memberships as tm", (join) =>
      join.onRef("tm.organizationId", "=", "t.organizationId").on("tm.role", "=", "owner"),
    )
    .innerJoin("users as tu", "tu.id", "tm.userId")
    .innerJoin("memberships as fm", (join) =>
      join.onRef("fm.organizationId", "=", "e.fromOrganizationId").on("fm.role", "=", "owner"),
    )
    .innerJoin("users as fu", "fu.id", "fm.userId")
    .select([
      "e.id",
      "e.status",
      "e.expiresAt",
      "tu.email as ownerEmail",
      "fu.email as senderEmail",
      "t.organizationId",
    ])
    .execute();
}

describe("the expressions demo", () => {
  it("has expressions in every state between dept, alpha, beta and others, pending ones still open", async () => {
    const rows = await expressionsWithSides();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(SD_EXPRESSION_STATUSES));
    const emails = new Set(rows.flatMap((r) => [r.ownerEmail, r.senderEmail]));
    for (const email of ["dept@demo.local", "alpha@demo.local", "beta@demo.local"])
      expect(emails).toContain(email);
    for (const pending of rows.filter((r) => r.status === "pending"))
      expect(pending.expiresAt.getTime()).toBeGreaterThan(NOW.getTime());
    // dept@demo.local and alpha@demo.local each have a pending expression to answer.
    const toAnswer = rows.filter((r) => r.status === "pending").map((r) => r.ownerEmail);
    expect(toAnswer).toEqual(expect.arrayContaining(["dept@demo.local", "alpha@demo.local"]));
  });

  it("has two contracts (in fen) and one intent, on accepted expressions only", async () => {
    const outcomes = await getDb()
      .selectFrom("sdOutcomes as o")
      .innerJoin("sdExpressions as e", "e.id", "o.expressionId")
      .select(["o.kind", "o.amountFen", "o.signedOn", "e.status"])
      .execute();
    const contracts = outcomes.filter((o) => o.kind === "contract");
    expect(contracts.map((c) => Number(c.amountFen)).sort((a, b) => a - b)).toEqual([
      45_000_000, 128_000_000,
    ]);
    expect(contracts.every((c) => c.signedOn !== null)).toBe(true);
    expect(outcomes.filter((o) => o.kind === "intent")).toHaveLength(1);
    expect(outcomes.every((o) => o.status === "accepted")).toBe(true);
  });

  it("gives the department a response time", async () => {
    const dept = await getDb()
      .selectFrom("users")
      .innerJoin("memberships", "memberships.userId", "users.id")
      .select("memberships.organizationId")
      .where("users.email", "=", "dept@demo.local")
      .executeTakeFirstOrThrow();
    const median = await medianResponseDays(getDb(), { organizationId: dept.organizationId });
    expect(median).not.toBeNull();
    expect(median!).toBeGreaterThan(0);
  });
});
