import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit, appendAudits } from "../../../../db/repositories/audit";
import { findEvent, lockRequest } from "../../../../db/repositories/matchmaking";
import {
  lockAttendeeByCode,
  lockEndedScheduledMeetings,
  setCheckedIn,
} from "../../../../db/repositories/mm-agenda";
import {
  bookPlacement,
  lockAttendees,
  placedMeetingCounts,
  releasePlacement,
} from "../../../../db/repositories/mm-scheduling";
import { mmRequestTransition } from "../../../domain/matchmaking";
import { attendanceEvent, normalizeCheckInCode } from "../../../domain/mm-agenda";
import { utcToShanghaiLocal } from "../../../domain/time";
import { msg } from "../../../i18n/i18n";
import { notifyOrganizations } from "../../notifications/notifications.server";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";

/**
 * The door and the day: staff mark arrivals by check-in code, move a meeting whose attendee has not arrived to
 * the other attendee of the same organization (through the foundation's release + book, the only booking path),
 * or cancel it; a sweep closes each scheduled meeting once its slot ended (held when both arrived, no-show
 * otherwise) and staff may correct one.
 */

const meetingsPath = (eventId: number) => `/my/events/${eventId}/meetings`;

export interface CheckInResult {
  attendeeId: number;
  name: string;
  organizationName: string;
  checkedInAt: string;
  /** The code had been scanned before: nothing changed. */
  already: boolean;
}

/** Marks the attendee with this code as arrived; a second scan changes nothing and says when it first was. */
export async function checkIn(
  actor: Actor,
  eventId: number,
  typed: string,
  now = new Date(),
): Promise<Outcome<CheckInResult>> {
  const code = normalizeCheckInCode(typed);
  if (!code) return fieldFail({ code: [msg("err.mmAgenda.codeFormat")] });
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<CheckInResult>> => {
      const attendee = await lockAttendeeByCode(trx, eventId, code);
      if (!attendee || attendee.registrationStatus !== "validated")
        return fieldFail({ code: [msg("err.mmAgenda.unknownCode")] });
      const base = {
        attendeeId: attendee.id,
        name: attendee.name,
        organizationName: attendee.organizationName,
      };
      if (attendee.checkedInAt)
        return {
          ok: true,
          value: { ...base, checkedInAt: attendee.checkedInAt.toISOString(), already: true },
        };
      await setCheckedIn(trx, attendee.id, actor.id, now);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mmAgenda.checkedIn",
        entityType: "mm_attendee",
        entityId: attendee.id,
        after: { checkedInAt: now.toISOString() },
        ip: actor.ip,
      });
      return { ok: true, value: { ...base, checkedInAt: now.toISOString(), already: false } };
    });
}

/** Thrown to roll back a transaction whose booking failed after the old placement was released. */
class Rollback extends Error {
  constructor(readonly outcome: { ok: false; formError: ReturnType<typeof msg> }) {
    super("rollback");
  }
}

async function lockScheduledMeeting(trx: DbOrTrx, eventId: number, requestId: number, now: Date) {
  const request = await lockRequest(trx, requestId);
  if (!request || request.eventId !== eventId)
    return { kind: "problem", problem: fail("err.mmAgenda.meetingNotFound") } as const;
  if (request.status !== "scheduled" || request.slotId === null || request.tableId === null)
    return { kind: "problem", problem: fail("err.mmAgenda.notScheduled") } as const;
  const slot = await trx
    .selectFrom("mmSlots")
    .select(["startsAt", "endsAt"])
    .where("id", "=", request.slotId)
    .executeTakeFirstOrThrow();
  if (slot.endsAt <= now) return { kind: "problem", problem: fail("err.mmAgenda.meetingOver") } as const;
  return {
    kind: "ok",
    request: { ...request, slotId: request.slotId, tableId: request.tableId },
    slot,
  } as const;
}

/**
 * Moves a scheduled meeting from `absentAttendeeId` (not checked in) to the other attendee of the same
 * registration, in the same slot at the same table: the placement is released and booked again for the new
 * pair; if the other attendee is busy in that slot (or at the meeting cap) nothing changes.
 */
export async function reassignMeeting(
  actor: Actor,
  eventId: number,
  input: { requestId: number; absentAttendeeId: number },
  now = new Date(),
): Promise<Outcome<{ requestId: number; attendeeId: number }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx): Promise<Outcome<{ requestId: number; attendeeId: number }>> => {
        const locked = await lockScheduledMeeting(trx, eventId, input.requestId, now);
        if (locked.kind === "problem") return locked.problem;
        const r = locked.request;
        const side =
          r.fromAttendeeId === input.absentAttendeeId
            ? "from"
            : r.toAttendeeId === input.absentAttendeeId
              ? "to"
              : null;
        if (!side) return fail("err.mmAgenda.meetingNotFound");
        const registrationId = side === "from" ? r.fromRegistrationId : r.toRegistrationId;
        const others = await trx
          .selectFrom("mmAttendees")
          .select(["id", "name", "checkedInAt"])
          .where("registrationId", "=", registrationId)
          .where("id", "<>", input.absentAttendeeId)
          .execute();
        const absent = await trx
          .selectFrom("mmAttendees")
          .select("checkedInAt")
          .where("id", "=", input.absentAttendeeId)
          .executeTakeFirstOrThrow();
        if (absent.checkedInAt) return fail("err.mmAgenda.attendeeArrived");
        const replacement = others[0];
        if (!replacement) return fail("err.mmAgenda.noOtherAttendee");
        const counterpart = side === "from" ? r.toAttendeeId : r.fromAttendeeId;
        const event = await findEvent(trx, eventId);
        await lockAttendees(trx, [replacement.id, counterpart]);
        const counts = await placedMeetingCounts(trx, [replacement.id]);
        if ((counts.get(replacement.id) ?? 0) >= (event?.maxMeetingsPerAttendee ?? 0))
          return fail("err.mmAgenda.replacementAtCap");
        await releasePlacement(trx, r.id);
        const pair: [number, number] =
          side === "from" ? [replacement.id, r.toAttendeeId] : [r.fromAttendeeId, replacement.id];
        await trx
          .updateTable("mmRequests")
          .set({ fromAttendeeId: pair[0], toAttendeeId: pair[1], updatedAt: now })
          .where("id", "=", r.id)
          .execute();
        const booked = await bookPlacement(trx, {
          requestId: r.id,
          slotId: r.slotId,
          tableId: r.tableId,
          attendeeIds: pair,
        });
        // The old placement was released above: roll it back into place.
        if (!booked.ok) throw new Rollback(fail("err.mmAgenda.replacementBusy"));
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "mmAgenda.reassigned",
          entityType: "mm_request",
          entityId: r.id,
          before: { attendeeId: input.absentAttendeeId },
          after: { attendeeId: replacement.id, slotId: r.slotId, tableId: r.tableId },
          ip: actor.ip,
        });
        await notifyOrganizations(trx, await organizationsOf(trx, r), {
          kind: "mmAgenda.reassigned",
          params: { attendeeName: replacement.name, when: utcToShanghaiLocal(locked.slot.startsAt) },
          link: meetingsPath(eventId),
        });
        return { ok: true, value: { requestId: r.id, attendeeId: replacement.id } };
      });
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    throw error;
  }
}

async function organizationsOf(trx: DbOrTrx, r: { fromRegistrationId: number; toRegistrationId: number }) {
  const rows = await trx
    .selectFrom("mmRegistrations")
    .select("organizationId")
    .where("id", "in", [r.fromRegistrationId, r.toRegistrationId])
    .execute();
  return rows.map((row) => row.organizationId);
}

/** Staff cancel a scheduled meeting (an attendee is absent): the slot and table are freed, both sides told. */
export async function cancelMeetingAtDoor(
  actor: Actor,
  eventId: number,
  input: { requestId: number; reason: string | null },
  now = new Date(),
): Promise<Outcome<{ requestId: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<{ requestId: number }>> => {
      const locked = await lockScheduledMeeting(trx, eventId, input.requestId, now);
      if (locked.kind === "problem") return locked.problem;
      const r = locked.request;
      const transition = mmRequestTransition(r.status, "cancel");
      if (!transition.ok) return fail("err.mmAgenda.notScheduled");
      await releasePlacement(trx, r.id);
      await trx
        .updateTable("mmRequests")
        .set({
          status: transition.to,
          slotId: null,
          tableId: null,
          reason: input.reason,
          closedBy: actor.id,
          updatedAt: now,
        })
        .where("id", "=", r.id)
        .execute();
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mmAgenda.cancelledAtDoor",
        entityType: "mm_request",
        entityId: r.id,
        before: { status: r.status, slotId: r.slotId, tableId: r.tableId },
        after: { status: transition.to, reason: input.reason },
        ip: actor.ip,
      });
      await notifyOrganizations(trx, await organizationsOf(trx, r), {
        kind: "mmAgenda.cancelled",
        params: {
          when: utcToShanghaiLocal(locked.slot.startsAt),
          ...(input.reason ? { reason: input.reason } : {}),
        },
        link: meetingsPath(eventId),
      });
      return { ok: true, value: { requestId: r.id } };
    });
}

/** Staff correct the sweep (or themselves): a held meeting becomes a no-show or back. */
export async function correctAttendance(
  actor: Actor,
  eventId: number,
  input: { requestId: number; to: "held" | "no_show" },
  now = new Date(),
): Promise<Outcome<{ requestId: number; status: "held" | "no_show" }>> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<{ requestId: number; status: "held" | "no_show" }>> => {
      const r = await lockRequest(trx, input.requestId);
      if (!r || r.eventId !== eventId) return fail("err.mmAgenda.meetingNotFound");
      if (r.status !== "held" && r.status !== "no_show") return fail("err.mmAgenda.notEnded");
      if (r.status === input.to) return { ok: true, value: { requestId: r.id, status: input.to } };
      const transition = mmRequestTransition(r.status, input.to === "held" ? "hold" : "noShow");
      if (!transition.ok) return fail("err.mmAgenda.notEnded");
      await trx
        .updateTable("mmRequests")
        .set({ status: transition.to, updatedAt: now })
        .where("id", "=", r.id)
        .execute();
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mmAgenda.attendanceCorrected",
        entityType: "mm_request",
        entityId: r.id,
        before: { status: r.status },
        after: { status: transition.to },
        ip: actor.ip,
      });
      return { ok: true, value: { requestId: r.id, status: input.to } };
    });
}

/**
 * The attendance sweep: every scheduled meeting whose slot has ended becomes held (both attendees checked in) or
 * no-show (otherwise). Returns the counts.
 */
export async function closeEndedMeetings(now = new Date()): Promise<{ held: number; noShow: number }> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const due = await lockEndedScheduledMeetings(trx, now);
      const held = due.filter((m) => attendanceEvent(m.bothArrived) === "hold").map((m) => m.id);
      const noShow = due.filter((m) => attendanceEvent(m.bothArrived) === "noShow").map((m) => m.id);
      for (const [ids, status] of [
        [held, "held"],
        [noShow, "no_show"],
      ] as const)
        if (ids.length > 0)
          await trx
            .updateTable("mmRequests")
            .set({ status, updatedAt: now })
            .where("id", "in", ids)
            .where("status", "=", "scheduled")
            .execute();
      await appendAudits(trx, [
        ...held.map((id) => ({
          actorUserId: null,
          action: "mmAgenda.held",
          entityType: "mm_request",
          entityId: id,
          after: { status: "held" },
        })),
        ...noShow.map((id) => ({
          actorUserId: null,
          action: "mmAgenda.noShow",
          entityType: "mm_request",
          entityId: id,
          after: { status: "no_show" },
        })),
      ]);
      return { held: held.length, noShow: noShow.length };
    });
}
