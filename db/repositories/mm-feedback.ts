import { sql } from "kysely";
import type { DbOrTrx } from "../client";
import type { MmFeedbackOutcome } from "../../app/domain/matchmaking";
import { FEEDBACK_STATUSES } from "../../app/domain/mm-feedback";

/** Feedback on conference meetings, and the meeting outcomes it writes into sd_outcomes. */

/**
 * The registration's meetings that can take feedback (held, or scheduled — the service checks the slot ended),
 * oldest slot first, with the counterpart organization and attendee, the table and the items, and the
 * registration's own feedback if given. Only meetings the registration is a side of.
 */
export async function meetingsForFeedback(
  db: DbOrTrx,
  eventId: number,
  { registrationId, organizationId }: { registrationId: number; organizationId: number },
) {
  return db
    .selectFrom("mmRequests as r")
    .innerJoin("mmSlots as s", "s.id", "r.slotId")
    .innerJoin("mmTables as t", "t.id", "r.tableId")
    .innerJoin("mmRegistrations as other", (join) =>
      join.on(
        sql`other.id`,
        "=",
        sql`CASE WHEN r.from_registration_id = ${registrationId} THEN r.to_registration_id ELSE r.from_registration_id END`,
      ),
    )
    .innerJoin("organizations as org", "org.id", "other.organizationId")
    .innerJoin("mmAttendees as mine", (join) =>
      join.on(
        sql`mine.id`,
        "=",
        sql`CASE WHEN r.from_registration_id = ${registrationId} THEN r.from_attendee_id ELSE r.to_attendee_id END`,
      ),
    )
    .innerJoin("mmAttendees as theirs", (join) =>
      join.on(
        sql`theirs.id`,
        "=",
        sql`CASE WHEN r.from_registration_id = ${registrationId} THEN r.to_attendee_id ELSE r.from_attendee_id END`,
      ),
    )
    .leftJoin("sdItems as about", "about.id", "r.aboutItemId")
    .leftJoin("sdRevisions as arev", (join) =>
      join.on(sql`arev.id`, "=", sql`coalesce(about.published_revision_id, about.latest_revision_id)`),
    )
    .leftJoin("mmFeedback as f", (join) =>
      join.onRef("f.requestId", "=", "r.id").on("f.organizationId", "=", organizationId),
    )
    .select([
      "r.id",
      "r.status",
      "s.startsAt",
      "s.endsAt",
      "t.name as tableName",
      "org.name as counterpartName",
      "mine.name as myAttendeeName",
      "theirs.name as theirAttendeeName",
      "about.code as aboutCode",
      "arev.title as aboutTitle",
      "f.useful",
      "f.outcome",
      "f.amountFen",
      "f.signedOn",
      "f.comment",
      "f.createdAt as feedbackAt",
    ])
    .where("r.eventId", "=", eventId)
    .where("r.status", "in", FEEDBACK_STATUSES)
    .where((eb) =>
      eb.or([eb("r.fromRegistrationId", "=", registrationId), eb("r.toRegistrationId", "=", registrationId)]),
    )
    .orderBy("s.startsAt")
    .orderBy("r.id")
    .execute();
}

/** The meeting, locked, with its slot's end and the event's last day, for giving feedback. */
export async function lockMeetingForFeedback(db: DbOrTrx, requestId: number) {
  return db
    .selectFrom("mmRequests as r")
    .innerJoin("mmEvents as e", "e.id", "r.eventId")
    .innerJoin("mmRegistrations as fromReg", "fromReg.id", "r.fromRegistrationId")
    .innerJoin("mmRegistrations as toReg", "toReg.id", "r.toRegistrationId")
    .leftJoin("mmSlots as s", "s.id", "r.slotId")
    .select([
      "r.id",
      "r.eventId",
      "r.status",
      "s.endsAt as slotEndsAt",
      "e.endsOn",
      "fromReg.organizationId as fromOrganizationId",
      "toReg.organizationId as toOrganizationId",
    ])
    .where("r.id", "=", requestId)
    .forUpdate("r")
    .executeTakeFirst();
}

export interface FeedbackRow {
  requestId: number;
  organizationId: number;
  useful: boolean;
  outcome: MmFeedbackOutcome;
  amountFen: number | null;
  signedOn: string | null;
  comment: string | null;
  createdBy: number;
  createdAt: Date;
}

/** Inserts the organization's feedback on the meeting or replaces it (one per meeting per organization). */
export async function upsertFeedback(db: DbOrTrx, row: FeedbackRow) {
  return db
    .insertInto("mmFeedback")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["requestId", "organizationId"]).doUpdateSet({
        useful: row.useful,
        outcome: row.outcome,
        amountFen: row.amountFen,
        signedOn: row.signedOn,
        comment: row.comment,
        createdBy: row.createdBy,
      }),
    )
    .returning(["id", sql<boolean>`xmax <> 0`.as("updated")])
    .executeTakeFirstOrThrow();
}

export async function findFeedback(db: DbOrTrx, requestId: number, organizationId: number) {
  return db
    .selectFrom("mmFeedback")
    .selectAll()
    .where("requestId", "=", requestId)
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();
}

/**
 * Mirrors the organization's feedback into sd_outcomes (where the online outcomes live): an intent or contract
 * is one row per meeting and organization (mm_request_id set, expression_id null), replaced on edit; "none" removes
 * it. Returns the outcome row's id, or null.
 */
export async function syncMeetingOutcome(
  db: DbOrTrx,
  row: {
    requestId: number;
    organizationId: number;
    outcome: MmFeedbackOutcome;
    amountFen: number | null;
    signedOn: string | null;
    recordedBy: number;
    at: Date;
  },
): Promise<number | null> {
  const existing = await db
    .selectFrom("sdOutcomes")
    .select("id")
    .where("mmRequestId", "=", row.requestId)
    .where("recordedByOrganizationId", "=", row.organizationId)
    .execute();
  if (row.outcome === "none") {
    if (existing.length)
      await db
        .deleteFrom("sdOutcomes")
        .where(
          "id",
          "in",
          existing.map((e) => e.id),
        )
        .execute();
    return null;
  }
  const values = {
    kind: row.outcome,
    amountFen: row.outcome === "contract" ? row.amountFen : null,
    signedOn: row.outcome === "contract" ? row.signedOn : null,
    reason: null,
    recordedBy: row.recordedBy,
  };
  const [keep, ...extra] = existing;
  if (extra.length)
    await db
      .deleteFrom("sdOutcomes")
      .where(
        "id",
        "in",
        extra.map((e) => e.id),
      )
      .execute();
  if (keep) {
    await db.updateTable("sdOutcomes").set(values).where("id", "=", keep.id).execute();
    return keep.id;
  }
  const inserted = await db
    .insertInto("sdOutcomes")
    .values({
      ...values,
      expressionId: null,
      mmRequestId: row.requestId,
      recordedByOrganizationId: row.organizationId,
      createdAt: row.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Marks a scheduled meeting whose slot is over as held (feedback from one of its sides says it took place). */
export async function markHeld(db: DbOrTrx, requestId: number) {
  await db
    .updateTable("mmRequests")
    .set({ status: "held", updatedAt: new Date() })
    .where("id", "=", requestId)
    .where("status", "=", "scheduled")
    .execute();
}
