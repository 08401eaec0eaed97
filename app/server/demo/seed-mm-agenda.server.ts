import type { DbOrTrx } from "../../../db/client";
import { appendAudits } from "../../../db/repositories/audit";
import { findEvent } from "../../../db/repositories/matchmaking";
import { shanghaiBlock } from "../../domain/matchmaking";
import type { SeededConference } from "./seed-mm.server";
import type { DemoCast } from "./seed-stories.server";

/**
 * The conference's first day (yesterday) at the door: every attendee of the validated participants checked in
 * between 08:50 and 09:30 Shanghai time, by the staff admin, except one — the last participant's last attendee,
 * so the check-in page and the attendance sweep have an absent attendee to show. Nothing else: meetings,
 * their held / no-show status and agendas come from the other parts' seeds (the attendance sweep closes
 * yesterday's scheduled meetings from these check-ins when the server runs).
 */
export async function seedMmAgenda(
  trx: DbOrTrx,
  cast: DemoCast,
  conference: SeededConference,
  now: Date,
): Promise<void> {
  const event = await findEvent(trx, conference.eventId);
  if (!event) return;
  const doors = shanghaiBlock(event.startsOn, "08:50", "09:30");
  if (!doors || doors.startsAt >= now) return;
  const attendeeIds = conference.participants.flatMap((p) => p.attendeeIds);
  const present = attendeeIds.slice(0, -1);
  const step = Math.floor((doors.endsAt.getTime() - doors.startsAt.getTime()) / Math.max(present.length, 1));
  for (const [i, id] of present.entries())
    await trx
      .updateTable("mmAttendees")
      .set({ checkedInAt: new Date(doors.startsAt.getTime() + i * step), checkedInBy: cast.admin.id })
      .where("id", "=", id)
      .execute();
  await appendAudits(
    trx,
    present.map((id, i) => ({
      actorUserId: cast.admin.id,
      action: "mmAgenda.checkedIn",
      entityType: "mm_attendee",
      entityId: id,
      after: { checkedInAt: new Date(doors.startsAt.getTime() + i * step).toISOString(), demo: true },
    })),
  );
}
