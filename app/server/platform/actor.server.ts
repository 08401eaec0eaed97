import type { SessionUser } from "../identity/auth.server";
import { type Actor } from "./outcome.server";

/** Who is acting: the signed-in user, their organization, and the client IP for the audit trail. */
export interface OrgActor extends Actor {
  organization: { id: number; name: string; role: "owner" | "member" };
}

export function orgActor(user: SessionUser, ip: string): OrgActor | null {
  return user.organization ? { id: user.id, ip, organization: user.organization } : null;
}
