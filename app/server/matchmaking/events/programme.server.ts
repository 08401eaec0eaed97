import type { DbOrTrx } from "../../../../db/client";
import {
  blocksOfEvent,
  eventCounts,
  roadshowsOfEvent,
  sessionsOfEvent,
} from "../../../../db/repositories/mm-events";
import type { MmEvent } from "../../../../db/schema-matchmaking";

/**
 * An event's public programme: its meeting blocks, themed sessions with their roadshows (presenting organization
 * and item, never a person), and the counts of validated participants and placed meetings. Shared by the public
 * page, the API and the staff pages.
 */
export async function programmeOf(db: DbOrTrx, event: Pick<MmEvent, "id">) {
  const [blocks, sessions, roadshows, counts] = await Promise.all([
    blocksOfEvent(db, event.id),
    sessionsOfEvent(db, event.id),
    roadshowsOfEvent(db, event.id),
    eventCounts(db, event.id),
  ]);
  return {
    blocks: blocks.map((b) => ({ id: b.id, startsAt: b.startsAt, endsAt: b.endsAt })),
    sessions: sessions.map((s) => ({
      id: s.id,
      domain: s.domain,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      stageZh: s.stageZh,
      stageEn: s.stageEn,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      roadshows: roadshows
        .filter((r) => r.sessionId === s.id)
        .map((r) => ({
          id: r.id,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
          organizationName: r.organizationName,
          itemCode: r.itemCode,
          itemTitle: r.itemTitle ?? r.itemCode,
        })),
    })),
    counts,
  };
}
export type Programme = Awaited<ReturnType<typeof programmeOf>>;
