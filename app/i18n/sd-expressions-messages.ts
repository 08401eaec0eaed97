/** Expressions of interest, contact privacy, outcomes and response time (issue 13, the expressions part). */
export const sdExpressionMessages = {
  "sdx.my.title": { zh: "我的对接意向", en: "My expressions of interest" },
  "sdx.my.lead": {
    zh: "收到的意向由贵单位决定接受或拒绝；接受后双方可看到彼此的联系方式。发出的意向在对方答复前可以撤回，{days} 天未答复自动过期。",
    en: "Your organization accepts or declines the expressions it receives; once one is accepted both sides see each other's contacts. Sent expressions can be withdrawn until answered and lapse after {days} days without an answer.",
  },
  "sdx.tab.received": { zh: "收到的", en: "Received" },
  "sdx.tab.sent": { zh: "发出的", en: "Sent" },
  "sdx.tabs": { zh: "意向类别", en: "Expression lists" },
  "sdx.empty.received": {
    zh: "还没有单位对贵单位的需求或供给表达意向。",
    en: "No organization has expressed interest in your demands or supplies yet.",
  },
  "sdx.empty.sent": {
    zh: "贵单位还没有发出意向。在供需清单中找到合适的条目后即可表达意向。",
    en: "Your organization has not expressed interest in anything yet. Find an item in the supply–demand list to start.",
  },
  "sdx.browse": { zh: "浏览供需清单", en: "Browse the supply–demand list" },
  "sdx.noOrg": {
    zh: "加入或注册一个单位后才能表达和接收对接意向。",
    en: "Join or register an organization to send and receive expressions of interest.",
  },
  "sdx.col.item": { zh: "条目", en: "Item" },
  "sdx.col.from": { zh: "意向单位", en: "From" },
  "sdx.col.to": { zh: "条目单位", en: "To" },
  "sdx.col.status": { zh: "状态", en: "Status" },
  "sdx.col.sent": { zh: "发出时间", en: "Sent" },
  "sdx.open": { zh: "查看", en: "Open" },
  "sdx.detail.title": { zh: "对接意向 #{id}", en: "Expression of interest #{id}" },
  "sdx.detail.back": { zh: "返回我的对接意向", en: "Back to my expressions" },
  "sdx.detail.item": { zh: "意向条目", en: "Item" },
  "sdx.detail.from": { zh: "意向单位", en: "From" },
  "sdx.detail.owner": { zh: "条目单位", en: "Owner" },
  "sdx.detail.named": { zh: "对方提供的条目", en: "Their item" },
  "sdx.detail.message": { zh: "意向留言", en: "Message" },
  "sdx.detail.sentAt": { zh: "发出时间", en: "Sent" },
  "sdx.detail.expiresAt": { zh: "过期时间", en: "Lapses" },
  "sdx.detail.answeredAt": { zh: "答复时间", en: "Answered" },
  "sdx.detail.note": { zh: "答复说明", en: "Note" },
  "sdx.sent": {
    zh: "意向已发出，对方答复后您会收到通知。",
    en: "Your expression of interest was sent; you will be notified when it is answered.",
  },
  "sdx.contacts.title": { zh: "联系方式", en: "Contacts" },
  "sdx.contacts.item": { zh: "条目联系人", en: "Item contact" },
  "sdx.contacts.expresser": { zh: "意向方联系人", en: "Expresser's contact" },
  "sdx.contacts.hidden": {
    zh: "联系方式在条目单位接受意向后才对双方显示。",
    en: "Contacts are shown to both sides only once the owner accepts.",
  },
  "sdx.contact.name": { zh: "联系人", en: "Name" },
  "sdx.contact.phone": { zh: "电话", en: "Phone" },
  "sdx.contact.email": { zh: "邮箱", en: "Email" },
  "sdx.answer.title": { zh: "答复意向", en: "Answer" },
  "sdx.answer.note": { zh: "说明（选填，对方可见）", en: "Note (optional, shown to them)" },
  "sdx.accept": { zh: "接受", en: "Accept" },
  "sdx.decline": { zh: "拒绝", en: "Decline" },
  "sdx.withdraw": { zh: "撤回意向", en: "Withdraw" },
  "sdx.done.accept": {
    zh: "已接受，双方现在可以看到彼此的联系方式。",
    en: "Accepted: both sides now see each other's contacts.",
  },
  "sdx.done.decline": { zh: "已拒绝该意向。", en: "Declined." },
  "sdx.done.withdraw": { zh: "意向已撤回。", en: "Withdrawn." },
  "sdx.done.outcome": { zh: "对接结果已记录。", en: "Outcome recorded." },

  "sdx.outcomes.title": { zh: "对接结果", en: "Outcomes" },
  "sdx.outcomes.none": { zh: "尚未记录对接结果。", en: "No outcome recorded yet." },
  "sdx.outcomes.lead": {
    zh: "意向被接受后，任一方都可以记录：意向、签约（金额、日期，可附合同 PDF）或未达成（原因）。",
    en: "After acceptance either side records an outcome: intent, contract (amount, date, optional signed PDF) or not reached (reason).",
  },
  "sdx.outcome.kind": { zh: "结果类型", en: "Kind" },
  "sdx.outcome.amount": { zh: "合同金额（元）", en: "Contract amount (yuan)" },
  "sdx.outcome.signedOn": { zh: "签约日期", en: "Signing date" },
  "sdx.outcome.reason": { zh: "说明 / 未达成原因", en: "Note / reason not reached" },
  "sdx.outcome.file": { zh: "合同扫描件（PDF，选填）", en: "Signed contract (PDF, optional)" },
  "sdx.outcome.submit": { zh: "记录结果", en: "Record outcome" },
  "sdx.outcome.by": { zh: "{org} 记录于 {at}", en: "Recorded by {org} on {at}" },
  "sdx.outcome.contract": { zh: "金额 {amount}，签约日期 {date}", en: "{amount}, signed on {date}" },

  "sdx.panel.title": { zh: "对接意向", en: "Express interest" },
  "sdx.panel.signIn": {
    zh: "登录后可向该单位表达对接意向。",
    en: "Sign in to express your interest to this organization.",
  },
  "sdx.panel.noOrg": {
    zh: "加入或注册单位后才能表达对接意向。",
    en: "Join or register an organization to express interest.",
  },
  "sdx.panel.owner": {
    zh: "这是贵单位的条目，收到的意向在“我的对接意向”中处理。",
    en: "This is your organization's item; answer the expressions it receives under My expressions.",
  },
  "sdx.panel.staff": {
    zh: "工作人员不能代表单位表达意向。",
    en: "Staff do not express interest on behalf of an organization.",
  },
  "sdx.panel.closed": { zh: "该条目已关闭，不再接受意向。", en: "This item is closed to expressions." },
  "sdx.panel.latest": {
    zh: "贵单位最近一次意向：{status}（{at}）",
    en: "Your organization's latest expression: {status} ({at})",
  },
  "sdx.panel.pending": {
    zh: "贵单位已有一条待答复的意向，答复或过期前不能再次发送。",
    en: "Your organization already has a pending expression here; you can send another once it is answered or lapses.",
  },
  "sdx.panel.message": { zh: "留言（最多 {max} 字）", en: "Message (at most {max} characters)" },
  "sdx.panel.messageHint": {
    zh: "说明贵单位能提供什么或需要什么。联系方式在对方接受后自动交换，请勿在留言中填写。",
    en: "Say what your organization offers or needs. Contacts are exchanged once the owner accepts; do not put them in the message.",
  },
  "sdx.panel.fromItem": { zh: "附上贵单位的条目（选填）", en: "Attach one of your items (optional)" },
  "sdx.panel.noItem": { zh: "不附条目", en: "No item" },
  "sdx.panel.submit": { zh: "发送意向", en: "Send expression of interest" },
  "sdx.panel.privacy": {
    zh: "对方接受后，双方可以看到彼此的联系方式。",
    en: "Once the owner accepts, both sides see each other's contacts.",
  },
  "sdx.panel.contact": { zh: "联系方式（已接受的对接）", en: "Contact (accepted)" },
  "sdx.panel.myExpressions": { zh: "我的对接意向", en: "My expressions" },
  "sdx.interest.title": { zh: "表达对接意向", en: "Express interest" },

  "sdx.responseTime.label": { zh: "答复时间", en: "Response time" },
  "sdx.responseTime.days": {
    zh: "通常 {days} 天内回复",
    en: "Usually answers within {days, plural, one {# day} other {# days}}",
  },
  "sdx.responseTime.none": { zh: "暂无数据", en: "No data yet" },

  "err.sdExpression.itemNotFound": {
    zh: "该条目不存在或未发布，不能表达意向",
    en: "This item does not exist or is not published, so no interest can be expressed",
  },
  "err.sdExpression.ownItem": {
    zh: "不能对本单位的条目表达意向",
    en: "You cannot express interest in your own organization's item",
  },
  "err.sdExpression.fromItem": {
    zh: "只能附上本单位已发布的、类别相对的条目",
    en: "Choose one of your organization's published items of the other kind",
  },
  "err.sdExpression.alreadyPending": {
    zh: "贵单位对该条目已有一条待答复的意向，请等待对方答复或意向过期后再发送",
    en: "Your organization already has a pending expression for this item; wait for the answer or for it to lapse",
  },
  "err.sdExpression.dailyLimit": {
    zh: "贵单位今天已发出 {max} 条意向，已达每日上限，请明天再试",
    en: "Your organization has sent {max} expressions today, the daily limit; try again tomorrow",
  },
  "err.sdExpression.notFound": { zh: "找不到该意向", en: "Expression not found" },
  "err.sdExpression.notYours": {
    zh: "只有条目单位可以接受或拒绝，只有意向单位可以撤回",
    en: "Only the owner accepts or declines, and only the sender withdraws",
  },
  "err.sdExpression.notPending": {
    zh: "该意向已答复、撤回或过期，不能再更改",
    en: "This expression was already answered, withdrawn or lapsed",
  },
  "err.sdExpression.lapsed": {
    zh: "该意向已超过 14 天未答复，已自动过期",
    en: "This expression went unanswered for 14 days and has lapsed",
  },
  "err.sdOutcome.notAccepted": {
    zh: "只有已接受的意向才能记录对接结果",
    en: "Outcomes can be recorded on accepted expressions only",
  },
  "err.sdOutcome.date": { zh: "请输入有效日期（如 2026-12-01）", en: "Enter a valid date (e.g. 2026-12-01)" },
  "err.sdOutcome.amount": { zh: "合同金额必须大于 0", en: "The contract amount must be above zero" },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Notification texts (spread into notificationMessages, which renders them in the centre and in mail). */
export const sdExpressionNotificationMessages = {
  "notify.sdExpression.received": {
    zh: "{orgName} 对贵单位的条目 {itemCode}「{itemTitle}」表达了对接意向",
    en: "{orgName} expressed interest in your item {itemCode} “{itemTitle}”",
  },
  "notifySubject.sdExpression.received": {
    zh: "收到对接意向 {itemCode}",
    en: "Expression of interest {itemCode}",
  },
  "notify.sdExpression.accepted": {
    zh: "{orgName} 接受了贵单位对 {itemCode}「{itemTitle}」的对接意向，现在可以查看对方联系方式",
    en: "{orgName} accepted your expression of interest in {itemCode} “{itemTitle}”; you can now see their contact",
  },
  "notifySubject.sdExpression.accepted": { zh: "意向已接受 {itemCode}", en: "Interest accepted {itemCode}" },
  "notify.sdExpression.declined": {
    zh: "{orgName} 未接受贵单位对 {itemCode}「{itemTitle}」的对接意向",
    en: "{orgName} declined your expression of interest in {itemCode} “{itemTitle}”",
  },
  "notifySubject.sdExpression.declined": {
    zh: "意向未被接受 {itemCode}",
    en: "Interest declined {itemCode}",
  },
  "notify.sdExpression.withdrawn": {
    zh: "{orgName} 撤回了对 {itemCode}「{itemTitle}」的对接意向",
    en: "{orgName} withdrew its expression of interest in {itemCode} “{itemTitle}”",
  },
  "notifySubject.sdExpression.withdrawn": {
    zh: "意向已撤回 {itemCode}",
    en: "Interest withdrawn {itemCode}",
  },
  "notify.sdExpression.expired": {
    zh: "贵单位对 {itemCode}「{itemTitle}」的对接意向 14 天未获答复，已过期",
    en: "Your expression of interest in {itemCode} “{itemTitle}” went unanswered for 14 days and lapsed",
  },
  "notifySubject.sdExpression.expired": { zh: "意向已过期 {itemCode}", en: "Interest lapsed {itemCode}" },
  "notify.sdOutcome.recorded": {
    zh: "{orgName} 为 {itemCode}「{itemTitle}」的对接记录了结果",
    en: "{orgName} recorded an outcome for {itemCode} “{itemTitle}”",
  },
  "notifySubject.sdOutcome.recorded": { zh: "对接结果 {itemCode}", en: "Outcome recorded {itemCode}" },
} as const satisfies Record<string, { zh: string; en: string }>;
