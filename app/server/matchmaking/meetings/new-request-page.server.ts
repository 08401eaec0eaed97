import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import {
  attendeeOfEvent,
  attendeesOfRegistration,
  itemsOfRegistration,
} from "../../../../db/repositories/mm-meetings";
import { mmMeetingRequestSchema } from "../../../forms/mm-meetings";
import { requireUser } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { eventViewerOf } from "../access.server";
import { meetingsLink, sendMeetingRequest } from "./requests.server";

const published = <T extends { status: string }>(items: T[]) => items.filter((i) => i.status === "published");

/**
 * /my/events/:id/meetings/new?to=<attendeeId>&item=<itemCode>: the request form. Only a validated participant sees
 * whom it is addressed to (attendee name, organization, the items it brings), and only a validated one.
 */
export async function newRequestPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const db = getDb();
  const event = await findEvent(db, eventId);
  if (!event || event.status === "draft") throw notFound();
  const viewer = await eventViewerOf(user, eventId);
  const head = {
    event: {
      id: event.id,
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      requestExpiryHours: event.requestExpiryHours,
    },
    viewer: viewer.kind,
  };
  if (viewer.kind !== "participant") return { ...head, target: null, mine: null };
  const url = new URL(request.url);
  const toId = Number(url.searchParams.get("to"));
  const to = Number.isSafeInteger(toId) && toId > 0 ? await attendeeOfEvent(db, eventId, toId) : undefined;
  const [myAttendees, myItems] = await Promise.all([
    attendeesOfRegistration(db, viewer.registrationId),
    itemsOfRegistration(db, viewer.registrationId),
  ]);
  const mine = {
    attendees: myAttendees.map((a) => ({ id: a.id, name: a.name })),
    items: published(myItems).map((i) => ({ id: i.id, code: i.code, title: i.title ?? "" })),
  };
  if (!to || to.registrationStatus !== "validated" || to.registrationId === viewer.registrationId)
    return { ...head, target: null, mine };
  const theirItems = published(await itemsOfRegistration(db, to.registrationId));
  const wanted = (url.searchParams.get("item") ?? "").toUpperCase();
  return {
    ...head,
    mine,
    target: {
      attendeeId: to.id,
      name: to.name,
      jobTitle: to.jobTitle,
      organizationName: to.organizationName,
      items: theirItems.map((i) => ({ id: i.id, code: i.code, title: i.title ?? "" })),
      aboutItemId: theirItems.find((i) => i.code === wanted)?.id ?? null,
    },
  };
}

export async function newRequestPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();
  const submission = parseWithZod(await request.formData(), { schema: mmMeetingRequestSchema });
  if (submission.status !== "success")
    return actionReply("send", { ok: false, fieldErrors: schemaFieldErrors(submission.error ?? undefined) });
  const outcome = await sendMeetingRequest(actor, eventId, submission.value);
  if (outcome.ok) throw redirect(`${meetingsLink(eventId)}?tab=outgoing&sent=1`);
  return actionReply("send", outcome);
}
