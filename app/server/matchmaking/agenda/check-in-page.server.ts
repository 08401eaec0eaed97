import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import {
  attendeesOfEvent,
  endedMeetings,
  upcomingMeetings,
  type CheckInMeetingRow,
} from "../../../../db/repositories/mm-agenda";
import { CHECK_IN_LOOKAHEAD_MINUTES } from "../../../domain/mm-agenda";
import { mmCheckInSchema, mmAttendanceSchema, mmDoorMeetingSchema } from "../../../forms/mm-check-in";
import { pageFromUrl } from "../../../forms/pagination";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { cancelMeetingAtDoor, checkIn, correctAttendance, reassignMeeting } from "./check-in.server";

export const ARRIVALS_PAGE_SIZE = 20;
export const ENDED_PAGE_SIZE = 20;

function meetingView(m: CheckInMeetingRow) {
  return {
    id: m.id,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    tableName: m.tableName,
    sides: [
      {
        attendeeId: m.fromAttendeeId,
        attendeeName: m.fromAttendeeName,
        organizationName: m.fromOrganizationName,
        arrived: m.fromCheckedInAt !== null,
        alternate: m.fromAlternateId !== null,
      },
      {
        attendeeId: m.toAttendeeId,
        attendeeName: m.toAttendeeName,
        organizationName: m.toOrganizationName,
        arrived: m.toCheckedInAt !== null,
        alternate: m.toAlternateId !== null,
      },
    ],
  };
}

/**
 * /staff/events/:id/check-in: the code field (typed or scanned), who arrived, meetings starting soon with an
 * attendee not arrived (reassign to the organization's other attendee, or cancel), and ended meetings to
 * correct (held ↔ no-show).
 */
export async function checkInPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const eventId = idParam(params.id);
  const db = getDb();
  const event = await findEvent(db, eventId);
  if (!event) throw notFound();
  const url = new URL(request.url);
  const arrivedPage = pageFromUrl(url, "arrived");
  const endedPage = pageFromUrl(url, "ended");
  const now = new Date();
  const [attendees, upcoming, ended] = await Promise.all([
    attendeesOfEvent(db, eventId),
    upcomingMeetings(db, eventId, now, new Date(now.getTime() + CHECK_IN_LOOKAHEAD_MINUTES * 60_000)),
    endedMeetings(db, eventId, now, { limit: ENDED_PAGE_SIZE, offset: (endedPage - 1) * ENDED_PAGE_SIZE }),
  ]);
  const arrived = attendees.filter((a) => a.checkedInAt !== null);
  return {
    event: { id: event.id, titleZh: event.titleZh, titleEn: event.titleEn, status: event.status },
    total: attendees.length,
    arrivedCount: arrived.length,
    arrivedPage,
    pageSize: ARRIVALS_PAGE_SIZE,
    arrived: arrived
      .slice((arrivedPage - 1) * ARRIVALS_PAGE_SIZE, arrivedPage * ARRIVALS_PAGE_SIZE)
      .map((a) => ({
        id: a.id,
        name: a.name,
        organizationName: a.organizationName,
        checkedInAt: a.checkedInAt!.toISOString(),
      })),
    waiting: upcoming.filter((m) => m.fromCheckedInAt === null || m.toCheckedInAt === null).map(meetingView),
    lookahead: CHECK_IN_LOOKAHEAD_MINUTES,
    ended: ended.rows.map(meetingView),
    endedTotal: ended.total,
    endedPage,
  };
}

export type CheckInIntent = "checkIn" | "reassign" | "cancel" | "attendance";

export async function checkInPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const eventId = idParam(params.id);
  if (!(await findEvent(getDb(), eventId))) throw notFound();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "") as CheckInIntent;
  switch (intent) {
    case "checkIn": {
      const submission = parseWithZod(formData, { schema: mmCheckInSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await checkIn(actor, eventId, submission.value.code), {
        submission,
        resetForm: true,
      });
    }
    case "reassign":
    case "cancel": {
      const submission = parseWithZod(formData, { schema: mmDoorMeetingSchema });
      if (submission.status !== "success")
        return actionReply(intent, {
          ok: false,
          fieldErrors: schemaFieldErrors(submission.error ?? undefined),
        });
      const { requestId, attendeeId, reason } = submission.value;
      const outcome =
        intent === "reassign"
          ? await reassignMeeting(actor, eventId, { requestId, absentAttendeeId: attendeeId })
          : await cancelMeetingAtDoor(actor, eventId, { requestId, reason: reason ?? null });
      return actionReply(intent, outcome, { target: requestId });
    }
    case "attendance": {
      const submission = parseWithZod(formData, { schema: mmAttendanceSchema });
      if (submission.status !== "success")
        return actionReply(intent, {
          ok: false,
          fieldErrors: schemaFieldErrors(submission.error ?? undefined),
        });
      return actionReply(intent, await correctAttendance(actor, eventId, submission.value), {
        target: submission.value.requestId,
      });
    }
    default:
      throw notFound();
  }
}
