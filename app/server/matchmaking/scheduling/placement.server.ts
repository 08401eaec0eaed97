import type { DbOrTrx } from "../../../../db/client";
import { findSlot } from "../../../../db/repositories/matchmaking";
import {
  bookPlacement,
  firstFreePlacement,
  lockAttendees,
  placedMeetingCounts,
  releasePlacement,
} from "../../../../db/repositories/mm-scheduling";
import { mmRequestTransition, type MmRequestStatus } from "../../../domain/matchmaking";

/** Bounded retries when concurrent accepts keep taking the placement found free a moment ago. */
const MAX_ATTEMPTS = 64;

export type PlacementChoice = { firstFree: true } | { slotId: number; tableId?: number };

export type PlacementOutcome =
  | { ok: true; slotId: number; tableId: number }
  | {
      ok: false;
      /**
       * slotTaken: the chosen slot has no free table or one of the two attendees is booked in it (pick another);
       * noFreeSlot: no later slot has both attendees and a table free; meetingCap: an attendee is at the cap;
       * slotInPast / unknownSlot: the chosen slot has started or is not one of the event's.
       */
      reason: "slotTaken" | "noFreeSlot" | "meetingCap" | "slotInPast" | "unknownSlot";
    };

export interface PlaceableRequest {
  id: number;
  eventId: number;
  status: MmRequestStatus;
  fromAttendeeId: number;
  toAttendeeId: number;
  /** Set when the request is already placed: rescheduling frees the old placement first. */
  slotId: number | null;
}

/**
 * Places a request (accept-and-schedule, reschedule, or staff scheduling): inside the caller's transaction, locks
 * both attendees, enforces the meeting cap, finds and books a slot and table, and moves the request to
 * `scheduled`. When it fails, nothing this call wrote remains (the old placement of a reschedule is restored by
 * the caller's rollback — callers roll back on `ok: false`).
 */
export async function placeMeeting(
  trx: DbOrTrx,
  {
    request,
    choice,
    now,
    maxMeetings,
  }: {
    request: PlaceableRequest;
    choice: PlacementChoice;
    now: Date;
    maxMeetings: number;
  },
): Promise<PlacementOutcome> {
  const transition = mmRequestTransition(request.status, "schedule");
  const rescheduling = request.status === "scheduled";
  if (!transition.ok && !rescheduling)
    throw new Error(`request ${request.id} cannot be scheduled from ${request.status}`);
  const attendees = [request.fromAttendeeId, request.toAttendeeId] as const;
  await lockAttendees(trx, attendees);
  if (rescheduling) await releasePlacement(trx, request.id);
  else {
    const counts = await placedMeetingCounts(trx, attendees);
    if (attendees.some((id) => (counts.get(id) ?? 0) >= maxMeetings))
      return { ok: false, reason: "meetingCap" };
  }

  let chosenSlot: number | undefined;
  if (!("firstFree" in choice)) {
    const slot = await findSlot(trx, choice.slotId);
    if (!slot || slot.eventId !== request.eventId) return { ok: false, reason: "unknownSlot" };
    if (slot.startsAt <= now) return { ok: false, reason: "slotInPast" };
    chosenSlot = choice.slotId;
  }

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const found =
      chosenSlot !== undefined && !("firstFree" in choice) && choice.tableId !== undefined && attempt === 0
        ? { slotId: chosenSlot, tableId: choice.tableId }
        : await firstFreePlacement(trx, {
            eventId: request.eventId,
            attendeeIds: attendees,
            after: now,
            ...(chosenSlot !== undefined ? { slotId: chosenSlot } : {}),
          });
    if (!found) return { ok: false, reason: chosenSlot !== undefined ? "slotTaken" : "noFreeSlot" };
    const booked = await bookPlacement(trx, { requestId: request.id, ...found, attendeeIds: attendees });
    if (booked.ok) {
      await trx
        .updateTable("mmRequests")
        .set({ status: "scheduled", slotId: found.slotId, tableId: found.tableId, updatedAt: now })
        .where("id", "=", request.id)
        .execute();
      return { ok: true, ...found };
    }
    // An attendee taken in the chosen slot, or the staff's chosen table, will not free up by retrying.
    if (
      chosenSlot !== undefined &&
      (booked.taken === "attendee" || ("tableId" in choice && choice.tableId !== undefined))
    )
      return { ok: false, reason: "slotTaken" };
  }
  return { ok: false, reason: chosenSlot !== undefined ? "slotTaken" : "noFreeSlot" };
}
