import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { expiryAfter } from "../../app/domain/supply-demand";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { sweepSdExpiry } from "../../app/server/supply-demand/items/expiry.server";
import {
  createSavedSearch,
  savedQueryFrom,
  sendSavedSearchDigests,
} from "../../app/server/supply-demand/items/saved-searches.server";
import { createEmbeddedEngine } from "../../search/embedded-engine";
import { relayAllDue } from "../../search/outbox-relay";
import { SD_INDEX } from "../../search/sd-index";
import { orgWithOwner } from "../support/bidding";
import { itemByCode } from "./items-support";

const DAY = 86_400_000;

async function notificationsOf(userId: number, kind: string) {
  return getDb()
    .selectFrom("notifications")
    .selectAll()
    .where("userId", "=", userId)
    .where("kind", "=", kind)
    .execute();
}

describe("the expiry sweep", () => {
  it("reminds once 30 days ahead, then closes the item as expired at its expiry", async () => {
    const owner = await orgWithOwner();
    const publishedAt = new Date("2040-03-01T04:00:00Z");
    const item = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: owner.organization.id,
      createdBy: owner.owner.id,
      publishedAt,
      content: { title: "到期测试需求" },
    });
    const expiresAt = expiryAfter(publishedAt);

    const tooEarly = await sweepSdExpiry(new Date(expiresAt.getTime() - 31 * DAY));
    expect(tooEarly.reminded).not.toContain(item.code);

    const due = new Date(expiresAt.getTime() - 30 * DAY);
    expect((await sweepSdExpiry(due)).reminded).toContain(item.code);
    expect((await sweepSdExpiry(new Date(due.getTime() + 60_000))).reminded).not.toContain(item.code);
    const reminders = await notificationsOf(owner.owner.id, "sd.expiring");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      link: `/my/supply-demand/${item.code}`,
      params: { code: item.code, title: "到期测试需求", date: "2041-03-01" },
      mailSentAt: null, // the mail relay sends it
    });
    expect((await itemByCode(item.code)).expiryRemindedAt?.toISOString()).toBe(due.toISOString());

    const justBefore = await sweepSdExpiry(new Date(expiresAt.getTime() - 1000));
    expect(justBefore.expired).not.toContain(item.code);
    expect((await sweepSdExpiry(expiresAt)).expired).toContain(item.code);
    expect(await itemByCode(item.code)).toMatchObject({ status: "closed", closeReason: "expired" });
    expect(await notificationsOf(owner.owner.id, "sd.expired")).toHaveLength(1);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "sd_item")
      .where("entityId", "=", String(item.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["sd.item.expiryReminded", "sd.item.expired"]);
  });
});

describe("the saved-search digest", () => {
  it("tells the organization once a Shanghai day how many matching items were published since the last digest", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings(SD_INDEX);
    const subscriber = await orgWithOwner();
    const publisher = await orgWithOwner();
    const saved = new Date("2045-05-10T02:00:00Z"); // 10:00 in Shanghai
    const params = new URLSearchParams({ q: "", kind: "supply", domain: "iot", year: "2045", bogus: "x" });
    params.append("domain", "not-a-domain");
    const query = savedQueryFrom(params);
    expect(query).toEqual({ q: "", filters: { kind: ["supply"], domain: ["iot"], year: ["2045"] } });
    const created = await createSavedSearch(subscriber.actor, "物联网供给", query, saved);
    expect(created.ok).toBe(true);

    const publish = (publishedAt: Date, overrides: { kind?: "demand" | "supply"; domain?: string } = {}) =>
      createSdItem(getDb(), {
        kind: overrides.kind ?? "supply",
        year: 2045,
        organizationId: publisher.organization.id,
        createdBy: publisher.owner.id,
        publishedAt,
        content: { domain: (overrides.domain ?? "iot") as "iot" },
      });
    await publish(new Date("2045-05-09T02:00:00Z")); // before the search was saved
    await publish(new Date("2045-05-10T05:00:00Z"));
    await publish(new Date("2045-05-10T09:00:00Z"));
    await publish(new Date("2045-05-10T09:30:00Z"), { kind: "demand" });
    await publish(new Date("2045-05-10T10:00:00Z"), { domain: "ai" });
    await relayAllDue(engine);

    // Still the same Shanghai day: nothing yet.
    expect(await sendSavedSearchDigests(new Date("2045-05-10T15:00:00Z"), engine)).toMatchObject({
      notified: 0,
    });
    expect(await notificationsOf(subscriber.owner.id, "sd.savedSearchDigest")).toHaveLength(0);

    // The next Shanghai day (00:10 on the 11th): one digest, counting the two matching supplies published since.
    const nextDay = new Date("2045-05-10T16:10:00Z");
    expect(await sendSavedSearchDigests(nextDay, engine)).toMatchObject({ notified: 1 });
    const digests = await notificationsOf(subscriber.owner.id, "sd.savedSearchDigest");
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      params: { name: "物联网供给", count: 2 },
      link: "/supply-demand?kind=supply&year=2045&domain=iot",
    });
    expect(await notificationsOf(publisher.owner.id, "sd.savedSearchDigest")).toHaveLength(0);

    // Later the same day: not again, even with a new item.
    await publish(new Date("2045-05-10T17:00:00Z"));
    await relayAllDue(engine);
    expect(await sendSavedSearchDigests(new Date("2045-05-11T03:00:00Z"), engine)).toMatchObject({
      notified: 0,
    });

    // The day after: only the one published since the last digest.
    await getDb()
      .updateTable("notifications")
      .set({ readAt: new Date() })
      .where("userId", "=", subscriber.owner.id)
      .execute();
    expect(await sendSavedSearchDigests(new Date("2045-05-11T16:30:00Z"), engine)).toMatchObject({
      notified: 1,
    });
    const latest = await getDb()
      .selectFrom("notifications")
      .selectAll()
      .where("userId", "=", subscriber.owner.id)
      .where("kind", "=", "sd.savedSearchDigest")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(latest.params).toEqual({ name: "物联网供给", count: 1 });

    // A day without news: no notification, but the digest still moves on.
    expect(await sendSavedSearchDigests(new Date("2045-05-12T16:30:00Z"), engine)).toMatchObject({
      notified: 0,
    });
  });
});
