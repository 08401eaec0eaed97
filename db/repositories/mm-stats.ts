import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import type { FeedbackReport } from "../../app/domain/mm-feedback";
import type { StatsInput, StatsRequestRow } from "../../app/domain/mm-stats";

/** The rows the conference statistics are computed from (app/domain/mm-stats.ts). */
export async function mmStatsInput(db: DbOrTrx, eventId: number): Promise<StatsInput> {
  const [registrations, attendees, requests, feedback] = await Promise.all([
    db
      .selectFrom("mmRegistrations")
      .select(["status", sql<number>`count(*)::int`.as("count")])
      .where("eventId", "=", eventId)
      .groupBy("status")
      .execute(),
    db
      .selectFrom("mmAttendees as a")
      .innerJoin("mmRegistrations as g", "g.id", "a.registrationId")
      .select([
        sql<number>`count(*)::int`.as("total"),
        sql<number>`count(a.checked_in_at)::int`.as("checkedIn"),
      ])
      .where("a.eventId", "=", eventId)
      .where("g.status", "=", "validated")
      .executeTakeFirstOrThrow(),
    // The request's domain: that of the item it is about, else of the item the requester brought (shown revision).
    db
      .selectFrom("mmRequests as r")
      .leftJoin("sdItems as i", (join) =>
        join.on(sql`i.id`, "=", sql`coalesce(r.about_item_id, r.from_item_id)`),
      )
      .leftJoin("sdRevisions as v", (join) =>
        join.on(sql`v.id`, "=", sql`coalesce(i.published_revision_id, i.latest_revision_id)`),
      )
      .select(["r.id", "r.status", sql<boolean>`r.answered_at IS NOT NULL`.as("answered"), "v.domain"])
      .where("r.eventId", "=", eventId)
      .execute(),
    db
      .selectFrom("mmFeedback as f")
      .innerJoin("mmRequests as r", "r.id", "f.requestId")
      .select(["f.requestId", "f.useful", "f.outcome", "f.amountFen"])
      .where("r.eventId", "=", eventId)
      .execute(),
  ]);
  return {
    registrations,
    attendees,
    requests: requests as StatsRequestRow[],
    feedback: feedback.map((f): FeedbackReport => ({
      ...f,
      amountFen: f.amountFen === null ? null : Number(f.amountFen),
    })),
  };
}
