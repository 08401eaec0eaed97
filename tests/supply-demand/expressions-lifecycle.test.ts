import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { hasContract } from "../../db/repositories/sd-expressions";
import {
  answerExpression,
  expireDueExpressions,
  sendExpression,
} from "../../app/server/supply-demand/expressions/expressions.server";
import { recordOutcome } from "../../app/server/supply-demand/expressions/outcomes.server";
import { medianResponseDays } from "../../app/server/supply-demand/expressions/response-time.server";
import { EXPRESSION_DAYS } from "../../app/domain/supply-demand";
import { responseDaysShown, shanghaiDayStart } from "../../app/domain/sd-expressions";
import { auditActions, itemOf, notificationsOf, party, statusOf } from "./expressions-support";

const DAY = 86_400_000;

function expectFail(outcome: { ok: boolean }, key: string) {
  expect(outcome).toMatchObject({ ok: false, formError: { key } });
}

describe("expressions of interest: lifecycle", () => {
  it("send → accept → outcomes, with notifications both ways and every step audited", async () => {
    const owner = await party("生命周期需求方");
    const supplier = await party("生命周期供给方");
    const demand = await itemOf(owner, "demand");
    const supply = await itemOf(supplier, "supply");

    const sent = await sendExpression(supplier.actor, demand.code, {
      message: "我们有成熟的能耗监测方案",
      fromItemId: supply.id,
    });
    expect(sent.ok).toBe(true);
    const id = sent.ok ? sent.value.expressionId : 0;
    expect(await statusOf(id)).toMatchObject({ status: "pending", answeredAt: null });
    expect(await notificationsOf(owner.owner.id)).toEqual([
      { kind: "sdExpression.received", link: `/my/expressions/${id}` },
    ]);

    // Only the owner answers; only the sender withdraws.
    expectFail(await answerExpression(supplier.actor, id, "accept", null), "err.sdExpression.notYours");
    expectFail(await answerExpression(owner.actor, id, "withdraw", null), "err.sdExpression.notYours");
    // A third organization does not see it at all.
    const stranger = await party("生命周期旁观方");
    expectFail(await answerExpression(stranger.actor, id, "accept", null), "err.sdExpression.notFound");
    // No outcome before acceptance.
    expectFail(
      await recordOutcome(supplier.actor, id, { kind: "intent" }, null),
      "err.sdOutcome.notAccepted",
    );

    expect((await answerExpression(owner.actor, id, "accept", "欢迎来洽谈")).ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "accepted", answerNote: "欢迎来洽谈" });
    expect((await notificationsOf(supplier.owner.id)).map((n) => n.kind)).toEqual(["sdExpression.accepted"]);
    // Answered once: a second answer is refused, nothing changes.
    expectFail(await answerExpression(owner.actor, id, "decline", null), "err.sdExpression.notPending");

    expect(await hasContract(getDb(), demand.id)).toBe(false);
    expect((await recordOutcome(supplier.actor, id, { kind: "intent", reason: "已初步洽谈" }, null)).ok).toBe(
      true,
    );
    expect(await hasContract(getDb(), demand.id)).toBe(false);
    const contract = await recordOutcome(
      owner.actor,
      id,
      { kind: "contract", amount: 86_000_000, signedOn: "2026-11-20" },
      null,
    );
    expect(contract.ok).toBe(true);
    expect(await hasContract(getDb(), demand.id)).toBe(true);
    // The named supply took part in the contract too.
    expect(await hasContract(getDb(), supply.id)).toBe(true);
    const outcomes = await getDb()
      .selectFrom("sdOutcomes")
      .select(["kind", "amountFen", "recordedByOrganizationId"])
      .where("expressionId", "=", id)
      .orderBy("id")
      .execute();
    expect(outcomes.map((o) => [o.kind, o.amountFen === null ? null : Number(o.amountFen)])).toEqual([
      ["intent", null],
      ["contract", 86_000_000],
    ]);
    expect(await auditActions(id)).toEqual([
      "sd_expression.send",
      "sd_expression.accept",
      "sd_outcome.intent",
      "sd_outcome.contract",
    ]);
  });

  it("declines and withdrawals are final; the database refuses a transition outside the lifecycle", async () => {
    const owner = await party("拒绝需求方");
    const sender = await party("拒绝意向方");
    const demand = await itemOf(owner, "demand");
    const first = await sendExpression(sender.actor, demand.code, { message: "第一次" });
    const id = first.ok ? first.value.expressionId : 0;
    expect((await answerExpression(owner.actor, id, "decline", "暂不需要")).ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "declined", answerNote: "暂不需要" });
    expect((await notificationsOf(sender.owner.id)).map((n) => n.kind)).toEqual(["sdExpression.declined"]);

    // Declined is not pending: the pair may try again, and withdraw.
    const second = await sendExpression(sender.actor, demand.code, { message: "第二次" });
    expect(second.ok).toBe(true);
    const secondId = second.ok ? second.value.expressionId : 0;
    expect((await answerExpression(sender.actor, secondId, "withdraw", null)).ok).toBe(true);
    expect(await statusOf(secondId)).toMatchObject({ status: "withdrawn", answeredAt: null });
    expect((await notificationsOf(owner.owner.id)).map((n) => n.kind)).toEqual([
      "sdExpression.received",
      "sdExpression.received",
      "sdExpression.withdrawn",
    ]);
    await expect(
      getDb().updateTable("sdExpressions").set({ status: "accepted" }).where("id", "=", secondId).execute(),
    ).rejects.toThrow(/not a transition/);
  });

  it("refuses one's own item, unpublished items, a foreign or same-kind named item, and an unverified email", async () => {
    const owner = await party("拒收需求方");
    const other = await party("拒收其他方");
    const demand = await itemOf(owner, "demand");
    expectFail(
      await sendExpression(owner.actor, demand.code, { message: "自己" }),
      "err.sdExpression.ownItem",
    );
    const draft = await getDb()
      .selectFrom("sdItems")
      .select("code")
      .where("id", "=", (await itemOf(owner, "demand")).id)
      .executeTakeFirstOrThrow();
    await getDb()
      .updateTable("sdItems")
      .set({ status: "closed", closeReason: "withdrawn", closedAt: new Date() })
      .where("code", "=", draft.code)
      .execute();
    expectFail(
      await sendExpression(other.actor, draft.code, { message: "已关闭" }),
      "err.sdExpression.itemNotFound",
    );
    expectFail(
      await sendExpression(other.actor, "D-2099-0001", { message: "无" }),
      "err.sdExpression.itemNotFound",
    );
    const foreignSupply = await itemOf(owner, "supply");
    const ownDemand = await itemOf(other, "demand");
    for (const fromItemId of [foreignSupply.id, ownDemand.id])
      expect(await sendExpression(other.actor, demand.code, { message: "附条目", fromItemId })).toMatchObject(
        {
          ok: false,
          fieldErrors: { fromItemId: [{ key: "err.sdExpression.fromItem" }] },
        },
      );
    await getDb()
      .updateTable("users")
      .set({ emailVerifiedAt: null })
      .where("id", "=", other.owner.id)
      .execute();
    expectFail(await sendExpression(other.actor, demand.code, { message: "未验证" }), "err.email.unverified");
  });

  it("the sweep expires pending expressions after 14 days and tells the sender; a late answer finds it lapsed", async () => {
    const owner = await party("过期需求方");
    const sender = await party("过期意向方");
    const late = await party("过期迟答方");
    const demand = await itemOf(owner, "demand");
    const sentAt = new Date(Date.now() - (EXPRESSION_DAYS + 1) * DAY);
    const old = await sendExpression(sender.actor, demand.code, { message: "很久以前" }, sentAt);
    const fresh = await sendExpression(late.actor, demand.code, { message: "刚刚" });
    const oldId = old.ok ? old.value.expressionId : 0;
    const freshId = fresh.ok ? fresh.value.expressionId : 0;
    expect(await expireDueExpressions()).toBe(1);
    expect(await statusOf(oldId)).toMatchObject({ status: "expired" });
    expect(await statusOf(freshId)).toMatchObject({ status: "pending" });
    expect((await notificationsOf(sender.owner.id)).map((n) => n.kind)).toEqual(["sdExpression.expired"]);
    expect(await auditActions(oldId)).toEqual(["sd_expression.send", "sd_expression.expire"]);
    expect(await expireDueExpressions()).toBe(0);

    // Due but not yet swept: accepting it finds it lapsed and expires it then.
    await getDb()
      .updateTable("sdExpressions")
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where("id", "=", freshId)
      .execute();
    expectFail(await answerExpression(owner.actor, freshId, "accept", null), "err.sdExpression.lapsed");
    expect(await statusOf(freshId)).toMatchObject({ status: "expired" });
  });

  it("the median response time counts accepted and declined expressions of the owner only", async () => {
    const owner = await party("响应需求方");
    expect(await medianResponseDays(getDb(), { organizationId: owner.organization.id })).toBeNull();
    const demand = await itemOf(owner, "demand");
    const now = Date.now();
    const senders = await Promise.all(["甲", "乙", "丙", "丁"].map((n) => party(`响应意向方${n}`)));
    // Answered after 1, 2 and 6 days: the median is 2. The withdrawn one does not count.
    const delays = [1, 2, 6];
    for (const [index, days] of delays.entries()) {
      const sentAt = new Date(now - 10 * DAY);
      const sent = await sendExpression(senders[index]!.actor, demand.code, { message: "响应" }, sentAt);
      const id = sent.ok ? sent.value.expressionId : 0;
      const answer = index === 1 ? "decline" : "accept";
      expect(
        (await answerExpression(owner.actor, id, answer, null, new Date(sentAt.getTime() + days * DAY))).ok,
      ).toBe(true);
    }
    const withdrawn = await sendExpression(senders[3]!.actor, demand.code, { message: "撤回" });
    await answerExpression(
      senders[3]!.actor,
      withdrawn.ok ? withdrawn.value.expressionId : 0,
      "withdraw",
      null,
    );
    const median = await medianResponseDays(getDb(), { organizationId: owner.organization.id });
    expect(median).toBeCloseTo(2, 5);
    expect(responseDaysShown(median)).toBe(2);
    expect(
      await medianResponseDays(getDb(), { organizationId: owner.organization.id, year: 1999 }),
    ).toBeNull();
    expect(await medianResponseDays(getDb(), {})).not.toBeNull();
  });

  it("shows the response time as people say it and counts the day from Shanghai midnight", () => {
    expect(responseDaysShown(null)).toBeNull();
    expect(responseDaysShown(0.2)).toBe(1);
    expect(responseDaysShown(3)).toBe(3);
    expect(responseDaysShown(3.01)).toBe(4);
    // 2026-12-04 15:59 UTC is 23:59 in Shanghai: the day began at 2026-12-03 16:00 UTC.
    expect(shanghaiDayStart(new Date("2026-12-04T15:59:00Z")).toISOString()).toBe("2026-12-03T16:00:00.000Z");
    expect(shanghaiDayStart(new Date("2026-12-04T16:00:00Z")).toISOString()).toBe("2026-12-04T16:00:00.000Z");
  });
});
