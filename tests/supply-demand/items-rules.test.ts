import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { expiryAfter } from "../../app/domain/supply-demand";
import { msg } from "../../app/i18n/i18n";
import { createSdItem, sdContent } from "../../app/server/demo/sd-factories.server";
import {
  createSdDraft,
  fulfilSdItem,
  renewSdItemFor,
  submitSdItem,
} from "../../app/server/supply-demand/items/items.server";
import { orgWithOwner } from "../support/bidding";
import { itemByCode } from "./items-support";

const DAY = 86_400_000;

async function publishedSupply(publishedAt = new Date()) {
  const owner = await orgWithOwner();
  const item = await createSdItem(getDb(), {
    kind: "supply",
    organizationId: owner.organization.id,
    createdBy: owner.owner.id,
    publishedAt,
  });
  return { ...owner, item };
}

describe("closing as fulfilled", () => {
  it("needs a contract recorded on an accepted expression about the item", async () => {
    const { actor, item, owner } = await publishedSupply();
    expect(await fulfilSdItem(actor, item.code)).toEqual({ ok: false, formError: msg("err.sd.noContract") });

    const other = await orgWithOwner();
    const demand = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: other.organization.id,
      createdBy: other.owner.id,
    });
    // A supplier expressed interest in the demand from its supply; accepted, then only an intent recorded.
    const expression = await getDb()
      .insertInto("sdExpressions")
      .values({
        targetItemId: demand.id,
        fromOrganizationId: actor.organization.id,
        fromUserId: owner.id,
        fromItemId: item.id,
        message: "我们有成熟方案",
        status: "accepted",
        expiresAt: new Date(Date.now() + 14 * DAY),
        answeredAt: new Date(),
        answeredBy: other.owner.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await getDb()
      .insertInto("sdOutcomes")
      .values({
        expressionId: expression.id,
        kind: "intent",
        recordedBy: owner.id,
        recordedByOrganizationId: actor.organization.id,
      })
      .execute();
    expect((await fulfilSdItem(actor, item.code)).ok).toBe(false);

    await getDb()
      .insertInto("sdOutcomes")
      .values({
        expressionId: expression.id,
        kind: "contract",
        amountFen: 50_000_000,
        signedOn: "2026-11-30",
        recordedBy: owner.id,
        recordedByOrganizationId: actor.organization.id,
      })
      .execute();
    expect(await fulfilSdItem(actor, item.code)).toEqual({ ok: true, value: null });
    expect(await itemByCode(item.code)).toMatchObject({ status: "closed", closeReason: "fulfilled" });
    // The demand side may close too: the same contract is on its accepted expression.
    expect(await fulfilSdItem(other.actor, demand.code)).toEqual({ ok: true, value: null });
  });
});

describe("renewal", () => {
  it("is refused until 30 days before expiry and gives twelve months from the day it is done", async () => {
    const publishedAt = new Date("2030-01-15T02:00:00Z");
    const { actor, item } = await publishedSupply(publishedAt);
    const expiresAt = expiryAfter(publishedAt); // 2031-01-15T02:00Z
    const early = new Date(expiresAt.getTime() - 31 * DAY);
    expect(await renewSdItemFor(actor, item.code, early)).toEqual({
      ok: false,
      formError: msg("err.sd.notRenewable"),
    });
    const inWindow = new Date(expiresAt.getTime() - 10 * DAY);
    await getDb()
      .updateTable("sdItems")
      .set({ expiryRemindedAt: inWindow })
      .where("id", "=", item.id)
      .execute();
    expect(await renewSdItemFor(actor, item.code, inWindow)).toEqual({
      ok: true,
      value: { expiresAt: expiryAfter(inWindow) },
    });
    const renewed = await itemByCode(item.code);
    expect(renewed.expiresAt?.toISOString()).toBe(expiryAfter(inWindow).toISOString());
    expect(renewed.expiryRemindedAt).toBeNull();
    // Past the expiry nothing is renewed (the sweep closes it).
    expect((await renewSdItemFor(actor, item.code, new Date(renewed.expiresAt!.getTime() + 1000))).ok).toBe(
      false,
    );
  });

  it("is only for members of the owning organization", async () => {
    const { item } = await publishedSupply();
    const outsider = await orgWithOwner();
    expect(await renewSdItemFor(outsider.actor, item.code)).toEqual({
      ok: false,
      formError: msg("err.sd.notFound"),
    });
  });
});

describe("who files what, enforced by the service", () => {
  it("refuses a supply from a government department, lets it file and submit a demand once", async () => {
    const department = await orgWithOwner();
    await getDb()
      .updateTable("organizations")
      .set({ type: "government_unit" })
      .where("id", "=", department.organization.id)
      .execute();
    expect(await createSdDraft(department.actor, "supply", sdContent("supply"))).toEqual({
      ok: false,
      formError: msg("err.sd.supplyOrgType"),
    });
    const created = await createSdDraft(department.actor, "demand", sdContent("demand"));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect((await submitSdItem(department.actor, created.value.code)).ok).toBe(true);
    expect((await submitSdItem(department.actor, created.value.code)).ok).toBe(false);
  });
});
