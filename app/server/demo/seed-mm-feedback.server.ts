import type { DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { slotsOfEvent, tablesOfEvent } from "../../../db/repositories/matchmaking";
import { syncMeetingOutcome, upsertFeedback } from "../../../db/repositories/mm-feedback";
import type { MmFeedbackOutcome } from "../../domain/matchmaking";
import { shanghaiDate } from "../../domain/time";
import type { SeededConference, SeededParticipant } from "./seed-mm.server";
import type { DemoCast } from "./seed-stories.server";

const DAY = 86_400_000;

interface Report {
  useful: boolean;
  outcome: MmFeedbackOutcome;
  amountWan?: number;
  comment?: string;
}

/**
 * Held meetings of yesterday with feedback (the feedback part's demo): [from, to, from's report, to's report], by
 * index into the 12 validated participants (0 = alpha, 1 = beta). Two contracts (the first reported by both sides
 * with the same amount: counted once), two intents, one meeting with nothing to report, and one held meeting of
 * alpha still waiting for its feedback (so the demo user can fill the form).
 */
const PLAN: [number, number, Report | null, Report | null][] = [
  [
    0,
    1,
    { useful: true, outcome: "contract", amountWan: 120, comment: "现场确定了智慧园区一期合作范围。" },
    { useful: true, outcome: "contract", amountWan: 120 },
  ],
  [
    3,
    0,
    { useful: true, outcome: "intent", comment: "双方约定下月赴现场调研。" },
    { useful: true, outcome: "contract", amountWan: 45 },
  ],
  [1, 4, { useful: true, outcome: "intent" }, null],
  [5, 6, { useful: true, outcome: "intent" }, { useful: true, outcome: "intent" }],
  [0, 7, { useful: false, outcome: "none", comment: "需求与方案匹配度不高。" }, null],
  [8, 0, null, null],
];

/**
 * Places the feedback demo's meetings on YESTERDAY's slots, latest first, at the last tables (A08, A07) — the
 * meetings part's seed uses the lower tables — skipping any slot where an attendee or the table is already booked,
 * so the two seeds never collide whatever their order. Rows are inserted directly as held (with their bookings),
 * then each report goes through the same writes as the feedback form (mm_feedback + sd_outcomes).
 */
export async function seedMmFeedback(
  trx: DbOrTrx,
  cast: DemoCast,
  conference: SeededConference,
  now: Date,
): Promise<{ meetings: number; feedback: number }> {
  const yesterday = shanghaiDate(new Date(now.getTime() - DAY));
  const slots = (await slotsOfEvent(trx, conference.eventId))
    .filter((s) => shanghaiDate(s.startsAt) === yesterday && s.endsAt <= now)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  const tables = (await tablesOfEvent(trx, conference.eventId))
    .sort((a, b) => b.position - a.position)
    .slice(0, 2);

  const free = async (slotId: number, tableId: number, attendees: number[]) => {
    const busy = await trx
      .selectFrom("mmBookings")
      .select("requestId")
      .where("slotId", "=", slotId)
      .where("attendeeId", "in", attendees)
      .union(
        trx
          .selectFrom("mmTableBookings")
          .select("requestId")
          .where("slotId", "=", slotId)
          .where("tableId", "=", tableId),
      )
      .limit(1)
      .executeTakeFirst();
    return busy === undefined;
  };

  const attendeeOf = (p: SeededParticipant) => p.attendeeIds.at(-1)!;
  let feedback = 0;
  let meetings = 0;
  for (const [fromIndex, toIndex, fromReport, toReport] of PLAN) {
    const from = conference.participants[fromIndex];
    const to = conference.participants[toIndex];
    if (!from || !to) continue;
    const attendees = [attendeeOf(from), attendeeOf(to)];
    let place: { slotId: number; tableId: number } | null = null;
    search: for (const slot of slots)
      for (const table of tables)
        if (await free(slot.id, table.id, attendees)) {
          place = { slotId: slot.id, tableId: table.id };
          break search;
        }
    if (!place) throw new Error("demo seed: no free slot yesterday for the feedback meetings");
    const sentAt = new Date(now.getTime() - 6 * DAY);
    const request = await trx
      .insertInto("mmRequests")
      .values({
        eventId: conference.eventId,
        fromRegistrationId: from.registrationId,
        fromAttendeeId: attendees[0]!,
        toRegistrationId: to.registrationId,
        toAttendeeId: attendees[1]!,
        aboutItemId: to.itemIds[0] ?? null,
        fromItemId: from.itemIds[0] ?? null,
        message: "希望在大会期间当面交流合作方案（演示）。",
        status: "held",
        slotId: place.slotId,
        tableId: place.tableId,
        expiresAt: new Date(sentAt.getTime() + 2 * DAY),
        createdBy: from.userId,
        createdAt: sentAt,
        answeredBy: to.userId,
        answeredAt: new Date(sentAt.getTime() + DAY),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("mmBookings")
      .values(attendees.map((attendeeId) => ({ slotId: place.slotId, attendeeId, requestId: request.id })))
      .execute();
    await trx
      .insertInto("mmTableBookings")
      .values({ slotId: place.slotId, tableId: place.tableId, requestId: request.id })
      .execute();
    meetings++;
    for (const [side, report] of [
      [from, fromReport],
      [to, toReport],
    ] as const) {
      if (!report) continue;
      const contract = report.outcome === "contract";
      const amountFen = contract ? (report.amountWan ?? 0) * 1_000_000 : null;
      const signedOn = contract ? shanghaiDate(now) : null;
      await upsertFeedback(trx, {
        requestId: request.id,
        organizationId: side.organizationId,
        useful: report.useful,
        outcome: report.outcome,
        amountFen,
        signedOn,
        comment: report.comment ?? null,
        createdBy: side.userId,
        createdAt: now,
      });
      await syncMeetingOutcome(trx, {
        requestId: request.id,
        organizationId: side.organizationId,
        outcome: report.outcome,
        amountFen,
        signedOn,
        recordedBy: side.userId,
        at: now,
      });
      feedback++;
    }
  }
  await appendAudit(trx, {
    actorUserId: cast.admin.id,
    action: "mm.demo.seedFeedback",
    entityType: "mm_event",
    entityId: conference.eventId,
    after: { meetings, feedback },
  });
  return { meetings, feedback };
}
