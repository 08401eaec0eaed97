import type { Insertable } from "kysely";
import type { DbOrTrx } from "../client";
import type { MmEventsTable } from "../schema-matchmaking";
import { slotsOfBlocks, type TimeRange } from "../../app/domain/matchmaking";

/** The conference's shared rows: events, their blocks, slots and tables, registrations with attendees, requests. */

export async function insertEvent(db: DbOrTrx, values: Insertable<MmEventsTable>) {
  return db.insertInto("mmEvents").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findEvent(db: DbOrTrx, id: number) {
  return db.selectFrom("mmEvents").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function lockEvent(db: DbOrTrx, id: number) {
  return db.selectFrom("mmEvents").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/**
 * Replaces the event's blocks and regenerates its slots. Only while no slot is booked: the caller checks
 * `eventHasPlacements` first (the foreign keys would refuse anyway).
 */
export async function replaceBlocks(
  db: DbOrTrx,
  event: { id: number; slotMinutes: number; breakMinutes: number },
  blocks: readonly TimeRange[],
): Promise<void> {
  await db.deleteFrom("mmSlots").where("eventId", "=", event.id).execute();
  await db.deleteFrom("mmBlocks").where("eventId", "=", event.id).execute();
  if (blocks.length === 0) return;
  const inserted = await db
    .insertInto("mmBlocks")
    .values(blocks.map((b) => ({ eventId: event.id, startsAt: b.startsAt, endsAt: b.endsAt })))
    .returningAll()
    .execute();
  const slots = slotsOfBlocks(inserted, event.slotMinutes, event.breakMinutes);
  if (slots.length > 0)
    await db
      .insertInto("mmSlots")
      .values(
        slots.map((s) => ({
          eventId: event.id,
          blockId: s.block.id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
        })),
      )
      .execute();
}

export async function eventHasPlacements(db: DbOrTrx, eventId: number): Promise<boolean> {
  const row = await db
    .selectFrom("mmTableBookings as tb")
    .innerJoin("mmSlots as s", "s.id", "tb.slotId")
    .where("s.eventId", "=", eventId)
    .select("tb.requestId")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Sets the event's tables to `names` in order (positions 1…n). Only while no table is booked. */
export async function replaceTables(db: DbOrTrx, eventId: number, names: readonly string[]): Promise<void> {
  await db.deleteFrom("mmTables").where("eventId", "=", eventId).execute();
  if (names.length > 0)
    await db
      .insertInto("mmTables")
      .values(names.map((name, i) => ({ eventId, name, position: i + 1 })))
      .execute();
}

export async function slotsOfEvent(db: DbOrTrx, eventId: number) {
  return db.selectFrom("mmSlots").selectAll().where("eventId", "=", eventId).orderBy("startsAt").execute();
}

export async function tablesOfEvent(db: DbOrTrx, eventId: number) {
  return db.selectFrom("mmTables").selectAll().where("eventId", "=", eventId).orderBy("position").execute();
}

export async function findSlot(db: DbOrTrx, slotId: number) {
  return db.selectFrom("mmSlots").selectAll().where("id", "=", slotId).executeTakeFirst();
}

export interface AttendeeInput {
  name: string;
  jobTitle: string;
  phone: string;
  email: string;
  checkInCode: string;
  calendarToken: string;
}

/** A registration with its one or two attendees and the published items it brings, in one go. */
export async function insertRegistration(
  db: DbOrTrx,
  input: {
    eventId: number;
    organizationId: number;
    createdBy: number;
    note?: string | null;
    attendees: readonly AttendeeInput[];
    itemIds: readonly number[];
  },
) {
  const registration = await db
    .insertInto("mmRegistrations")
    .values({
      eventId: input.eventId,
      organizationId: input.organizationId,
      createdBy: input.createdBy,
      note: input.note ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const attendees = await db
    .insertInto("mmAttendees")
    .values(
      input.attendees.map((a, i) => ({
        ...a,
        registrationId: registration.id,
        eventId: input.eventId,
        position: (i + 1) as 1 | 2,
      })),
    )
    .returningAll()
    .execute();
  if (input.itemIds.length > 0)
    await db
      .insertInto("mmRegistrationItems")
      .values(input.itemIds.map((itemId) => ({ registrationId: registration.id, itemId })))
      .execute();
  return { registration, attendees };
}

export async function findRequest(db: DbOrTrx, id: number) {
  return db.selectFrom("mmRequests").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function lockRequest(db: DbOrTrx, id: number) {
  return db.selectFrom("mmRequests").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/** The organization's registration for the event (any status), with its attendees in position order. */
export async function registrationOf(db: DbOrTrx, eventId: number, organizationId: number) {
  const registration = await db
    .selectFrom("mmRegistrations")
    .selectAll()
    .where("eventId", "=", eventId)
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();
  if (!registration) return null;
  const attendees = await db
    .selectFrom("mmAttendees")
    .selectAll()
    .where("registrationId", "=", registration.id)
    .orderBy("position")
    .execute();
  return { registration, attendees };
}
