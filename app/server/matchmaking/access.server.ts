import { getDb } from "../../../db/client";
import { registrationOf } from "../../../db/repositories/matchmaking";
import type { SessionUser } from "../identity/auth.server";

/**
 * Who is looking at an event's private parts (participant list, meetings, agendas): staff see everything; a
 * member of an organization with a validated registration is a participant; a member whose registration is
 * pending, refused or withdrawn is a registrant (sees only its own registration); anyone else sees the public
 * programme only.
 */
export type EventViewer =
  | { kind: "staff"; userId: number }
  | { kind: "participant"; userId: number; organizationId: number; registrationId: number }
  | { kind: "registrant"; userId: number; organizationId: number; registrationId: number }
  | { kind: "public" };

export async function eventViewerOf(user: SessionUser | null, eventId: number): Promise<EventViewer> {
  if (!user) return { kind: "public" };
  if (user.roles.includes("staff")) return { kind: "staff", userId: user.id };
  if (!user.organization) return { kind: "public" };
  const found = await registrationOf(getDb(), eventId, user.organization.id);
  if (!found) return { kind: "public" };
  const base = {
    userId: user.id,
    organizationId: user.organization.id,
    registrationId: found.registration.id,
  };
  return found.registration.status === "validated"
    ? { kind: "participant", ...base }
    : { kind: "registrant", ...base };
}
