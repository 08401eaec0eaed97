import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import { meetingsForFeedback } from "../../../../db/repositories/mm-feedback";
import { feedbackClosesAt, feedbackRefusal } from "../../../domain/mm-feedback";
import { shanghaiDate } from "../../../domain/time";
import { mmFeedbackSchema } from "../../../forms/mm-feedback";
import { requireUser } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { eventViewerOf } from "../access.server";
import { giveFeedback } from "./feedback.server";

/** The event, or 404 (unknown, or a draft nobody outside staff has seen). */
async function eventOr404(eventId: number) {
  const event = await findEvent(getDb(), eventId);
  if (!event || event.status === "draft") throw notFound();
  return event;
}

/**
 * /my/events/:id/feedback: the organization's meetings that took place (held, or scheduled and over), each with
 * its feedback form (or the feedback given, editable until the window closes). Participants and registrants see
 * their own meetings only; staff go to the statistics; anyone else gets 404.
 */
export async function feedbackPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const event = await eventOr404(eventId);
  const viewer = await eventViewerOf(user, eventId);
  if (viewer.kind === "staff") throw redirect(`/staff/events/${eventId}/stats`);
  if (viewer.kind === "public") throw notFound();
  const now = new Date();
  const closesAt = feedbackClosesAt(event.endsOn);
  const rows = await meetingsForFeedback(getDb(), eventId, viewer);
  const meetings = rows
    .filter((row) => row.endsAt <= now)
    .map((row) => ({
      id: row.id,
      status: row.status,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      tableName: row.tableName,
      counterpartName: row.counterpartName,
      myAttendeeName: row.myAttendeeName,
      theirAttendeeName: row.theirAttendeeName,
      aboutCode: row.aboutCode,
      aboutTitle: row.aboutTitle,
      feedback:
        row.outcome === null
          ? null
          : {
              useful: row.useful === true,
              outcome: row.outcome,
              amountFen: row.amountFen === null ? null : Number(row.amountFen),
              signedOn: row.signedOn,
              comment: row.comment,
              at: row.feedbackAt?.toISOString() ?? null,
            },
      mayEdit: feedbackRefusal({ status: row.status, slotEndsAt: row.endsAt }, closesAt, now) === null,
    }));
  return {
    event: {
      id: event.id,
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
    },
    validated: viewer.kind === "participant",
    // The last Shanghai day on which feedback can still be given or changed.
    lastDay: shanghaiDate(new Date(closesAt.getTime() - 1)),
    open: now < closesAt,
    meetings,
  };
}

export async function feedbackPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  await eventOr404(eventId);
  const viewer = await eventViewerOf(user, eventId);
  if (viewer.kind === "public") throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (viewer.kind === "staff" || !actor) throw forbidden();
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: mmFeedbackSchema });
  const target = Number(formData.get("requestId")) || null;
  if (submission.status !== "success") return actionReply("feedback", { ok: false }, { submission, target });
  return actionReply("feedback", await giveFeedback(actor, eventId, submission.value), {
    submission,
    target,
  });
}
