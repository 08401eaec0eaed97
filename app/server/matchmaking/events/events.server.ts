import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  eventHasPlacements,
  insertEvent,
  lockEvent,
  replaceBlocks,
  replaceTables,
  tablesOfEvent,
} from "../../../../db/repositories/matchmaking";
import { blocksOfEvent, sessionsOfEvent } from "../../../../db/repositories/mm-events";
import type { MmEvent } from "../../../../db/schema-matchmaking";
import { mmEventTransition, type TimeRange } from "../../../domain/matchmaking";
import { shanghaiDate } from "../../../domain/time";
import type { MmEventSettings } from "../../../forms/mm-event";
import { msg } from "../../../i18n/i18n";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";

/**
 * Staff editing of a conference: settings, meeting blocks (→ slots), tables, themed sessions, publishing. Every
 * change runs in one transaction with the event row locked, and is audited; a cancelled or closed event is no
 * longer edited.
 */

type Refusal = Extract<Outcome<never>, { ok: false }>;

function settingsRow(v: MmEventSettings) {
  return {
    year: v.year,
    titleZh: v.titleZh,
    titleEn: v.titleEn,
    venueZh: v.venueZh,
    venueEn: v.venueEn,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    registrationOpensAt: v.registrationOpensAt,
    registrationClosesAt: v.registrationClosesAt,
    bookingOpensAt: v.bookingOpensAt,
    bookingClosesAt: v.bookingClosesAt,
    slotMinutes: v.slotMinutes,
    breakMinutes: v.breakMinutes,
    maxMeetingsPerAttendee: v.maxMeetingsPerAttendee,
    requestExpiryHours: v.requestExpiryHours,
  };
}

export async function createEvent(actor: Actor, values: MmEventSettings): Promise<Outcome<{ id: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const event = await insertEvent(trx, { ...settingsRow(values), createdBy: actor.id });
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mm.event.create",
        entityType: "mm_event",
        entityId: event.id,
        after: settingsRow(values),
        ip: actor.ip,
      });
      return { ok: true as const, value: { id: event.id } };
    });
}

/** Runs `work` on the locked event when it may still be edited (draft or published). */
export async function withEditableEvent<T>(
  eventId: number,
  work: (trx: DbOrTrx, event: MmEvent) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const event = await lockEvent(trx, eventId);
      if (!event) return fail("mmEvents.err.notFound");
      if (event.status === "cancelled" || event.status === "closed") return fail("mmEvents.err.notEditable");
      return work(trx, event);
    });
}

function outside(range: TimeRange, startsOn: string, endsOn: string): boolean {
  const first = shanghaiDate(range.startsAt);
  return first < startsOn || first > endsOn;
}

/**
 * Saves the settings. Changing the slot length or break regenerates the slots from the blocks, which is refused
 * once a meeting is placed; new dates must still hold every block and session.
 */
export function updateSettings(actor: Actor, eventId: number, values: MmEventSettings) {
  return withEditableEvent<{ id: number }>(eventId, async (trx, event) => {
    const reslot = values.slotMinutes !== event.slotMinutes || values.breakMinutes !== event.breakMinutes;
    if (reslot && (await eventHasPlacements(trx, event.id)))
      return fieldFail({ slotMinutes: [msg("mmEvents.err.placed")] });
    const blocks = await blocksOfEvent(trx, event.id);
    const sessions = await sessionsOfEvent(trx, event.id);
    if ([...blocks, ...sessions].some((r) => outside(r, values.startsOn, values.endsOn)))
      return fieldFail({ startsOn: [msg("mmEvents.err.datesExcludeProgramme")] });
    const row = settingsRow(values);
    await trx
      .updateTable("mmEvents")
      .set({ ...row, updatedAt: new Date() })
      .where("id", "=", event.id)
      .execute();
    if (reslot) await replaceBlocks(trx, { ...event, ...row }, blocks);
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "mm.event.update",
      entityType: "mm_event",
      entityId: event.id,
      before: settingsRow({ ...event } as unknown as MmEventSettings),
      after: row,
      ip: actor.ip,
    });
    return { ok: true, value: { id: event.id } };
  });
}

/** Replaces the meeting blocks and regenerates the slots; refused once any meeting holds a slot. */
export function saveBlocks(actor: Actor, eventId: number, blocks: readonly TimeRange[]) {
  return withEditableEvent<{ slots: number }>(eventId, async (trx, event) => {
    if (await eventHasPlacements(trx, event.id)) return fail("mmEvents.err.placed");
    if (blocks.some((b) => outside(b, event.startsOn, event.endsOn)))
      return fail("mmEvents.err.outsideEvent", { from: event.startsOn, to: event.endsOn });
    const before = await blocksOfEvent(trx, event.id);
    await replaceBlocks(trx, event, blocks);
    const slots = await trx
      .selectFrom("mmSlots")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("eventId", "=", event.id)
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "mm.event.blocks",
      entityType: "mm_event",
      entityId: event.id,
      before: before.map((b) => [b.startsAt.toISOString(), b.endsAt.toISOString()]),
      after: blocks.map((b) => [b.startsAt.toISOString(), b.endsAt.toISOString()]),
      ip: actor.ip,
    });
    return { ok: true, value: { slots: Number(slots.n) } };
  });
}

/** Sets the tables (a count or named rooms); refused once any meeting holds a table. */
export function saveTables(actor: Actor, eventId: number, names: readonly string[]) {
  return withEditableEvent<{ tables: number }>(eventId, async (trx, event) => {
    if (await eventHasPlacements(trx, event.id)) return fail("mmEvents.err.placed");
    const before = await tablesOfEvent(trx, event.id);
    await replaceTables(trx, event.id, names);
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "mm.event.tables",
      entityType: "mm_event",
      entityId: event.id,
      before: before.map((t) => t.name),
      after: names,
      ip: actor.ip,
    });
    return { ok: true, value: { tables: names.length } };
  });
}

export interface SessionInput extends TimeRange {
  domain: string | null;
  titleZh: string;
  titleEn: string;
  stageZh: string;
  stageEn: string;
}

export function addSession(actor: Actor, eventId: number, input: SessionInput) {
  return withEditableEvent<{ id: number }>(eventId, async (trx, event) => {
    if (outside(input, event.startsOn, event.endsOn))
      return fieldFail({
        date: [msg("mmEvents.err.outsideEvent", { from: event.startsOn, to: event.endsOn })],
      });
    const session = await trx
      .insertInto("mmSessions")
      .values({ eventId: event.id, ...input })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "mm.session.add",
      entityType: "mm_event",
      entityId: event.id,
      after: { sessionId: session.id, ...input },
      ip: actor.ip,
    });
    return { ok: true, value: { id: session.id } };
  });
}

/** Removes a session with its roadshows. */
export function removeSession(actor: Actor, eventId: number, sessionId: number) {
  return withEditableEvent<{ id: number }>(eventId, async (trx, event) => {
    const session = await trx
      .selectFrom("mmSessions")
      .selectAll()
      .where("id", "=", sessionId)
      .where("eventId", "=", event.id)
      .forUpdate()
      .executeTakeFirst();
    if (!session) return fail("mmEvents.err.sessionNotFound");
    const roadshows = await trx.deleteFrom("mmRoadshows").where("sessionId", "=", session.id).execute();
    await trx.deleteFrom("mmSessions").where("id", "=", session.id).execute();
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "mm.session.remove",
      entityType: "mm_event",
      entityId: event.id,
      before: { ...session, roadshows: Number(roadshows[0]?.numDeletedRows ?? 0) },
      ip: actor.ip,
    });
    return { ok: true, value: { id: session.id } };
  });
}

/** Why the event may not be published yet, or null: it needs at least one meeting block and one table. */
export function publishRefusal(blocks: number, tables: number): Refusal | null {
  if (blocks === 0) return fail("mmEvents.err.publishNoBlocks");
  if (tables === 0) return fail("mmEvents.err.publishNoTables");
  return null;
}

export function publishEvent(actor: Actor, eventId: number) {
  return withEditableEvent<{ id: number }>(eventId, async (trx, event) => {
    if (!mmEventTransition(event.status, "publish").ok) return fail("mmEvents.err.notDraft");
    const refused = publishRefusal(
      (await blocksOfEvent(trx, event.id)).length,
      (await tablesOfEvent(trx, event.id)).length,
    );
    if (refused) return refused;
    await trx
      .updateTable("mmEvents")
      .set({ status: "published", updatedAt: new Date() })
      .where("id", "=", event.id)
      .execute();
    await appendAudit(trx, {
      actorUserId: actor.id,
      action: "mm.event.publish",
      entityType: "mm_event",
      entityId: event.id,
      before: { status: event.status },
      after: { status: "published" },
      ip: actor.ip,
    });
    return { ok: true, value: { id: event.id } };
  });
}
