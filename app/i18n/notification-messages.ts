import { sdReviewNotificationMessages } from "./sd-review-messages";

/**
 * Notification texts, spread into `messages`. `notify.<kind>` is the sentence shown in the notification centre
 * and mailed; `notifySubject.<kind>` the short mail subject. Only `notify.<kind>` keys may use the `notify.`
 * prefix: a stored kind is looked up there.
 */
import { sdExpressionNotificationMessages } from "./sd-expressions-messages";
import { mmRegistrationNotificationMessages } from "./mm-registration-messages";
import { mmAgendaNotificationMessages } from "./mm-agenda-messages";
import { mmEventsNotificationMessages } from "./mm-events-messages";
import { mmMeetingsNotificationMessages } from "./mm-meetings-messages";

export const notificationMessages = {
  ...sdExpressionNotificationMessages,
  ...mmMeetingsNotificationMessages,
  ...sdReviewNotificationMessages,
  ...mmRegistrationNotificationMessages,
  ...mmAgendaNotificationMessages,
  ...mmEventsNotificationMessages,
  "notify.consortium.invited": {
    zh: "{orgName} 邀请贵单位加入任务 {taskCode}「{taskTitle}」的揭榜联合体",
    en: "{orgName} invited your organization to join its consortium for task {taskCode} “{taskTitle}”",
  },
  "notify.consortium.accepted": {
    zh: "{orgName} 已接受邀请，加入任务 {taskCode}「{taskTitle}」的揭榜联合体",
    en: "{orgName} accepted the invitation to join the consortium for task {taskCode} “{taskTitle}”",
  },
  "notify.consortium.declined": {
    zh: "{orgName} 谢绝了加入任务 {taskCode}「{taskTitle}」揭榜联合体的邀请",
    en: "{orgName} declined the invitation to join the consortium for task {taskCode} “{taskTitle}”",
  },
  "notify.consortium.termsChanged": {
    zh: "{orgName} 修改了贵单位在任务 {taskCode}「{taskTitle}」揭榜联合体中的份额或分工，请确认新的条件",
    en: "{orgName} changed your organization's share or division of work in its consortium for task {taskCode} “{taskTitle}”: accept the new terms or decline",
  },
  "notify.consortium.removed": {
    zh: "{orgName} 已将贵单位移出任务 {taskCode}「{taskTitle}」的揭榜联合体",
    en: "{orgName} removed your organization from its consortium for task {taskCode} “{taskTitle}”",
  },
  "notify.bid.submitted": {
    zh: "{orgName} 已提交任务 {taskCode}「{taskTitle}」的揭榜申报",
    en: "{orgName} submitted a bid for task {taskCode} “{taskTitle}”",
  },
  "notify.bid.withdrawn": {
    zh: "{orgName} 撤回了任务 {taskCode}「{taskTitle}」的揭榜申报",
    en: "{orgName} withdrew its bid for task {taskCode} “{taskTitle}”",
  },
  "notify.bid.selected": {
    zh: "贵单位参与的任务 {taskCode}「{taskTitle}」揭榜申报已入选，遴选结果将予以公示",
    en: "Your bid for task {taskCode} “{taskTitle}” was selected; the result will be published for objections",
  },
  "notify.bid.notSelected": {
    zh: "贵单位参与的任务 {taskCode}「{taskTitle}」揭榜申报未入选",
    en: "Your bid for task {taskCode} “{taskTitle}” was not selected",
  },
  "notify.notice.started": {
    zh: "任务 {taskCode}「{taskTitle}」的遴选结果开始公示，公示期内可提出异议",
    en: "The selection result for task {taskCode} “{taskTitle}” is published; objections may be filed during the notice period",
  },
  "notify.objection.filed": {
    zh: "{orgName} 对任务 {taskCode}「{taskTitle}」的遴选结果提出了异议",
    en: "{orgName} filed an objection to the selection result for task {taskCode} “{taskTitle}”",
  },
  "notify.objection.resolved": {
    zh: "对任务 {taskCode}「{taskTitle}」遴选结果提出的异议已处理",
    en: "The objection to the selection result for task {taskCode} “{taskTitle}” has been resolved",
  },
  "notify.selection.revoked": {
    zh: "任务 {taskCode}「{taskTitle}」的入选结果已撤销",
    en: "The selection for task {taskCode} “{taskTitle}” was revoked",
  },
  "notify.notice.final": {
    zh: "任务 {taskCode}「{taskTitle}」公示期满，遴选结果已确定",
    en: "The notice period for task {taskCode} “{taskTitle}” has ended; the selection is final",
  },

  "notifySubject.consortium.invited": { zh: "联合体邀请 {taskCode}", en: "Consortium invitation {taskCode}" },
  "notifySubject.consortium.accepted": {
    zh: "联合体邀请已接受 {taskCode}",
    en: "Consortium invitation accepted {taskCode}",
  },
  "notifySubject.consortium.declined": {
    zh: "联合体邀请被谢绝 {taskCode}",
    en: "Consortium invitation declined {taskCode}",
  },
  "notifySubject.consortium.termsChanged": {
    zh: "联合体条件已修改 {taskCode}",
    en: "Consortium terms changed {taskCode}",
  },
  "notifySubject.consortium.removed": {
    zh: "已被移出联合体 {taskCode}",
    en: "Removed from consortium {taskCode}",
  },
  "notifySubject.bid.submitted": { zh: "揭榜申报已提交 {taskCode}", en: "Bid submitted {taskCode}" },
  "notifySubject.bid.withdrawn": { zh: "揭榜申报已撤回 {taskCode}", en: "Bid withdrawn {taskCode}" },
  "notifySubject.bid.selected": { zh: "申报入选 {taskCode}", en: "Bid selected {taskCode}" },
  "notifySubject.bid.notSelected": { zh: "申报未入选 {taskCode}", en: "Bid not selected {taskCode}" },
  "notifySubject.notice.started": { zh: "遴选结果公示 {taskCode}", en: "Selection published {taskCode}" },
  "notifySubject.objection.filed": { zh: "收到异议 {taskCode}", en: "Objection filed {taskCode}" },
  "notifySubject.objection.resolved": { zh: "异议已处理 {taskCode}", en: "Objection resolved {taskCode}" },
  "notifySubject.selection.revoked": { zh: "入选结果撤销 {taskCode}", en: "Selection revoked {taskCode}" },
  "notifySubject.notice.final": { zh: "遴选结果确定 {taskCode}", en: "Selection final {taskCode}" },
  "notify.report.returned": {
    zh: "任务 {taskCode}「{taskTitle}」的验收报告被退回修改",
    en: "The completion report for task {taskCode} “{taskTitle}” was returned for changes",
  },
  "notifySubject.report.returned": { zh: "验收报告退回 {taskCode}", en: "Report returned {taskCode}" },
  "notify.assessment.assigned": {
    zh: "您被分配评审任务 {taskCode}「{taskTitle}」，请先声明利益冲突",
    en: "You are assigned to assess task {taskCode} “{taskTitle}”; declare any conflict of interest first",
  },
  "notifySubject.assessment.assigned": { zh: "评审分配 {taskCode}", en: "Assessment assigned {taskCode}" },
  "notify.award.approved": {
    zh: "任务 {taskCode}「{taskTitle}」的奖励已审批",
    en: "The award for task {taskCode} “{taskTitle}” is approved",
  },
  "notifySubject.award.approved": { zh: "奖励已审批 {taskCode}", en: "Award approved {taskCode}" },
  // Supply–demand items (owner side): expiry and saved-search digests
  "notify.sd.expiring": {
    zh: "供需条目 {code}「{title}」将于 {date} 到期，如仍有效请续期",
    en: "Item {code} “{title}” expires on {date}; renew it if it still stands",
  },
  "notifySubject.sd.expiring": { zh: "供需条目即将到期 {code}", en: "Item expiring {code}" },
  "notify.sd.expired": {
    zh: "供需条目 {code}「{title}」已到期关闭",
    en: "Item {code} “{title}” has expired and is closed",
  },
  "notifySubject.sd.expired": { zh: "供需条目已到期 {code}", en: "Item expired {code}" },
  "notify.sd.savedSearchDigest": {
    zh: "订阅“{name}”有 {count} 条新发布的供需条目",
    en: "New items matching your saved search “{name}”: {count}",
  },
  "notifySubject.sd.savedSearchDigest": { zh: "供需订阅更新：{name}", en: "Saved search update: {name}" },

  "nav.notifications": { zh: "通知", en: "Notifications" },
  "notifications.navLabel": { zh: "通知，{count} 条未读", en: "Notifications, {count} unread" },
  "notifications.title": { zh: "通知", en: "Notifications" },
  "notifications.unreadSummary": { zh: "{count} 条未读", en: "{count} unread" },
  "notifications.allRead": { zh: "没有未读通知", en: "No unread notifications" },
  "notifications.unread": { zh: "未读", en: "Unread" },
  "notifications.markAllRead": { zh: "全部标为已读", en: "Mark all as read" },
  "notifications.empty": {
    zh: "暂无通知。联合体邀请、申报提交、遴选结果与异议处理等消息会显示在这里。",
    en: "No notifications yet. Consortium invitations, bid submissions, selection results and objections will appear here.",
  },
  "notifications.reason": { zh: "原因：{reason}", en: "Reason: {reason}" },
  "notifications.unknown": { zh: "您有一条新通知", en: "You have a new notification" },
  "notifications.unknownSubject": { zh: "新通知", en: "New notification" },

  "mail.greeting": { zh: "{name}，您好：", en: "Dear {name}," },
  "mail.open": { zh: "查看详情：{url}", en: "Details: {url}" },
  "mail.footer": {
    zh: "此邮件由揭榜平台自动发送，请勿直接回复。全部通知可在平台的“通知”页面查看。",
    en: "Sent automatically by Jiebang; please do not reply. All your notifications are on the Notifications page.",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

type NotificationMessageKey = keyof typeof notificationMessages;
type Language = "zh" | "en";

function has(key: string): key is NotificationMessageKey {
  return Object.hasOwn(notificationMessages, key);
}

/** Only scalar values are used: params come back from a jsonb column and may hold anything. */
function scalarParams(params: unknown): Record<string, string> {
  if (!params || typeof params !== "object" || Array.isArray(params)) return {};
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(params))
    if (typeof value === "string" || typeof value === "number") result[name] = String(value);
  return result;
}

/** A missing parameter shows as a dash rather than as its placeholder. */
function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "—");
}

/**
 * The notification sentence in one language, with the optional reason after it. Pure and shared by the page
 * (rendered in the reader's language) and the mail (rendered in both); an unknown kind, e.g. one written by a
 * newer version of the app, falls back to a generic line instead of failing.
 */
export function renderNotification(kind: string, params: unknown, language: Language): string {
  const values = scalarParams(params);
  const key = `notify.${kind}`;
  const text = has(key)
    ? fill(notificationMessages[key][language], values)
    : notificationMessages["notifications.unknown"][language];
  const reason = values.reason?.trim();
  return reason
    ? `${text}${language === "zh" ? "。" : ". "}${fill(notificationMessages["notifications.reason"][language], { reason })}`
    : text;
}

/** The short subject line of a notification's mail in one language. */
export function renderNotificationSubject(kind: string, params: unknown, language: Language): string {
  const key = `notifySubject.${kind}`;
  return has(key)
    ? fill(notificationMessages[key][language], scalarParams(params)).trim()
    : notificationMessages["notifications.unknownSubject"][language];
}
