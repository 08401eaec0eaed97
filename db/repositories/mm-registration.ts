import type { DbOrTrx } from "../client";
import type { MmRegistrationStatus } from "../../app/domain/matchmaking";

/**
 * Registration part of the conference: the organization's items it may bring, the staff queue, the participant
 * list and the search documents. Attendee contacts, check-in codes and calendar tokens are selected only by
 * `ownRegistration` (the organization itself) and the staff queue; the participant list never selects them.
 */

/** The organization's published items (what it may bring), newest first. */
export async function publishedItemsOfOrganization(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("sdItems as i")
    .innerJoin("sdRevisions as r", "r.id", "i.publishedRevisionId")
    .select(["i.id", "i.code", "i.kind", "r.title", "r.domain"])
    .where("i.organizationId", "=", organizationId)
    .where("i.status", "=", "published")
    .orderBy("i.publishedAt", "desc")
    .orderBy("i.id", "desc")
    .limit(200)
    .execute();
}

export async function lockRegistration(db: DbOrTrx, id: number) {
  return db.selectFrom("mmRegistrations").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function lockRegistrationOf(db: DbOrTrx, eventId: number, organizationId: number) {
  return db
    .selectFrom("mmRegistrations")
    .selectAll()
    .where("eventId", "=", eventId)
    .where("organizationId", "=", organizationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function itemIdsOfRegistration(db: DbOrTrx, registrationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("mmRegistrationItems")
    .select("itemId")
    .where("registrationId", "=", registrationId)
    .execute();
  return rows.map((r) => r.itemId);
}

export async function replaceRegistrationItems(
  db: DbOrTrx,
  registrationId: number,
  itemIds: readonly number[],
) {
  await db.deleteFrom("mmRegistrationItems").where("registrationId", "=", registrationId).execute();
  if (itemIds.length > 0)
    await db
      .insertInto("mmRegistrationItems")
      .values(itemIds.map((itemId) => ({ registrationId, itemId })))
      .execute();
}

/** Requests of the registration that still wait or hold a slot (to close when it withdraws), locked. */
export async function liveRequestsOfRegistration(db: DbOrTrx, registrationId: number) {
  return db
    .selectFrom("mmRequests")
    .selectAll()
    .where((eb) =>
      eb.or([eb("fromRegistrationId", "=", registrationId), eb("toRegistrationId", "=", registrationId)]),
    )
    .where("status", "in", ["requested", "accepted", "scheduled"])
    .orderBy("id")
    .forUpdate()
    .execute();
}

/* ---------- staff queue ---------- */

export async function registrationQueue(
  db: DbOrTrx,
  eventId: number,
  { status, limit, offset }: { status: MmRegistrationStatus | null; limit: number; offset: number },
) {
  let base = db
    .selectFrom("mmRegistrations as g")
    .innerJoin("organizations as o", "o.id", "g.organizationId")
    .where("g.eventId", "=", eventId);
  if (status) base = base.where("g.status", "=", status);
  const [rows, count] = await Promise.all([
    base
      .select([
        "g.id",
        "g.status",
        "g.note",
        "g.refuseReason",
        "g.createdAt",
        "g.reviewedAt",
        "g.organizationId",
        "o.name as organizationName",
        "o.district",
      ])
      .orderBy("g.createdAt")
      .orderBy("g.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Attendees of these registrations with their contacts (staff and the organization itself only). */
export async function attendeesWithContacts(db: DbOrTrx, registrationIds: readonly number[]) {
  if (registrationIds.length === 0) return [];
  return db
    .selectFrom("mmAttendees")
    .select(["id", "registrationId", "position", "name", "jobTitle", "phone", "email"])
    .where("registrationId", "in", registrationIds)
    .orderBy("registrationId")
    .orderBy("position")
    .execute();
}

/* ---------- participant list (never contacts) ---------- */

/** Attendees' public face: name and job title. */
export async function attendeesPublic(db: DbOrTrx, registrationIds: readonly number[]) {
  if (registrationIds.length === 0) return [];
  return db
    .selectFrom("mmAttendees")
    .select(["id", "registrationId", "name", "jobTitle"])
    .where("registrationId", "in", registrationIds)
    .orderBy("registrationId")
    .orderBy("position")
    .execute();
}

/** The items these registrations bring that have a public page (published, or closed after publication). */
export async function itemsOfRegistrations(db: DbOrTrx, registrationIds: readonly number[]) {
  if (registrationIds.length === 0) return [];
  return db
    .selectFrom("mmRegistrationItems as ri")
    .innerJoin("sdItems as i", "i.id", "ri.itemId")
    .innerJoin("sdRevisions as r", "r.id", "i.publishedRevisionId")
    .select([
      "ri.registrationId",
      "i.id",
      "i.code",
      "i.kind",
      "i.status",
      "r.title",
      "r.summary",
      "r.domain",
      "r.district",
    ])
    .where("ri.registrationId", "in", registrationIds)
    .orderBy("ri.registrationId")
    .orderBy("i.kind")
    .orderBy("i.code")
    .execute();
}

function participantRegistrations(db: DbOrTrx) {
  return db
    .selectFrom("mmRegistrations as g")
    .innerJoin("organizations as o", "o.id", "g.organizationId")
    .select([
      "g.id",
      "g.eventId",
      "g.organizationId",
      "g.reviewedAt",
      "o.name as organizationName",
      "o.district",
      "o.type as organizationType",
    ])
    .where("g.status", "=", "validated");
}

export type ParticipantRow = Awaited<ReturnType<typeof validatedRegistrationsByIds>>[number];

/** Validated registrations among these ids (others are not participants). */
export async function validatedRegistrationsByIds(db: DbOrTrx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return participantRegistrations(db).where("g.id", "in", ids).execute();
}

export async function* allValidatedRegistrations(db: DbOrTrx, pageSize = 500) {
  let afterId = 0;
  for (;;) {
    const page = await participantRegistrations(db)
      .where("g.id", ">", afterId)
      .orderBy("g.id")
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield page;
    afterId = page.at(-1)!.id;
  }
}

/* ---------- dashboard ---------- */

/** The event an organization should look at: the next published one not yet over, else the latest published. */
export async function currentPublishedEvent(db: DbOrTrx, todayShanghai: string) {
  const upcoming = await db
    .selectFrom("mmEvents")
    .selectAll()
    .where("status", "=", "published")
    .where("endsOn", ">=", todayShanghai)
    .orderBy("startsOn")
    .limit(1)
    .executeTakeFirst();
  return upcoming ?? null;
}
