import { sql, type SqlBool } from "kysely";
import type { DbOrTrx } from "../client";
import { PLACED_STATUSES } from "../../app/domain/matchmaking";

/**
 * Placing meetings in slots and at tables. Double booking is impossible by construction: `mm_bookings` has the
 * primary key (slot, attendee) and `mm_table_bookings` (slot, table). A placement inserts its three rows with
 * ON CONFLICT DO NOTHING, so a concurrent winner makes the loser's insert return nothing (after waiting for the
 * winner to commit) instead of aborting the loser's transaction: the loser learns which part was taken and may
 * try another slot in the same transaction.
 */

/**
 * The slot aliased `s` holds none of the attendees: the rule shared by the first-free search and the list of slots
 * an accepter may pick from.
 */
function noAttendeeBookedInSlot(attendeeIds: readonly number[]) {
  if (attendeeIds.length === 0) throw new Error("a meeting has attendees");
  return sql<SqlBool>`NOT EXISTS (SELECT 1 FROM mm_bookings b
    WHERE b.slot_id = s.id AND b.attendee_id IN (${sql.join([...attendeeIds])}))`;
}

/**
 * Locks the attendees' rows (in id order, so two accepts never deadlock) until the transaction ends: the
 * meeting cap is counted and enforced under this lock.
 */
export async function lockAttendees(db: DbOrTrx, attendeeIds: readonly number[]): Promise<void> {
  const ids = [...new Set(attendeeIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  await db.selectFrom("mmAttendees").select("id").where("id", "in", ids).orderBy("id").forUpdate().execute();
}

/** Meetings each attendee holds (scheduled, held or no-show), by attendee id; absent ids hold none. */
export async function placedMeetingCounts(
  db: DbOrTrx,
  attendeeIds: readonly number[],
): Promise<Map<number, number>> {
  if (attendeeIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("mmBookings as b")
    .innerJoin("mmRequests as r", "r.id", "b.requestId")
    .where("b.attendeeId", "in", [...attendeeIds])
    .where("r.status", "in", [...PLACED_STATUSES])
    .groupBy("b.attendeeId")
    .select(["b.attendeeId", sql<string>`count(*)`.as("n")])
    .execute();
  return new Map(rows.map((r) => [r.attendeeId, Number(r.n)]));
}

/**
 * The earliest slot of the event starting after `after` where none of the attendees is booked and some table is
 * free, with the first free table by position — the same rule as `firstFreeSlot` in app/domain/matchmaking.ts.
 * With `slotId`, only that slot is considered (a free table in the slot the accepter picked).
 */
export async function firstFreePlacement(
  db: DbOrTrx,
  input: { eventId: number; attendeeIds: readonly number[]; after: Date; slotId?: number },
): Promise<{ slotId: number; tableId: number } | null> {
  let query = db
    .selectFrom("mmSlots as s")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("mmTables as t")
          .select("t.id as tableId")
          .whereRef("t.eventId", "=", "s.eventId")
          .where((w) =>
            w.not(
              w.exists(
                w
                  .selectFrom("mmTableBookings as tb")
                  .select("tb.requestId")
                  .whereRef("tb.slotId", "=", "s.id")
                  .whereRef("tb.tableId", "=", "t.id"),
              ),
            ),
          )
          .orderBy("t.position")
          .limit(1)
          .as("free"),
      (join) => join.onTrue(),
    )
    .where("s.eventId", "=", input.eventId)
    .where("s.startsAt", ">", input.after)
    .where(noAttendeeBookedInSlot(input.attendeeIds))
    .orderBy("s.startsAt")
    .orderBy("s.id")
    .select(["s.id as slotId", "free.tableId"])
    .limit(1);
  if (input.slotId !== undefined) query = query.where("s.id", "=", input.slotId);
  return (await query.executeTakeFirst()) ?? null;
}

export type PlacementResult = { ok: true } | { ok: false; taken: "table" | "attendee" };

/**
 * Books the slot at the table for both attendees of the request, or nothing: when any of the three is already
 * taken, the rows this call inserted are removed again and the caller learns what was taken. Does not change the
 * request's status (the caller does, through its lifecycle).
 */
export async function bookPlacement(
  db: DbOrTrx,
  input: { requestId: number; slotId: number; tableId: number; attendeeIds: readonly [number, number] },
): Promise<PlacementResult> {
  const table = await db
    .insertInto("mmTableBookings")
    .values({ slotId: input.slotId, tableId: input.tableId, requestId: input.requestId })
    .onConflict((oc) => oc.doNothing())
    .returning("requestId")
    .executeTakeFirst();
  if (!table) return { ok: false, taken: "table" };
  const seats = await db
    .insertInto("mmBookings")
    .values(
      input.attendeeIds.map((attendeeId) => ({
        slotId: input.slotId,
        attendeeId,
        requestId: input.requestId,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning("attendeeId")
    .execute();
  if (seats.length === input.attendeeIds.length) return { ok: true };
  await releasePlacement(db, input.requestId);
  return { ok: false, taken: "attendee" };
}

/** Frees the request's slot and table (cancel, reschedule, reassignment). */
export async function releasePlacement(db: DbOrTrx, requestId: number): Promise<void> {
  await db.deleteFrom("mmBookings").where("requestId", "=", requestId).execute();
  await db.deleteFrom("mmTableBookings").where("requestId", "=", requestId).execute();
}

/**
 * Slots of the event starting after `after` where none of the attendees is booked, with how many tables are still
 * free (only slots with at least one), in time order: what the accepter may pick.
 */
export async function freeSlotsForAttendees(
  db: DbOrTrx,
  input: { eventId: number; attendeeIds: readonly number[]; after: Date },
) {
  const rows = await db
    .selectFrom("mmSlots as s")
    .where("s.eventId", "=", input.eventId)
    .where("s.startsAt", ">", input.after)
    .where(noAttendeeBookedInSlot(input.attendeeIds))
    .select([
      "s.id",
      "s.startsAt",
      "s.endsAt",
      sql<string>`(SELECT count(*) FROM mm_tables t WHERE t.event_id = s.event_id) -
        (SELECT count(*) FROM mm_table_bookings tb WHERE tb.slot_id = s.id)`.as("freeTables"),
    ])
    .orderBy("s.startsAt")
    .orderBy("s.id")
    .execute();
  return rows
    .map((r) => ({ id: r.id, startsAt: r.startsAt, endsAt: r.endsAt, freeTables: Number(r.freeTables) }))
    .filter((r) => r.freeTables > 0);
}
