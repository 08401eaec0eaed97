import { getDb, type DbOrTrx } from "../../../db/client";
import {
  countNotificationsOfUser,
  countUnreadNotifications,
  insertNotificationsForOrganizations,
  insertNotificationsForStaff,
  insertNotificationsForUsers,
  listNotificationsOfUser,
  markAllNotificationsRead,
  markNotificationRead,
} from "../../../db/repositories/notifications";
import type { Locale } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { renderNotification } from "../../i18n/notification-messages";

export type NotificationKind =
  | "consortium.invited"
  | "consortium.accepted"
  | "consortium.declined"
  | "consortium.termsChanged"
  | "consortium.removed"
  | "bid.submitted"
  | "bid.withdrawn"
  | "bid.selected"
  | "bid.notSelected"
  | "notice.started"
  | "objection.filed"
  | "objection.resolved"
  | "selection.revoked"
  | "notice.final"
  | "report.returned"
  | "assessment.assigned"
  | "award.approved"
  | "sd.expiring"
  | "sd.expired"
  | "sd.savedSearchDigest"
  | "sdExpression.received"
  | "sdExpression.accepted"
  | "sdExpression.declined"
  | "sdExpression.withdrawn"
  | "sdExpression.expired"
  | "sdOutcome.recorded"
  | "sd.approved"
  | "sd.returned"
  | "sd.rejected"
  | "sd.duplicate"
  | "mmRegistration.validated"
  | "mmRegistration.refused"
  | "mmRegistration.withdrawn"
  | "mmAgenda.reminder"
  | "mmAgenda.reassigned"
  | "mmAgenda.cancelled"
  | "mmEvent.cancelled"
  | "mmRequest.received"
  | "mmRequest.accepted"
  | "mmRequest.acceptedUnplaced"
  | "mmRequest.scheduled"
  | "mmRequest.declined"
  | "mmRequest.cancelled"
  | "mmRequest.rescheduled"
  | "mmRequest.expired";

// Fails to compile when a kind has no text or no mail subject in both languages.
type _EveryKindHasText = [`notify.${NotificationKind}` | `notifySubject.${NotificationKind}`] extends [
  MessageKey,
]
  ? true
  : never;
const _everyKindHasText: _EveryKindHasText = true;

export interface NotificationInput {
  kind: NotificationKind;
  /** `taskCode`, `taskTitle`, `orgName` (the other party), optionally `reason`. */
  params: Record<string, string | number>;
  /** A same-site path such as "/bids/12"; the page redirects there and the mail links to it. */
  link: string;
}

function checked(n: NotificationInput): NotificationInput {
  if (!n.link.startsWith("/") || n.link.startsWith("//") || n.link.startsWith("/\\"))
    throw new Error(`notification link must be a same-site path, got ${JSON.stringify(n.link)}`);
  return n;
}

/* ---------- writing: called by other services inside their own transaction ---------- */

export async function notifyUsers(trx: DbOrTrx, userIds: number[], n: NotificationInput): Promise<void> {
  await insertNotificationsForUsers(trx, userIds, checked(n));
}

/** Every user with a membership in those organizations, each user once. */
export async function notifyOrganizations(
  trx: DbOrTrx,
  organizationIds: number[],
  n: NotificationInput,
): Promise<void> {
  await insertNotificationsForOrganizations(trx, organizationIds, checked(n));
}

export async function notifyStaff(trx: DbOrTrx, n: NotificationInput): Promise<void> {
  await insertNotificationsForStaff(trx, checked(n));
}

/* ---------- the notification centre ---------- */

export function notificationText(kind: string, params: unknown, locale: Locale): string {
  return renderNotification(kind, params, locale);
}

/** One page of the user's notifications, newest first, with totals for the pager and the heading. */
export async function notificationPage(
  userId: number,
  { page, pageSize }: { page: number; pageSize: number },
) {
  const db = getDb();
  const [rows, counts] = await Promise.all([
    listNotificationsOfUser(db, userId, { limit: pageSize, offset: (page - 1) * pageSize }),
    countNotificationsOfUser(db, userId),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      params: row.params,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
    total: counts.total,
    unread: counts.unread,
  };
}

export async function unreadNotificationCount(userId: number): Promise<number> {
  return countUnreadNotifications(getDb(), userId);
}

/** Marks the user's own notification read and returns where it points; null when it is not theirs. */
export async function openNotification(userId: number, id: number, now = new Date()): Promise<string | null> {
  return (await markNotificationRead(getDb(), userId, id, now)) ?? null;
}

export async function markAllNotificationsReadFor(userId: number, now = new Date()): Promise<number> {
  return markAllNotificationsRead(getDb(), userId, now);
}
