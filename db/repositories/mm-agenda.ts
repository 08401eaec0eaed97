import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import { PLACED_STATUSES } from "../../app/domain/matchmaking";

/**
 * Agendas, calendar feeds, reminders, check-in and attendance of the conference (the "agenda" part). Meetings are
 * requests in a placed status (scheduled, held, no-show); their slot and table come from the request row.
 */

/** An attendee with the registration and organization it belongs to. */
export async function findAttendee(db: DbOrTrx, where: { id: number } | { calendarToken: string }) {
  let query = db
    .selectFrom("mmAttendees as a")
    .innerJoin("mmRegistrations as g", "g.id", "a.registrationId")
    .innerJoin("organizations as o", "o.id", "g.organizationId")
    .select([
      "a.id",
      "a.eventId",
      "a.registrationId",
      "a.position",
      "a.name",
      "a.jobTitle",
      "a.checkInCode",
      "a.calendarToken",
      "a.checkedInAt",
      "g.organizationId",
      "g.status as registrationStatus",
      "o.name as organizationName",
    ]);
  query =
    "id" in where
      ? query.where("a.id", "=", where.id)
      : query.where("a.calendarToken", "=", where.calendarToken);
  return query.executeTakeFirst();
}

export type AttendeeRow = NonNullable<Awaited<ReturnType<typeof findAttendee>>>;

/** The attendees of a registration, in position order (one or two). */
export async function attendeesOfRegistration(db: DbOrTrx, registrationId: number) {
  return db
    .selectFrom("mmAttendees")
    .select(["id", "name", "jobTitle", "position", "checkInCode", "calendarToken", "checkedInAt"])
    .where("registrationId", "=", registrationId)
    .orderBy("position")
    .execute();
}

/**
 * The attendee's meetings (scheduled, held, no-show) in time order, each with its slot, table, the counterpart
 * organization and attendee, and the items it is about (the one asked about and the one the requester named).
 */
export async function meetingsOfAttendee(db: DbOrTrx, attendeeId: number) {
  const rows = await db
    .selectFrom("mmRequests as r")
    .innerJoin("mmSlots as s", "s.id", "r.slotId")
    .innerJoin("mmTables as t", "t.id", "r.tableId")
    .innerJoin("mmAttendees as ca", (join) =>
      join.on(
        "ca.id",
        "=",
        sql<number>`CASE WHEN r.from_attendee_id = ${attendeeId} THEN r.to_attendee_id ELSE r.from_attendee_id END`,
      ),
    )
    .innerJoin("mmRegistrations as cg", "cg.id", "ca.registrationId")
    .innerJoin("organizations as co", "co.id", "cg.organizationId")
    .leftJoin("sdItems as ai", "ai.id", "r.aboutItemId")
    .leftJoin("sdRevisions as ar", "ar.id", "ai.publishedRevisionId")
    .leftJoin("sdItems as fi", "fi.id", "r.fromItemId")
    .leftJoin("sdRevisions as fr", "fr.id", "fi.publishedRevisionId")
    .where((w) => w.or([w("r.fromAttendeeId", "=", attendeeId), w("r.toAttendeeId", "=", attendeeId)]))
    .where("r.status", "in", [...PLACED_STATUSES])
    .select([
      "r.id",
      "r.status",
      "r.fromAttendeeId",
      "s.startsAt",
      "s.endsAt",
      "t.name as tableName",
      "ca.id as counterpartAttendeeId",
      "ca.name as counterpartAttendeeName",
      "co.name as counterpartOrganizationName",
      "ai.code as aboutItemCode",
      "ar.title as aboutItemTitle",
      "ai.status as aboutItemStatus",
      "fi.code as fromItemCode",
      "fr.title as fromItemTitle",
      "fi.status as fromItemStatus",
    ])
    .orderBy("s.startsAt")
    .orderBy("r.id")
    .execute();
  return rows.map(({ aboutItemStatus, fromItemStatus, ...row }) => ({
    ...row,
    // Only published items are linked (a closed one keeps its code, its page says it is closed).
    items: [
      row.aboutItemCode
        ? { code: row.aboutItemCode, title: row.aboutItemTitle ?? "", status: aboutItemStatus }
        : null,
      row.fromItemCode
        ? { code: row.fromItemCode, title: row.fromItemTitle ?? "", status: fromItemStatus }
        : null,
    ].filter((item) => item !== null),
  }));
}

export type AgendaMeetingRow = Awaited<ReturnType<typeof meetingsOfAttendee>>[number];

/** The event's sessions in which the registration presents a roadshow, with the roadshow's time and item. */
export async function roadshowsOfRegistration(db: DbOrTrx, registrationId: number) {
  return db
    .selectFrom("mmRoadshows as rs")
    .innerJoin("mmSessions as ss", "ss.id", "rs.sessionId")
    .leftJoin("sdItems as i", "i.id", "rs.itemId")
    .leftJoin("sdRevisions as v", "v.id", "i.publishedRevisionId")
    .where("rs.registrationId", "=", registrationId)
    .select([
      "rs.id",
      "rs.startsAt",
      "rs.endsAt",
      "ss.titleZh",
      "ss.titleEn",
      "ss.stageZh",
      "ss.stageEn",
      "i.code as itemCode",
      "v.title as itemTitle",
    ])
    .orderBy("rs.startsAt")
    .execute();
}

/* ---------- reminders ---------- */

/**
 * Attendees of published events starting on `startsOn` (a Shanghai date) who hold at least one scheduled meeting
 * and were not reminded yet, locked (SKIP LOCKED: two sweeps never remind the same attendee twice).
 */
export async function lockAttendeesToRemind(db: DbOrTrx, startsOn: string, limit = 500) {
  return db
    .selectFrom("mmAttendees as a")
    .innerJoin("mmEvents as e", "e.id", "a.eventId")
    .innerJoin("mmRegistrations as g", "g.id", "a.registrationId")
    .where("e.startsOn", "=", startsOn)
    .where("e.status", "=", "published")
    .where("g.status", "=", "validated")
    .where("a.agendaRemindedAt", "is", null)
    .where((w) =>
      w.exists(
        w
          .selectFrom("mmBookings as b")
          .innerJoin("mmRequests as r", "r.id", "b.requestId")
          .select("b.requestId")
          .whereRef("b.attendeeId", "=", "a.id")
          .where("r.status", "=", "scheduled"),
      ),
    )
    .select(["a.id", "a.name", "a.eventId", "g.organizationId", "e.year", "e.startsOn"])
    .select((eb) =>
      eb
        .selectFrom("mmBookings as b")
        .innerJoin("mmRequests as r", "r.id", "b.requestId")
        .whereRef("b.attendeeId", "=", "a.id")
        .where("r.status", "=", "scheduled")
        .select(sql<string>`count(*)`.as("n"))
        .as("meetings"),
    )
    .orderBy("a.id")
    .limit(limit)
    .forUpdate("a")
    .skipLocked()
    .execute();
}

export async function markReminded(db: DbOrTrx, attendeeIds: readonly number[], now: Date) {
  if (attendeeIds.length === 0) return;
  await db
    .updateTable("mmAttendees")
    .set({ agendaRemindedAt: now })
    .where("id", "in", [...attendeeIds])
    .execute();
}

/* ---------- check-in ---------- */

/** The attendee with this check-in code at this event (codes are unique per event), locked. */
export async function lockAttendeeByCode(db: DbOrTrx, eventId: number, code: string) {
  return db
    .selectFrom("mmAttendees as a")
    .innerJoin("mmRegistrations as g", "g.id", "a.registrationId")
    .innerJoin("organizations as o", "o.id", "g.organizationId")
    .where("a.eventId", "=", eventId)
    .where("a.checkInCode", "=", code)
    .select([
      "a.id",
      "a.name",
      "a.checkedInAt",
      "g.status as registrationStatus",
      "o.name as organizationName",
    ])
    .forUpdate("a")
    .executeTakeFirst();
}

export async function setCheckedIn(db: DbOrTrx, attendeeId: number, by: number, at: Date) {
  await db
    .updateTable("mmAttendees")
    .set({ checkedInAt: at, checkedInBy: by })
    .where("id", "=", attendeeId)
    .where("checkedInAt", "is", null)
    .execute();
}

/** Every attendee of the event's validated registrations, with arrival, arrivals first (latest first). */
export async function attendeesOfEvent(db: DbOrTrx, eventId: number) {
  return db
    .selectFrom("mmAttendees as a")
    .innerJoin("mmRegistrations as g", "g.id", "a.registrationId")
    .innerJoin("organizations as o", "o.id", "g.organizationId")
    .where("a.eventId", "=", eventId)
    .where("g.status", "=", "validated")
    .select(["a.id", "a.name", "a.registrationId", "a.checkedInAt", "o.name as organizationName"])
    .orderBy(sql`a.checked_in_at DESC NULLS LAST`)
    .orderBy("o.name")
    .orderBy("a.position")
    .execute();
}

/**
 * The event's scheduled meetings whose slot has not ended, starting before `until`, with both attendees and
 * whether each arrived: the check-in page lists those with an absent attendee.
 */
export async function upcomingMeetings(db: DbOrTrx, eventId: number, now: Date, until: Date) {
  return meetingRows(db, eventId)
    .where("r.status", "=", "scheduled")
    .where("s.endsAt", ">", now)
    .where("s.startsAt", "<", until)
    .orderBy("s.startsAt")
    .orderBy("t.position")
    .execute();
}

/** The event's meetings whose slot has ended (held or no-show), latest first, one page. */
export async function endedMeetings(
  db: DbOrTrx,
  eventId: number,
  now: Date,
  { limit, offset }: { limit: number; offset: number },
) {
  const base = db
    .selectFrom("mmRequests as r")
    .innerJoin("mmSlots as s", "s.id", "r.slotId")
    .where("r.eventId", "=", eventId)
    .where("r.status", "in", ["held", "no_show"])
    .where("s.endsAt", "<=", now);
  const [rows, total] = await Promise.all([
    meetingRows(db, eventId)
      .where("r.status", "in", ["held", "no_show"])
      .where("s.endsAt", "<=", now)
      .orderBy("s.startsAt", "desc")
      .orderBy("t.position")
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

function meetingRows(db: DbOrTrx, eventId: number) {
  return db
    .selectFrom("mmRequests as r")
    .innerJoin("mmSlots as s", "s.id", "r.slotId")
    .innerJoin("mmTables as t", "t.id", "r.tableId")
    .innerJoin("mmAttendees as fa", "fa.id", "r.fromAttendeeId")
    .innerJoin("mmAttendees as ta", "ta.id", "r.toAttendeeId")
    .innerJoin("mmRegistrations as fg", "fg.id", "r.fromRegistrationId")
    .innerJoin("mmRegistrations as tg", "tg.id", "r.toRegistrationId")
    .innerJoin("organizations as fo", "fo.id", "fg.organizationId")
    .innerJoin("organizations as tor", "tor.id", "tg.organizationId")
    .where("r.eventId", "=", eventId)
    .select([
      "r.id",
      "r.status",
      "s.startsAt",
      "s.endsAt",
      "t.name as tableName",
      "fa.id as fromAttendeeId",
      "fa.name as fromAttendeeName",
      "fa.checkedInAt as fromCheckedInAt",
      "fo.name as fromOrganizationName",
      "ta.id as toAttendeeId",
      "ta.name as toAttendeeName",
      "ta.checkedInAt as toCheckedInAt",
      "tor.name as toOrganizationName",
    ])
    .select((eb) => [
      // The other attendee of each side's registration, if it has one: the reassignment target.
      eb
        .selectFrom("mmAttendees as x")
        .whereRef("x.registrationId", "=", "r.fromRegistrationId")
        .whereRef("x.id", "<>", "r.fromAttendeeId")
        .select("x.id")
        .limit(1)
        .as("fromAlternateId"),
      eb
        .selectFrom("mmAttendees as x")
        .whereRef("x.registrationId", "=", "r.toRegistrationId")
        .whereRef("x.id", "<>", "r.toAttendeeId")
        .select("x.id")
        .limit(1)
        .as("toAlternateId"),
    ]);
}

export type CheckInMeetingRow = Awaited<ReturnType<typeof upcomingMeetings>>[number];

/* ---------- attendance ---------- */

/**
 * Scheduled meetings whose slot ended by `now`, locked (SKIP LOCKED), with whether both attendees checked in: the
 * attendance sweep marks them held or no-show.
 */
export async function lockEndedScheduledMeetings(db: DbOrTrx, now: Date, limit = 500) {
  return db
    .selectFrom("mmRequests as r")
    .innerJoin("mmSlots as s", "s.id", "r.slotId")
    .innerJoin("mmAttendees as fa", "fa.id", "r.fromAttendeeId")
    .innerJoin("mmAttendees as ta", "ta.id", "r.toAttendeeId")
    .where("r.status", "=", "scheduled")
    .where("s.endsAt", "<=", now)
    .select([
      "r.id",
      "r.eventId",
      sql<boolean>`(fa.checked_in_at IS NOT NULL AND ta.checked_in_at IS NOT NULL)`.as("bothArrived"),
    ])
    .orderBy("r.id")
    .limit(limit)
    .forUpdate("r")
    .skipLocked()
    .execute();
}
