import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import type { MmRequestStatus } from "../../app/domain/matchmaking";

/**
 * Meeting requests between participants of a conference: who they are, what they bring, the lists of the
 * meetings page and the staff grid, and the slots still free for a pair. Placing itself is mm-scheduling.ts.
 */

/** An attendee of the event with its registration's organization and status. */
export async function attendeeOfEvent(db: DbOrTrx, eventId: number, attendeeId: number) {
  return db
    .selectFrom("mmAttendees as a")
    .innerJoin("mmRegistrations as r", "r.id", "a.registrationId")
    .innerJoin("organizations as o", "o.id", "r.organizationId")
    .where("a.id", "=", attendeeId)
    .where("a.eventId", "=", eventId)
    .select([
      "a.id",
      "a.name",
      "a.jobTitle",
      "a.registrationId",
      "r.status as registrationStatus",
      "r.organizationId",
      "o.name as organizationName",
    ])
    .executeTakeFirst();
}

/** The published items a registration brings, with their code, kind and published title. */
export async function itemsOfRegistration(db: DbOrTrx, registrationId: number) {
  return db
    .selectFrom("mmRegistrationItems as ri")
    .innerJoin("sdItems as i", "i.id", "ri.itemId")
    .leftJoin("sdRevisions as v", "v.id", "i.publishedRevisionId")
    .where("ri.registrationId", "=", registrationId)
    .select(["i.id", "i.code", "i.kind", "i.status", "v.title"])
    .orderBy("i.code")
    .execute();
}

export async function attendeesOfRegistration(db: DbOrTrx, registrationId: number) {
  return db
    .selectFrom("mmAttendees")
    .where("registrationId", "=", registrationId)
    .select(["id", "name", "jobTitle"])
    .orderBy("position")
    .execute();
}

export async function insertRequest(
  db: DbOrTrx,
  values: {
    eventId: number;
    fromRegistrationId: number;
    fromAttendeeId: number;
    toRegistrationId: number;
    toAttendeeId: number;
    aboutItemId: number | null;
    fromItemId: number | null;
    message: string;
    expiresAt: Date;
    createdBy: number;
    createdAt: Date;
  },
) {
  return db.insertInto("mmRequests").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function setRequestStatus(
  db: DbOrTrx,
  id: number,
  values: {
    status: MmRequestStatus;
    reason?: string | null;
    answeredBy?: number;
    answeredAt?: Date;
    closedBy?: number;
    updatedAt: Date;
    slotId?: null;
    tableId?: null;
  },
) {
  await db.updateTable("mmRequests").set(values).where("id", "=", id).execute();
}

/** Requested requests past their expiry, locked; rows another transaction holds are left for the next sweep. */
export async function lockDueRequests(db: DbOrTrx, now: Date) {
  return db
    .selectFrom("mmRequests")
    .selectAll()
    .where("status", "=", "requested")
    .where("expiresAt", "<=", now)
    .orderBy("id")
    .forUpdate()
    .skipLocked()
    .limit(500)
    .execute();
}

export type MeetingTab = "incoming" | "outgoing" | "scheduled";

/** One page of a registration's requests seen from its side, with both parties, items, slot and table. */
export async function requestsOfRegistration(
  db: DbOrTrx,
  registrationId: number,
  tab: MeetingTab,
  { limit, offset }: { limit: number; offset: number },
) {
  let base = db
    .selectFrom("mmRequests as q")
    .where((w) =>
      tab === "incoming"
        ? w("q.toRegistrationId", "=", registrationId)
        : tab === "outgoing"
          ? w("q.fromRegistrationId", "=", registrationId)
          : w.or([
              w("q.toRegistrationId", "=", registrationId),
              w("q.fromRegistrationId", "=", registrationId),
            ]),
    );
  base =
    tab === "scheduled"
      ? base.where("q.status", "in", ["scheduled", "held", "no_show"])
      : base.where("q.status", "not in", ["scheduled", "held", "no_show"]);
  const [rows, count] = await Promise.all([
    requestDetails(base)
      .orderBy(tab === "scheduled" ? "s.startsAt" : "q.createdAt", tab === "scheduled" ? "asc" : "desc")
      .orderBy("q.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

type RequestQuery = ReturnType<typeof _requestQueryBase>;
/** Only its type is used: the query every list of requests starts from. */
function _requestQueryBase(db: DbOrTrx) {
  return db.selectFrom("mmRequests as q");
}

/** The columns every list of requests shows: both organizations and attendees, items, slot and table. */
function requestDetails(base: RequestQuery) {
  return base
    .innerJoin("mmRegistrations as fr", "fr.id", "q.fromRegistrationId")
    .innerJoin("organizations as fo", "fo.id", "fr.organizationId")
    .innerJoin("mmAttendees as fa", "fa.id", "q.fromAttendeeId")
    .innerJoin("mmRegistrations as tr", "tr.id", "q.toRegistrationId")
    .innerJoin("organizations as to", "to.id", "tr.organizationId")
    .innerJoin("mmAttendees as ta", "ta.id", "q.toAttendeeId")
    .leftJoin("sdItems as ai", "ai.id", "q.aboutItemId")
    .leftJoin("sdRevisions as av", "av.id", "ai.publishedRevisionId")
    .leftJoin("sdItems as mi", "mi.id", "q.fromItemId")
    .leftJoin("sdRevisions as mv", "mv.id", "mi.publishedRevisionId")
    .leftJoin("mmSlots as s", "s.id", "q.slotId")
    .leftJoin("mmTables as t", "t.id", "q.tableId")
    .select([
      "q.id",
      "q.eventId",
      "q.status",
      "q.message",
      "q.reason",
      "q.createdAt",
      "q.expiresAt",
      "q.fromRegistrationId",
      "q.toRegistrationId",
      "q.fromAttendeeId",
      "q.toAttendeeId",
      "fr.organizationId as fromOrganizationId",
      "fo.name as fromOrganizationName",
      "fa.name as fromAttendeeName",
      "tr.organizationId as toOrganizationId",
      "to.name as toOrganizationName",
      "ta.name as toAttendeeName",
      "ai.code as aboutItemCode",
      "av.title as aboutItemTitle",
      "mi.code as fromItemCode",
      "mv.title as fromItemTitle",
      "q.slotId",
      "s.startsAt as slotStartsAt",
      "s.endsAt as slotEndsAt",
      "q.tableId",
      "t.name as tableName",
    ]);
}

export async function requestWithDetails(db: DbOrTrx, id: number) {
  return requestDetails(db.selectFrom("mmRequests as q").where("q.id", "=", id)).executeTakeFirst();
}

export type RequestDetails = NonNullable<Awaited<ReturnType<typeof requestWithDetails>>>;

/** Requests of the event waiting for a place (requested or accepted), oldest first, for the staff grid. */
export async function placeableRequests(db: DbOrTrx, eventId: number, limit = 200) {
  return requestDetails(
    db
      .selectFrom("mmRequests as q")
      .where("q.eventId", "=", eventId)
      .where("q.status", "in", ["requested", "accepted"]),
  )
    .orderBy(sql`CASE WHEN q.status = 'accepted' THEN 0 ELSE 1 END`)
    .orderBy("q.createdAt")
    .limit(limit)
    .execute();
}

/** The event's placed meetings (scheduled, held, no-show) in the grid's terms: slot, table, two organizations. */
export async function placedMeetingsOfEvent(db: DbOrTrx, eventId: number) {
  return requestDetails(
    db
      .selectFrom("mmRequests as q")
      .where("q.eventId", "=", eventId)
      .where("q.status", "in", ["scheduled", "held", "no_show"]),
  ).execute();
}

/** Published events whose booking is open at `now` to which a validated participant brings the item. */
export async function openEventsBringingItem(db: DbOrTrx, itemId: number, now: Date) {
  return db
    .selectFrom("mmRegistrationItems as ri")
    .innerJoin("mmRegistrations as r", "r.id", "ri.registrationId")
    .innerJoin("mmEvents as e", "e.id", "r.eventId")
    .innerJoin("mmAttendees as a", (join) =>
      join.onRef("a.registrationId", "=", "r.id").on("a.position", "=", 1),
    )
    .where("ri.itemId", "=", itemId)
    .where("r.status", "=", "validated")
    .where("e.status", "=", "published")
    .where("e.bookingOpensAt", "<=", now)
    .where("e.bookingClosesAt", ">", now)
    .select(["e.id as eventId", "e.titleZh", "e.titleEn", "r.id as registrationId", "a.id as attendeeId"])
    .orderBy("e.startsOn")
    .execute();
}
