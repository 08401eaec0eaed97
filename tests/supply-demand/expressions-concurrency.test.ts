import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { sendExpression } from "../../app/server/supply-demand/expressions/expressions.server";
import { EXPRESSIONS_PER_ORG_PER_DAY } from "../../app/domain/supply-demand";
import { itemOf, party } from "./expressions-support";

async function pendingCount(where: { targetItemId?: number; fromOrganizationId: number }) {
  let query = getDb()
    .selectFrom("sdExpressions")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("fromOrganizationId", "=", where.fromOrganizationId);
  if (where.targetItemId !== undefined) query = query.where("targetItemId", "=", where.targetItemId);
  return Number((await query.executeTakeFirstOrThrow()).count);
}

describe("expressions of interest under concurrency", () => {
  it("10 concurrent sends for the same pair leave exactly one pending; the others get a clear refusal", async () => {
    const owner = await party("并发需求方");
    const sender = await party("并发意向方");
    const demand = await itemOf(owner, "demand");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        sendExpression(sender.actor, demand.code, { message: `第 ${i} 次` }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok))
      expect(refused).toMatchObject({ ok: false, formError: { key: "err.sdExpression.alreadyPending" } });
    expect(await pendingCount({ targetItemId: demand.id, fromOrganizationId: sender.organization.id })).toBe(
      1,
    );
  });

  it("the partial unique index sd_expressions_one_pending holds even behind the service's back", async () => {
    const owner = await party("索引需求方");
    const sender = await party("索引意向方");
    const demand = await itemOf(owner, "demand");
    const row = {
      targetItemId: demand.id,
      fromOrganizationId: sender.organization.id,
      fromUserId: sender.owner.id,
      message: "直接写入",
      expiresAt: new Date(Date.now() + 86_400_000),
    };
    await getDb().insertInto("sdExpressions").values(row).execute();
    await expect(getDb().insertInto("sdExpressions").values(row).execute()).rejects.toMatchObject({
      code: "23505",
      constraint_name: "sd_expressions_one_pending",
    });
  });

  it(`25 concurrent sends from one organization to different items: exactly ${EXPRESSIONS_PER_ORG_PER_DAY} go through`, async () => {
    const owner = await party("限额需求方");
    const sender = await party("限额意向方");
    const items = [];
    for (let i = 0; i < 25; i++) items.push(await itemOf(owner, i % 2 ? "demand" : "supply"));
    const results = await Promise.all(
      items.map((item) => sendExpression(sender.actor, item.code, { message: "批量意向" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(EXPRESSIONS_PER_ORG_PER_DAY);
    for (const refused of results.filter((r) => !r.ok))
      expect(refused).toMatchObject({
        ok: false,
        formError: { key: "err.sdExpression.dailyLimit", params: { max: EXPRESSIONS_PER_ORG_PER_DAY } },
      });
    expect(await pendingCount({ fromOrganizationId: sender.organization.id })).toBe(
      EXPRESSIONS_PER_ORG_PER_DAY,
    );

    // Another organization has its own allowance.
    const other = await party("限额另一方");
    expect((await sendExpression(other.actor, items[0]!.code, { message: "另一家" })).ok).toBe(true);
    // And yesterday's sends do not count today.
    const yesterday = new Date(Date.now() - 2 * 86_400_000);
    await sql`UPDATE sd_expressions SET created_at = ${yesterday}
      WHERE from_organization_id = ${sender.organization.id}`.execute(getDb());
    const extra = await itemOf(owner, "demand");
    expect((await sendExpression(sender.actor, extra.code, { message: "第二天" })).ok).toBe(true);
  });
});
