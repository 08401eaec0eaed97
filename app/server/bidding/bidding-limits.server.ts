import type { LimitRule } from "../platform/rate-limit.server";

/**
 * Limits on the bidding actions that notify other people (issue 12, item 7): each of them mails every member of
 * an organization or every staff member, so a loop of them is a way to flood inboxes with a name the sender
 * chose. A real consortium needs a handful of each per day; the limits sit well above that.
 */

/** The same organization invited to the same bid (key `bidId:orgId`): a cooldown on invite → remove → invite. */
export const INVITE_SAME_ORG: LimitRule = { name: "consortium-invite-org", points: 3, windowSeconds: 86_400 };

/** Invitations sent by one lead organization, whatever the bid or the invitee. */
export const INVITES_BY_LEAD: LimitRule = {
  name: "consortium-invite-lead",
  points: 20,
  windowSeconds: 3_600,
};

/** Submissions and withdrawals of one bid (each notifies the consortium, a submission also staff). */
export const BID_STATUS_CHANGES: LimitRule = {
  name: "bid-submit-withdraw",
  points: 8,
  windowSeconds: 86_400,
};

/** Objections filed by one user, and by all users of one organization. */
export const OBJECTIONS_BY_USER: LimitRule = { name: "objection-user", points: 3, windowSeconds: 3_600 };
export const OBJECTIONS_BY_ORG: LimitRule = { name: "objection-org", points: 10, windowSeconds: 86_400 };
