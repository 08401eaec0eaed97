/**
 * The conference's event part: staff event pages (settings, blocks, tables, sessions, roadshows, publish, cancel),
 * the public programme and its errors; spread into `messages`. The cancellation notification is in
 * `mmEventsNotificationMessages` (spread into the notification texts, where a stored kind is looked up).
 */
export const mmEventsNotificationMessages = {
  "notify.mmEvent.cancelled": {
    zh: "供需对接大会「{eventTitle}」已取消，贵单位的会谈预约均已取消",
    en: "The matchmaking conference “{eventTitle}” was cancelled; your organization's meeting requests are cancelled",
  },
  "notifySubject.mmEvent.cancelled": {
    zh: "大会已取消：{eventTitle}",
    en: "Conference cancelled: {eventTitle}",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export const mmEventsMessages = {
  /* ---------- public ---------- */
  "mmEvents.public.title": { zh: "供需对接大会", en: "Matchmaking conferences" },
  "mmEvents.public.lead": {
    zh: "每年定期召开的数字经济供需对接大会：一对一洽谈、主题专场与企业路演。",
    en: "The annual digital economy supply–demand matchmaking conference: one-to-one meetings, themed sessions and supplier roadshows.",
  },
  "mmEvents.public.empty": { zh: "暂无已发布的大会。", en: "No conference has been published yet." },
  "mmEvents.public.dates": { zh: "日期", en: "Dates" },
  "mmEvents.public.venue": { zh: "地点", en: "Venue" },
  "mmEvents.public.status": { zh: "状态", en: "Status" },
  "mmEvents.public.participants": { zh: "参会单位", en: "Participants" },
  "mmEvents.public.meetings": { zh: "已排洽谈", en: "Meetings scheduled" },
  "mmEvents.public.counts": {
    zh: "已通过审核的参会单位 {participants} 家，已排定洽谈 {meetings} 场",
    en: "{participants, plural, one {# validated participant} other {# validated participants}}, {meetings, plural, one {# meeting} other {# meetings}} scheduled",
  },
  "mmEvents.public.cancelled": {
    zh: "本次大会已取消。原因：{reason}",
    en: "This conference was cancelled. Reason: {reason}",
  },
  "mmEvents.public.draftNote": {
    zh: "草稿：仅工作人员可见，尚未公开。",
    en: "Draft: visible to staff only, not yet public.",
  },
  "mmEvents.public.registrationWindow": { zh: "报名时间", en: "Registration" },
  "mmEvents.public.bookingWindow": { zh: "预约洽谈时间", en: "Meeting booking" },
  "mmEvents.public.blocks": { zh: "一对一洽谈时段", en: "One-to-one meeting blocks" },
  "mmEvents.public.noBlocks": { zh: "洽谈时段尚未公布。", en: "Meeting blocks are not announced yet." },
  "mmEvents.public.sessions": { zh: "主题专场与路演", en: "Themed sessions and roadshows" },
  "mmEvents.public.noSessions": { zh: "主题专场尚未公布。", en: "Themed sessions are not announced yet." },
  "mmEvents.public.noRoadshows": { zh: "本专场暂无路演。", en: "No roadshow in this session yet." },
  "mmEvents.public.general": { zh: "综合", en: "General" },
  "mmEvents.public.stage": { zh: "舞台：{stage}", en: "Stage: {stage}" },
  "mmEvents.public.time": { zh: "时间", en: "Time" },
  "mmEvents.public.organization": { zh: "路演单位", en: "Presenter" },
  "mmEvents.public.item": { zh: "供给条目", en: "Supply item" },
  "mmEvents.public.take": { zh: "参会", en: "Take part" },
  "mmEvents.public.register": { zh: "报名参会", en: "Register" },
  "mmEvents.public.participantsLink": { zh: "参会单位名录", en: "Participant list" },
  "mmEvents.public.meetingsLink": { zh: "我的洽谈", en: "My meetings" },
  "mmEvents.public.agendaLink": { zh: "我的日程", en: "My agenda" },
  "mmEvents.public.signIn": {
    zh: "登录后可报名参会、查看参会单位并预约洽谈。",
    en: "Sign in to register, see the participants and request meetings.",
  },
  "mmEvents.public.signInLink": { zh: "登录", en: "Sign in" },
  "mmEvents.public.all": { zh: "全部大会", en: "All conferences" },
  "mmEvents.public.api": { zh: "开放数据接口（JSON）", en: "Open data (JSON)" },
  "mmEvents.sdLink": {
    zh: "{title}（{from} 至 {to}）：一对一供需洽谈，欢迎报名。",
    en: "{title} ({from} to {to}): one-to-one supply–demand meetings — register now.",
  },

  /* ---------- staff: list ---------- */
  "mmEvents.staff.nav": { zh: "供需对接大会", en: "Matchmaking conferences" },
  "mmEvents.staff.title": { zh: "供需对接大会管理", en: "Matchmaking conferences" },
  "mmEvents.staff.empty": { zh: "还没有大会。", en: "No conference yet." },
  "mmEvents.staff.event": { zh: "大会", en: "Conference" },
  "mmEvents.staff.registrations": { zh: "报名", en: "Registrations" },
  "mmEvents.staff.new": { zh: "新建大会", en: "New conference" },
  "mmEvents.staff.create": { zh: "创建（草稿）", en: "Create (as draft)" },
  "mmEvents.staff.back": { zh: "返回大会列表", en: "Back to the conferences" },

  /* ---------- staff: one event ---------- */
  "mmEvents.staff.settings": { zh: "基本信息与规则", en: "Settings" },
  "mmEvents.staff.saveSettings": { zh: "保存基本信息", en: "Save settings" },
  "mmEvents.staff.saved": { zh: "已保存。", en: "Saved." },
  "mmEvents.field.year": { zh: "年度", en: "Year" },
  "mmEvents.field.titleZh": { zh: "名称（中文）", en: "Title (Chinese)" },
  "mmEvents.field.titleEn": { zh: "名称（英文）", en: "Title (English)" },
  "mmEvents.field.venueZh": { zh: "地点（中文）", en: "Venue (Chinese)" },
  "mmEvents.field.venueEn": { zh: "地点（英文）", en: "Venue (English)" },
  "mmEvents.field.startsOn": { zh: "开始日期", en: "First day" },
  "mmEvents.field.endsOn": { zh: "结束日期", en: "Last day" },
  "mmEvents.field.registrationOpensAt": {
    zh: "报名开始（北京时间）",
    en: "Registration opens (Beijing time)",
  },
  "mmEvents.field.registrationClosesAt": {
    zh: "报名截止（北京时间）",
    en: "Registration closes (Beijing time)",
  },
  "mmEvents.field.bookingOpensAt": { zh: "预约开始（北京时间）", en: "Booking opens (Beijing time)" },
  "mmEvents.field.bookingClosesAt": { zh: "预约截止（北京时间）", en: "Booking closes (Beijing time)" },
  "mmEvents.field.slotMinutes": { zh: "每场洽谈时长（分钟）", en: "Meeting length (minutes)" },
  "mmEvents.field.breakMinutes": { zh: "场间休息（分钟）", en: "Break between meetings (minutes)" },
  "mmEvents.field.maxMeetings": { zh: "每位代表最多洽谈场次", en: "Maximum meetings per attendee" },
  "mmEvents.field.expiryHours": {
    zh: "预约请求有效期（小时）",
    en: "Request expiry (hours)",
  },
  "mmEvents.staff.blocks": { zh: "洽谈时段", en: "Meeting blocks" },
  "mmEvents.staff.blocksHint": {
    zh: "每行一个时段（北京时间）：日期、开始、结束。系统按洽谈时长和休息自动切分场次。留空的行将被忽略。",
    en: "One block per row (Beijing time): date, from, to. Slots are cut from them by the meeting length and break. Empty rows are ignored.",
  },
  "mmEvents.field.blockDate": { zh: "日期", en: "Date" },
  "mmEvents.field.blockFrom": { zh: "开始", en: "From" },
  "mmEvents.field.blockTo": { zh: "结束", en: "To" },
  "mmEvents.staff.blockRow": { zh: "第 {row} 行", en: "Row {row}" },
  "mmEvents.staff.saveBlocks": { zh: "保存时段并生成场次", en: "Save blocks and generate slots" },
  "mmEvents.staff.blocksSaved": {
    zh: "已保存，生成 {slots} 个场次。",
    en: "Saved: {slots, plural, one {# slot} other {# slots}} generated.",
  },
  "mmEvents.staff.placedLock": {
    zh: "已有洽谈排定，时段、桌位和洽谈时长不能再修改。",
    en: "Meetings are already placed: blocks, tables and meeting length can no longer change.",
  },
  "mmEvents.staff.slots": { zh: "生成的场次（{count}）", en: "Generated slots ({count})" },
  "mmEvents.staff.noSlots": {
    zh: "尚无场次：请先保存洽谈时段。",
    en: "No slots yet: save meeting blocks first.",
  },
  "mmEvents.staff.tables": { zh: "洽谈桌位", en: "Tables" },
  "mmEvents.staff.tablesNow": {
    zh: "当前 {count} 个：{names}",
    en: "{count, plural, one {# table} other {# tables}} now: {names}",
  },
  "mmEvents.staff.noTables": { zh: "尚未设置桌位。", en: "No tables yet." },
  "mmEvents.field.tableMode": { zh: "设置方式", en: "How" },
  "mmEvents.field.tableModeCount": { zh: "按数量（A01、A02……）", en: "By count (A01, A02, …)" },
  "mmEvents.field.tableModeNames": { zh: "按名称（每行一个洽谈室）", en: "By name (one room per line)" },
  "mmEvents.field.tableCount": { zh: "桌位数量", en: "Number of tables" },
  "mmEvents.field.tableNames": { zh: "桌位/洽谈室名称", en: "Table or room names" },
  "mmEvents.staff.saveTables": { zh: "保存桌位", en: "Save tables" },
  "mmEvents.staff.tablesSaved": {
    zh: "已保存 {tables} 个桌位。",
    en: "Saved: {tables, plural, one {# table} other {# tables}}.",
  },
  "mmEvents.staff.sessions": { zh: "主题专场", en: "Themed sessions" },
  "mmEvents.staff.addSession": { zh: "添加专场", en: "Add a session" },
  "mmEvents.staff.removeSession": { zh: "删除专场", en: "Remove session" },
  "mmEvents.staff.removeSessionNamed": { zh: "删除专场「{title}」", en: "Remove session “{title}”" },
  "mmEvents.staff.sessionAdded": { zh: "专场已添加。", en: "Session added." },
  "mmEvents.staff.sessionRemoved": {
    zh: "专场已删除（含其路演）。",
    en: "Session removed (with its roadshows).",
  },
  "mmEvents.field.domain": { zh: "领域", en: "Domain" },
  "mmEvents.field.sessionTitleZh": { zh: "专场名称（中文）", en: "Session title (Chinese)" },
  "mmEvents.field.sessionTitleEn": { zh: "专场名称（英文）", en: "Session title (English)" },
  "mmEvents.field.stageZh": { zh: "舞台（中文）", en: "Stage (Chinese)" },
  "mmEvents.field.stageEn": { zh: "舞台（英文）", en: "Stage (English)" },
  "mmEvents.field.sessionDate": { zh: "日期", en: "Date" },
  "mmEvents.field.sessionFrom": { zh: "开始时间", en: "Starts" },
  "mmEvents.field.sessionTo": { zh: "结束时间", en: "Ends" },
  "mmEvents.staff.roadshowsLink": { zh: "安排路演", en: "Schedule roadshows" },
  "mmEvents.staff.roadshowCount": {
    zh: "{count} 场路演",
    en: "{count, plural, one {# roadshow} other {# roadshows}}",
  },
  "mmEvents.staff.publish": { zh: "发布", en: "Publish" },
  "mmEvents.staff.publishHint": {
    zh: "发布后大会对公众可见。发布前需至少设置一个洽谈时段和一个桌位。",
    en: "Publishing makes the conference public. It needs at least one meeting block and one table.",
  },
  "mmEvents.staff.published": { zh: "大会已发布。", en: "The conference is published." },
  "mmEvents.staff.cancel": { zh: "取消大会", en: "Cancel the conference" },
  "mmEvents.staff.cancelHint": {
    zh: "取消后，所有待回复、已接受和已排定的洽谈一并取消，释放桌位，并通知所有报名单位。此操作不可撤销。",
    en: "Cancelling closes every requested, accepted and scheduled meeting, frees their tables and notifies every registered organization. It cannot be undone.",
  },
  "mmEvents.field.cancelReason": { zh: "取消原因", en: "Reason" },
  "mmEvents.staff.cancelled": {
    zh: "大会已取消：关闭 {open} 个待处理预约、{scheduled} 场已排洽谈，通知 {organizations} 家单位。",
    en: "Cancelled: {open} pending requests and {scheduled} scheduled meetings closed, {organizations} organizations notified.",
  },
  "mmEvents.staff.cancelledNote": { zh: "已取消。原因：{reason}", en: "Cancelled. Reason: {reason}" },
  "mmEvents.staff.readOnly": {
    zh: "该大会已取消或已结束，不能再修改。",
    en: "This conference is cancelled or closed and can no longer be edited.",
  },
  "mmEvents.staff.publicPage": { zh: "公开页面", en: "Public page" },
  "mmEvents.staff.otherPages": { zh: "大会管理", en: "Conference management" },
  "mmEvents.staff.registrationsLink": { zh: "报名审核", en: "Registrations" },
  "mmEvents.staff.gridLink": { zh: "洽谈排期表", en: "Meeting grid" },
  "mmEvents.staff.checkInLink": { zh: "签到", en: "Check-in" },
  "mmEvents.staff.statsLink": { zh: "统计", en: "Statistics" },

  /* ---------- staff: roadshows ---------- */
  "mmEvents.roadshows.title": { zh: "路演安排", en: "Roadshows" },
  "mmEvents.roadshows.lead": {
    zh: "在各主题专场中安排供给方路演：选择已通过审核的参会单位及其带来的供给条目，时间须在专场之内且互不重叠。",
    en: "Schedule supplier presentations in each themed session: a validated participant and one of the supply items it brings, inside the session and not overlapping another.",
  },
  "mmEvents.roadshows.noSessions": {
    zh: "尚无主题专场：请先在大会设置页添加专场。",
    en: "No themed session yet: add one on the conference's settings page first.",
  },
  "mmEvents.roadshows.noOffers": {
    zh: "暂无可路演的供给条目（需已通过审核的参会单位带来的供给条目）。",
    en: "No supply item to present yet (it must be brought by a validated participant).",
  },
  "mmEvents.field.offer": { zh: "路演单位与供给条目", en: "Presenter and supply item" },
  "mmEvents.field.start": { zh: "开始时间", en: "Starts at" },
  "mmEvents.field.minutes": { zh: "时长（分钟）", en: "Length (minutes)" },
  "mmEvents.roadshows.add": { zh: "添加路演", en: "Add roadshow" },
  "mmEvents.roadshows.added": { zh: "路演已添加。", en: "Roadshow added." },
  "mmEvents.roadshows.remove": { zh: "移除", en: "Remove" },
  "mmEvents.roadshows.removeNamed": { zh: "移除 {org} 的路演", en: "Remove the roadshow of {org}" },
  "mmEvents.roadshows.removed": { zh: "路演已移除。", en: "Roadshow removed." },
  "mmEvents.roadshows.back": { zh: "返回大会设置", en: "Back to the conference" },

  /* ---------- errors ---------- */
  "mmEvents.err.notFound": { zh: "没有这个大会", en: "No such conference" },
  "mmEvents.err.date": { zh: "请输入有效日期（年-月-日）", en: "Enter a real date (YYYY-MM-DD)" },
  "mmEvents.err.dateTime": { zh: "请输入有效的日期和时间", en: "Enter a real date and time" },
  "mmEvents.err.time": { zh: "请输入有效时间（时:分）", en: "Enter a real time (HH:MM)" },
  "mmEvents.err.endsBeforeStarts": {
    zh: "结束日期不能早于开始日期",
    en: "The last day cannot be before the first day",
  },
  "mmEvents.err.windowReversed": {
    zh: "截止时间必须晚于开始时间",
    en: "The closing time must be after the opening time",
  },
  "mmEvents.err.blockTimes": {
    zh: "时间无效：结束必须晚于开始（时:分）",
    en: "Invalid times: the end must be after the start (HH:MM)",
  },
  "mmEvents.err.outsideEvent": {
    zh: "日期须在大会日期 {from} 至 {to} 之内",
    en: "The date must be within the conference, {from} to {to}",
  },
  "mmEvents.err.overlap": { zh: "与第 {row} 行的时段重叠", en: "Overlaps the block in row {row}" },
  "mmEvents.err.duplicateTable": { zh: "桌位名称不能重复", en: "Table names must be unique" },
  "mmEvents.err.domain": { zh: "请选择领域", en: "Choose a domain" },
  "mmEvents.err.placed": {
    zh: "已有洽谈排定，不能再修改时段、桌位或洽谈时长；请先取消或改排相关洽谈",
    en: "Meetings are already placed: blocks, tables and meeting length can no longer change; cancel or move those meetings first",
  },
  "mmEvents.err.datesExcludeProgramme": {
    zh: "新的大会日期不能把已有的洽谈时段或专场排除在外",
    en: "The new dates would leave existing meeting blocks or sessions outside the conference",
  },
  "mmEvents.err.notEditable": {
    zh: "该大会已取消或已结束，不能再修改",
    en: "This conference is cancelled or closed and can no longer be changed",
  },
  "mmEvents.err.notDraft": {
    zh: "只有草稿状态的大会可以发布",
    en: "Only a draft conference can be published",
  },
  "mmEvents.err.notCancellable": {
    zh: "该大会已取消或已结束，不能取消",
    en: "This conference is already cancelled or closed",
  },
  "mmEvents.err.publishNoBlocks": {
    zh: "发布前请至少设置一个洽谈时段",
    en: "Add at least one meeting block before publishing",
  },
  "mmEvents.err.publishNoTables": {
    zh: "发布前请至少设置一个桌位",
    en: "Add at least one table before publishing",
  },
  "mmEvents.err.sessionNotFound": { zh: "没有这个专场", en: "No such session" },
  "mmEvents.err.roadshowNotFound": { zh: "没有这个路演", en: "No such roadshow" },
  "mmEvents.err.offer": {
    zh: "请选择已通过审核的参会单位带来的供给条目",
    en: "Choose a supply item brought by a validated participant",
  },
  "mmEvents.err.outsideSession": {
    zh: "路演须在专场时间之内",
    en: "The roadshow must lie within the session's time",
  },
  "mmEvents.err.roadshowOverlap": {
    zh: "与本专场的另一场路演时间重叠",
    en: "Overlaps another roadshow of this session",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
