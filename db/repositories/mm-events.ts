import type { DbOrTrx } from "../client";
import type { MmEventStatus } from "../../app/domain/matchmaking";

/** The event part's queries: lists with counts, the programme (blocks, sessions, roadshows), cancel cascade rows. */

/** Events with their counts of validated participants and placed meetings, newest first. */
export async function listEventsWithCounts(db: DbOrTrx, statuses?: readonly MmEventStatus[]) {
  let query = db
    .selectFrom("mmEvents as e")
    .selectAll("e")
    .select((eb) => [
      eb
        .selectFrom("mmRegistrations as r")
        .whereRef("r.eventId", "=", "e.id")
        .where("r.status", "=", "validated")
        .select((x) => x.fn.countAll<string>().as("n"))
        .as("participants"),
      eb
        .selectFrom("mmRegistrations as r")
        .whereRef("r.eventId", "=", "e.id")
        .select((x) => x.fn.countAll<string>().as("n"))
        .as("registrations"),
      eb
        .selectFrom("mmRequests as q")
        .whereRef("q.eventId", "=", "e.id")
        .where("q.status", "in", ["scheduled", "held", "no_show"])
        .select((x) => x.fn.countAll<string>().as("n"))
        .as("meetings"),
    ])
    .orderBy("e.startsOn", "desc")
    .orderBy("e.id", "desc");
  if (statuses) query = query.where("e.status", "in", [...statuses]);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...row,
    participants: Number(row.participants ?? 0),
    registrations: Number(row.registrations ?? 0),
    meetings: Number(row.meetings ?? 0),
  }));
}

export async function eventCounts(db: DbOrTrx, eventId: number) {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("mmRegistrations")
        .where("eventId", "=", eventId)
        .where("status", "=", "validated")
        .select((x) => x.fn.countAll<string>().as("n"))
        .as("participants"),
      eb
        .selectFrom("mmRequests")
        .where("eventId", "=", eventId)
        .where("status", "in", ["scheduled", "held", "no_show"])
        .select((x) => x.fn.countAll<string>().as("n"))
        .as("meetings"),
    ])
    .executeTakeFirstOrThrow();
  return { participants: Number(row.participants ?? 0), meetings: Number(row.meetings ?? 0) };
}

export async function blocksOfEvent(db: DbOrTrx, eventId: number) {
  return db.selectFrom("mmBlocks").selectAll().where("eventId", "=", eventId).orderBy("startsAt").execute();
}

export async function sessionsOfEvent(db: DbOrTrx, eventId: number) {
  return db
    .selectFrom("mmSessions")
    .selectAll()
    .where("eventId", "=", eventId)
    .orderBy("startsAt")
    .orderBy("id")
    .execute();
}

export async function lockSession(db: DbOrTrx, sessionId: number) {
  return db.selectFrom("mmSessions").selectAll().where("id", "=", sessionId).forUpdate().executeTakeFirst();
}

/**
 * The event's roadshows with the presenting organization's name and the item's code and published title — no
 * attendee, no contact.
 */
export async function roadshowsOfEvent(db: DbOrTrx, eventId: number) {
  return db
    .selectFrom("mmRoadshows as rs")
    .innerJoin("mmSessions as s", "s.id", "rs.sessionId")
    .innerJoin("mmRegistrations as r", "r.id", "rs.registrationId")
    .innerJoin("organizations as o", "o.id", "r.organizationId")
    .innerJoin("sdItems as i", "i.id", "rs.itemId")
    .leftJoin("sdRevisions as v", "v.id", "i.publishedRevisionId")
    .where("s.eventId", "=", eventId)
    .select([
      "rs.id",
      "rs.sessionId",
      "rs.registrationId",
      "rs.itemId",
      "rs.startsAt",
      "rs.endsAt",
      "o.name as organizationName",
      "i.code as itemCode",
      "v.title as itemTitle",
    ])
    .orderBy("rs.startsAt")
    .execute();
}

/** Supply items that validated registrations bring (what a roadshow may present). */
export async function supplyOffersOfEvent(db: DbOrTrx, eventId: number) {
  return db
    .selectFrom("mmRegistrationItems as ri")
    .innerJoin("mmRegistrations as r", "r.id", "ri.registrationId")
    .innerJoin("organizations as o", "o.id", "r.organizationId")
    .innerJoin("sdItems as i", "i.id", "ri.itemId")
    .leftJoin("sdRevisions as v", "v.id", "i.publishedRevisionId")
    .where("r.eventId", "=", eventId)
    .where("r.status", "=", "validated")
    .where("i.kind", "=", "supply")
    .select([
      "ri.registrationId",
      "ri.itemId",
      "o.name as organizationName",
      "i.code as itemCode",
      "v.title as itemTitle",
    ])
    .orderBy("o.name")
    .orderBy("i.code")
    .execute();
}

/** Roadshows of the session that overlap [startsAt, endsAt). */
export async function overlappingRoadshows(
  db: DbOrTrx,
  sessionId: number,
  range: { startsAt: Date; endsAt: Date },
) {
  return db
    .selectFrom("mmRoadshows")
    .select(["id", "startsAt", "endsAt"])
    .where("sessionId", "=", sessionId)
    .where("startsAt", "<", range.endsAt)
    .where("endsAt", ">", range.startsAt)
    .execute();
}

/** Requests of the event in the given statuses, locked (the cancel cascade closes them). */
export async function lockRequestsOfEvent(db: DbOrTrx, eventId: number, statuses: readonly string[]) {
  return db
    .selectFrom("mmRequests")
    .select(["id", "status", "slotId", "tableId"])
    .where("eventId", "=", eventId)
    .where("status", "in", statuses as never)
    .orderBy("id")
    .forUpdate()
    .execute();
}

/** The organizations that registered for the event (in any status), each once. */
export async function registeredOrganizations(db: DbOrTrx, eventId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("mmRegistrations")
    .select("organizationId")
    .where("eventId", "=", eventId)
    .execute();
  return [...new Set(rows.map((r) => r.organizationId))];
}

/** The newest published event (the one /supply-demand points to), if any. */
export async function currentPublishedEvent(db: DbOrTrx) {
  return db
    .selectFrom("mmEvents")
    .select(["id", "titleZh", "titleEn", "startsOn", "endsOn"])
    .where("status", "=", "published")
    .orderBy("startsOn", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}
