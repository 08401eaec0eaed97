/** The conference's agenda, calendar, reminder and check-in texts (part "agenda"). */

/** Notification texts (spread into notificationMessages, which renders them in the centre and in mail). */
export const mmAgendaNotificationMessages = {
  "notify.mmAgenda.reminder": {
    zh: "{year} 年供需对接大会明天（{date}）开幕：{attendeeName} 已排期洽谈 {count} 场，请查看日程并带好签到二维码",
    en: "The {year} matchmaking conference opens tomorrow ({date}): meetings scheduled for {attendeeName}: {count}. See the agenda and bring the check-in QR code",
  },
  "notifySubject.mmAgenda.reminder": {
    zh: "明天的洽谈日程（{date}）",
    en: "Your meetings tomorrow ({date})",
  },
  "notify.mmAgenda.reassigned": {
    zh: "会务人员已将 {when} 的洽谈改由 {attendeeName} 参加（原代表未到场），时段与桌号不变",
    en: "Conference staff moved the meeting at {when} to {attendeeName} (the attendee had not arrived); same slot and table",
  },
  "notifySubject.mmAgenda.reassigned": {
    zh: "洽谈改由另一位代表参加（{when}）",
    en: "Meeting moved to another attendee ({when})",
  },
  "notify.mmAgenda.cancelled": {
    zh: "会务人员取消了 {when} 的洽谈（有代表未到场）",
    en: "Conference staff cancelled the meeting at {when} (an attendee had not arrived)",
  },
  "notifySubject.mmAgenda.cancelled": {
    zh: "洽谈已取消（{when}）",
    en: "Meeting cancelled ({when})",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export const mmAgendaMessages = {
  "mmAgenda.title": { zh: "洽谈日程", en: "Meeting agenda" },
  "mmAgenda.attendee": { zh: "参会代表", en: "Attendee" },
  "mmAgenda.show": { zh: "查看", en: "Show" },
  "mmAgenda.staffView": {
    zh: "您以会务人员身份查看 {org} 的日程",
    en: "You are viewing {org}'s agenda as conference staff",
  },
  "mmAgenda.meetings": { zh: "一对一洽谈", en: "One-to-one meetings" },
  "mmAgenda.meetingsCaption": {
    zh: "{name} 的洽谈（北京时间）",
    en: "Meetings of {name} (Shanghai time)",
  },
  "mmAgenda.col.time": { zh: "时间", en: "Time" },
  "mmAgenda.col.table": { zh: "桌号", en: "Table" },
  "mmAgenda.col.counterpart": { zh: "洽谈对象", en: "Meeting with" },
  "mmAgenda.col.items": { zh: "对接条目", en: "Items" },
  "mmAgenda.col.status": { zh: "状态", en: "Status" },
  "mmAgenda.requestedByUs": { zh: "我方发起", en: "We asked" },
  "mmAgenda.requestedByThem": { zh: "对方发起", en: "They asked" },
  "mmAgenda.empty": {
    zh: "暂无已排期的洽谈。发起或接受洽谈请求后，排定的时段和桌号会显示在这里。",
    en: "No meeting is scheduled yet. Once you send or accept meeting requests, their slots and tables appear here.",
  },
  "mmAgenda.toMeetings": { zh: "洽谈请求", en: "Meeting requests" },
  "mmAgenda.roadshows": { zh: "路演", en: "Roadshows" },
  "mmAgenda.roadshowsEmpty": {
    zh: "本单位在本次大会没有路演安排。",
    en: "Your organization gives no roadshow at this event.",
  },
  "mmAgenda.checkIn.title": { zh: "签到码", en: "Check-in code" },
  "mmAgenda.checkIn.hint": {
    zh: "入场时出示此二维码，或报出下方签到码。请勿转给他人。",
    en: "Show this QR code at the entrance, or tell the code below. Do not share it.",
  },
  "mmAgenda.checkIn.qrAlt": {
    zh: "{name} 的签到二维码（签到码 {code}）",
    en: "Check-in QR code of {name} (code {code})",
  },
  "mmAgenda.checkIn.arrived": { zh: "已于 {time} 签到", en: "Checked in at {time}" },
  "mmAgenda.calendar.title": { zh: "加入日历", en: "Add to a calendar" },
  "mmAgenda.calendar.download": { zh: "下载日历文件（.ics）", en: "Download the calendar file (.ics)" },
  "mmAgenda.calendar.subscribe": {
    zh: "订阅链接：日历应用会定期同步最新安排。此链接无需登录即可读取日程，请勿外传。",
    en: "Subscription link: your calendar app keeps the agenda up to date. Anyone with the link can read the agenda: keep it private.",
  },
  "mmAgenda.calendar.link": { zh: "日历订阅链接", en: "Calendar subscription link" },
  "mmAgenda.event": { zh: "大会", en: "Event" },

  "mmCheckIn.title": { zh: "现场签到", en: "Check-in" },
  "mmCheckIn.code": { zh: "签到码", en: "Check-in code" },
  "mmCheckIn.codeHint": {
    zh: "输入参会代表出示的 8 位签到码，或用摄像头扫描其二维码。",
    en: "Type the 8-character code the attendee shows, or scan the QR code with the camera.",
  },
  "mmCheckIn.submit": { zh: "签到", en: "Check in" },
  "mmCheckIn.scan": { zh: "用摄像头扫码", en: "Scan with the camera" },
  "mmCheckIn.stopScan": { zh: "停止扫码", en: "Stop scanning" },
  "mmCheckIn.scanning": {
    zh: "正在扫描：将二维码对准摄像头",
    en: "Scanning: hold the QR code in front of the camera",
  },
  "mmCheckIn.cameraError": {
    zh: "无法使用摄像头，请手动输入签到码",
    en: "The camera cannot be used: type the code instead",
  },
  "mmCheckIn.video": { zh: "摄像头画面", en: "Camera view" },
  "mmCheckIn.done": { zh: "{name}（{org}）于 {time} 签到成功", en: "{name} ({org}) checked in at {time}" },
  "mmCheckIn.already": {
    zh: "{name}（{org}）已签到过，签到时间 {time}",
    en: "{name} ({org}) is already checked in (at {time})",
  },
  "mmCheckIn.arrivedTitle": { zh: "已到场：{arrived} / {total}", en: "Arrived: {arrived} of {total}" },
  "mmCheckIn.arrivedEmpty": { zh: "尚无人签到。", en: "Nobody has checked in yet." },
  "mmCheckIn.col.name": { zh: "代表", en: "Attendee" },
  "mmCheckIn.col.organization": { zh: "单位", en: "Organization" },
  "mmCheckIn.col.time": { zh: "时间", en: "Time" },
  "mmCheckIn.col.table": { zh: "桌号", en: "Table" },
  "mmCheckIn.col.sides": { zh: "双方", en: "Sides" },
  "mmCheckIn.col.status": { zh: "状态", en: "Status" },
  "mmCheckIn.col.actions": { zh: "操作", en: "Actions" },
  "mmCheckIn.waitingTitle": {
    zh: "即将开始、有代表未到场的洽谈（{minutes} 分钟内）",
    en: "Meetings in the next {minutes} minutes with an attendee not arrived",
  },
  "mmCheckIn.waitingEmpty": {
    zh: "没有等待未到场代表的洽谈。",
    en: "No meeting is waiting for an absent attendee.",
  },
  "mmCheckIn.arrivedTag": { zh: "已到", en: "arrived" },
  "mmCheckIn.absentTag": { zh: "未到", en: "not arrived" },
  "mmCheckIn.reassign": {
    zh: "改由 {org} 的另一位代表参加",
    en: "Move to {org}'s other attendee",
  },
  "mmCheckIn.cancel": { zh: "取消该洽谈", en: "Cancel this meeting" },
  "mmCheckIn.reason": { zh: "取消原因（选填，双方可见）", en: "Reason (optional, both sides see it)" },
  "mmCheckIn.reassigned": {
    zh: "已改由另一位代表参加，双方已收到通知。",
    en: "The meeting was moved to the other attendee; both sides were notified.",
  },
  "mmCheckIn.cancelled": {
    zh: "洽谈已取消，双方已收到通知。",
    en: "The meeting was cancelled; both sides were notified.",
  },
  "mmCheckIn.endedTitle": { zh: "已结束的洽谈", en: "Ended meetings" },
  "mmCheckIn.endedHint": {
    zh: "时段结束后，双方均签到的洽谈记为已举行，否则记为缺席；如有误可在此更正。",
    en: "When its slot ends, a meeting is marked held if both attendees checked in, a no-show otherwise; correct it here if that is wrong.",
  },
  "mmCheckIn.endedEmpty": { zh: "尚无已结束的洽谈。", en: "No meeting has ended yet." },
  "mmCheckIn.markHeld": { zh: "改为已举行", en: "Mark held" },
  "mmCheckIn.markNoShow": { zh: "改为缺席", en: "Mark no-show" },
  "mmCheckIn.corrected": { zh: "出席情况已更正。", en: "Attendance corrected." },
  "mmCheckIn.agenda": { zh: "日程", en: "Agenda" },
  "mmCheckIn.agendaOf": { zh: "{name} 的日程", en: "Agenda of {name}" },
  "mmCheckIn.backToEvent": { zh: "返回大会管理", en: "Back to the event" },

  "err.mmAgenda.codeFormat": {
    zh: "签到码应为 8 位字母或数字",
    en: "A check-in code has 8 letters or digits",
  },
  "err.mmAgenda.unknownCode": {
    zh: "本次大会没有使用该签到码的参会代表",
    en: "No attendee of this event has this code",
  },
  "err.mmAgenda.meetingNotFound": { zh: "找不到该洽谈", en: "This meeting does not exist" },
  "err.mmAgenda.notScheduled": { zh: "该洽谈不在已排期状态", en: "This meeting is not scheduled" },
  "err.mmAgenda.meetingOver": { zh: "该洽谈的时段已结束", en: "This meeting's slot has ended" },
  "err.mmAgenda.attendeeArrived": {
    zh: "该代表已签到，无需改派",
    en: "This attendee has arrived: there is nothing to move",
  },
  "err.mmAgenda.noOtherAttendee": {
    zh: "该单位只登记了一位参会代表",
    en: "This organization registered only one attendee",
  },
  "err.mmAgenda.replacementAtCap": {
    zh: "另一位代表的洽谈数已达上限",
    en: "The other attendee has reached the meeting limit",
  },
  "err.mmAgenda.replacementBusy": {
    zh: "另一位代表在该时段已有其他洽谈，未作改动",
    en: "The other attendee has another meeting in this slot; nothing changed",
  },
  "err.mmAgenda.notEnded": {
    zh: "只能更正已结束洽谈的出席情况",
    en: "Attendance can be corrected on ended meetings only",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
