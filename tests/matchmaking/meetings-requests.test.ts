import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { registerForEvent } from "../../app/server/demo/mm-factories.server";
import {
  declineMeetingRequest,
  expireDueMeetingRequests,
  sendMeetingRequest,
} from "../../app/server/matchmaking/meetings/requests.server";
import {
  acceptMeetingRequest,
  cancelMeetingRequest,
  rescheduleMeeting,
  staffCancelMeeting,
  staffPlaceMeeting,
} from "../../app/server/matchmaking/meetings/schedule.server";
import { conference, party, type Participant } from "./support";

const HOUR = 3_600_000;

function ask(c: { event: { id: number } }, from: Participant, to: Participant, extra = {}, now?: Date) {
  return sendMeetingRequest(
    from.actor,
    c.event.id,
    {
      fromAttendeeId: from.attendees[0]!.id,
      toAttendeeId: to.attendees[0]!.id,
      message: "想聊聊合作",
      ...extra,
    },
    now,
  );
}

function refusal(outcome: { ok: boolean; formError?: { key: string } }) {
  return outcome.ok ? "ok" : outcome.formError?.key;
}

async function requestRow(id: number) {
  return getDb().selectFrom("mmRequests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function notificationsOf(userId: number) {
  return getDb()
    .selectFrom("notifications")
    .select(["kind", "params", "link"])
    .where("userId", "=", userId)
    .orderBy("id")
    .execute();
}

async function bookingsOf(requestId: number) {
  return getDb().selectFrom("mmBookings").select("slotId").where("requestId", "=", requestId).execute();
}

describe("meeting requests", { timeout: 120_000 }, () => {
  it("refuses outside the booking window, to an unvalidated participant, to oneself, beyond the cap, and a second open request per pair; nothing is written", async () => {
    const closed = await conference(2, { bookingClosesAt: new Date(Date.now() - 1000) });
    expect(refusal(await ask(closed, closed.participants[0]!, closed.participants[1]!))).toBe(
      "mmMeetings.err.bookingClosed",
    );
    const draft = await conference(2, { status: "draft" });
    expect(refusal(await ask(draft, draft.participants[0]!, draft.participants[1]!))).toBe(
      "mmMeetings.err.eventNotPublished",
    );

    const c = await conference(3, { maxMeetingsPerAttendee: 1 });
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const pendingOrg = await party("待审单位");
    const pending = await registerForEvent(getDb(), {
      eventId: c.event.id,
      organizationId: pendingOrg.organization.id,
      createdBy: pendingOrg.owner.id,
      status: "pending",
    });
    const toPending = await sendMeetingRequest(a.actor, c.event.id, {
      fromAttendeeId: a.attendees[0]!.id,
      toAttendeeId: pending.attendees[0]!.id,
      message: "hi",
    });
    expect(refusal(toPending)).toBe("mmMeetings.err.notValidated");
    // The pending registrant cannot ask either.
    const fromPending = await sendMeetingRequest(pendingOrg.actor, c.event.id, {
      fromAttendeeId: pending.attendees[0]!.id,
      toAttendeeId: a.attendees[0]!.id,
      message: "hi",
    });
    expect(refusal(fromPending)).toBe("mmMeetings.err.notValidated");
    const own = await sendMeetingRequest(a.actor, c.event.id, {
      fromAttendeeId: a.attendees[0]!.id,
      toAttendeeId: a.attendees[0]!.id,
      message: "hi",
    });
    expect(refusal(own)).toBe("mmMeetings.err.ownRegistration");
    // Someone else's attendee as "from" is refused.
    const spoof = await sendMeetingRequest(a.actor, c.event.id, {
      fromAttendeeId: b.attendees[0]!.id,
      toAttendeeId: d.attendees[0]!.id,
      message: "hi",
    });
    expect(refusal(spoof)).toBe("mmMeetings.err.unknownAttendee");

    const first = await ask(c, a, b);
    expect(first.ok).toBe(true);
    // One open request per pair, whichever side asks (the unique index, translated).
    expect(refusal(await ask(c, b, a))).toBe("mmMeetings.err.alreadyOpen");
    expect(refusal(await ask(c, a, b))).toBe("mmMeetings.err.alreadyOpen");
    if (!first.ok) throw new Error();
    expect(refusal(await acceptMeetingRequest(b.actor, first.value.requestId, { firstFree: true }))).toBe(
      "ok",
    );
    // a holds 1 meeting = the cap: a request to or from a is refused.
    expect(refusal(await ask(c, d, a))).toBe("mmMeetings.err.meetingCap");
    expect(refusal(await ask(c, a, d))).toBe("mmMeetings.err.meetingCap");
    const rows = await getDb()
      .selectFrom("mmRequests")
      .select("id")
      .where("eventId", "=", c.event.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("an item named must be one the organization brings; the receiver is notified", async () => {
    const c = await conference(2);
    const [a, b] = c.participants as [Participant, Participant];
    expect(refusal(await ask(c, a, b, { aboutItemId: 999_999 }))).toBe("mmMeetings.err.item");
    const sent = await ask(c, a, b);
    expect(sent.ok).toBe(true);
    const told = await notificationsOf(b.owner.id);
    expect(told.map((n) => n.kind)).toEqual(["mmRequest.received"]);
    expect(told[0]!.link).toBe(`/my/events/${c.event.id}/meetings`);
  });

  it("accepting a slot in the past is refused; the receiver, not the sender, accepts", async () => {
    const c = await conference(2, {
      bookingClosesAt: new Date(Date.now() + 40 * 24 * HOUR),
    });
    const [a, b] = c.participants as [Participant, Participant];
    // Sent an hour before the first slot: still unexpired a minute after that slot began.
    const sent = await ask(c, a, b, {}, new Date(c.slots[0]!.startsAt.getTime() - HOUR));
    if (!sent.ok) throw new Error("not sent");
    const id = sent.value.requestId;
    expect(refusal(await acceptMeetingRequest(a.actor, id, { firstFree: true }))).toBe(
      "mmMeetings.err.notYours",
    );
    const late = new Date(c.slots[0]!.startsAt.getTime() + 60_000);
    expect(refusal(await acceptMeetingRequest(b.actor, id, { slotId: c.slots[0]!.id }, late))).toBe(
      "mmMeetings.err.slotInPast",
    );
    expect((await requestRow(id)).status).toBe("requested");
    const stranger = await party("旁观单位");
    expect(refusal(await acceptMeetingRequest(stranger.actor, id, { firstFree: true }))).toBe(
      "mmMeetings.err.notFound",
    );
  });

  it("accept → reschedule → cancel, each telling the other side and moving the bookings", async () => {
    const c = await conference(2);
    const [a, b] = c.participants as [Participant, Participant];
    const sent = await ask(c, a, b);
    if (!sent.ok) throw new Error("not sent");
    const id = sent.value.requestId;
    const accepted = await acceptMeetingRequest(b.actor, id, { slotId: c.slots[2]!.id });
    expect(accepted).toEqual({ ok: true, value: { slotId: c.slots[2]!.id, tableId: c.tables[0]!.id } });
    expect((await bookingsOf(id)).map((x) => x.slotId)).toEqual([c.slots[2]!.id, c.slots[2]!.id]);
    const moved = await rescheduleMeeting(a.actor, id, { slotId: c.slots[5]!.id });
    expect(moved.ok).toBe(true);
    expect(await requestRow(id)).toMatchObject({ status: "scheduled", slotId: c.slots[5]!.id });
    expect((await bookingsOf(id)).map((x) => x.slotId)).toEqual([c.slots[5]!.id, c.slots[5]!.id]);
    expect(refusal(await cancelMeetingRequest(b.actor, id, null))).toBe("mmMeetings.err.reasonRequired");
    expect(refusal(await cancelMeetingRequest(b.actor, id, "行程冲突"))).toBe("ok");
    expect(await requestRow(id)).toMatchObject({ status: "cancelled", slotId: null, reason: "行程冲突" });
    expect(await bookingsOf(id)).toEqual([]);
    expect((await notificationsOf(a.owner.id)).map((n) => n.kind)).toEqual([
      "mmRequest.accepted",
      "mmRequest.cancelled",
    ]);
    expect((await notificationsOf(b.owner.id)).map((n) => n.kind)).toEqual([
      "mmRequest.received",
      "mmRequest.rescheduled",
    ]);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "mm_request")
      .where("entityId", "=", String(id))
      .orderBy("seq")
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      "mm_request.send",
      "mm_request.accept",
      "mm_request.reschedule",
      "mm_request.cancel",
    ]);
  });

  it("decline with a reason; withdraw by the sender; a request past its expiry cannot be answered", async () => {
    const c = await conference(3);
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const one = await ask(c, a, b);
    const two = await ask(c, a, d);
    if (!one.ok || !two.ok) throw new Error("not sent");
    expect(refusal(await declineMeetingRequest(a.actor, one.value.requestId, null))).toBe(
      "mmMeetings.err.notYours",
    );
    expect(refusal(await declineMeetingRequest(b.actor, one.value.requestId, "暂无需求"))).toBe("ok");
    expect(await requestRow(one.value.requestId)).toMatchObject({ status: "declined", reason: "暂无需求" });
    const declined = (await notificationsOf(a.owner.id)).find((n) => n.kind === "mmRequest.declined");
    expect(declined?.params).toMatchObject({ reason: "暂无需求" });
    // Only the sender withdraws a request nobody answered.
    expect(refusal(await cancelMeetingRequest(d.actor, two.value.requestId, null))).toBe(
      "mmMeetings.err.notYours",
    );
    expect(refusal(await cancelMeetingRequest(a.actor, two.value.requestId, null))).toBe("ok");
    expect((await requestRow(two.value.requestId)).status).toBe("cancelled");

    const three = await ask(c, d, b);
    if (!three.ok) throw new Error("not sent");
    const later = new Date(Date.now() + 49 * HOUR);
    expect(
      refusal(await acceptMeetingRequest(b.actor, three.value.requestId, { firstFree: true }, later)),
    ).toBe("mmMeetings.err.lapsed");
    expect((await requestRow(three.value.requestId)).status).toBe("expired");
  });

  it("the expiry sweep expires requested requests past their time and tells the senders, once", async () => {
    const c = await conference(3);
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const old = await ask(c, a, b, {}, new Date(Date.now() - 49 * HOUR));
    const fresh = await ask(c, a, d);
    if (!old.ok || !fresh.ok) throw new Error("not sent");
    expect(await expireDueMeetingRequests()).toBe(1);
    expect(await expireDueMeetingRequests()).toBe(0);
    expect((await requestRow(old.value.requestId)).status).toBe("expired");
    expect((await requestRow(fresh.value.requestId)).status).toBe("requested");
    const told = (await notificationsOf(a.owner.id)).filter((n) => n.kind === "mmRequest.expired");
    expect(told).toHaveLength(1);
  });

  it("staff place a request in a chosen cell, refuse a taken cell, move it and cancel it; both sides are told", async () => {
    const c = await conference(4);
    const [a, b, d, e] = c.participants as [Participant, Participant, Participant, Participant];
    const actor = { id: c.staff.user.id, ip: "192.0.2.9" };
    const one = await ask(c, a, b);
    const two = await ask(c, d, e);
    if (!one.ok || !two.ok) throw new Error("not sent");
    const cell = { slotId: c.slots[1]!.id, tableId: c.tables[2]!.id };
    expect((await staffPlaceMeeting(actor, one.value.requestId, cell)).ok).toBe(true);
    expect(refusal(await staffPlaceMeeting(actor, two.value.requestId, cell))).toBe(
      "mmMeetings.err.slotTaken",
    );
    expect((await requestRow(two.value.requestId)).status).toBe("requested");
    const other = { slotId: c.slots[4]!.id, tableId: c.tables[0]!.id };
    expect((await staffPlaceMeeting(actor, one.value.requestId, other)).ok).toBe(true);
    expect(await requestRow(one.value.requestId)).toMatchObject({ status: "scheduled", ...other });
    expect(refusal(await staffCancelMeeting(actor, one.value.requestId, "场地调整"))).toBe("ok");
    for (const p of [a, b])
      expect((await notificationsOf(p.owner.id)).map((n) => n.kind)).toEqual(
        expect.arrayContaining(["mmRequest.scheduled", "mmRequest.rescheduled", "mmRequest.cancelled"]),
      );
  });
});
