import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  findFeedback,
  lockMeetingForFeedback,
  markHeld,
  syncMeetingOutcome,
  upsertFeedback,
} from "../../../../db/repositories/mm-feedback";
import { feedbackClosesAt, feedbackRefusal } from "../../../domain/mm-feedback";
import type { MmFeedbackInput } from "../../../forms/mm-feedback";
import type { OrgActor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";

/**
 * An organization's feedback on one of its meetings of the event, in one transaction on the locked meeting: the
 * mm_feedback row (one per meeting and organization: a second submission edits it), the matching sd_outcomes row
 * (intent or contract; removed for "none") so the outcome counts with the online ones, the meeting marked held if
 * it was still scheduled (its slot is over and a side says it took place), and an audit record. Only the two
 * organizations of the meeting; refused (nothing written) outside the feedback window.
 */
export async function giveFeedback(
  actor: OrgActor,
  eventId: number,
  input: MmFeedbackInput,
  now = new Date(),
): Promise<Outcome<{ feedbackId: number; updated: boolean; outcomeId: number | null }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const org = actor.organization.id;
      const meeting = await lockMeetingForFeedback(trx, input.requestId);
      if (
        !meeting ||
        meeting.eventId !== eventId ||
        (meeting.fromOrganizationId !== org && meeting.toOrganizationId !== org)
      )
        return fail("mmFeedback.err.notFound");
      const refusal = feedbackRefusal(meeting, feedbackClosesAt(meeting.endsOn), now);
      if (refusal) return fail(`mmFeedback.err.${refusal}`);
      const before = await findFeedback(trx, meeting.id, org);
      const contract = input.outcome === "contract";
      const row = {
        requestId: meeting.id,
        organizationId: org,
        useful: input.useful === "yes",
        outcome: input.outcome,
        amountFen: contract ? (input.amount ?? null) : null,
        signedOn: contract ? (input.signedOn ?? null) : null,
        comment: input.comment || null,
        createdBy: actor.id,
        createdAt: now,
      };
      const saved = await upsertFeedback(trx, row);
      const outcomeId = await syncMeetingOutcome(trx, {
        requestId: meeting.id,
        organizationId: org,
        outcome: row.outcome,
        amountFen: row.amountFen,
        signedOn: row.signedOn,
        recordedBy: actor.id,
        at: now,
      });
      if (meeting.status === "scheduled") await markHeld(trx, meeting.id);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: before ? "mm_feedback.edit" : "mm_feedback.give",
        entityType: "mm_request",
        entityId: meeting.id,
        before: before
          ? {
              useful: before.useful,
              outcome: before.outcome,
              amountFen: before.amountFen,
              signedOn: before.signedOn,
            }
          : undefined,
        after: {
          organizationId: org,
          useful: row.useful,
          outcome: row.outcome,
          amountFen: row.amountFen,
          signedOn: row.signedOn,
          sdOutcomeId: outcomeId,
          markedHeld: meeting.status === "scheduled",
        },
        ip: actor.ip,
      });
      return { ok: true, value: { feedbackId: saved.id, updated: before !== undefined, outcomeId } };
    });
}
