import { getDb, type DbOrTrx } from "../../../../db/client";
import { affiliatedOrgIds, conflictsOf } from "../../../../db/repositories/assessment";
import { findEvent } from "../../../../db/repositories/matchmaking";
import { lockRegistration } from "../../../../db/repositories/mm-registration";
import { hasConflict } from "../../../domain/assessment";
import { mmRegistrationTransition } from "../../../domain/matchmaking";
import type { NotificationKind } from "../../notifications/notifications.server";
import { notifyOrganizations } from "../../notifications/notifications.server";
import type { Actor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";
import { auditRegistration, registerLink } from "./registration.server";

/**
 * Staff validate or refuse (with a reason the organization reads) a pending registration. A staff member who
 * belongs to the registering organization, or declared a conflict with it, may not decide it: the same facts
 * and rule as `assertNoConflict` (app/server/conflicts), judged against the registering organization.
 */

export async function staffConflictedWithOrganization(
  db: DbOrTrx,
  staffUserId: number,
  organizationId: number,
): Promise<boolean> {
  const [affiliations, declared] = await Promise.all([
    affiliatedOrgIds(db, [staffUserId]),
    conflictsOf(db, [staffUserId], null),
  ]);
  return hasConflict({
    consortiumOrgIds: [organizationId],
    affiliationOrgIds: affiliations.get(staffUserId) ?? [],
    declaredOrgIds: declared.flatMap((c) => (c.organizationId ? [c.organizationId] : [])),
    declaredProject: false,
  });
}

const KIND: Record<"validate" | "refuse", NotificationKind> = {
  validate: "mmRegistration.validated",
  refuse: "mmRegistration.refused",
};

export async function decideRegistration(
  actor: Actor,
  eventId: number,
  registrationId: number,
  decision: { event: "validate" } | { event: "refuse"; reason: string },
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<null>> => {
      const registration = await lockRegistration(trx, registrationId);
      if (!registration || registration.eventId !== eventId) return fail("err.mmRegistration.notFound");
      if (await staffConflictedWithOrganization(trx, actor.id, registration.organizationId))
        return fail("err.mmRegistration.staffConflicted");
      const transition = mmRegistrationTransition(registration.status, decision.event);
      if (!transition.ok) return fail("err.mmRegistration.notPending");
      const event = await findEvent(trx, eventId);
      if (!event || (event.status !== "published" && event.status !== "draft"))
        return fail("err.mmRegistration.eventNotPublished");
      const reason = decision.event === "refuse" ? decision.reason : null;
      await trx
        .updateTable("mmRegistrations")
        .set({
          status: transition.to,
          refuseReason: reason,
          reviewedBy: actor.id,
          reviewedAt: now,
          updatedAt: now,
        })
        .where("id", "=", registration.id)
        .execute();
      await notifyOrganizations(trx, [registration.organizationId], {
        kind: KIND[decision.event],
        params: { event: event.titleZh, ...(reason ? { reason } : {}) },
        link: registerLink(eventId),
      });
      await auditRegistration(trx, actor, `mm_registration.${decision.event}`, registration.id, {
        status: transition.to,
        ...(reason ? { reason } : {}),
      });
      return { ok: true, value: null };
    });
}
