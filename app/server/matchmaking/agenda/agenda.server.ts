import QRCode from "qrcode";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import {
  attendeesOfRegistration,
  findAttendee,
  meetingsOfAttendee,
  roadshowsOfRegistration,
  type AttendeeRow,
} from "../../../../db/repositories/mm-agenda";
import type { SessionUser } from "../../identity/auth.server";
import { forbidden, notFound } from "../../platform/http.server";
import { eventViewerOf } from "../access.server";

/**
 * Whose agenda a signed-in user may open: a member of a validated participant organization opens its own
 * attendees' (one or two), staff anyone's. Another organization's attendee does not exist for the viewer (404);
 * a signed-in user who is not a participant is refused (403).
 */
export async function agendaAccess(user: SessionUser, eventId: number, attendeeId: number | null) {
  const db = getDb();
  const event = await findEvent(db, eventId);
  if (!event || event.status === "draft") throw notFound();
  const viewer = await eventViewerOf(user, eventId);
  if (viewer.kind === "staff") {
    if (attendeeId === null) return { event, viewer, attendee: null, siblings: [] };
    const attendee = await findAttendee(db, { id: attendeeId });
    if (!attendee || attendee.eventId !== eventId) throw notFound();
    return { event, viewer, attendee, siblings: await attendeesOfRegistration(db, attendee.registrationId) };
  }
  if (viewer.kind !== "participant") throw forbidden();
  const siblings = await attendeesOfRegistration(db, viewer.registrationId);
  const chosen = attendeeId === null ? siblings[0] : siblings.find((a) => a.id === attendeeId);
  if (!chosen) throw notFound();
  const attendee = await findAttendee(db, { id: chosen.id });
  if (!attendee) throw notFound();
  return { event, viewer, attendee, siblings };
}

/** The check-in code as an SVG QR code in a data: URI (the page CSP allows data: images, no inline styles). */
export async function checkInQrDataUri(code: string): Promise<string> {
  const svg = await QRCode.toString(code, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The attendee's meetings and roadshows as the agenda page and the calendar show them. */
export async function agendaOf(attendee: AttendeeRow) {
  const db = getDb();
  const [meetings, roadshows] = await Promise.all([
    meetingsOfAttendee(db, attendee.id),
    roadshowsOfRegistration(db, attendee.registrationId),
  ]);
  return { meetings, roadshows };
}

export const agendaPath = (eventId: number, attendeeId: number) =>
  `/my/events/${eventId}/agenda?attendee=${attendeeId}`;
