/** The conference's meeting requests and scheduling (issue 14, part "meetings"): pages, refusals, notifications. */
export const mmMeetingsMessages = {
  "mmMeetings.title": { zh: "洽谈请求与日程", en: "Meeting requests and schedule" },
  "mmMeetings.lead": {
    zh: "向其他参会单位发起一对一洽谈请求；对方接受时即排定桌号和时段（上海时间）。",
    en: "Ask other participants for one-to-one meetings; accepting places the meeting at a table and a time slot at once (Shanghai time).",
  },
  "mmMeetings.backToEvent": { zh: "返回大会", en: "Back to the conference" },
  "mmMeetings.participants": { zh: "参会单位名录", en: "Participant list" },
  "mmMeetings.agenda": { zh: "我的日程", en: "My agenda" },
  "mmMeetings.tabs": { zh: "请求分类", en: "Request lists" },
  "mmMeetings.tab.incoming": { zh: "收到的请求", en: "Incoming" },
  "mmMeetings.tab.outgoing": { zh: "发出的请求", en: "Outgoing" },
  "mmMeetings.tab.scheduled": { zh: "已排期洽谈", en: "Scheduled" },
  "mmMeetings.empty.incoming": { zh: "暂无收到的洽谈请求。", en: "No incoming meeting requests." },
  "mmMeetings.empty.outgoing": {
    zh: "尚未发出洽谈请求。可在参会单位名录中选择对象。",
    en: "No requests sent yet. Pick someone from the participant list.",
  },
  "mmMeetings.empty.scheduled": { zh: "暂无已排期的洽谈。", en: "No scheduled meetings yet." },
  "mmMeetings.notParticipant": {
    zh: "只有审核通过的参会单位可以发起和查看洽谈请求。",
    en: "Only validated participants can send and see meeting requests.",
  },
  "mmMeetings.from": { zh: "发起方", en: "From" },
  "mmMeetings.to": { zh: "受邀方", en: "To" },
  "mmMeetings.with": { zh: "{org} · {attendee}", en: "{org} · {attendee}" },
  "mmMeetings.about": { zh: "关于对方条目", en: "About their item" },
  "mmMeetings.mine": { zh: "我方条目", en: "Our item" },
  "mmMeetings.message": { zh: "留言", en: "Message" },
  "mmMeetings.reason": { zh: "原因", en: "Reason" },
  "mmMeetings.when": { zh: "时段", en: "Time slot" },
  "mmMeetings.table": { zh: "桌号", en: "Table" },
  "mmMeetings.slotAt": { zh: "{when}，{table} 桌", en: "{when}, table {table}" },
  "mmMeetings.sentAt": { zh: "发出时间", en: "Sent" },
  "mmMeetings.expiresAt": { zh: "回复截止", en: "Answer by" },
  "mmMeetings.pickSlot": { zh: "选择时段", en: "Pick a time slot" },
  "mmMeetings.firstFree": { zh: "最早的共同空闲时段（自动）", en: "First slot free for both (automatic)" },
  "mmMeetings.slotOption": {
    zh: "{when}（余 {free} 桌）",
    en: "{when} ({free, plural, one {# table} other {# tables}} free)",
  },
  "mmMeetings.accept": { zh: "接受并排期", en: "Accept and schedule" },
  "mmMeetings.decline": { zh: "婉拒", en: "Decline" },
  "mmMeetings.withdraw": { zh: "撤回请求", en: "Withdraw" },
  "mmMeetings.cancel": { zh: "取消洽谈", en: "Cancel meeting" },
  "mmMeetings.reschedule": { zh: "改期", en: "Reschedule" },
  "mmMeetings.reasonOptional": { zh: "原因（可选，对方可见）", en: "Reason (optional, shown to them)" },
  "mmMeetings.reasonRequired": { zh: "取消原因（必填，对方可见）", en: "Reason (required, shown to them)" },
  "mmMeetings.done.accept": { zh: "已接受，洽谈已排期。", en: "Accepted: the meeting is scheduled." },
  "mmMeetings.done.acceptedUnplaced": {
    zh: "已接受。暂无双方共同空闲的时段，会务组将为您安排。",
    en: "Accepted. No slot is free for both of you now; the organisers will place the meeting.",
  },
  "mmMeetings.done.decline": { zh: "已婉拒该请求。", en: "Request declined." },
  "mmMeetings.done.cancel": {
    zh: "已取消。对方已收到通知。",
    en: "Cancelled; the other side has been told.",
  },
  "mmMeetings.done.reschedule": {
    zh: "已改期。对方已收到通知。",
    en: "Rescheduled; the other side has been told.",
  },
  "mmMeetings.done.sent": { zh: "洽谈请求已发出。", en: "Meeting request sent." },
  "mmMeetings.page": { zh: "第 {page} 页，共 {pages} 页", en: "Page {page} of {pages}" },
  "mmMeetings.prev": { zh: "上一页", en: "Previous" },
  "mmMeetings.next": { zh: "下一页", en: "Next" },
  "mmMeetings.new.title": { zh: "发起洽谈请求", en: "Request a meeting" },
  "mmMeetings.new.to": { zh: "洽谈对象", en: "Meeting with" },
  "mmMeetings.new.fromAttendee": { zh: "我方参会人", en: "Our attendee" },
  "mmMeetings.new.aboutItem": { zh: "关于对方的条目（可选）", en: "About their item (optional)" },
  "mmMeetings.new.fromItem": { zh: "我方相关条目（可选）", en: "Our related item (optional)" },
  "mmMeetings.new.noItem": { zh: "不指定", en: "None" },
  "mmMeetings.new.message": {
    zh: "留言（最多 {max} 字，仅双方和会务组可见）",
    en: "Message (at most {max} characters; only the two organizations and the organisers see it)",
  },
  "mmMeetings.new.submit": { zh: "发送请求", en: "Send request" },
  "mmMeetings.new.expiry": {
    zh: "对方需在 {hours} 小时内回复，否则请求过期。",
    en: "They have {hours, plural, one {# hour} other {# hours}} to answer before the request expires.",
  },
  "mmMeetings.new.unknown": { zh: "找不到该参会人。", en: "That attendee was not found." },
  "mmMeetings.itemLink": { zh: "在大会上约谈", en: "Request a meeting at the conference" },
  "mmMeetings.itemLinkLead": {
    zh: "该条目将在「{event}」上展示，洽谈预约开放中：",
    en: "This item is brought to “{event}”, where meeting booking is open:",
  },
  "mmMeetings.organisers": { zh: "会务组", en: "the organisers" },
  /* staff grid */
  "mmGrid.title": { zh: "洽谈排期表", en: "Meeting grid" },
  "mmGrid.lead": {
    zh: "每格为一个桌号与时段（上海时间）。可将待排期的请求安排到空格、移动或取消已排期的洽谈；同一桌或同一参会人在同一时段不会被重复安排。",
    en: "Each cell is a table in a time slot (Shanghai time). Place a waiting request in a free cell, move or cancel a meeting; a table or an attendee is never booked twice in a slot.",
  },
  "mmGrid.day": { zh: "日期", en: "Day" },
  "mmGrid.region": { zh: "{day} 排期表（可横向滚动）", en: "Grid for {day} (scrolls sideways)" },
  "mmGrid.caption": { zh: "{day}：桌号 × 时段", en: "{day}: tables × slots" },
  "mmGrid.free": { zh: "空闲", en: "Free" },
  "mmGrid.slot": { zh: "时段", en: "Slot" },
  "mmGrid.noSlots": { zh: "尚未设置洽谈时段或桌号。", en: "No meeting slots or tables yet." },
  "mmGrid.counts": {
    zh: "已排期 {placed} 场，空闲 {free} 格",
    en: "{placed, plural, one {# meeting} other {# meetings}} placed, {free, plural, one {# cell} other {# cells}} free",
  },
  "mmGrid.waiting": { zh: "待排期的请求", en: "Requests waiting for a place" },
  "mmGrid.waitingNone": { zh: "没有待排期的请求。", en: "No requests are waiting." },
  "mmGrid.place": { zh: "安排到", en: "Place in" },
  "mmGrid.placeSubmit": { zh: "安排", en: "Place" },
  "mmGrid.move": { zh: "移动到", en: "Move to" },
  "mmGrid.moveSubmit": { zh: "移动", en: "Move" },
  "mmGrid.cell": { zh: "{when} · {table} 桌", en: "{when} · table {table}" },
  "mmGrid.meetings": { zh: "已排期的洽谈", en: "Placed meetings" },
  "mmGrid.done.place": { zh: "已安排，双方已收到通知。", en: "Placed; both organizations have been told." },
  "mmGrid.done.cancel": {
    zh: "已取消，双方已收到通知。",
    en: "Cancelled; both organizations have been told.",
  },
  "mmGrid.pickCell": { zh: "选择空格", en: "Pick a free cell" },
  "mmGrid.past": { zh: "已开始", en: "Begun" },
  /* refusals */
  "mmMeetings.err.eventNotFound": { zh: "找不到该大会", en: "Conference not found" },
  "mmMeetings.err.notRegistered": {
    zh: "贵单位未报名本届大会",
    en: "Your organization is not registered for this conference",
  },
  "mmMeetings.err.unknownAttendee": {
    zh: "参会人不属于本届大会或贵单位",
    en: "That attendee is not one of this conference's (or yours)",
  },
  "mmMeetings.err.item": {
    zh: "所选条目不是该单位带到本届大会的已发布条目",
    en: "That item is not a published item the organization brings to this conference",
  },
  "mmMeetings.err.bookingClosed": {
    zh: "洽谈预约已截止，未作任何更改",
    en: "Meeting booking has closed; nothing was changed",
  },
  "mmMeetings.err.bookingNotOpen": {
    zh: "洽谈预约尚未开放，未作任何更改",
    en: "Meeting booking has not opened yet; nothing was changed",
  },
  "mmMeetings.err.eventNotPublished": {
    zh: "大会未处于发布状态，不能预约洽谈",
    en: "The conference is not published: meetings cannot be booked",
  },
  "mmMeetings.err.notValidated": {
    zh: "双方都须是审核通过的参会单位，未作任何更改",
    en: "Both sides must be validated participants; nothing was changed",
  },
  "mmMeetings.err.ownRegistration": {
    zh: "不能向本单位发起洽谈请求",
    en: "You cannot request a meeting with your own organization",
  },
  "mmMeetings.err.meetingCap": {
    zh: "已达每位参会人最多 {max} 场洽谈的上限，未作任何更改",
    en: "An attendee already has the maximum of {max} meetings; nothing was changed",
  },
  "mmMeetings.err.slotInPast": {
    zh: "该时段已开始或已过去，请选择之后的时段",
    en: "That slot has begun or is past: pick a later one",
  },
  "mmMeetings.err.slotTaken": {
    zh: "该时段刚被占用，请另选时段（未作任何更改）",
    en: "This slot was just taken — pick another (nothing was changed)",
  },
  "mmMeetings.err.noFreeSlot": {
    zh: "双方已没有共同空闲的时段",
    en: "No slot is free for both attendees any more",
  },
  "mmMeetings.err.unknownSlot": {
    zh: "所选时段或桌号不属于本届大会",
    en: "That slot or table is not one of this conference's",
  },
  "mmMeetings.err.alreadyOpen": {
    zh: "双方之间已有一个未完成的洽谈请求，请先处理该请求",
    en: "There is already an open request between your two organizations: answer or withdraw it first",
  },
  "mmMeetings.err.notFound": { zh: "找不到该洽谈请求", en: "Meeting request not found" },
  "mmMeetings.err.notYours": {
    zh: "该操作应由对方完成",
    en: "That is for the other side to do",
  },
  "mmMeetings.err.notOpen": {
    zh: "该请求已被处理，请刷新页面",
    en: "This request has already been answered: reload the page",
  },
  "mmMeetings.err.notScheduled": {
    zh: "只有已排期的洽谈可以改期",
    en: "Only a scheduled meeting can be rescheduled",
  },
  "mmMeetings.err.lapsed": {
    zh: "该请求已过回复期限而过期",
    en: "This request expired before it was answered",
  },
  "mmMeetings.err.reasonRequired": {
    zh: "取消已排期的洽谈须填写原因",
    en: "Give a reason for cancelling a scheduled meeting",
  },
  "mmMeetings.err.meetingBegun": {
    zh: "洽谈时段已开始，不能再更改",
    en: "The meeting's slot has begun: it can no longer be changed",
  },
} as const;

/** Notification texts of the meeting requests (spread into notificationMessages). */
export const mmMeetingsNotificationMessages = {
  "notify.mmRequest.received": {
    zh: "{orgName} 向贵单位发起了大会一对一洽谈请求",
    en: "{orgName} asked your organization for a one-to-one meeting at the conference",
  },
  "notifySubject.mmRequest.received": { zh: "新的洽谈请求：{orgName}", en: "Meeting request from {orgName}" },
  "notify.mmRequest.accepted": {
    zh: "{orgName} 接受了洽谈请求：{when}，{table} 桌（上海时间）",
    en: "{orgName} accepted the meeting request: {when}, table {table} (Shanghai time)",
  },
  "notifySubject.mmRequest.accepted": { zh: "洽谈已排期：{orgName}", en: "Meeting scheduled with {orgName}" },
  "notify.mmRequest.acceptedUnplaced": {
    zh: "{orgName} 接受了洽谈请求，暂无共同空闲时段，会务组将安排时间",
    en: "{orgName} accepted the meeting request; no common slot is free yet, the organisers will place it",
  },
  "notifySubject.mmRequest.acceptedUnplaced": {
    zh: "洽谈请求已接受：{orgName}",
    en: "Meeting accepted by {orgName}",
  },
  "notify.mmRequest.scheduled": {
    zh: "会务组已安排贵单位与 {orgName} 的洽谈：{when}，{table} 桌（上海时间）",
    en: "The organisers scheduled your meeting with {orgName}: {when}, table {table} (Shanghai time)",
  },
  "notifySubject.mmRequest.scheduled": {
    zh: "洽谈已排期：{orgName}",
    en: "Meeting scheduled with {orgName}",
  },
  "notify.mmRequest.declined": {
    zh: "{orgName} 婉拒了贵单位的洽谈请求",
    en: "{orgName} declined your meeting request",
  },
  "notifySubject.mmRequest.declined": {
    zh: "洽谈请求被婉拒：{orgName}",
    en: "Meeting declined by {orgName}",
  },
  "notify.mmRequest.cancelled": {
    zh: "与 {orgName} 的洽谈（请求）已取消",
    en: "The meeting (request) with {orgName} was cancelled",
  },
  "notifySubject.mmRequest.cancelled": {
    zh: "洽谈已取消：{orgName}",
    en: "Meeting with {orgName} cancelled",
  },
  "notify.mmRequest.rescheduled": {
    zh: "与 {orgName} 的洽谈已改到 {when}，{table} 桌（上海时间）",
    en: "The meeting with {orgName} moved to {when}, table {table} (Shanghai time)",
  },
  "notifySubject.mmRequest.rescheduled": {
    zh: "洽谈改期：{orgName}",
    en: "Meeting with {orgName} rescheduled",
  },
  "notify.mmRequest.expired": {
    zh: "贵单位发给 {orgName} 的洽谈请求未获回复，已过期",
    en: "Your meeting request to {orgName} expired unanswered",
  },
  "notifySubject.mmRequest.expired": {
    zh: "洽谈请求已过期：{orgName}",
    en: "Meeting request to {orgName} expired",
  },
} as const;
