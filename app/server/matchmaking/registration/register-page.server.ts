import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent, registrationOf } from "../../../../db/repositories/matchmaking";
import {
  itemIdsOfRegistration,
  publishedItemsOfOrganization,
} from "../../../../db/repositories/mm-registration";
import {
  mayEditRegistration,
  mayWithdrawRegistration,
  registrationWindowRefusal,
} from "../../../domain/mm-registration";
import { mmRegistrationSchema } from "../../../forms/mm-registration";
import { requireUser } from "../../identity/auth.server";
import { msg } from "../../../i18n/i18n";
import { actionReply } from "../../platform/action-reply.server";
import { fieldFail } from "../../platform/outcome.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { registerLink, saveRegistration, withdrawRegistration } from "./registration.server";

/** The event as the registration pages show it; drafts do not exist for organizations. */
export async function visibleEvent(eventId: number, staff: boolean) {
  const event = await findEvent(getDb(), eventId);
  if (!event || (event.status === "draft" && !staff)) throw notFound();
  return {
    id: event.id,
    titleZh: event.titleZh,
    titleEn: event.titleEn,
    venueZh: event.venueZh,
    venueEn: event.venueEn,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    status: event.status,
    registrationOpensAt: event.registrationOpensAt.toISOString(),
    registrationClosesAt: event.registrationClosesAt.toISOString(),
    registrationOpensAtDate: event.registrationOpensAt,
    registrationClosesAtDate: event.registrationClosesAt,
  };
}

/**
 * /events/:id/register: the organization's registration (status, refusal reason), the form to register or edit
 * it while pending and inside the window, and withdrawal. Its own attendees' contacts are shown to its members;
 * check-in codes and calendar tokens are not sent here (the agenda shows them).
 */
export async function registerPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { registrationOpensAtDate, registrationClosesAtDate, ...event } = await visibleEvent(
    idParam(params.id),
    user.roles.includes("staff"),
  );
  if (!user.organization) return { event, organization: null, state: "noOrganization" as const };
  const db = getDb();
  const organizationId = user.organization.id;
  const [found, items] = await Promise.all([
    registrationOf(db, event.id, organizationId),
    publishedItemsOfOrganization(db, organizationId),
  ]);
  const chosen = found ? await itemIdsOfRegistration(db, found.registration.id) : [];
  const windowRefusal = registrationWindowRefusal({
    eventStatus: event.status,
    opensAt: registrationOpensAtDate,
    closesAt: registrationClosesAtDate,
    now: new Date(),
  });
  const status = found?.registration.status ?? null;
  return {
    event,
    organization: { id: organizationId, name: user.organization.name },
    state: "ok" as const,
    windowRefusal,
    registration: found
      ? {
          id: found.registration.id,
          status: found.registration.status,
          note: found.registration.note,
          refuseReason: found.registration.refuseReason,
          createdAt: found.registration.createdAt.toISOString(),
          reviewedAt: found.registration.reviewedAt?.toISOString() ?? null,
          attendees: found.attendees.map((a) => ({
            id: a.id,
            name: a.name,
            jobTitle: a.jobTitle,
            phone: a.phone,
            email: a.email,
          })),
          itemIds: chosen,
        }
      : null,
    items: items.map((i) => ({ id: i.id, code: i.code, kind: i.kind, title: i.title, domain: i.domain })),
    may: {
      save: windowRefusal === null && (status === null || mayEditRegistration(status)),
      withdraw: event.status === "published" && status !== null && mayWithdrawRegistration(status),
    },
  };
}

export async function registerPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const eventId = idParam(params.id);
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "withdraw") {
    // A withdrawal cancels meetings: the box must be ticked, also without JavaScript.
    if (formData.get("confirm") !== "on")
      return actionReply("withdraw", fieldFail({ confirm: [msg("err.mmRegistration.confirmWithdraw")] }));
    const outcome = await withdrawRegistration(actor, eventId);
    if (outcome.ok) throw redirect(`${registerLink(eventId)}?done=withdrawn`);
    return actionReply("withdraw", outcome);
  }
  const submission = parseWithZod(formData, { schema: mmRegistrationSchema });
  if (submission.status !== "success") return actionReply("save", { ok: false }, { submission });
  const outcome = await saveRegistration(actor, eventId, submission.value);
  if (outcome.ok)
    throw redirect(`${registerLink(eventId)}?done=${outcome.value.created ? "created" : "updated"}`);
  return actionReply("save", outcome, { submission });
}
