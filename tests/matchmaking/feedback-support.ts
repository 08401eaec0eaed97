import { getDb } from "../../db/client";
import { createMeetingRequest } from "../../app/server/demo/mm-factories.server";
import { placeMeeting } from "../../app/server/matchmaking/scheduling/placement.server";
import type { MmRequestStatus } from "../../app/domain/matchmaking";
import { conference, type Participant } from "./support";

const DAY = 86_400_000;

/** A conference that took place two days ago (one day, its slots all over), with `n` validated participants. */
export function pastConference(n: number, options: Parameters<typeof conference>[1] = {}) {
  return conference(n, { daysAhead: -2, days: 1, ...options });
}
export type PastConference = Awaited<ReturnType<typeof pastConference>>;

/**
 * A meeting between a and b placed first-free (as if accepted before the event) and then moved to `status`
 * (held by default; "scheduled" leaves it as placed). Statuses that hold no placement are written directly.
 */
export async function meetingBetween(
  c: PastConference,
  a: Participant,
  b: Participant,
  status: MmRequestStatus = "held",
  items: { aboutItemId?: number; fromItemId?: number } = {},
) {
  const db = getDb();
  const before = new Date(c.slots[0]!.startsAt.getTime() - 3 * DAY);
  const request = await createMeetingRequest(db, {
    eventId: c.event.id,
    from: { registrationId: a.registration.id, attendeeId: a.attendees[0]!.id },
    to: { registrationId: b.registration.id, attendeeId: b.attendees[0]!.id },
    createdBy: a.owner.id,
    now: before,
    ...items,
  });
  if (status === "requested") return request;
  if (status === "declined" || status === "expired" || status === "accepted") {
    await db
      .updateTable("mmRequests")
      .set({
        status,
        answeredAt: status === "expired" ? null : before,
        answeredBy: status === "expired" ? null : b.owner.id,
      })
      .where("id", "=", request.id)
      .execute();
    return request;
  }
  await db.transaction().execute(async (trx) => {
    const placed = await placeMeeting(trx, {
      request,
      choice: { firstFree: true },
      now: before,
      maxMeetings: 12,
    });
    if (!placed.ok) throw new Error(`could not place: ${placed.reason}`);
    await trx
      .updateTable("mmRequests")
      .set({ answeredAt: before, answeredBy: b.owner.id })
      .where("id", "=", request.id)
      .execute();
  });
  if (status === "held" || status === "no_show")
    await db.updateTable("mmRequests").set({ status }).where("id", "=", request.id).execute();
  if (status === "cancelled") {
    await db.deleteFrom("mmBookings").where("requestId", "=", request.id).execute();
    await db.deleteFrom("mmTableBookings").where("requestId", "=", request.id).execute();
    await db
      .updateTable("mmRequests")
      .set({ status, slotId: null, tableId: null, reason: "改期" })
      .where("id", "=", request.id)
      .execute();
  }
  return request;
}
