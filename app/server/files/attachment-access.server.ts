import { getDb } from "../../../db/client";
import { findAttachment, findBid } from "../../../db/repositories/bids";
import type { SessionUser } from "../identity/auth.server";
import { mayViewProjectFiles } from "../assessment/access.server";
import { fileStorage } from "./storage.server";
import { bidViewerRole } from "../bidding/bid-views.server";
import { maySeeSdItemFiles } from "../supply-demand/items/attachment-access.server";
import { mayViewOutcomeFiles } from "../supply-demand/expressions/outcome-files.server";
import { mayViewPayoutVoucher } from "../payouts/bank/voucher-access.server";

/** The file, for a user allowed to see the bid (or objection) it belongs to; undefined means 404. */
export async function attachmentForViewer(user: SessionUser, attachmentId: number) {
  const db = getDb();
  const attachment = await findAttachment(db, attachmentId);
  if (!attachment) return undefined;
  if (attachment.bidId !== null) {
    const bid = await findBid(db, attachment.bidId);
    const role = bid ? await bidViewerRole(db, user, bid) : null;
    if (!role || role === "invited") return undefined;
  } else if (attachment.projectId !== null) {
    if (!(await mayViewProjectFiles(db, user, attachment.projectId))) return undefined;
  } else if (attachment.sdItemId !== null) {
    if (!(await maySeeSdItemFiles(db, user, attachment.sdItemId))) return undefined;
  } else if (attachment.sdOutcomeId !== null) {
    if (!(await mayViewOutcomeFiles(db, user, attachment.sdOutcomeId))) return undefined;
  } else if (attachment.payoutId !== null) {
    if (!(await mayViewPayoutVoucher(db, user, attachment.payoutId))) return undefined;
  } else if (!user.roles.includes("staff")) {
    return undefined; // objection evidence: staff only
  }
  const bytes = await fileStorage().get(attachment.storageKey);
  return bytes ? { attachment, bytes } : undefined;
}
