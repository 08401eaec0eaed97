import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import { freeSlotsForAttendees } from "../../../../db/repositories/mm-scheduling";
import {
  requestsOfRegistration,
  type MeetingTab,
  type RequestDetails,
} from "../../../../db/repositories/mm-meetings";
import { pageFromUrl } from "../../../forms/pagination";
import { mmMeetingReasonSchema, mmMeetingSlotSchema } from "../../../forms/mm-meetings";
import { requireUser } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { eventViewerOf } from "../access.server";
import { declineMeetingRequest } from "./requests.server";
import { acceptMeetingRequest, cancelMeetingRequest, rescheduleMeeting } from "./schedule.server";

export const MEETINGS_PAGE_SIZE = 20;
const TABS: readonly MeetingTab[] = ["incoming", "outgoing", "scheduled"];

/** What a row shows of a request: only ever the viewer's own organization's requests reach here. */
function rowOf(r: RequestDetails, registrationId: number, now: Date) {
  const mine = r.fromRegistrationId === registrationId ? "from" : "to";
  const open = r.status === "requested" && r.expiresAt > now;
  const upcoming = r.status === "scheduled" && r.slotStartsAt !== null && r.slotStartsAt > now;
  return {
    id: r.id,
    status: r.status,
    side: mine,
    counterpartOrganization: mine === "from" ? r.toOrganizationName : r.fromOrganizationName,
    counterpartAttendee: mine === "from" ? r.toAttendeeName : r.fromAttendeeName,
    ownAttendee: mine === "from" ? r.fromAttendeeName : r.toAttendeeName,
    aboutItem: r.aboutItemCode ? { code: r.aboutItemCode, title: r.aboutItemTitle ?? "" } : null,
    fromItem: r.fromItemCode ? { code: r.fromItemCode, title: r.fromItemTitle ?? "" } : null,
    message: r.message,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    slotStartsAt: r.slotStartsAt?.toISOString() ?? null,
    tableName: r.tableName,
    may: {
      accept: mine === "to" && open,
      decline: mine === "to" && open,
      withdraw: mine === "from" && (open || r.status === "accepted"),
      cancel: upcoming || (r.status === "accepted" && mine === "to"),
      reschedule: upcoming,
    },
    attendeeIds: [r.fromAttendeeId, r.toAttendeeId],
  };
}

/** /my/events/:id/meetings: the participant's incoming, outgoing and scheduled meetings with their actions. */
export async function meetingsPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const db = getDb();
  const event = await findEvent(db, eventId);
  if (!event || event.status === "draft") throw notFound();
  const url = new URL(request.url);
  const tabParam = url.searchParams.get("tab") as MeetingTab | null;
  const tab: MeetingTab = tabParam && TABS.includes(tabParam) ? tabParam : "incoming";
  const page = pageFromUrl(url, "page");
  const viewer = await eventViewerOf(user, eventId);
  const head = {
    event: { id: event.id, titleZh: event.titleZh, titleEn: event.titleEn, status: event.status },
    viewer: viewer.kind,
    tab,
    page,
    pageSize: MEETINGS_PAGE_SIZE,
    sent: url.searchParams.get("sent") === "1",
  };
  if (viewer.kind !== "participant") return { ...head, total: 0, rows: [] };
  const now = new Date();
  const { rows, total } = await requestsOfRegistration(db, viewer.registrationId, tab, {
    limit: MEETINGS_PAGE_SIZE,
    offset: (page - 1) * MEETINGS_PAGE_SIZE,
  });
  const shaped = await Promise.all(
    rows.map(async (r) => {
      const { attendeeIds, ...row } = rowOf(r, viewer.registrationId, now);
      // The slots where both attendees and a table are free: what the accepter (or rescheduler) may pick.
      const slots =
        row.may.accept || row.may.reschedule
          ? (await freeSlotsForAttendees(db, { eventId, attendeeIds, after: now })).map((s) => ({
              id: s.id,
              startsAt: s.startsAt.toISOString(),
              freeTables: s.freeTables,
            }))
          : [];
      return { ...row, slots };
    }),
  );
  return { ...head, total, rows: shaped };
}

export type MeetingIntent = "accept" | "decline" | "withdraw" | "cancel" | "reschedule";

export async function meetingsPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const viewer = await eventViewerOf(user, eventId);
  const actor = orgActor(user, context.clientIp);
  if (viewer.kind !== "participant" || !actor) throw forbidden();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "") as MeetingIntent;
  const target = Number(formData.get("request")) || null;
  switch (intent) {
    case "accept":
    case "reschedule": {
      const submission = parseWithZod(formData, { schema: mmMeetingSlotSchema });
      if (submission.status !== "success")
        return actionReply(
          intent,
          { ok: false, fieldErrors: schemaFieldErrors(submission.error ?? undefined) },
          { target },
        );
      const { request: id, slot } = submission.value;
      const choice = slot === "first" ? ({ firstFree: true } as const) : { slotId: slot };
      const outcome =
        intent === "accept"
          ? await acceptMeetingRequest(actor, id, choice)
          : await rescheduleMeeting(actor, id, choice);
      return actionReply(intent, outcome, { target });
    }
    case "decline":
    case "withdraw":
    case "cancel": {
      const submission = parseWithZod(formData, { schema: mmMeetingReasonSchema });
      if (submission.status !== "success")
        return actionReply(
          intent,
          { ok: false, fieldErrors: schemaFieldErrors(submission.error ?? undefined) },
          { target },
        );
      const { request: id, reason } = submission.value;
      const outcome =
        intent === "decline"
          ? await declineMeetingRequest(actor, id, reason ?? null)
          : await cancelMeetingRequest(actor, id, reason ?? null);
      return actionReply(intent, outcome, { target });
    }
    default:
      throw notFound();
  }
}
