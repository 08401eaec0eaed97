import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { lockEvent } from "../../../../db/repositories/matchmaking";
import { lockRequestsOfEvent, registeredOrganizations } from "../../../../db/repositories/mm-events";
import { releasePlacement } from "../../../../db/repositories/mm-scheduling";
import { mmEventTransition, OPEN_STATUSES } from "../../../domain/matchmaking";
import { notifyOrganizations } from "../../notifications/notifications.server";
import type { Actor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";

export interface CancelCascade {
  /** Requests that were waiting (requested or accepted) and are now cancelled. */
  open: number;
  /** Scheduled meetings cancelled with their slot and table freed. */
  scheduled: number;
  /** Organizations notified (every one with a registration). */
  organizations: number;
}

/**
 * Cancels the event with a reason, in ONE transaction: the event becomes cancelled; every request still waiting
 * (requested, accepted) is cancelled with the event's reason and closed by the staff member; every scheduled
 * meeting is cancelled with its placement released; every organization that registered is notified. Any failure
 * rolls the whole of it back. Meetings already held or missed stay as they are (they happened).
 */
export async function cancelEvent(
  actor: Actor,
  eventId: number,
  reason: string,
  now = new Date(),
): Promise<Outcome<CancelCascade>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const event = await lockEvent(trx, eventId);
      if (!event) return fail("mmEvents.err.notFound");
      if (!mmEventTransition(event.status, "cancel").ok) return fail("mmEvents.err.notCancellable");
      await trx
        .updateTable("mmEvents")
        .set({ status: "cancelled", cancelReason: reason, cancelledAt: now, updatedAt: now })
        .where("id", "=", event.id)
        .execute();
      const requests = await lockRequestsOfEvent(trx, event.id, [...OPEN_STATUSES, "scheduled"]);
      let open = 0;
      let scheduled = 0;
      for (const request of requests) {
        if (request.status === "scheduled") {
          await releasePlacement(trx, request.id);
          scheduled++;
        } else open++;
        await trx
          .updateTable("mmRequests")
          .set({
            status: "cancelled",
            slotId: null,
            tableId: null,
            reason,
            closedBy: actor.id,
            updatedAt: now,
          })
          .where("id", "=", request.id)
          .execute();
      }
      const organizations = await registeredOrganizations(trx, event.id);
      if (organizations.length > 0)
        await notifyOrganizations(trx, organizations, {
          kind: "mmEvent.cancelled",
          params: { eventTitle: event.titleZh, reason },
          link: `/events/${event.id}`,
        });
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "mm.event.cancel",
        entityType: "mm_event",
        entityId: event.id,
        before: { status: event.status },
        after: { status: "cancelled", reason, open, scheduled, organizations: organizations.length },
        ip: actor.ip,
      });
      return { ok: true as const, value: { open, scheduled, organizations: organizations.length } };
    });
}
