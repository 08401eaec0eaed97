import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { findEvent, lockRequest, registrationOf } from "../../../../db/repositories/matchmaking";
import {
  attendeeOfEvent,
  insertRequest,
  itemsOfRegistration,
  lockDueRequests,
  setRequestStatus,
} from "../../../../db/repositories/mm-meetings";
import { placedMeetingCounts } from "../../../../db/repositories/mm-scheduling";
import {
  mmRequestTransition,
  requestExpiresAt,
  requestRefusal,
  type RequestRefusal,
} from "../../../domain/matchmaking";
import type { MmRequest } from "../../../../db/schema-matchmaking";
import type { MmMeetingRequestInput } from "../../../forms/mm-meetings";
import type { MessageKey } from "../../../i18n/messages";
import { notifyOrganizations, type NotificationKind } from "../../notifications/notifications.server";
import type { Actor, OrgActor } from "../../platform/actor.server";
import { fail, isUniqueViolation, type Outcome } from "../../platform/outcome.server";

/**
 * Meeting requests at the conference (b2match's approval mode): a validated participant's attendee asks another
 * participant's attendee for a one-to-one meeting, optionally about one of their items and naming one of its own.
 * The other side accepts (and the meeting is placed at once, see schedule.server.ts) or declines; the sender may
 * withdraw; an unanswered request expires after the event's request_expiry_hours. Every change runs on the locked
 * request row, in one transaction with the other side's notification and an audit record (written last: the audit
 * chain's lock is held until commit, so nothing may wait on a row after taking it).
 */

export const meetingsLink = (eventId: number) => `/my/events/${eventId}/meetings`;

export const REFUSAL_MESSAGE: Record<RequestRefusal, MessageKey> = {
  bookingClosed: "mmMeetings.err.bookingClosed",
  bookingNotOpen: "mmMeetings.err.bookingNotOpen",
  eventNotPublished: "mmMeetings.err.eventNotPublished",
  notValidated: "mmMeetings.err.notValidated",
  ownRegistration: "mmMeetings.err.ownRegistration",
  meetingCap: "mmMeetings.err.meetingCap",
  slotInPast: "mmMeetings.err.slotInPast",
};

export async function auditRequest(
  trx: DbOrTrx,
  actor: Actor | null,
  action: string,
  requestId: number,
  after: unknown,
) {
  await appendAudit(trx, {
    actorUserId: actor?.id ?? null,
    action,
    entityType: "mm_request",
    entityId: requestId,
    after,
    ip: actor?.ip ?? null,
  });
}

/** Tells organizations about a change of a request; `orgName` is who made it. */
export async function notifyRequest(
  trx: DbOrTrx,
  organizationIds: number[],
  kind: NotificationKind,
  request: Pick<MmRequest, "eventId">,
  params: Record<string, string | number>,
) {
  await notifyOrganizations(trx, organizationIds, { kind, params, link: meetingsLink(request.eventId) });
}

/** Sends a request from one of the actor's attendees; one open request per pair of organizations. */
export async function sendMeetingRequest(
  actor: OrgActor,
  eventId: number,
  input: MmMeetingRequestInput,
  now = new Date(),
): Promise<Outcome<{ requestId: number }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx): Promise<Outcome<{ requestId: number }>> => {
        const event = await findEvent(trx, eventId);
        if (!event) return fail("mmMeetings.err.eventNotFound");
        const mine = await registrationOf(trx, eventId, actor.organization.id);
        if (!mine) return fail("mmMeetings.err.notRegistered");
        const from = mine.attendees.find((a) => a.id === input.fromAttendeeId);
        if (!from) return fail("mmMeetings.err.unknownAttendee");
        const to = await attendeeOfEvent(trx, eventId, input.toAttendeeId);
        if (!to) return fail("mmMeetings.err.unknownAttendee");
        const counts = await placedMeetingCounts(trx, [from.id, to.id]);
        const refusal = requestRefusal({
          eventStatus: event.status,
          bookingOpensAt: event.bookingOpensAt,
          bookingClosesAt: event.bookingClosesAt,
          now,
          fromRegistrationId: mine.registration.id,
          toRegistrationId: to.registrationId,
          fromStatus: mine.registration.status,
          toStatus: to.registrationStatus,
          maxMeetings: event.maxMeetingsPerAttendee,
          fromMeetings: counts.get(from.id) ?? 0,
          toMeetings: counts.get(to.id) ?? 0,
        });
        if (refusal) return fail(REFUSAL_MESSAGE[refusal], { max: event.maxMeetingsPerAttendee });
        if (input.aboutItemId !== undefined) {
          const theirs = await itemsOfRegistration(trx, to.registrationId);
          if (!theirs.some((i) => i.id === input.aboutItemId && i.status === "published"))
            return fail("mmMeetings.err.item");
        }
        if (input.fromItemId !== undefined) {
          const ours = await itemsOfRegistration(trx, mine.registration.id);
          if (!ours.some((i) => i.id === input.fromItemId && i.status === "published"))
            return fail("mmMeetings.err.item");
        }
        const created = await insertRequest(trx, {
          eventId,
          fromRegistrationId: mine.registration.id,
          fromAttendeeId: from.id,
          toRegistrationId: to.registrationId,
          toAttendeeId: to.id,
          aboutItemId: input.aboutItemId ?? null,
          fromItemId: input.fromItemId ?? null,
          message: input.message,
          expiresAt: requestExpiresAt(now, event.requestExpiryHours),
          createdBy: actor.id,
          createdAt: now,
        });
        await notifyRequest(trx, [to.organizationId], "mmRequest.received", created, {
          orgName: actor.organization.name,
        });
        await auditRequest(trx, actor, "mm_request.send", created.id, {
          eventId,
          toRegistrationId: to.registrationId,
          aboutItemId: created.aboutItemId,
          fromItemId: created.fromItemId,
        });
        return { ok: true, value: { requestId: created.id } };
      });
  } catch (error) {
    // The partial unique index is the last word on "one open request per pair", whoever asked first.
    if (isUniqueViolation(error, "mm_requests_one_open")) return fail("mmMeetings.err.alreadyOpen");
    throw error;
  }
}

/** The viewer's side of a request: "to" (asked), "from" (asked by them), or null. */
export function sideOf(
  request: Pick<MmRequest, "fromRegistrationId" | "toRegistrationId">,
  registrationId: number,
) {
  if (request.toRegistrationId === registrationId) return "to" as const;
  if (request.fromRegistrationId === registrationId) return "from" as const;
  return null;
}

/** The locked request as the actor's organization may act on it, or why not. */
export async function lockRequestFor(
  trx: DbOrTrx,
  actor: OrgActor,
  requestId: number,
): Promise<
  | { ok: true; request: MmRequest; side: "to" | "from"; counterpartOrganizationId: number }
  | { ok: false; formError: ReturnType<typeof fail>["formError"] }
> {
  const request = await lockRequest(trx, requestId);
  if (!request) return fail("mmMeetings.err.notFound");
  const mine = await registrationOf(trx, request.eventId, actor.organization.id);
  const side = mine ? sideOf(request, mine.registration.id) : null;
  if (!side) return fail("mmMeetings.err.notFound");
  const other = side === "to" ? request.fromRegistrationId : request.toRegistrationId;
  const counterpart = await trx
    .selectFrom("mmRegistrations")
    .select("organizationId")
    .where("id", "=", other)
    .executeTakeFirstOrThrow();
  return { ok: true, request, side, counterpartOrganizationId: counterpart.organizationId };
}

/** Marks a requested request past its expiry as expired and tells the sender (sweep, or a late answer). */
export async function expireRequest(trx: DbOrTrx, request: MmRequest, now: Date) {
  await setRequestStatus(trx, request.id, { status: "expired", updatedAt: now });
  const [sender, receiver] = await Promise.all([
    trx
      .selectFrom("mmRegistrations")
      .select("organizationId")
      .where("id", "=", request.fromRegistrationId)
      .executeTakeFirstOrThrow(),
    trx
      .selectFrom("mmRegistrations as r")
      .innerJoin("organizations as o", "o.id", "r.organizationId")
      .select("o.name")
      .where("r.id", "=", request.toRegistrationId)
      .executeTakeFirstOrThrow(),
  ]);
  await notifyRequest(trx, [sender.organizationId], "mmRequest.expired", request, { orgName: receiver.name });
}

/** Declines (the asked side, optional reason shown to the sender). */
export async function declineMeetingRequest(
  actor: OrgActor,
  requestId: number,
  reason: string | null,
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<null>> => {
      const found = await lockRequestFor(trx, actor, requestId);
      if (!found.ok) return found;
      const { request, side } = found;
      if (side !== "to") return fail("mmMeetings.err.notYours");
      if (!mmRequestTransition(request.status, "decline").ok) return fail("mmMeetings.err.notOpen");
      if (request.expiresAt <= now) {
        await expireRequest(trx, request, now);
        await auditRequest(trx, null, "mm_request.expire", request.id, { status: "expired" });
        return fail("mmMeetings.err.lapsed");
      }
      await setRequestStatus(trx, request.id, {
        status: "declined",
        reason: reason || null,
        answeredBy: actor.id,
        answeredAt: now,
        updatedAt: now,
      });
      await notifyRequest(trx, [found.counterpartOrganizationId], "mmRequest.declined", request, {
        orgName: actor.organization.name,
        ...(reason ? { reason } : {}),
      });
      await auditRequest(trx, actor, "mm_request.decline", request.id, { status: "declined", reason });
      return { ok: true, value: null };
    });
}

/** The minute sweep: requested requests past their expiry become expired and their senders are told. */
export async function expireDueMeetingRequests(now = new Date()): Promise<number> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const due = await lockDueRequests(trx, now);
      for (const request of due) await expireRequest(trx, request, now);
      // Audits last, after every notification (see the note above).
      for (const request of due)
        await auditRequest(trx, null, "mm_request.expire", request.id, { status: "expired" });
      return due.length;
    });
}
