import type { LoaderFunctionArgs } from "@remix-run/node";
import ical from "ical-generator";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import { findAttendee, type AgendaMeetingRow, type AttendeeRow } from "../../../../db/repositories/mm-agenda";
import type { MmEvent } from "../../../../db/schema-matchmaking";
import { icsName, SHANGHAI_VTIMEZONE, shanghaiWallClock } from "../../../domain/mm-agenda";
import { requireUser } from "../../identity/auth.server";
import { notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { agendaAccess, agendaOf } from "./agenda.server";

/**
 * The attendee's meetings as an iCalendar file (RFC 5545) that calendar apps import or subscribe to: one VEVENT
 * per placed meeting, UID stable per meeting request (a reschedule or reassignment updates the same event),
 * DTSTART/DTEND in TZID=Asia/Shanghai with its VTIMEZONE. Texts are bilingual: a subscribed feed has no session
 * and so no language.
 */
export function agendaCalendar(
  event: Pick<MmEvent, "id" | "titleZh" | "titleEn" | "venueZh" | "venueEn">,
  attendee: Pick<AttendeeRow, "name" | "organizationName">,
  meetings: readonly AgendaMeetingRow[],
  now = new Date(),
): string {
  const calendar = ical({
    name: `${event.titleZh} · ${attendee.name}`,
    prodId: { company: "jiebang", product: "mm-agenda", language: "ZH" },
  });
  // name null: no calendar-wide zone (DTSTAMP stays UTC); the generator adds the VTIMEZONE events refer to.
  calendar.timezone({ name: null, generator: (tz) => (tz === "Asia/Shanghai" ? SHANGHAI_VTIMEZONE : null) });
  for (const m of meetings) {
    const counterpart = `${m.counterpartOrganizationName}（${m.counterpartAttendeeName}）`;
    const items = m.items.map((item) => `${item.code} ${item.title}`);
    calendar.createEvent({
      id: `mm-request-${m.id}@jiebang`,
      start: shanghaiWallClock(m.startsAt),
      end: shanghaiWallClock(m.endsAt),
      timezone: "Asia/Shanghai",
      stamp: now,
      summary: `洽谈 Meeting: ${counterpart}`,
      location: `${event.venueZh} ${m.tableName} 桌 / ${event.venueEn}, table ${m.tableName}`,
      description: [
        `${event.titleZh} / ${event.titleEn}`,
        `${attendee.organizationName}（${attendee.name}）↔ ${counterpart}`,
        ...(items.length ? ["对接条目 Items:", ...items] : []),
      ].join("\n"),
    });
  }
  return calendar.toString();
}

function icsResponse(body: string, filename: string | null) {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      // Private to the attendee: never stored by a shared cache, fetched fresh by each calendar app.
      "cache-control": "private, no-store",
      ...(filename ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}

/** /my/events/:id/agenda/:attendeeId.ics: the download, for the same viewers as the agenda page. */
export async function agendaIcsLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const name = icsName(params.file);
  if (!name || !/^\d+$/.test(name)) throw notFound();
  const { event, attendee } = await agendaAccess(user, eventId, idParam(name));
  if (!attendee) throw notFound();
  const { meetings } = await agendaOf(attendee);
  return icsResponse(agendaCalendar(event, attendee, meetings), `agenda-${event.id}-${attendee.id}.ics`);
}

/**
 * /calendar/:token.ics: the subscription feed a calendar app fetches without a session; the token (24 random
 * bytes) is the only credential. Unknown tokens, withdrawn registrations and cancelled or draft events: 404.
 */
export async function calendarFeedLoader({ params }: LoaderFunctionArgs) {
  const token = icsName(params.file);
  if (!token) throw notFound();
  const db = getDb();
  const attendee = await findAttendee(db, { calendarToken: token });
  if (!attendee || attendee.registrationStatus !== "validated") throw notFound();
  const event = await findEvent(db, attendee.eventId);
  if (!event || event.status === "draft" || event.status === "cancelled") throw notFound();
  const { meetings } = await agendaOf(attendee);
  return icsResponse(agendaCalendar(event, attendee, meetings), null);
}
