import { getDb, type DbOrTrx } from "../../../../db/client";
import { findEvent, findSlot, lockRequest } from "../../../../db/repositories/matchmaking";
import { setRequestStatus } from "../../../../db/repositories/mm-meetings";
import { releasePlacement } from "../../../../db/repositories/mm-scheduling";
import { mmRequestTransition } from "../../../domain/matchmaking";
import { utcToShanghaiLocal } from "../../../domain/time";
import type { MmRequest } from "../../../../db/schema-matchmaking";
import type { MessageKey } from "../../../i18n/messages";
import type { Actor, OrgActor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";
import { placeMeeting, type PlacementOutcome } from "../scheduling/placement.server";
import {
  auditRequest,
  expireRequest,
  lockRequestFor,
  notifyRequest,
  REFUSAL_MESSAGE,
} from "./requests.server";

/**
 * Accepting (which places the meeting at once through placeMeeting), withdrawing, cancelling and rescheduling, by
 * the two organizations; staff scheduling, moving and cancelling from the grid. A placement that fails rolls the
 * whole transaction back (placeMeeting's contract): the loser of a race for a slot finds its request unchanged and
 * is told to pick another slot.
 */

export type AcceptChoice = { firstFree: true } | { slotId: number };
export type Placed = { slotId: number; tableId: number } | null;

type Refusal = Extract<PlacementOutcome, { ok: false }>["reason"];
const PLACEMENT_MESSAGE: Record<Refusal, MessageKey> = {
  slotTaken: "mmMeetings.err.slotTaken",
  noFreeSlot: "mmMeetings.err.noFreeSlot",
  meetingCap: "mmMeetings.err.meetingCap",
  slotInPast: "mmMeetings.err.slotInPast",
  unknownSlot: "mmMeetings.err.unknownSlot",
};

/** Thrown inside a transaction to undo it and answer with the refusal. */
class Undo extends Error {
  constructor(readonly outcome: { ok: false; formError: ReturnType<typeof fail>["formError"] }) {
    super("undo");
  }
}

async function undoable<R>(work: (trx: DbOrTrx) => Promise<R>): Promise<R | Undo["outcome"]> {
  try {
    return await getDb().transaction().execute(work);
  } catch (error) {
    if (error instanceof Undo) return error.outcome;
    throw error;
  }
}

function refusePlacement(outcome: Extract<PlacementOutcome, { ok: false }>, max: number): never {
  throw new Undo(fail(PLACEMENT_MESSAGE[outcome.reason], { max }));
}

/** "2026-12-05 10:00" and the table's name, for the notification texts (same in both languages). */
async function placeText(trx: DbOrTrx, slotId: number, tableId: number) {
  const [slot, table] = await Promise.all([
    findSlot(trx, slotId),
    trx.selectFrom("mmTables").select("name").where("id", "=", tableId).executeTakeFirstOrThrow(),
  ]);
  return { when: slot ? utcToShanghaiLocal(slot.startsAt) : "", table: table.name };
}

async function organizationNames(trx: DbOrTrx, request: MmRequest) {
  const rows = await trx
    .selectFrom("mmRegistrations as r")
    .innerJoin("organizations as o", "o.id", "r.organizationId")
    .where("r.id", "in", [request.fromRegistrationId, request.toRegistrationId])
    .select(["r.id", "o.id as organizationId", "o.name"])
    .execute();
  const of = (id: number) => rows.find((r) => r.id === id)!;
  return { from: of(request.fromRegistrationId), to: of(request.toRegistrationId) };
}

/**
 * The asked side accepts: the meeting is placed at once in the chosen slot (at any free table) or the first slot
 * free for both. When first-free finds nothing left, the request is accepted without a place, for staff to place.
 */
export async function acceptMeetingRequest(
  actor: OrgActor,
  requestId: number,
  choice: AcceptChoice,
  now = new Date(),
): Promise<Outcome<Placed>> {
  const outcome = await undoable(async (trx): Promise<Outcome<Placed> | { ok: false; lapsed: MmRequest }> => {
    const found = await lockRequestFor(trx, actor, requestId);
    if (!found.ok) return found;
    const { request, side } = found;
    if (side !== "to") return fail("mmMeetings.err.notYours");
    if (request.status !== "requested") return fail("mmMeetings.err.notOpen");
    if (request.expiresAt <= now) return { ok: false, lapsed: request };
    const event = (await findEvent(trx, request.eventId))!;
    if (event.status !== "published") return fail(REFUSAL_MESSAGE.eventNotPublished);
    if (now >= event.bookingClosesAt) return fail(REFUSAL_MESSAGE.bookingClosed);
    const max = event.maxMeetingsPerAttendee;
    const placed = await placeMeeting(trx, { request, choice, now, maxMeetings: max });
    const answered = { answeredBy: actor.id, answeredAt: now, updatedAt: now };
    if (!placed.ok && placed.reason === "noFreeSlot" && "firstFree" in choice) {
      await setRequestStatus(trx, request.id, { status: "accepted", ...answered });
      await notifyRequest(trx, [found.counterpartOrganizationId], "mmRequest.acceptedUnplaced", request, {
        orgName: actor.organization.name,
      });
      await auditRequest(trx, actor, "mm_request.accept", request.id, { status: "accepted" });
      return { ok: true, value: null };
    }
    if (!placed.ok) refusePlacement(placed, max);
    await trx.updateTable("mmRequests").set(answered).where("id", "=", request.id).execute();
    await notifyRequest(trx, [found.counterpartOrganizationId], "mmRequest.accepted", request, {
      orgName: actor.organization.name,
      ...(await placeText(trx, placed.slotId, placed.tableId)),
    });
    await auditRequest(trx, actor, "mm_request.accept", request.id, {
      status: "scheduled",
      slotId: placed.slotId,
      tableId: placed.tableId,
      firstFree: "firstFree" in choice,
    });
    return { ok: true, value: { slotId: placed.slotId, tableId: placed.tableId } };
  });
  if ("lapsed" in outcome) {
    // Past its expiry but not yet swept: it has lapsed, whoever comes first.
    await getDb()
      .transaction()
      .execute(async (trx) => {
        const request = await lockRequest(trx, outcome.lapsed.id);
        if (request?.status !== "requested") return;
        await expireRequest(trx, request, now);
        await auditRequest(trx, null, "mm_request.expire", request.id, { status: "expired" });
      });
    return fail("mmMeetings.err.lapsed");
  }
  return outcome;
}

/**
 * The sender withdraws an open request, or either side cancels an accepted or scheduled meeting that has not begun
 * (with a reason, which the other side reads); a placed meeting's slot and table are freed.
 */
export async function cancelMeetingRequest(
  actor: OrgActor,
  requestId: number,
  reason: string | null,
  now = new Date(),
): Promise<Outcome<null>> {
  return undoable(async (trx): Promise<Outcome<null>> => {
    const found = await lockRequestFor(trx, actor, requestId);
    if (!found.ok) return found;
    const { request, side } = found;
    if (request.status === "requested" && side !== "from") return fail("mmMeetings.err.notYours");
    const refused = await cancelRefusal(trx, request, reason, now);
    if (refused) return refused;
    await cancelNow(trx, actor, request, reason, now);
    await notifyRequest(trx, [found.counterpartOrganizationId], "mmRequest.cancelled", request, {
      orgName: actor.organization.name,
      ...(reason ? { reason } : {}),
    });
    await auditRequest(
      trx,
      actor,
      request.status === "requested" ? "mm_request.withdraw" : "mm_request.cancel",
      request.id,
      {
        status: "cancelled",
        reason,
      },
    );
    return { ok: true, value: null };
  });
}

async function cancelRefusal(trx: DbOrTrx, request: MmRequest, reason: string | null, now: Date) {
  if (!mmRequestTransition(request.status, "cancel").ok) return fail("mmMeetings.err.notOpen");
  if (request.status === "scheduled") {
    if (!reason) return fail("mmMeetings.err.reasonRequired");
    const slot = request.slotId ? await findSlot(trx, request.slotId) : undefined;
    if (slot && slot.startsAt <= now) return fail("mmMeetings.err.meetingBegun");
  }
  return null;
}

async function cancelNow(trx: DbOrTrx, actor: Actor, request: MmRequest, reason: string | null, now: Date) {
  await releasePlacement(trx, request.id);
  await setRequestStatus(trx, request.id, {
    status: "cancelled",
    reason: reason || null,
    closedBy: actor.id,
    updatedAt: now,
    slotId: null,
    tableId: null,
  });
}

/** Either side moves a scheduled meeting that has not begun to another slot (chosen, or the first free). */
export async function rescheduleMeeting(
  actor: OrgActor,
  requestId: number,
  choice: AcceptChoice,
  now = new Date(),
): Promise<Outcome<Placed>> {
  return undoable(async (trx): Promise<Outcome<Placed>> => {
    const found = await lockRequestFor(trx, actor, requestId);
    if (!found.ok) return found;
    const { request } = found;
    if (request.status !== "scheduled") return fail("mmMeetings.err.notScheduled");
    const slot = request.slotId ? await findSlot(trx, request.slotId) : undefined;
    if (slot && slot.startsAt <= now) return fail("mmMeetings.err.meetingBegun");
    const event = (await findEvent(trx, request.eventId))!;
    if (event.status !== "published") return fail(REFUSAL_MESSAGE.eventNotPublished);
    const max = event.maxMeetingsPerAttendee;
    const placed = await placeMeeting(trx, { request, choice, now, maxMeetings: max });
    if (!placed.ok) refusePlacement(placed, max);
    await notifyRequest(trx, [found.counterpartOrganizationId], "mmRequest.rescheduled", request, {
      orgName: actor.organization.name,
      ...(await placeText(trx, placed.slotId, placed.tableId)),
    });
    await auditRequest(trx, actor, "mm_request.reschedule", request.id, {
      from: { slotId: request.slotId, tableId: request.tableId },
      to: { slotId: placed.slotId, tableId: placed.tableId },
    });
    return { ok: true, value: { slotId: placed.slotId, tableId: placed.tableId } };
  });
}

/**
 * Staff place a requested or accepted request in a chosen free cell (slot × table) of the grid, or move a scheduled
 * meeting to another free cell; both organizations are told. Conflicts are impossible: placeMeeting books the cell
 * or refuses.
 */
export async function staffPlaceMeeting(
  actor: Actor,
  requestId: number,
  cell: { slotId: number; tableId: number },
  now = new Date(),
): Promise<Outcome<Placed>> {
  return undoable(async (trx): Promise<Outcome<Placed>> => {
    const request = await lockRequest(trx, requestId);
    if (!request) return fail("mmMeetings.err.notFound");
    const moving = request.status === "scheduled";
    if (!moving && !mmRequestTransition(request.status, "schedule").ok) return fail("mmMeetings.err.notOpen");
    if (moving && request.slotId) {
      const slot = await findSlot(trx, request.slotId);
      if (slot && slot.startsAt <= now) return fail("mmMeetings.err.meetingBegun");
    }
    const table = await trx
      .selectFrom("mmTables")
      .select("id")
      .where("id", "=", cell.tableId)
      .where("eventId", "=", request.eventId)
      .executeTakeFirst();
    if (!table) return fail("mmMeetings.err.unknownSlot");
    const event = (await findEvent(trx, request.eventId))!;
    if (event.status !== "published") return fail(REFUSAL_MESSAGE.eventNotPublished);
    const max = event.maxMeetingsPerAttendee;
    const placed = await placeMeeting(trx, { request, choice: cell, now, maxMeetings: max });
    if (!placed.ok) refusePlacement(placed, max);
    if (!moving)
      await trx
        .updateTable("mmRequests")
        .set({ answeredBy: actor.id, answeredAt: now })
        .where("id", "=", request.id)
        .execute();
    const names = await organizationNames(trx, request);
    const where = await placeText(trx, placed.slotId, placed.tableId);
    const kind = moving ? "mmRequest.rescheduled" : "mmRequest.scheduled";
    await notifyRequest(trx, [names.from.organizationId], kind, request, {
      orgName: names.to.name,
      ...where,
    });
    await notifyRequest(trx, [names.to.organizationId], kind, request, {
      orgName: names.from.name,
      ...where,
    });
    await auditRequest(
      trx,
      actor,
      moving ? "mm_request.staff_move" : "mm_request.staff_schedule",
      request.id,
      {
        from: moving ? { slotId: request.slotId, tableId: request.tableId } : null,
        to: { slotId: placed.slotId, tableId: placed.tableId },
      },
    );
    return { ok: true, value: { slotId: placed.slotId, tableId: placed.tableId } };
  });
}

/** Staff cancel an open request or a meeting that has not begun (reason required); both organizations are told. */
export async function staffCancelMeeting(
  actor: Actor,
  requestId: number,
  reason: string | null,
  now = new Date(),
): Promise<Outcome<null>> {
  return undoable(async (trx): Promise<Outcome<null>> => {
    const request = await lockRequest(trx, requestId);
    if (!request) return fail("mmMeetings.err.notFound");
    if (!reason) return fail("mmMeetings.err.reasonRequired");
    const refused = await cancelRefusal(trx, request, reason, now);
    if (refused) return refused;
    await cancelNow(trx, actor, request, reason, now);
    const names = await organizationNames(trx, request);
    await notifyRequest(trx, [names.from.organizationId], "mmRequest.cancelled", request, {
      orgName: names.to.name,
      reason,
    });
    await notifyRequest(trx, [names.to.organizationId], "mmRequest.cancelled", request, {
      orgName: names.from.name,
      reason,
    });
    await auditRequest(trx, actor, "mm_request.staff_cancel", request.id, { status: "cancelled", reason });
    return { ok: true, value: null };
  });
}
