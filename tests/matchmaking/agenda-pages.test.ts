import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { registerForEvent } from "../../app/server/demo/mm-factories.server";
import { signedIn, type TestBrowser } from "../support/app";
import { conference, party, type Participant } from "./support";
import { parseIcs, prop, scheduledMeeting } from "./agenda-support";

/**
 * The agenda, its .ics download and the check-in page through the built app (npm run build first): who may see
 * which attendee's agenda, code and feed link, and the check-in form as staff post it.
 */

let c: Awaited<ReturnType<typeof conference>>;
let a: Participant, b: Participant, d: Participant;
let meetingId: number;
const browsers = {} as Record<"a" | "b" | "staff" | "registrant" | "outsider", TestBrowser>;

beforeAll(async () => {
  c = await conference(3, { attendees: 2 });
  [a, b, d] = c.participants as [Participant, Participant, Participant];
  meetingId = (await scheduledMeeting(c.event.id, a, b, c.slots[0]!)).id;
  await scheduledMeeting(c.event.id, b, d, c.slots[1]!);
  const registrant = await party("待审核单位");
  await registerForEvent(getDb(), {
    eventId: c.event.id,
    organizationId: registrant.organization.id,
    createdBy: registrant.owner.id,
    status: "pending",
  });
  const outsider = await party("未报名单位");
  browsers.a = await signedIn(a.email, a.password, "192.0.2.81");
  browsers.b = await signedIn(b.email, b.password, "192.0.2.82");
  browsers.staff = await signedIn(c.staff.email, c.staff.password, "192.0.2.83");
  browsers.registrant = await signedIn(registrant.email, registrant.password, "192.0.2.84");
  browsers.outsider = await signedIn(outsider.email, outsider.password, "192.0.2.85");
}, 120_000);

const agenda = (eventId: number, attendeeId?: number) =>
  `/my/events/${eventId}/agenda${attendeeId ? `?attendee=${attendeeId}` : ""}`;

describe("the agenda page", () => {
  it("shows a participant its attendee's meetings, QR code and code, and the other attendee on request", async () => {
    const response = await browsers.a.get(agenda(c.event.id));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(a.attendees[0]!.name);
    expect(html).toContain(b.organization.name);
    expect(html).toContain(b.attendees[0]!.name);
    expect(html).toContain(a.attendees[0]!.checkInCode);
    expect(html).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,[^"]+"[^>]*alt="[^"]+"/);
    expect(html).toContain(`/calendar/${a.attendees[0]!.calendarToken}.ics`);
    expect(html).not.toContain(a.attendees[1]!.checkInCode);
    expect(html).not.toMatch(/style="/);
    // b's meeting with d is not a's business.
    expect(html).not.toContain(d.organization.name);

    const second = await browsers.a.get(agenda(c.event.id, a.attendees[1]!.id));
    expect(second.status).toBe(200);
    const secondHtml = await second.text();
    expect(secondHtml).toContain(a.attendees[1]!.checkInCode);
    expect(secondHtml).not.toContain(a.attendees[0]!.checkInCode);
  });

  it("hides another organization's attendee (404), refuses non-participants (403), sends the signed-out to sign in", async () => {
    expect((await browsers.a.get(agenda(c.event.id, b.attendees[0]!.id))).status).toBe(404);
    expect((await browsers.a.get(agenda(c.event.id, 999_999_999))).status).toBe(404);
    expect((await browsers.registrant.get(agenda(c.event.id))).status).toBe(403);
    expect((await browsers.outsider.get(agenda(c.event.id))).status).toBe(403);
    expect((await browsers.a.get(agenda(999_999_999))).status).toBe(404);
    const anonymous = await new (await import("../support/app")).TestBrowser("192.0.2.86").get(
      agenda(c.event.id),
    );
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?/);
  });

  it("lets staff open any attendee's agenda", async () => {
    const response = await browsers.staff.get(agenda(c.event.id, d.attendees[0]!.id));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(d.attendees[0]!.checkInCode);
    expect(html).toContain(b.organization.name);
    const bare = await browsers.staff.get(agenda(c.event.id));
    expect(bare.status).toBe(302);
    expect(bare.headers.get("location")).toBe(`/staff/events/${c.event.id}/check-in`);
  });

  it("downloads the attendee's .ics for the same viewers only", async () => {
    const path = `/my/events/${c.event.id}/agenda/${a.attendees[0]!.id}.ics`;
    const response = await browsers.a.get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="agenda-/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const events = parseIcs(await response.text()).components[0]!.components.filter(
      (x) => x.type === "VEVENT",
    );
    expect(events.map((e) => prop(e, "UID")!.value)).toEqual([`mm-request-${meetingId}@jiebang`]);
    expect((await browsers.b.get(path)).status).toBe(404);
    expect((await browsers.outsider.get(path)).status).toBe(403);
    expect((await browsers.staff.get(path)).status).toBe(200);
    expect((await browsers.a.get(`/my/events/${c.event.id}/agenda/x.ics`)).status).toBe(404);
  });
});

describe("the calendar feed route", () => {
  it("serves the feed without a session and 404s an unknown token", async () => {
    const { TestBrowser } = await import("../support/app");
    const anonymous = new TestBrowser("192.0.2.87");
    const response = await anonymous.get(`/calendar/${b.attendees[0]!.calendarToken}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*END:VCALENDAR/);
    expect((await anonymous.get("/calendar/not-a-token.ics")).status).toBe(404);
    expect((await anonymous.get(`/calendar/${b.attendees[0]!.calendarToken}.ical`)).status).toBe(404);
  });
});

describe("the check-in page", () => {
  it("is staff-only", async () => {
    expect((await browsers.a.get(`/staff/events/${c.event.id}/check-in`)).status).toBe(403);
    expect((await browsers.staff.get(`/staff/events/${c.event.id}/check-in`)).status).toBe(200);
  });

  it("checks an attendee in, says so again on a second scan, and refuses an unknown code beside the field", async () => {
    const path = `/staff/events/${c.event.id}/check-in`;
    const code = d.attendees[1]!.checkInCode;
    const first = await browsers.staff.post(path, { intent: "checkIn", code: code.toLowerCase() });
    expect(first.status).toBe(200);
    const again = await browsers.staff.post(path, { intent: "checkIn", code });
    expect(again.status).toBe(200);
    const unknown = await browsers.staff.post(path, { intent: "checkIn", code: "ZZZZZZZZ" });
    expect(unknown.status).toBe(400);
    const page = await (await browsers.staff.get(path)).text();
    expect(page).toContain(d.attendees[1]!.name);
    const arrived = await getDb()
      .selectFrom("mmAttendees")
      .select(["checkedInAt", "checkedInBy"])
      .where("id", "=", d.attendees[1]!.id)
      .executeTakeFirstOrThrow();
    expect(arrived.checkedInBy).toBe(c.staff.user.id);
    expect(arrived.checkedInAt).not.toBeNull();
    // A participant cannot check anyone in.
    expect(
      (await browsers.a.post(path, { intent: "checkIn", code: a.attendees[0]!.checkInCode })).status,
    ).toBe(403);
  });
});
