import { getDb } from "../../../../db/client";
import { registrationOf } from "../../../../db/repositories/matchmaking";
import { currentPublishedEvent } from "../../../../db/repositories/mm-registration";
import { shanghaiDate } from "../../../domain/time";

/** The dashboard's conference section for an organization: the current event and its registration status. */
export async function mmDashboardSection(organizationId: number, now = new Date()) {
  const db = getDb();
  const event = await currentPublishedEvent(db, shanghaiDate(now));
  if (!event) return { event: null, status: null };
  const found = await registrationOf(db, event.id, organizationId);
  return {
    event: {
      id: event.id,
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
    },
    status: found?.registration.status ?? null,
  };
}
export type MmDashboardSection = Awaited<ReturnType<typeof mmDashboardSection>>;
