import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { calendarFeedLoader } from "../../app/server/matchmaking/agenda/calendar.server";
import {
  cancelMeetingAtDoor,
  checkIn,
  closeEndedMeetings,
  correctAttendance,
  reassignMeeting,
} from "../../app/server/matchmaking/agenda/check-in.server";
import { sendAgendaReminders } from "../../app/server/matchmaking/agenda/reminders.server";
import { normalizeCheckInCode, reminderStartsOn } from "../../app/domain/mm-agenda";
import { conference, type Participant } from "./support";
import { parseIcs, prop, scheduledMeeting, shanghaiStamp } from "./agenda-support";

const feed = async (token: string) => {
  try {
    return await calendarFeedLoader({
      request: new Request(`http://jiebang.test/calendar/${token}.ics`),
      params: { file: `${token}.ics` },
      context: { csrfToken: "", clientIp: "192.0.2.1", cspNonce: "" },
    });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
};

const notificationsOf = (userId: number, kind: string) =>
  getDb()
    .selectFrom("notifications")
    .selectAll()
    .where("userId", "=", userId)
    .where("kind", "=", kind)
    .execute();

const requestRow = (id: number) =>
  getDb().selectFrom("mmRequests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

const staffActor = (id: number) => ({ id, ip: "192.0.2.9" });

describe("the iCalendar feed", () => {
  it("has one VEVENT per meeting of the attendee, in TZID=Asia/Shanghai with its VTIMEZONE, stable UIDs, and nothing of others", async () => {
    const c = await conference(3, { attendees: 2 });
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const item = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: b.organization.id,
      createdBy: b.owner.id,
      content: { title: "园区能耗监测需求" },
    });
    const m1 = await scheduledMeeting(c.event.id, a, b, c.slots[0]!, { aboutItemId: item.id });
    const m2 = await scheduledMeeting(c.event.id, d, a, c.slots[3]!);
    const other = await scheduledMeeting(c.event.id, b, d, c.slots[5]!);

    const response = await feed(a.attendees[0]!.calendarToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    const [calendar] = parseIcs(text).components;
    expect(calendar!.type).toBe("VCALENDAR");

    const zone = calendar!.components.find((x) => x.type === "VTIMEZONE")!;
    expect(prop(zone, "TZID")!.value).toBe("Asia/Shanghai");
    expect(zone.components.map((x) => x.type)).toEqual(["STANDARD"]);
    expect(prop(zone.components[0]!, "TZOFFSETFROM")!.value).toBe("+0800");
    expect(prop(zone.components[0]!, "TZOFFSETTO")!.value).toBe("+0800");

    const events = calendar!.components.filter((x) => x.type === "VEVENT");
    expect(events.map((e) => prop(e, "UID")!.value)).toEqual([
      `mm-request-${m1.id}@jiebang`,
      `mm-request-${m2.id}@jiebang`,
    ]);
    const [first, second] = events as [(typeof events)[number], (typeof events)[number]];
    expect(prop(first, "DTSTART")!.params).toEqual({ TZID: "Asia/Shanghai" });
    expect(prop(first, "DTSTART")!.value).toBe(shanghaiStamp(c.slots[0]!.startsAt));
    expect(prop(first, "DTEND")!.value).toBe(shanghaiStamp(c.slots[0]!.endsAt));
    expect(prop(first, "DTSTART")!.value).toMatch(/T093000$/); // the first block opens 09:30 Shanghai
    expect(prop(second, "DTSTART")!.value).toBe(shanghaiStamp(c.slots[3]!.startsAt));
    expect(prop(first, "DTSTAMP")!.value).toMatch(/Z$/);
    expect(prop(first, "SUMMARY")!.value).toContain(b.organization.name);
    expect(prop(first, "SUMMARY")!.value).toContain(b.attendees[0]!.name);
    expect(prop(second, "SUMMARY")!.value).toContain(d.organization.name);
    const table = c.tables.find((x) => x.id === m1.tableId)!;
    expect(prop(first, "LOCATION")!.value).toContain(`table ${table.name}`);
    expect(prop(first, "DESCRIPTION")!.value).toContain(`${item.code} 园区能耗监测需求`);

    // The same meeting keeps its UID on the next fetch; the meeting of b and d is nowhere in a's feed.
    const again = await (await feed(a.attendees[0]!.calendarToken)).text();
    expect(again.match(/^UID:.*$/gm)).toEqual(text.match(/^UID:.*$/gm));
    expect(text).not.toContain(`mm-request-${other.id}@`);
    // a's second attendee has no meeting: a calendar with no event at all.
    const empty = parseIcs(await (await feed(a.attendees[1]!.calendarToken)).text());
    expect(empty.components[0]!.components.filter((x) => x.type === "VEVENT")).toEqual([]);
  });

  it("answers 404 for an unknown token and for a withdrawn registration's attendee", async () => {
    const c = await conference(1);
    const [a] = c.participants as [Participant];
    expect((await feed("no-such-token-0123456789abcdef")).status).toBe(404);
    expect((await feed("../../etc/passwd")).status).toBe(404);
    await getDb()
      .updateTable("mmRegistrations")
      .set({ status: "withdrawn" })
      .where("id", "=", a.registration.id)
      .execute();
    expect((await feed(a.attendees[0]!.calendarToken)).status).toBe(404);
  });
});

describe("the day-before reminder", () => {
  it("notifies each attendee's organization once, the day before the event, only when it has meetings", async () => {
    const now = new Date();
    const c = await conference(3, { daysAhead: 1 });
    expect(c.event.startsOn).toBe(reminderStartsOn(now));
    const [a, b, idle] = c.participants as [Participant, Participant, Participant];
    await scheduledMeeting(c.event.id, a, b, c.slots[0]!);
    const later = await conference(2); // ten days ahead: not yet
    const [x, y] = later.participants as [Participant, Participant];
    await scheduledMeeting(later.event.id, x, y, later.slots[0]!);

    expect(await sendAgendaReminders(now)).toBeGreaterThanOrEqual(2);
    for (const p of [a, b]) {
      const sent = await notificationsOf(p.owner.id, "mmAgenda.reminder");
      expect(sent).toHaveLength(1);
      expect(sent[0]!.link).toBe(`/my/events/${c.event.id}/agenda?attendee=${p.attendees[0]!.id}`);
      expect(sent[0]!.params).toMatchObject({ attendeeName: p.attendees[0]!.name, count: 1 });
    }
    expect(await notificationsOf(idle.owner.id, "mmAgenda.reminder")).toHaveLength(0);
    expect(await notificationsOf(x.owner.id, "mmAgenda.reminder")).toHaveLength(0);

    // The next minute's sweep finds nobody left to remind.
    expect(await sendAgendaReminders(new Date(now.getTime() + 60_000))).toBe(0);
    expect(await notificationsOf(a.owner.id, "mmAgenda.reminder")).toHaveLength(1);
    const reminded = await getDb()
      .selectFrom("mmAttendees")
      .select("agendaRemindedAt")
      .where("id", "=", a.attendees[0]!.id)
      .executeTakeFirstOrThrow();
    expect(reminded.agendaRemindedAt).not.toBeNull();
  });
});

describe("check-in", () => {
  it("marks arrival once; a second scan says when; a typed code is forgiving about case, spaces and O/0", async () => {
    const c = await conference(2);
    const [a] = c.participants as [Participant];
    const code = a.attendees[0]!.checkInCode;
    const typed = ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `.replace(/0/g, "O");
    expect(normalizeCheckInCode(typed)).toBe(code);
    const at = new Date("2026-12-05T01:12:00Z");
    const first = await checkIn(staffActor(c.staff.user.id), c.event.id, typed, at);
    expect(first).toEqual({
      ok: true,
      value: {
        attendeeId: a.attendees[0]!.id,
        name: a.attendees[0]!.name,
        organizationName: a.organization.name,
        checkedInAt: at.toISOString(),
        already: false,
      },
    });
    const second = await checkIn(
      staffActor(c.staff.user.id),
      c.event.id,
      code,
      new Date(at.getTime() + 600_000),
    );
    expect(second.ok && second.value).toMatchObject({ already: true, checkedInAt: at.toISOString() });
    const row = await getDb()
      .selectFrom("mmAttendees")
      .select(["checkedInAt", "checkedInBy"])
      .where("id", "=", a.attendees[0]!.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ checkedInAt: at, checkedInBy: c.staff.user.id });
  });

  it("refuses an unknown code, a malformed one, and another event's code, beside the field", async () => {
    const c = await conference(1);
    const other = await conference(1);
    const actor = staffActor(c.staff.user.id);
    const unknown = await checkIn(actor, c.event.id, "ZZZZZZZZ");
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { code: [{ key: "err.mmAgenda.unknownCode" }] },
    });
    const malformed = await checkIn(actor, c.event.id, "abc");
    expect(malformed).toMatchObject({
      ok: false,
      fieldErrors: { code: [{ key: "err.mmAgenda.codeFormat" }] },
    });
    const elsewhere = await checkIn(actor, c.event.id, other.participants[0]!.attendees[0]!.checkInCode);
    expect(elsewhere).toMatchObject({
      ok: false,
      fieldErrors: { code: [{ key: "err.mmAgenda.unknownCode" }] },
    });
    const arrived = await getDb()
      .selectFrom("mmAttendees")
      .select("id")
      .where("eventId", "in", [c.event.id, other.event.id])
      .where("checkedInAt", "is not", null)
      .execute();
    expect(arrived).toEqual([]);
  });
});

async function doubleBookings(eventId: number) {
  const rows = await getDb()
    .selectFrom("mmRequests as r")
    .innerJoin("mmBookings as b", "b.requestId", "r.id")
    .select(["b.slotId", "b.attendeeId", "r.id", "r.fromAttendeeId", "r.toAttendeeId", "r.slotId as rSlot"])
    .where("r.eventId", "=", eventId)
    .execute();
  const seen = new Set<string>();
  let conflicts = 0;
  for (const row of rows) {
    const key = `${row.slotId}:${row.attendeeId}`;
    if (seen.has(key)) conflicts++;
    seen.add(key);
    // Every booking belongs to one of its request's two attendees, in the request's slot.
    if (row.slotId !== row.rSlot || ![row.fromAttendeeId, row.toAttendeeId].includes(row.attendeeId))
      conflicts++;
  }
  return { conflicts, bookings: rows.length };
}

describe("reassignment and cancellation at the door", () => {
  it("moves the meeting to the organization's other attendee in the same slot and table, and tells both sides", async () => {
    const c = await conference(3, { attendees: 2 });
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const m = await scheduledMeeting(c.event.id, a, b, c.slots[0]!);
    await scheduledMeeting(c.event.id, d, a, c.slots[1]!, { bi: 1 }); // a's second attendee is busy later only
    const actor = staffActor(c.staff.user.id);
    const outcome = await reassignMeeting(actor, c.event.id, {
      requestId: m.id,
      absentAttendeeId: a.attendees[0]!.id,
    });
    expect(outcome).toEqual({ ok: true, value: { requestId: m.id, attendeeId: a.attendees[1]!.id } });
    const after = await requestRow(m.id);
    expect([after.status, after.fromAttendeeId, after.toAttendeeId, after.slotId, after.tableId]).toEqual([
      "scheduled",
      a.attendees[1]!.id,
      b.attendees[0]!.id,
      m.slotId,
      m.tableId,
    ]);
    const bookings = await getDb()
      .selectFrom("mmBookings")
      .selectAll()
      .where("requestId", "=", m.id)
      .execute();
    expect(bookings.map((x) => x.attendeeId).sort()).toEqual([a.attendees[1]!.id, b.attendees[0]!.id].sort());
    expect(await doubleBookings(c.event.id)).toEqual({ conflicts: 0, bookings: 4 });
    for (const p of [a, b]) expect(await notificationsOf(p.owner.id, "mmAgenda.reassigned")).toHaveLength(1);
  });

  it("changes nothing when the other attendee is busy in that slot, has arrived, or there is no other attendee", async () => {
    const c = await conference(4, { attendees: 2 });
    const [a, b, d, e] = c.participants as [Participant, Participant, Participant, Participant];
    const m = await scheduledMeeting(c.event.id, a, b, c.slots[0]!);
    await scheduledMeeting(c.event.id, d, a, c.slots[0]!, { bi: 1 }); // a's second attendee: same slot
    const actor = staffActor(c.staff.user.id);
    const busy = await reassignMeeting(actor, c.event.id, {
      requestId: m.id,
      absentAttendeeId: a.attendees[0]!.id,
    });
    expect(busy).toMatchObject({ ok: false, formError: { key: "err.mmAgenda.replacementBusy" } });
    const unchanged = await requestRow(m.id);
    expect([unchanged.fromAttendeeId, unchanged.slotId, unchanged.tableId]).toEqual([
      a.attendees[0]!.id,
      m.slotId,
      m.tableId,
    ]);
    expect(await doubleBookings(c.event.id)).toEqual({ conflicts: 0, bookings: 4 });

    await checkIn(actor, c.event.id, b.attendees[0]!.checkInCode);
    const arrived = await reassignMeeting(actor, c.event.id, {
      requestId: m.id,
      absentAttendeeId: b.attendees[0]!.id,
    });
    expect(arrived).toMatchObject({ ok: false, formError: { key: "err.mmAgenda.attendeeArrived" } });

    const single = await conference(2);
    const [s1, s2] = single.participants as [Participant, Participant];
    const lone = await scheduledMeeting(single.event.id, s1, s2, single.slots[0]!);
    const none = await reassignMeeting(actor, single.event.id, {
      requestId: lone.id,
      absentAttendeeId: s1.attendees[0]!.id,
    });
    expect(none).toMatchObject({ ok: false, formError: { key: "err.mmAgenda.noOtherAttendee" } });
    // A meeting of another event is not found through this event's page.
    const foreign = await reassignMeeting(actor, c.event.id, {
      requestId: lone.id,
      absentAttendeeId: s1.attendees[0]!.id,
    });
    expect(foreign).toMatchObject({ ok: false, formError: { key: "err.mmAgenda.meetingNotFound" } });
    void e;
  });

  it("cancels a scheduled meeting: slot and table freed, reason kept, both sides told", async () => {
    const c = await conference(2);
    const [a, b] = c.participants as [Participant, Participant];
    const m = await scheduledMeeting(c.event.id, a, b, c.slots[2]!);
    const outcome = await cancelMeetingAtDoor(staffActor(c.staff.user.id), c.event.id, {
      requestId: m.id,
      reason: "对方代表未到场",
    });
    expect(outcome).toEqual({ ok: true, value: { requestId: m.id } });
    const after = await requestRow(m.id);
    expect([after.status, after.slotId, after.tableId, after.reason, after.closedBy]).toEqual([
      "cancelled",
      null,
      null,
      "对方代表未到场",
      c.staff.user.id,
    ]);
    expect(await doubleBookings(c.event.id)).toEqual({ conflicts: 0, bookings: 0 });
    const told = await notificationsOf(b.owner.id, "mmAgenda.cancelled");
    expect(told).toHaveLength(1);
    expect(told[0]!.params).toMatchObject({ reason: "对方代表未到场" });
    const again = await cancelMeetingAtDoor(staffActor(c.staff.user.id), c.event.id, {
      requestId: m.id,
      reason: null,
    });
    expect(again).toMatchObject({ ok: false, formError: { key: "err.mmAgenda.notScheduled" } });
  });
});

describe("held / no-show", () => {
  it("the sweep marks ended meetings held when both checked in, no-show otherwise; staff may correct one", async () => {
    const c = await conference(3, { daysAhead: -1 }); // yesterday: every slot has ended
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const both = await scheduledMeeting(c.event.id, a, b, c.slots[0]!);
    const half = await scheduledMeeting(c.event.id, a, d, c.slots[1]!);
    const actor = staffActor(c.staff.user.id);
    for (const p of [a, b]) await checkIn(actor, c.event.id, p.attendees[0]!.checkInCode);
    const future = await conference(2);
    const [f1, f2] = future.participants as [Participant, Participant];
    const pending = await scheduledMeeting(future.event.id, f1, f2, future.slots[0]!);

    const closed = await closeEndedMeetings(new Date());
    expect(closed.held).toBeGreaterThanOrEqual(1);
    expect(closed.noShow).toBeGreaterThanOrEqual(1);
    expect((await requestRow(both.id)).status).toBe("held");
    expect((await requestRow(half.id)).status).toBe("no_show");
    expect((await requestRow(pending.id)).status).toBe("scheduled");
    expect(await closeEndedMeetings(new Date())).toEqual({ held: 0, noShow: 0 });
    // Bookings stay with held and no-show meetings (they happened, or were due, in that slot).
    expect(await doubleBookings(c.event.id)).toEqual({ conflicts: 0, bookings: 4 });

    expect(await correctAttendance(actor, c.event.id, { requestId: half.id, to: "held" })).toEqual({
      ok: true,
      value: { requestId: half.id, status: "held" },
    });
    expect((await requestRow(half.id)).status).toBe("held");
    await correctAttendance(actor, c.event.id, { requestId: half.id, to: "no_show" });
    expect((await requestRow(half.id)).status).toBe("no_show");
    const notEnded = await correctAttendance(actor, future.event.id, {
      requestId: pending.id,
      to: "no_show",
    });
    expect(notEnded).toMatchObject({ ok: false, formError: { key: "err.mmAgenda.notEnded" } });
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "mm_request")
      .where("entityId", "=", String(half.id))
      .execute();
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining(["mmAgenda.noShow", "mmAgenda.attendanceCorrected"]),
    );
  });
});
