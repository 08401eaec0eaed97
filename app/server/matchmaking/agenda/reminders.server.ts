import { getDb } from "../../../../db/client";
import { appendAudits } from "../../../../db/repositories/audit";
import { lockAttendeesToRemind, markReminded } from "../../../../db/repositories/mm-agenda";
import { reminderStartsOn } from "../../../domain/mm-agenda";
import { notifyOrganizations } from "../../notifications/notifications.server";
import { agendaPath } from "./agenda.server";

/**
 * The reminder the day before (Shanghai) an event's first day: each attendee holding a scheduled meeting gets
 * one notification to its organization ("mmAgenda.reminder", linking to the attendee's agenda), once —
 * `agenda_reminded_at` is set in the same transaction. Returns how many attendees were reminded.
 */
export async function sendAgendaReminders(now = new Date()): Promise<number> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const due = await lockAttendeesToRemind(trx, reminderStartsOn(now));
      for (const a of due)
        await notifyOrganizations(trx, [a.organizationId], {
          kind: "mmAgenda.reminder",
          params: { attendeeName: a.name, count: Number(a.meetings ?? 0), date: a.startsOn, year: a.year },
          link: agendaPath(a.eventId, a.id),
        });
      await markReminded(
        trx,
        due.map((a) => a.id),
        now,
      );
      await appendAudits(
        trx,
        due.map((a) => ({
          actorUserId: null,
          action: "mmAgenda.reminded",
          entityType: "mm_attendee",
          entityId: a.id,
          after: { meetings: Number(a.meetings ?? 0) },
        })),
      );
      return due.length;
    });
}
