import type { SessionUser } from "../identity/auth.server";

/** Who acts, for the audit trail: the signed-in user and the client's IP. */
export interface Actor {
  id: number;
  ip: string;
}

/** Who is acting: the signed-in user, their organization, and the client IP for the audit trail. */
export interface OrgActor extends Actor {
  organization: { id: number; name: string; role: "owner" | "member" };
}

export function orgActor(user: SessionUser, ip: string): OrgActor | null {
  return user.organization ? { id: user.id, ip, organization: user.organization } : null;
}
