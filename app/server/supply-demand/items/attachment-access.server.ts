import type { DbOrTrx } from "../../../../db/client";
import { findSdItemById } from "../../../../db/repositories/supply-demand";
import type { SessionUser } from "../../identity/auth.server";

/** An item's PDF attachments: for members of the owning organization and staff (reviewers) only. */
export async function maySeeSdItemFiles(db: DbOrTrx, user: SessionUser, itemId: number): Promise<boolean> {
  if (user.roles.includes("staff")) return true;
  if (!user.organization) return false;
  const item = await findSdItemById(db, itemId);
  return item?.organizationId === user.organization.id;
}
