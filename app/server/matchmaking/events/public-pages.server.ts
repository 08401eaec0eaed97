import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import { currentPublishedEvent, listEventsWithCounts } from "../../../../db/repositories/mm-events";
import type { MmEventStatus } from "../../../domain/matchmaking";
import { getSessionUser } from "../../identity/auth.server";
import { notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { eventViewerOf } from "../access.server";
import { programmeOf } from "./programme.server";

/** What the public sees: every event but drafts (a cancelled one stays listed, marked so). */
export const PUBLIC_EVENT_STATUSES: readonly MmEventStatus[] = ["published", "closed", "cancelled"];

function eventFacts(event: NonNullable<Awaited<ReturnType<typeof findEvent>>>) {
  return {
    id: event.id,
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
    status: event.status,
    cancelReason: event.cancelReason,
    isDemo: event.isDemo,
  };
}

/** /events: published, closed and cancelled events, newest first. */
export async function eventsPageLoader() {
  const events = await listEventsWithCounts(getDb(), PUBLIC_EVENT_STATUSES);
  return {
    events: events.map((e) => ({
      id: e.id,
      year: e.year,
      titleZh: e.titleZh,
      titleEn: e.titleEn,
      venueZh: e.venueZh,
      venueEn: e.venueEn,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      status: e.status,
      isDemo: e.isDemo,
      participants: e.participants,
      meetings: e.meetings,
    })),
  };
}

/** The event as the public may see it (null for an unknown id or a draft). */
export async function publicEvent(id: number) {
  const event = await findEvent(getDb(), id);
  if (!event || !PUBLIC_EVENT_STATUSES.includes(event.status)) return null;
  return event;
}

/** /events/:id: the programme; a draft is 404 except to staff. */
export async function eventPageLoader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const user = await getSessionUser(request);
  const event = await findEvent(getDb(), id);
  const isStaff = user?.roles.includes("staff") ?? false;
  if (!event || (event.status === "draft" && !isStaff)) throw notFound();
  const viewer = await eventViewerOf(user, event.id);
  return {
    event: eventFacts(event),
    programme: await programmeOf(getDb(), event),
    viewer: { kind: viewer.kind, signedIn: user !== null, hasOrganization: Boolean(user?.organization) },
  };
}

/** The newest published event, for the one line on /supply-demand that points to it (null when none). */
export async function currentEventLink() {
  const event = await currentPublishedEvent(getDb());
  return event ?? null;
}
