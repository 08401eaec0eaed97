import { requireStaff, type SessionUser } from "../identity/auth.server";
import { forbidden } from "../platform/http.server";
import type { Actor } from "../platform/actor.server";

/** Finance staff: staff who also hold the finance capability (DESIGN.md roles). */
export function isFinance(user: Pick<SessionUser, "roles">): boolean {
  return user.roles.includes("staff") && user.roles.includes("finance");
}

export async function requireFinance(request: Request): Promise<SessionUser> {
  const user = await requireStaff(request);
  if (!isFinance(user)) throw forbidden();
  return user;
}

export async function requireFinanceActor(request: Request, clientIp: string): Promise<Actor> {
  const user = await requireFinance(request);
  return { id: user.id, ip: clientIp };
}
