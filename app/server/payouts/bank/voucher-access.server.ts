import type { DbOrTrx } from "../../../../db/client";
import { findPayout } from "../../../../db/repositories/payouts";
import type { SessionUser } from "../../identity/auth.server";
import { isFinance } from "../access.server";

/** A payout's bank voucher: finance staff, and the members of the organization paid (its own payouts only). */
export async function mayViewPayoutVoucher(
  db: DbOrTrx,
  user: SessionUser,
  payoutId: number,
): Promise<boolean> {
  if (isFinance(user)) return true;
  if (!user.organization) return false;
  const payout = await findPayout(db, payoutId);
  return payout?.organizationId === user.organization.id;
}
