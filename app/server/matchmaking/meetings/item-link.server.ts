import { getDb } from "../../../../db/client";
import { openEventsBringingItem } from "../../../../db/repositories/mm-meetings";
import type { SessionUser } from "../../identity/auth.server";
import { eventViewerOf } from "../access.server";

/**
 * For the public item page: when the item is brought to a published conference whose booking is open and the viewer
 * is a validated participant of it (another organization), the link to request a meeting about it; else null.
 */
export async function conferenceMeetingLink(viewer: SessionUser | null, item: { id: number; code: string }) {
  if (!viewer?.organization) return null;
  for (const found of await openEventsBringingItem(getDb(), item.id, new Date())) {
    const role = await eventViewerOf(viewer, found.eventId);
    if (role.kind !== "participant" || role.registrationId === found.registrationId) continue;
    return {
      titleZh: found.titleZh,
      titleEn: found.titleEn,
      href: `/my/events/${found.eventId}/meetings/new?to=${found.attendeeId}&item=${encodeURIComponent(item.code)}`,
    };
  }
  return null;
}
