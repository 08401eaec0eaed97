import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { findEvent, insertRegistration, type AttendeeInput } from "../../../../db/repositories/matchmaking";
import {
  liveRequestsOfRegistration,
  lockRegistrationOf,
  publishedItemsOfOrganization,
  replaceRegistrationItems,
} from "../../../../db/repositories/mm-registration";
import { releasePlacement } from "../../../../db/repositories/mm-scheduling";
import { mmRegistrationTransition } from "../../../domain/matchmaking";
import {
  foreignItemIds,
  mayEditRegistration,
  registrationWindowRefusal,
} from "../../../domain/mm-registration";
import type { MmRegistrationInput } from "../../../forms/mm-registration";
import { msg } from "../../../i18n/i18n";
import { notifyOrganizations } from "../../notifications/notifications.server";
import type { Actor, OrgActor } from "../../platform/actor.server";
import { fail, fieldFail, isUniqueViolation, type Outcome } from "../../platform/outcome.server";
import { newCalendarToken, newCheckInCode } from "../secrets.server";

/**
 * An organization's registration for the conference (issue 14): register one or two attendees and the published
 * items it brings, edit while pending, withdraw while pending or validated. A withdrawal closes the
 * registration's live meeting requests — waiting ones and scheduled ones, whose slot and table are freed — and
 * tells the other organizations, all in one transaction.
 */

export const registerLink = (eventId: number) => `/events/${eventId}/register`;
export const meetingsLink = (eventId: number) => `/my/events/${eventId}/meetings`;

export async function auditRegistration(
  trx: DbOrTrx,
  actor: Actor | null,
  action: string,
  registrationId: number,
  after: unknown,
) {
  await appendAudit(trx, {
    actorUserId: actor?.id ?? null,
    action,
    entityType: "mm_registration",
    entityId: registrationId,
    after,
    ip: actor?.ip ?? null,
  });
}

const withSecrets = (a: MmRegistrationInput["attendees"][number]): AttendeeInput => ({
  ...a,
  checkInCode: newCheckInCode(),
  calendarToken: newCalendarToken(),
});

/** Registers the organization, or edits its pending registration; same form, same rules. */
export async function saveRegistration(
  actor: OrgActor,
  eventId: number,
  input: MmRegistrationInput,
  now = new Date(),
): Promise<Outcome<{ registrationId: number; created: boolean }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx): Promise<Outcome<{ registrationId: number; created: boolean }>> => {
        const event = await findEvent(trx, eventId);
        if (!event) return fail("err.mmRegistration.eventNotFound");
        const refusal = registrationWindowRefusal({
          eventStatus: event.status,
          opensAt: event.registrationOpensAt,
          closesAt: event.registrationClosesAt,
          now,
        });
        if (refusal) return fail(`err.mmRegistration.${refusal}`);
        const organizationId = actor.organization.id;
        const allowed = await publishedItemsOfOrganization(trx, organizationId);
        if (
          foreignItemIds(
            input.itemIds,
            allowed.map((i) => i.id),
          ).length > 0
        )
          return fieldFail({ itemIds: [msg("err.mmRegistration.item")] });

        const existing = await lockRegistrationOf(trx, eventId, organizationId);
        if (!existing) {
          const { registration, attendees } = await insertRegistration(trx, {
            eventId,
            organizationId,
            createdBy: actor.id,
            note: input.note,
            attendees: input.attendees.map(withSecrets),
            itemIds: input.itemIds,
          });
          await auditRegistration(trx, actor, "mm_registration.create", registration.id, {
            eventId,
            organizationId,
            attendees: attendees.map((a) => ({ id: a.id, name: a.name, jobTitle: a.jobTitle })),
            itemIds: input.itemIds,
          });
          return { ok: true, value: { registrationId: registration.id, created: true } };
        }
        if (!mayEditRegistration(existing.status)) return fail("err.mmRegistration.notEditable");
        await updateAttendees(trx, existing.id, eventId, input.attendees);
        await replaceRegistrationItems(trx, existing.id, input.itemIds);
        await trx
          .updateTable("mmRegistrations")
          .set({ note: input.note, updatedAt: now })
          .where("id", "=", existing.id)
          .execute();
        await auditRegistration(trx, actor, "mm_registration.update", existing.id, {
          attendees: input.attendees.map((a) => ({ name: a.name, jobTitle: a.jobTitle })),
          itemIds: input.itemIds,
        });
        return { ok: true, value: { registrationId: existing.id, created: false } };
      });
  } catch (error) {
    // Two first registrations of one organization at once: the unique (event, organization) decides.
    if (isUniqueViolation(error, "mm_registrations_event_id_organization_id"))
      return fail("err.mmRegistration.already");
    throw error;
  }
}

/** Keeps each position's attendee row (and its check-in code and calendar token); adds or drops the second. */
async function updateAttendees(
  trx: DbOrTrx,
  registrationId: number,
  eventId: number,
  attendees: MmRegistrationInput["attendees"],
) {
  const current = await trx
    .selectFrom("mmAttendees")
    .select(["id", "position"])
    .where("registrationId", "=", registrationId)
    .forUpdate()
    .execute();
  for (const position of [1, 2] as const) {
    const row = current.find((a) => a.position === position);
    const wanted = attendees[position - 1];
    if (row && wanted)
      await trx
        .updateTable("mmAttendees")
        .set({ name: wanted.name, jobTitle: wanted.jobTitle, phone: wanted.phone, email: wanted.email })
        .where("id", "=", row.id)
        .execute();
    else if (!row && wanted)
      await trx
        .insertInto("mmAttendees")
        .values({ ...withSecrets(wanted), registrationId, eventId, position })
        .execute();
    else if (row && !wanted) await trx.deleteFrom("mmAttendees").where("id", "=", row.id).execute();
  }
}

/**
 * Withdraws the organization's registration (pending or validated). Its requests that wait are cancelled, its
 * scheduled meetings are cancelled and their slot and table freed; each other organization is told.
 */
export async function withdrawRegistration(
  actor: OrgActor,
  eventId: number,
  now = new Date(),
): Promise<Outcome<{ cancelledRequests: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<{ cancelledRequests: number }>> => {
      const event = await findEvent(trx, eventId);
      if (!event) return fail("err.mmRegistration.eventNotFound");
      const registration = await lockRegistrationOf(trx, eventId, actor.organization.id);
      if (!registration) return fail("err.mmRegistration.none");
      const transition = mmRegistrationTransition(registration.status, "withdraw");
      if (!transition.ok) return fail("err.mmRegistration.notWithdrawable");
      if (event.status !== "published") return fail("err.mmRegistration.eventNotPublished");

      const live = await liveRequestsOfRegistration(trx, registration.id);
      const counterparts = new Set<number>();
      for (const request of live) {
        if (request.status === "scheduled") await releasePlacement(trx, request.id);
        await trx
          .updateTable("mmRequests")
          .set({
            status: "cancelled",
            slotId: null,
            tableId: null,
            reason: "withdrawn",
            closedBy: actor.id,
            updatedAt: now,
          })
          .where("id", "=", request.id)
          .execute();
        counterparts.add(
          request.fromRegistrationId === registration.id
            ? request.toRegistrationId
            : request.fromRegistrationId,
        );
      }
      if (counterparts.size > 0) {
        const orgs = await trx
          .selectFrom("mmRegistrations")
          .select("organizationId")
          .where("id", "in", [...counterparts])
          .execute();
        await notifyOrganizations(
          trx,
          orgs.map((o) => o.organizationId),
          {
            kind: "mmRegistration.withdrawn",
            params: { orgName: actor.organization.name, event: event.titleZh },
            link: meetingsLink(eventId),
          },
        );
      }
      await trx
        .updateTable("mmRegistrations")
        .set({ status: transition.to, updatedAt: now })
        .where("id", "=", registration.id)
        .execute();
      await auditRegistration(trx, actor, "mm_registration.withdraw", registration.id, {
        status: transition.to,
        from: registration.status,
        cancelledRequests: live.map((r) => ({ id: r.id, was: r.status })),
      });
      return { ok: true, value: { cancelledRequests: live.length } };
    });
}
