import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../../identity/auth.server";
import { mailOrigin } from "../../identity/email-verification.server";
import { notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { agendaAccess, agendaOf, checkInQrDataUri } from "./agenda.server";

/**
 * /my/events/:id/agenda (?attendee=<id>): one attendee's meetings in time order, the organization's roadshows,
 * the check-in QR code and the calendar links. The code and the feed URL are the organization's (or staff's)
 * only, and so is this page.
 */
export async function agendaPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const raw = new URL(request.url).searchParams.get("attendee");
  const attendeeId = raw === null || raw === "" ? null : /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
  if (attendeeId === 0) throw notFound();
  const { event, viewer, attendee, siblings } = await agendaAccess(user, eventId, attendeeId);
  // Staff open an agenda from the check-in page, where every attendee is listed.
  if (!attendee) throw redirect(`/staff/events/${eventId}/check-in`);
  const [{ meetings, roadshows }, qr] = await Promise.all([
    agendaOf(attendee),
    checkInQrDataUri(attendee.checkInCode),
  ]);
  return {
    event: {
      id: event.id,
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      venueZh: event.venueZh,
      venueEn: event.venueEn,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      status: event.status,
    },
    staff: viewer.kind === "staff",
    organizationName: attendee.organizationName,
    attendees: siblings.map((a) => ({ id: a.id, name: a.name })),
    attendee: {
      id: attendee.id,
      name: attendee.name,
      jobTitle: attendee.jobTitle,
      checkInCode: attendee.checkInCode,
      checkedInAt: attendee.checkedInAt?.toISOString() ?? null,
      qr,
      feedUrl: `${mailOrigin(request)}/calendar/${attendee.calendarToken}.ics`,
      icsPath: `/my/events/${event.id}/agenda/${attendee.id}.ics`,
    },
    meetings: meetings.map((m) => ({
      id: m.id,
      status: m.status,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      tableName: m.tableName,
      counterpartOrganizationName: m.counterpartOrganizationName,
      counterpartAttendeeName: m.counterpartAttendeeName,
      requestedByUs: m.fromAttendeeId === attendee.id,
      items: m.items.map((item) => ({
        code: item.code,
        title: item.title,
        linked: item.status === "published",
      })),
    })),
    roadshows: roadshows.map((r) => ({
      id: r.id,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      titleZh: r.titleZh,
      titleEn: r.titleEn,
      stageZh: r.stageZh,
      stageEn: r.stageEn,
      itemCode: r.itemCode,
      itemTitle: r.itemTitle,
    })),
  };
}
