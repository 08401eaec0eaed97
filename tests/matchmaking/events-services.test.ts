import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  createMeetingRequest,
  createMmEvent,
  registerForEvent,
} from "../../app/server/demo/mm-factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { cancelEvent } from "../../app/server/matchmaking/events/cancel.server";
import {
  publishEvent,
  saveBlocks,
  saveTables,
  updateSettings,
} from "../../app/server/matchmaking/events/events.server";
import { addRoadshow } from "../../app/server/matchmaking/events/roadshows.server";
import { placeMeeting } from "../../app/server/matchmaking/scheduling/placement.server";
import { shanghaiBlock } from "../../app/domain/matchmaking";
import { asOwner } from "../support/owner";
import { conference, party, staffUser, type Participant } from "./support";

const actorOf = (userId: number) => ({ id: userId, ip: "192.0.2.9" });

function requestBetween(eventId: number, a: Participant, b: Participant) {
  return createMeetingRequest(getDb(), {
    eventId,
    from: { registrationId: a.registration.id, attendeeId: a.attendees[0]!.id },
    to: { registrationId: b.registration.id, attendeeId: b.attendees[0]!.id },
    createdBy: a.owner.id,
  });
}

async function place(request: Awaited<ReturnType<typeof requestBetween>>) {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const outcome = await placeMeeting(trx, {
        request,
        choice: { firstFree: true },
        now: new Date(),
        maxMeetings: 12,
      });
      if (!outcome.ok) throw new Error(outcome.reason);
      return outcome;
    });
}

const formKey = (outcome: { ok: boolean; formError?: { key: string } }) =>
  outcome.ok ? null : outcome.formError?.key;

describe("publishing and editing an event", () => {
  it("publishes only a draft with at least one block and one table", async () => {
    const staff = await staffUser();
    const now = new Date();
    const { event } = await createMmEvent(getDb(), {
      createdBy: staff.user.id,
      status: "draft",
      blocks: [],
      tableCount: 0,
      now,
      registrationClosesAt: new Date(now.getTime() + 86_400_000),
      bookingClosesAt: new Date(now.getTime() + 2 * 86_400_000),
    });
    const actor = actorOf(staff.user.id);
    expect(formKey(await publishEvent(actor, event.id))).toBe("mmEvents.err.publishNoBlocks");
    const block = shanghaiBlock(event.startsOn, "09:00", "10:00")!;
    expect((await saveBlocks(actor, event.id, [block])).ok).toBe(true);
    expect(formKey(await publishEvent(actor, event.id))).toBe("mmEvents.err.publishNoTables");
    expect((await saveTables(actor, event.id, ["A01"])).ok).toBe(true);
    expect((await publishEvent(actor, event.id)).ok).toBe(true);
    expect(formKey(await publishEvent(actor, event.id))).toBe("mmEvents.err.notDraft");
    const row = await getDb()
      .selectFrom("mmEvents")
      .select("status")
      .where("id", "=", event.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("published");
    // 09:00–10:00 with 20-minute slots and 5-minute breaks: 09:00, 09:25 (09:50 would end after 10:00).
    const slots = await getDb()
      .selectFrom("mmSlots")
      .select("startsAt")
      .where("eventId", "=", event.id)
      .execute();
    expect(slots).toHaveLength(2);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "mm_event")
      .where("entityId", "=", String(event.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["mm.event.blocks", "mm.event.tables", "mm.event.publish"]);
  });

  it("refuses block, table and slot-length edits once a meeting is placed, and changes nothing", async () => {
    const c = await conference(2);
    const [a, b] = c.participants as [Participant, Participant];
    await place(await requestBetween(c.event.id, a, b));
    const actor = actorOf(c.staff.user.id);
    const block = shanghaiBlock(c.event.startsOn, "09:00", "10:00")!;
    expect(formKey(await saveBlocks(actor, c.event.id, [block]))).toBe("mmEvents.err.placed");
    expect(formKey(await saveTables(actor, c.event.id, ["X"]))).toBe("mmEvents.err.placed");
    const event = c.event;
    const settings = {
      year: event.year,
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      venueZh: event.venueZh,
      venueEn: event.venueEn,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      registrationOpensAt: event.registrationOpensAt,
      registrationClosesAt: event.registrationClosesAt,
      bookingOpensAt: event.bookingOpensAt,
      bookingClosesAt: event.bookingClosesAt,
      slotMinutes: 30,
      breakMinutes: 5,
      maxMeetingsPerAttendee: 12,
      requestExpiryHours: 48,
    };
    const refused = await updateSettings(actor, c.event.id, settings);
    expect(refused.ok === false && refused.fieldErrors?.slotMinutes?.[0]?.key).toBe("mmEvents.err.placed");
    const slots = await getDb()
      .selectFrom("mmSlots")
      .select("id")
      .where("eventId", "=", c.event.id)
      .execute();
    expect(slots.map((s) => s.id)).toEqual(c.slots.map((s) => s.id));
    const tables = await getDb()
      .selectFrom("mmTables")
      .select("name")
      .where("eventId", "=", c.event.id)
      .execute();
    expect(tables).toHaveLength(c.tables.length);
    // Same slot length: the settings save.
    expect(
      (await updateSettings(actor, c.event.id, { ...settings, slotMinutes: 20, titleEn: "Renamed" })).ok,
    ).toBe(true);
  });
});

describe("roadshows", () => {
  it("places a validated participant's supply item inside the session, refusing overlaps and other items", async () => {
    const c = await conference(2);
    const [a, b] = c.participants as [Participant, Participant];
    const supply = await createSdItem(getDb(), {
      kind: "supply",
      organizationId: a.organization.id,
      createdBy: a.owner.id,
    });
    const demand = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: b.organization.id,
      createdBy: b.owner.id,
    });
    await getDb()
      .insertInto("mmRegistrationItems")
      .values([
        { registrationId: a.registration.id, itemId: supply.id },
        { registrationId: b.registration.id, itemId: demand.id },
      ])
      .execute();
    const pending = await party("待审核单位");
    const pendingSupply = await createSdItem(getDb(), {
      kind: "supply",
      organizationId: pending.organization.id,
      createdBy: pending.owner.id,
    });
    const pendingReg = await registerForEvent(getDb(), {
      eventId: c.event.id,
      organizationId: pending.organization.id,
      createdBy: pending.owner.id,
      itemIds: [pendingSupply.id],
      status: "pending",
    });
    const range = shanghaiBlock(c.event.startsOn, "09:00", "10:00")!;
    const session = await getDb()
      .insertInto("mmSessions")
      .values({
        eventId: c.event.id,
        domain: "ai",
        titleZh: "人工智能",
        titleEn: "AI",
        stageZh: "主舞台",
        stageEn: "Main",
        ...range,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const actor = actorOf(c.staff.user.id);
    const add = (over: Partial<Parameters<typeof addRoadshow>[2]>) =>
      addRoadshow(actor, c.event.id, {
        sessionId: session.id,
        registrationId: a.registration.id,
        itemId: supply.id,
        start: "09:00",
        minutes: 20,
        ...over,
      });
    const fieldKey = (o: Awaited<ReturnType<typeof add>>, field: string) =>
      o.ok ? null : (o.fieldErrors?.[field]?.[0]?.key ?? null);
    expect((await add({})).ok).toBe(true);
    expect(fieldKey(await add({ start: "09:10" }), "start")).toBe("mmEvents.err.roadshowOverlap");
    expect(fieldKey(await add({ start: "08:50" }), "start")).toBe("mmEvents.err.outsideSession");
    expect(fieldKey(await add({ start: "09:50", minutes: 15 }), "start")).toBe("mmEvents.err.outsideSession");
    expect(
      fieldKey(await add({ registrationId: b.registration.id, itemId: demand.id, start: "09:30" }), "offer"),
    ).toBe("mmEvents.err.offer");
    expect(
      fieldKey(
        await add({ registrationId: pendingReg.registration.id, itemId: pendingSupply.id, start: "09:30" }),
        "offer",
      ),
    ).toBe("mmEvents.err.offer");
    // Back to back is fine: 09:20–09:40 touches 09:00–09:20 without overlapping.
    expect((await add({ start: "09:20" })).ok).toBe(true);
    const rows = await getDb()
      .selectFrom("mmRoadshows")
      .select("startsAt")
      .where("sessionId", "=", session.id)
      .execute();
    expect(rows).toHaveLength(2);
  });
});

async function cascadeFixture() {
  const c = await conference(4);
  const [a, b, d, e] = c.participants as [Participant, Participant, Participant, Participant];
  const requested = await requestBetween(c.event.id, a, b);
  const accepted = await requestBetween(c.event.id, b, d);
  await getDb().updateTable("mmRequests").set({ status: "accepted" }).where("id", "=", accepted.id).execute();
  const scheduled = await requestBetween(c.event.id, d, e);
  await place(scheduled);
  const scheduled2 = await requestBetween(c.event.id, a, e);
  await place(scheduled2);
  const declined = await requestBetween(c.event.id, e, b);
  await getDb().updateTable("mmRequests").set({ status: "declined" }).where("id", "=", declined.id).execute();
  return {
    c,
    ids: {
      requested: requested.id,
      accepted: accepted.id,
      scheduled: scheduled.id,
      scheduled2: scheduled2.id,
      declined: declined.id,
    },
  };
}

async function snapshot(eventId: number) {
  const db = getDb();
  return {
    event: await db
      .selectFrom("mmEvents")
      .select(["status", "cancelReason"])
      .where("id", "=", eventId)
      .executeTakeFirstOrThrow(),
    requests: await db
      .selectFrom("mmRequests")
      .select(["id", "status", "slotId", "tableId", "reason", "closedBy"])
      .where("eventId", "=", eventId)
      .orderBy("id")
      .execute(),
    bookings: await db
      .selectFrom("mmBookings as b")
      .innerJoin("mmSlots as s", "s.id", "b.slotId")
      .select(["b.requestId", "b.attendeeId"])
      .where("s.eventId", "=", eventId)
      .orderBy("b.requestId")
      .orderBy("b.attendeeId")
      .execute(),
    tableBookings: await db
      .selectFrom("mmTableBookings as b")
      .innerJoin("mmSlots as s", "s.id", "b.slotId")
      .select(["b.requestId"])
      .where("s.eventId", "=", eventId)
      .orderBy("b.requestId")
      .execute(),
    notifications: Number(
      (
        await db
          .selectFrom("notifications")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("kind", "=", "mmEvent.cancelled")
          .where("link", "=", `/events/${eventId}`)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  };
}

describe("cancelling an event", () => {
  it("closes every pending and scheduled request, frees their bookings and notifies every registered organization", async () => {
    const { c, ids } = await cascadeFixture();
    const outcome = await cancelEvent(actorOf(c.staff.user.id), c.event.id, "场馆检修，延期举办");
    expect(outcome).toEqual({ ok: true, value: { open: 2, scheduled: 2, organizations: 4 } });
    const after = await snapshot(c.event.id);
    expect(after.event).toEqual({ status: "cancelled", cancelReason: "场馆检修，延期举办" });
    const byId = new Map(after.requests.map((r) => [r.id, r]));
    for (const id of [ids.requested, ids.accepted, ids.scheduled, ids.scheduled2])
      expect(byId.get(id)).toMatchObject({
        status: "cancelled",
        slotId: null,
        tableId: null,
        reason: "场馆检修，延期举办",
        closedBy: c.staff.user.id,
      });
    expect(byId.get(ids.declined)).toMatchObject({ status: "declined", reason: null });
    expect(after.bookings).toEqual([]);
    expect(after.tableBookings).toEqual([]);
    // Each organization's owner gets one.
    expect(after.notifications).toBe(4);
    // A second cancel is refused.
    const again = await cancelEvent(actorOf(c.staff.user.id), c.event.id, "again");
    expect(again.ok === false && again.formError?.key).toBe("mmEvents.err.notCancellable");
  });

  it("a failure half-way through leaves the event, requests, bookings and notifications unchanged", async () => {
    const { c, ids } = await cascadeFixture();
    const before = await snapshot(c.event.id);
    // Force a failure after the event row and the first requests were already updated: the last scheduled
    // request refuses to change (a bad status, as a broken migration or a concurrent writer might leave it).
    await asOwner((owner) =>
      sql
        .raw(
          `CREATE FUNCTION mm_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
         CREATE TRIGGER mm_test_refuse BEFORE UPDATE ON mm_requests FOR EACH ROW
         WHEN (OLD.id = ${ids.scheduled2}) EXECUTE FUNCTION mm_test_refuse();`,
        )
        .execute(owner),
    );
    try {
      await expect(cancelEvent(actorOf(c.staff.user.id), c.event.id, "不会生效")).rejects.toThrow(
        /refused for the test/,
      );
    } finally {
      await asOwner((owner) =>
        sql.raw(`DROP TRIGGER mm_test_refuse ON mm_requests; DROP FUNCTION mm_test_refuse();`).execute(owner),
      );
    }
    expect(await snapshot(c.event.id)).toEqual(before);
    expect(before.event.status).toBe("published");
    expect(before.bookings.length).toBe(4);
    expect(before.notifications).toBe(0);
  });
});
