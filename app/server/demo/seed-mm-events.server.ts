import type { DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { findEvent } from "../../../db/repositories/matchmaking";
import { shanghaiBlock } from "../../domain/matchmaking";
import { shanghaiDate } from "../../domain/time";
import type { SeededConference } from "./seed-mm.server";
import type { DemoCast } from "./seed-stories.server";

const DAY = 86_400_000;

const SESSIONS = [
  {
    day: 1,
    domain: "ai",
    titleZh: "人工智能专场",
    titleEn: "Artificial intelligence",
    from: "09:30",
    to: "11:30",
  },
  {
    day: 1,
    domain: "industrial_internet",
    titleZh: "工业互联网专场",
    titleEn: "Industrial internet",
    from: "14:00",
    to: "16:00",
  },
  {
    day: 2,
    domain: "e_government",
    titleZh: "数字政府专场",
    titleEn: "Digital government",
    from: "09:30",
    to: "11:30",
  },
] as const;

/**
 * The demo conference's programme (events part): three themed sessions on the main stage — 人工智能 and 工业互联网
 * today, 数字政府 tomorrow — and six roadshows, two per session, by validated participants presenting supply
 * items they bring (20 minutes each, from the session's start, 5 minutes apart).
 */
export async function seedMmEvents(trx: DbOrTrx, cast: DemoCast, conference: SeededConference, now: Date) {
  const event = await findEvent(trx, conference.eventId);
  if (!event) throw new Error("demo seed: the conference is missing");
  const itemIds = conference.participants.flatMap((p) => p.itemIds);
  const supplies =
    itemIds.length === 0
      ? []
      : await trx
          .selectFrom("sdItems")
          .select(["id", "organizationId"])
          .where("id", "in", itemIds)
          .where("kind", "=", "supply")
          .orderBy("id")
          .execute();
  // One roadshow per organization where possible, in participant order.
  const offers: { registrationId: number; itemId: number }[] = [];
  for (const p of conference.participants) {
    const item = supplies.find((s) => s.organizationId === p.organizationId);
    if (item) offers.push({ registrationId: p.registrationId, itemId: item.id });
  }
  let next = 0;
  let roadshows = 0;
  for (const spec of SESSIONS) {
    const date = shanghaiDate(new Date(now.getTime() + (spec.day - 1) * DAY));
    const range = shanghaiBlock(
      date < event.startsOn || date > event.endsOn ? event.startsOn : date,
      spec.from,
      spec.to,
    )!;
    const session = await trx
      .insertInto("mmSessions")
      .values({
        eventId: event.id,
        domain: spec.domain,
        titleZh: spec.titleZh,
        titleEn: spec.titleEn,
        stageZh: "主舞台",
        stageEn: "Main stage",
        ...range,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 2 && offers.length > 0; i++) {
      const offer = offers[next++ % offers.length]!;
      const startsAt = new Date(range.startsAt.getTime() + i * 25 * 60_000);
      await trx
        .insertInto("mmRoadshows")
        .values({
          sessionId: session.id,
          ...offer,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        })
        .execute();
      roadshows++;
    }
  }
  await appendAudit(trx, {
    actorUserId: cast.admin.id,
    action: "mm.session.add",
    entityType: "mm_event",
    entityId: event.id,
    after: { demo: true, sessions: SESSIONS.length, roadshows },
    ip: null,
  });
}
