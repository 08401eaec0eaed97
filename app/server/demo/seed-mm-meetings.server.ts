import type { DbOrTrx } from "../../../db/client";
import { findEvent, slotsOfEvent, tablesOfEvent } from "../../../db/repositories/matchmaking";
import type { MmRequestStatus } from "../../domain/matchmaking";
import { placeMeeting } from "../matchmaking/scheduling/placement.server";
import type { DemoCast } from "./seed-stories.server";
import type { SeededConference, SeededParticipant } from "./seed-mm.server";

const HOUR = 3_600_000;
const MESSAGES = [
  "希望就贵方的方案深入交流，探讨在我方场景中的试点可能。",
  "我们正在寻找合作伙伴，想了解贵方产品的部署方式和报价。",
  "贵方的需求与我们的解决方案高度契合，期待面谈。",
  "想请教贵方在数据治理方面的经验，并介绍我们的平台。",
];

interface Seat {
  participant: SeededParticipant;
  attendeeId: number;
  meetings: number;
}

/**
 * The demo conference's meeting requests in every state (issue 14, part "meetings"): held and no-show meetings on
 * the slots already past (yesterday's and earlier today's, written directly: placeMeeting refuses past slots),
 * scheduled meetings on the future slots through placeMeeting (two or three per slot, so the grid is well filled on
 * all three days), and requests still waiting — several to alpha, beta and the 洪山区 department so the demo users
 * have something to answer — accepted without a place, cancelled, declined and expired.
 */
export async function seedMmMeetings(
  trx: DbOrTrx,
  _cast: DemoCast,
  conference: SeededConference,
  now: Date,
): Promise<void> {
  const event = (await findEvent(trx, conference.eventId))!;
  const [slots, tables] = await Promise.all([slotsOfEvent(trx, event.id), tablesOfEvent(trx, event.id)]);
  const people = conference.participants;
  const seats: Seat[] = people.flatMap((participant) =>
    participant.attendeeIds.map((attendeeId) => ({ participant, attendeeId, meetings: 0 })),
  );
  const cap = event.maxMeetingsPerAttendee - 1; // leave room for the demo users to accept one more
  const pairCount = new Map<string, number>();
  const pairKey = (a: SeededParticipant, b: SeededParticipant) =>
    [a.registrationId, b.registrationId].sort((x, y) => x - y).join("-");
  let n = 0;

  const base = (from: Seat | SeededParticipant, to: Seat | SeededParticipant, createdAt: Date) => {
    const f = "participant" in from ? from : { participant: from, attendeeId: from.attendeeIds[0]! };
    const t = "participant" in to ? to : { participant: to, attendeeId: to.attendeeIds[0]! };
    n++;
    return {
      eventId: event.id,
      fromRegistrationId: f.participant.registrationId,
      fromAttendeeId: f.attendeeId,
      toRegistrationId: t.participant.registrationId,
      toAttendeeId: t.attendeeId,
      aboutItemId: t.participant.itemIds[n % Math.max(1, t.participant.itemIds.length)] ?? null,
      fromItemId: n % 3 === 0 ? (f.participant.itemIds[0] ?? null) : null,
      message: MESSAGES[n % MESSAGES.length]!,
      createdBy: f.participant.userId,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + event.requestExpiryHours * HOUR),
    };
  };

  // Placed meetings: two or three per slot, attendees free in the slot and under the cap, pairs spread out.
  for (const [index, slot] of slots.entries()) {
    const busy = new Set<number>();
    const wanted = index % 3 === 0 ? 3 : 2;
    for (let k = 0; k < wanted; k++) {
      const free = seats
        .filter((s) => !busy.has(s.attendeeId) && s.meetings < cap)
        .sort((a, b) => a.meetings - b.meetings || a.attendeeId - b.attendeeId);
      let pair: [Seat, Seat] | null = null;
      let best = Infinity;
      for (const a of free.slice(0, 8))
        for (const b of free)
          if (b.participant.registrationId !== a.participant.registrationId) {
            const used = pairCount.get(pairKey(a.participant, b.participant)) ?? 0;
            if (used < best) [pair, best] = [[a, b], used];
          }
      if (!pair) break;
      const [from, to] = (index + k) % 2 === 0 ? pair : ([pair[1], pair[0]] as [Seat, Seat]);
      const table = tables[(k * 3 + index) % tables.length]!;
      const createdAt = new Date(Math.min(now.getTime(), slot.startsAt.getTime()) - 3 * 24 * HOUR);
      const answered = {
        answeredBy: to.participant.userId,
        answeredAt: new Date(createdAt.getTime() + 5 * HOUR),
      };
      if (slot.startsAt <= now) {
        const status: MmRequestStatus = (index + k) % 7 === 3 ? "no_show" : "held";
        const row = await trx
          .insertInto("mmRequests")
          .values({ ...base(from, to, createdAt), ...answered, status, slotId: slot.id, tableId: table.id })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx
          .insertInto("mmTableBookings")
          .values({ slotId: slot.id, tableId: table.id, requestId: row.id })
          .execute();
        await trx
          .insertInto("mmBookings")
          .values([from, to].map((s) => ({ slotId: slot.id, attendeeId: s.attendeeId, requestId: row.id })))
          .execute();
      } else {
        const request = await trx
          .insertInto("mmRequests")
          .values({ ...base(from, to, createdAt), ...answered })
          .returningAll()
          .executeTakeFirstOrThrow();
        const placed = await placeMeeting(trx, {
          request,
          choice: { slotId: slot.id, tableId: table.id },
          now,
          maxMeetings: event.maxMeetingsPerAttendee,
        });
        if (!placed.ok) throw new Error(`demo meeting not placed: ${placed.reason}`);
      }
      for (const s of [from, to]) {
        s.meetings++;
        busy.add(s.attendeeId);
      }
      pairCount.set(pairKey(from.participant, to.participant), best + 1);
    }
  }

  // Requests that wait or ended without a meeting; open ones (requested, accepted) one per pair of organizations.
  const [alpha, beta, dept, ...others] = people as [SeededParticipant, ...SeededParticipant[]];
  const open: [SeededParticipant, SeededParticipant, MmRequestStatus][] = [
    [others[0]!, alpha, "requested"],
    [others[1]!, alpha, "requested"],
    [others[2]!, beta!, "requested"],
    [others[3]!, beta!, "requested"],
    [others[4]!, dept!, "requested"],
    [others[5]!, dept!, "requested"],
    [alpha, others[6]!, "requested"],
    [beta!, others[7]!, "requested"],
    [others[6]!, others[8]!, "accepted"],
    [alpha, others[8]!, "accepted"],
  ];
  for (const [i, [from, to, status]] of open.entries()) {
    const createdAt = new Date(now.getTime() - (2 + i) * HOUR);
    await trx
      .insertInto("mmRequests")
      .values({
        ...base(from, to, createdAt),
        status,
        ...(status === "accepted" ? { answeredBy: to.userId, answeredAt: now } : {}),
      })
      .execute();
  }
  const closed: [SeededParticipant, SeededParticipant, MmRequestStatus, string | null][] = [
    [alpha, others[1]!, "cancelled", "行程调整，改为会后线上沟通"],
    [others[2]!, others[3]!, "cancelled", "双方已在会前达成初步意向"],
    [beta!, others[4]!, "declined", "暂无相关需求，感谢关注"],
    [others[5]!, alpha, "declined", null],
    [dept!, others[0]!, "expired", null],
    [others[7]!, beta!, "expired", null],
  ];
  for (const [i, [from, to, status, reason]] of closed.entries()) {
    const createdAt = new Date(now.getTime() - (60 + 6 * i) * HOUR);
    const answered =
      status === "declined"
        ? { answeredBy: to.userId, answeredAt: new Date(createdAt.getTime() + HOUR) }
        : {};
    const closedBy = status === "cancelled" ? { closedBy: from.userId } : {};
    await trx
      .insertInto("mmRequests")
      .values({ ...base(from, to, createdAt), status, reason, ...answered, ...closedBy })
      .execute();
  }
}
