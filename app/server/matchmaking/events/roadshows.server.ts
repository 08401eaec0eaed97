import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { lockEvent } from "../../../../db/repositories/matchmaking";
import { lockSession, overlappingRoadshows } from "../../../../db/repositories/mm-events";
import { shanghaiBlock } from "../../../domain/matchmaking";
import { shanghaiDate } from "../../../domain/time";
import { msg } from "../../../i18n/i18n";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";

/**
 * Roadshows (路演): a validated participant presents one of the SUPPLY items it brings, inside a themed session,
 * never overlapping another roadshow of the session. The session row is locked while checking, so two staff
 * adding at the same moment are serialised.
 */
export async function addRoadshow(
  actor: Actor,
  eventId: number,
  input: { sessionId: number; registrationId: number; itemId: number; start: string; minutes: number },
): Promise<Outcome<{ id: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const event = await lockEvent(trx, eventId);
      if (!event) return fail("mmEvents.err.notFound");
      if (event.status === "cancelled" || event.status === "closed") return fail("mmEvents.err.notEditable");
      const session = await lockSession(trx, input.sessionId);
      if (!session || session.eventId !== event.id) return fail("mmEvents.err.sessionNotFound");
      const offer = await trx
        .selectFrom("mmRegistrationItems as ri")
        .innerJoin("mmRegistrations as r", "r.id", "ri.registrationId")
        .innerJoin("sdItems as i", "i.id", "ri.itemId")
        .select(["r.status", "i.kind"])
        .where("ri.registrationId", "=", input.registrationId)
        .where("ri.itemId", "=", input.itemId)
        .where("r.eventId", "=", event.id)
        .executeTakeFirst();
      if (!offer || offer.status !== "validated" || offer.kind !== "supply")
        return fieldFail({ offer: [msg("mmEvents.err.offer")] });
      const startsAt = shanghaiBlock(shanghaiDate(session.startsAt), input.start, "23:59")?.startsAt;
      if (!startsAt) return fieldFail({ start: [msg("mmEvents.err.time")] });
      const range = { startsAt, endsAt: new Date(startsAt.getTime() + input.minutes * 60_000) };
      if (range.startsAt < session.startsAt || range.endsAt > session.endsAt)
        return fieldFail({ start: [msg("mmEvents.err.outsideSession")] });
      const clash = await overlappingRoadshows(trx, session.id, range);
      if (clash.length > 0) return fieldFail({ start: [msg("mmEvents.err.roadshowOverlap")] });
      const row = await trx
        .insertInto("mmRoadshows")
        .values({
          sessionId: session.id,
          registrationId: input.registrationId,
          itemId: input.itemId,
          ...range,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mm.roadshow.add",
        entityType: "mm_event",
        entityId: event.id,
        after: {
          roadshowId: row.id,
          sessionId: session.id,
          registrationId: input.registrationId,
          itemId: input.itemId,
          startsAt: range.startsAt.toISOString(),
          endsAt: range.endsAt.toISOString(),
        },
        ip: actor.ip,
      });
      return { ok: true as const, value: { id: row.id } };
    });
}

export async function removeRoadshow(
  actor: Actor,
  eventId: number,
  roadshowId: number,
): Promise<Outcome<{ id: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const event = await lockEvent(trx, eventId);
      if (!event) return fail("mmEvents.err.notFound");
      const row = await trx
        .selectFrom("mmRoadshows as rs")
        .innerJoin("mmSessions as s", "s.id", "rs.sessionId")
        .selectAll("rs")
        .where("rs.id", "=", roadshowId)
        .where("s.eventId", "=", event.id)
        .executeTakeFirst();
      if (!row) return fail("mmEvents.err.roadshowNotFound");
      await trx.deleteFrom("mmRoadshows").where("id", "=", row.id).execute();
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mm.roadshow.remove",
        entityType: "mm_event",
        entityId: event.id,
        before: { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() },
        ip: actor.ip,
      });
      return { ok: true as const, value: { id: row.id } };
    });
}
