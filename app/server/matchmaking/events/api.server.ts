import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { listEventsWithCounts } from "../../../../db/repositories/mm-events";
import type { MmEvent } from "../../../../db/schema-matchmaking";
import { toShanghaiIso } from "../../../domain/time";
import { apiError, apiJson } from "../../platform/api.server";
import { programmeOf, type Programme } from "./programme.server";
import { PUBLIC_EVENT_STATUSES, publicEvent } from "./public-pages.server";

/**
 * GET /api/v1/events and /api/v1/events/:id — the public programme as JSON. Instants go out twice: UTC ISO
 * (`startsAt`) and Shanghai wall-clock with its offset (`startsAtShanghai`). Organizations and items only: never an
 * attendee's name or contact.
 */

const instant = (date: Date) => ({ utc: date.toISOString(), shanghai: toShanghaiIso(date) });
const range = (r: { startsAt: Date; endsAt: Date }) => ({
  startsAt: instant(r.startsAt),
  endsAt: instant(r.endsAt),
});

type EventRow = Pick<
  MmEvent,
  | "id"
  | "year"
  | "titleZh"
  | "titleEn"
  | "venueZh"
  | "venueEn"
  | "startsOn"
  | "endsOn"
  | "registrationOpensAt"
  | "registrationClosesAt"
  | "bookingOpensAt"
  | "bookingClosesAt"
  | "status"
  | "cancelReason"
  | "isDemo"
>;

function eventToApi(event: EventRow) {
  return {
    id: event.id,
    year: event.year,
    title: { zh: event.titleZh, en: event.titleEn },
    venue: { zh: event.venueZh, en: event.venueEn },
    dates: { startsOn: event.startsOn, endsOn: event.endsOn },
    registration: {
      opensAt: instant(event.registrationOpensAt),
      closesAt: instant(event.registrationClosesAt),
    },
    booking: { opensAt: instant(event.bookingOpensAt), closesAt: instant(event.bookingClosesAt) },
    status: event.status,
    cancelReason: event.status === "cancelled" ? event.cancelReason : null,
    isDemo: event.isDemo,
    url: `/events/${event.id}`,
  };
}

function programmeToApi(programme: Programme) {
  return {
    blocks: programme.blocks.map(range),
    sessions: programme.sessions.map((s) => ({
      id: s.id,
      domain: s.domain,
      title: { zh: s.titleZh, en: s.titleEn },
      stage: { zh: s.stageZh, en: s.stageEn },
      ...range(s),
      roadshows: s.roadshows.map((r) => ({
        ...range(r),
        organization: r.organizationName,
        item: { code: r.itemCode, title: r.itemTitle, url: `/supply-demand/${r.itemCode}` },
      })),
    })),
    counts: programme.counts,
  };
}

export async function eventsApiLoader() {
  const events = await listEventsWithCounts(getDb(), PUBLIC_EVENT_STATUSES);
  return apiJson({
    events: events.map((e) => ({
      ...eventToApi(e),
      counts: { participants: e.participants, meetings: e.meetings },
    })),
  });
}

export async function eventApiLoader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  const valid = /^\d{1,15}$/.test(params.id ?? "") && Number.isSafeInteger(id) && id > 0;
  const event = valid ? await publicEvent(id) : null;
  if (!event) return apiError(404, "mmEvents.err.notFound", "id");
  return apiJson({ ...eventToApi(event), ...programmeToApi(await programmeOf(getDb(), event)) });
}
