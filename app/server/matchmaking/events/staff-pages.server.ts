import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import {
  eventHasPlacements,
  findEvent,
  slotsOfEvent,
  tablesOfEvent,
} from "../../../../db/repositories/matchmaking";
import { listEventsWithCounts, supplyOffersOfEvent } from "../../../../db/repositories/mm-events";
import {
  DEFAULT_BREAK_MINUTES,
  DEFAULT_MAX_MEETINGS,
  DEFAULT_REQUEST_EXPIRY_HOURS,
  DEFAULT_SLOT_MINUTES,
} from "../../../domain/matchmaking";
import { shanghaiDate, utcToShanghaiLocal } from "../../../domain/time";
import {
  mmBlocksSchema,
  mmCancelSchema,
  mmEventSettingsSchema,
  mmRoadshowIdSchema,
  mmRoadshowSchema,
  mmSessionIdSchema,
  mmSessionSchema,
  mmTablesSchema,
} from "../../../forms/mm-event";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { cancelEvent } from "./cancel.server";
import {
  addSession,
  createEvent,
  publishEvent,
  removeSession,
  saveBlocks,
  saveTables,
  updateSettings,
} from "./events.server";
import { programmeOf } from "./programme.server";
import { addRoadshow, removeRoadshow } from "./roadshows.server";

/** The staff pages of the conference: /staff/events, /staff/events/:id, /staff/events/:id/roadshows. */

function invalid(intent: string, error: Record<string, string[] | null> | null | undefined) {
  return actionReply(intent, { ok: false, fieldErrors: schemaFieldErrors(error ?? undefined) });
}

const hhmm = (date: Date) => utcToShanghaiLocal(date).slice(11);

export async function staffEventsLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const events = await listEventsWithCounts(getDb());
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  return {
    events: events.map((e) => ({
      id: e.id,
      year: e.year,
      titleZh: e.titleZh,
      titleEn: e.titleEn,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      status: e.status,
      isDemo: e.isDemo,
      registrations: e.registrations,
      participants: e.participants,
      meetings: e.meetings,
    })),
    defaults: {
      year,
      slotMinutes: DEFAULT_SLOT_MINUTES,
      breakMinutes: DEFAULT_BREAK_MINUTES,
      maxMeetingsPerAttendee: DEFAULT_MAX_MEETINGS,
      requestExpiryHours: DEFAULT_REQUEST_EXPIRY_HOURS,
    },
  };
}

export async function staffEventsAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent !== "create") throw notFound();
  const submission = parseWithZod(formData, { schema: mmEventSettingsSchema });
  if (submission.status !== "success") return invalid(intent, submission.error);
  const created = await createEvent(actor, submission.value);
  if (!created.ok) return actionReply(intent, created);
  return redirect(`/staff/events/${created.value.id}`);
}

async function staffEvent(params: LoaderFunctionArgs["params"]) {
  const event = await findEvent(getDb(), idParam(params.id));
  if (!event) throw notFound();
  return event;
}

export async function staffEventLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const event = await staffEvent(params);
  const [programme, tables, slots, placed] = await Promise.all([
    programmeOf(getDb(), event),
    tablesOfEvent(getDb(), event.id),
    slotsOfEvent(getDb(), event.id),
    eventHasPlacements(getDb(), event.id),
  ]);
  return {
    event: {
      ...event,
      registrationOpensAt: utcToShanghaiLocal(event.registrationOpensAt, "T"),
      registrationClosesAt: utcToShanghaiLocal(event.registrationClosesAt, "T"),
      bookingOpensAt: utcToShanghaiLocal(event.bookingOpensAt, "T"),
      bookingClosesAt: utcToShanghaiLocal(event.bookingClosesAt, "T"),
    },
    blocks: programme.blocks.map((b) => ({
      date: shanghaiDate(b.startsAt),
      from: hhmm(b.startsAt),
      to: hhmm(b.endsAt),
    })),
    sessions: programme.sessions.map((s) => ({
      ...s,
      date: shanghaiDate(s.startsAt),
      from: hhmm(s.startsAt),
      to: hhmm(s.endsAt),
    })),
    counts: programme.counts,
    tables: tables.map((t) => t.name),
    slots: slots.map((s) => ({ date: shanghaiDate(s.startsAt), from: hhmm(s.startsAt), to: hhmm(s.endsAt) })),
    placed,
  };
}

export async function staffEventAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const event = await staffEvent(params);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "settings": {
      const submission = parseWithZod(formData, { schema: mmEventSettingsSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await updateSettings(actor, event.id, submission.value));
    }
    case "blocks": {
      const submission = parseWithZod(formData, { schema: mmBlocksSchema(event) });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await saveBlocks(actor, event.id, submission.value));
    }
    case "tables": {
      const submission = parseWithZod(formData, { schema: mmTablesSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await saveTables(actor, event.id, submission.value));
    }
    case "session": {
      const submission = parseWithZod(formData, { schema: mmSessionSchema(event) });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await addSession(actor, event.id, submission.value));
    }
    case "removeSession": {
      const submission = parseWithZod(formData, { schema: mmSessionIdSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await removeSession(actor, event.id, submission.value.sessionId), {
        target: submission.value.sessionId,
      });
    }
    case "publish":
      return actionReply(intent, await publishEvent(actor, event.id));
    case "cancel": {
      const submission = parseWithZod(formData, { schema: mmCancelSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await cancelEvent(actor, event.id, submission.value.reason));
    }
    default:
      throw notFound();
  }
}

export async function staffRoadshowsLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const event = await staffEvent(params);
  const [programme, offers] = await Promise.all([
    programmeOf(getDb(), event),
    supplyOffersOfEvent(getDb(), event.id),
  ]);
  return {
    event: { id: event.id, titleZh: event.titleZh, titleEn: event.titleEn, status: event.status },
    sessions: programme.sessions.map((s) => ({
      ...s,
      date: shanghaiDate(s.startsAt),
      from: hhmm(s.startsAt),
      to: hhmm(s.endsAt),
      roadshows: s.roadshows.map((r) => ({ ...r, from: hhmm(r.startsAt), to: hhmm(r.endsAt) })),
    })),
    offers: offers.map((o) => ({
      value: `${o.registrationId}:${o.itemId}`,
      organizationName: o.organizationName,
      itemCode: o.itemCode,
      itemTitle: o.itemTitle ?? o.itemCode,
    })),
  };
}

export async function staffRoadshowsAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const event = await staffEvent(params);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "add": {
      const submission = parseWithZod(formData, { schema: mmRoadshowSchema });
      if (submission.status !== "success")
        return actionReply(
          intent,
          { ok: false, fieldErrors: schemaFieldErrors(submission.error ?? undefined) },
          { target: Number(formData.get("sessionId")) || null },
        );
      const v = submission.value;
      return actionReply(
        intent,
        await addRoadshow(actor, event.id, {
          sessionId: v.sessionId,
          registrationId: v.offer.registrationId,
          itemId: v.offer.itemId,
          start: v.start,
          minutes: v.minutes,
        }),
        { target: v.sessionId },
      );
    }
    case "remove": {
      const submission = parseWithZod(formData, { schema: mmRoadshowIdSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await removeRoadshow(actor, event.id, submission.value.roadshowId), {
        target: submission.value.roadshowId,
      });
    }
    default:
      throw notFound();
  }
}
