/** The conference's registration part (issue 14): registration, staff validation, participant list. */
export const mmRegistrationMessages = {
  "mmRegistration.title": { zh: "大会报名", en: "Conference registration" },
  "mmRegistration.backToEvent": { zh: "返回大会日程", en: "Back to the programme" },
  "mmRegistration.window": {
    zh: "报名时间：{opens} 至 {closes}",
    en: "Registration: {opens} to {closes}",
  },
  "mmRegistration.noOrganization": {
    zh: "只有单位成员可以为本单位报名。请先加入或注册一个单位。",
    en: "Only members of an organization can register it. Join or register an organization first.",
  },
  "mmRegistration.yourRegistration": { zh: "本单位的报名", en: "Your organization's registration" },
  "mmRegistration.statusHelp.pending": {
    zh: "报名已提交，等待工作人员审核。审核前可修改或撤回。",
    en: "Submitted and awaiting validation by staff. You can edit or withdraw it until then.",
  },
  "mmRegistration.statusHelp.validated": {
    zh: "报名已通过。贵单位已出现在参会单位名单中，可以发起洽谈预约。",
    en: "Validated. Your organization is in the participant list and can request meetings.",
  },
  "mmRegistration.statusHelp.refused": {
    zh: "报名未通过审核。如有疑问请联系大会工作人员。",
    en: "The registration was refused. Contact the conference staff with any questions.",
  },
  "mmRegistration.statusHelp.withdrawn": {
    zh: "报名已撤回。如需重新参会请联系大会工作人员。",
    en: "The registration was withdrawn. Contact the conference staff to take part again.",
  },
  "mmRegistration.refuseReason": { zh: "未通过原因：", en: "Reason for refusal:" },
  "mmRegistration.submittedAt": { zh: "提交于 {at}", en: "Submitted {at}" },
  "mmRegistration.reviewedAt": { zh: "审核于 {at}", en: "Reviewed {at}" },
  "mmRegistration.noItemsWarning": {
    zh: "贵单位未选择携带的供需条目。其他参会单位主要通过条目找到洽谈对象，建议至少选择一项。",
    en: "Your organization brings no items. Other participants find partners mainly through items: consider choosing at least one.",
  },
  "mmRegistration.link.participants": { zh: "参会单位名单", en: "Participant list" },
  "mmRegistration.link.meetings": { zh: "我的洽谈", en: "My meetings" },
  "mmRegistration.link.agenda": { zh: "我的日程", en: "My agenda" },
  "mmRegistration.link.register": { zh: "报名参会", en: "Register" },
  "mmRegistration.done.created": {
    zh: "报名已提交，请等待审核。",
    en: "Registration submitted; it awaits validation.",
  },
  "mmRegistration.done.updated": { zh: "报名信息已更新。", en: "Registration updated." },
  "mmRegistration.done.withdrawn": { zh: "报名已撤回。", en: "Registration withdrawn." },
  "mmRegistration.windowRefusal.eventNotPublished": {
    zh: "本次大会当前不接受报名。",
    en: "This conference does not take registrations at the moment.",
  },
  "mmRegistration.windowRefusal.notOpenYet": { zh: "报名尚未开始。", en: "Registration has not opened yet." },
  "mmRegistration.windowRefusal.closed": { zh: "报名已截止。", en: "Registration has closed." },
  "mmRegistration.form.title": { zh: "填写报名信息", en: "Register your organization" },
  "mmRegistration.form.editTitle": { zh: "修改报名信息", en: "Edit the registration" },
  "mmRegistration.form.attendee1": { zh: "参会代表 1", en: "Attendee 1" },
  "mmRegistration.form.attendee2": { zh: "参会代表 2（可选）", en: "Attendee 2 (optional)" },
  "mmRegistration.form.attendee2Hint": {
    zh: "每个单位最多两名代表。填写其中任一项，则四项均为必填。",
    en: "At most two attendees per organization. Filling any of these fields makes all four required.",
  },
  "mmRegistration.form.name": { zh: "姓名", en: "Name" },
  "mmRegistration.form.jobTitle": { zh: "职务", en: "Job title" },
  "mmRegistration.form.phone": { zh: "手机", en: "Phone" },
  "mmRegistration.form.email": { zh: "邮箱", en: "Email" },
  "mmRegistration.form.items": { zh: "携带的供需条目", en: "Items you bring" },
  "mmRegistration.form.itemsHint": {
    zh: "从本单位已发布的需求和供给中选择。可以不选，但其他单位主要通过条目找到您。手机和邮箱仅本单位与工作人员可见。",
    en: "Choose among your organization's published demands and supplies. None is allowed, but others find you mainly through items. Phones and emails are seen only by your organization and staff.",
  },
  "mmRegistration.form.noItems": {
    zh: "本单位暂无已发布的供需条目。",
    en: "Your organization has no published items yet.",
  },
  "mmRegistration.form.publishItem": { zh: "发布供需条目", en: "Publish an item" },
  "mmRegistration.form.note": { zh: "备注", en: "Note" },
  "mmRegistration.form.submit": { zh: "提交报名", en: "Submit registration" },
  "mmRegistration.form.update": { zh: "保存修改", en: "Save changes" },
  "mmRegistration.withdraw.title": { zh: "撤回报名", en: "Withdraw the registration" },
  "mmRegistration.withdraw.hint": {
    zh: "撤回后不能再次报名本次大会。",
    en: "Once withdrawn, the organization cannot register for this conference again.",
  },
  "mmRegistration.withdraw.validatedHint": {
    zh: "撤回后，本单位所有待回复和已排期的洽谈将被取消，对方单位会收到通知；不能再次报名本次大会。",
    en: "Withdrawing cancels all your pending and scheduled meetings, and the other organizations are told. You cannot register for this conference again.",
  },
  "mmRegistration.withdraw.submit": { zh: "撤回报名", en: "Withdraw" },
  "mmRegistration.withdraw.confirm": {
    zh: "我已了解撤回的后果，确认撤回",
    en: "I understand what withdrawing does and want to withdraw",
  },

  "mmRegistration.staff.title": { zh: "报名审核", en: "Registrations" },
  "mmRegistration.staff.back": { zh: "返回大会设置", en: "Back to the event" },
  "mmRegistration.staff.filter": { zh: "按状态筛选", en: "Filter by status" },
  "mmRegistration.staff.status": { zh: "状态", en: "Status" },
  "mmRegistration.staff.all": { zh: "全部", en: "All" },
  "mmRegistration.staff.apply": { zh: "筛选", en: "Filter" },
  "mmRegistration.staff.count": {
    zh: "共 {count} 个报名",
    en: "{count, plural, one {# registration} other {# registrations}}",
  },
  "mmRegistration.staff.empty": { zh: "没有该状态的报名。", en: "No registrations with this status." },
  "mmRegistration.staff.attendees": { zh: "参会代表", en: "Attendees" },
  "mmRegistration.staff.items": { zh: "携带条目", en: "Items brought" },
  "mmRegistration.staff.noItems": { zh: "未选择条目", en: "No items" },
  "mmRegistration.staff.conflicted": {
    zh: "您是该单位成员或已声明与其存在利益冲突，不能审核此报名。",
    en: "You belong to this organization or declared a conflict with it: you cannot decide this registration.",
  },
  "mmRegistration.staff.validate": { zh: "通过", en: "Validate" },
  "mmRegistration.staff.reason": { zh: "不通过原因（必填）", en: "Reason for refusal (required)" },
  "mmRegistration.staff.refuse": { zh: "不通过", en: "Refuse" },
  "mmRegistration.staff.validated": { zh: "已通过该报名。", en: "Registration validated." },
  "mmRegistration.staff.refused": { zh: "已拒绝该报名。", en: "Registration refused." },

  "mmRegistration.participants.title": { zh: "参会单位", en: "Participants" },
  "mmRegistration.participants.forbidden.signIn": {
    zh: "参会单位名单仅对已通过审核的参会单位和工作人员开放。请先登录。",
    en: "The participant list is open to validated participants and staff only. Sign in first.",
  },
  "mmRegistration.participants.forbidden.notRegistered": {
    zh: "参会单位名单仅对已通过审核的参会单位开放。贵单位尚未报名本次大会。",
    en: "The participant list is open to validated participants only. Your organization has not registered for this conference.",
  },
  "mmRegistration.participants.forbidden.notValidated": {
    zh: "贵单位的报名尚未通过审核，通过后即可查看参会单位名单。",
    en: "Your registration is not validated; you will see the participant list once it is.",
  },
  "mmRegistration.participants.forbidden.noOrganization": {
    zh: "参会单位名单仅对已通过审核的参会单位和工作人员开放。",
    en: "The participant list is open to validated participants and staff only.",
  },
  "mmRegistration.participants.register": { zh: "报名参会", en: "Register for the conference" },
  "mmRegistration.participants.seeRegistration": { zh: "查看报名状态", en: "See your registration" },
  "mmRegistration.participants.search": { zh: "搜索参会单位", en: "Search participants" },
  "mmRegistration.participants.placeholder": {
    zh: "单位、代表、条目关键词",
    en: "Organization, attendee, item keywords",
  },
  "mmRegistration.participants.kind": { zh: "携带条目类型", en: "Items brought" },
  "mmRegistration.participants.brings.demand": { zh: "带来需求", en: "Brings demands" },
  "mmRegistration.participants.brings.supply": { zh: "带来供给", en: "Brings supplies" },
  "mmRegistration.participants.domain": { zh: "领域", en: "Domain" },
  "mmRegistration.participants.district": { zh: "所在区", en: "District" },
  "mmRegistration.participants.any": { zh: "不限", en: "Any" },
  "mmRegistration.participants.count": {
    zh: "共 {count} 个参会单位",
    en: "{count, plural, one {# participant} other {# participants}}",
  },
  "mmRegistration.participants.empty": {
    zh: "没有符合条件的参会单位。",
    en: "No participants match.",
  },
  "mmRegistration.participants.you": { zh: "本单位", en: "your organization" },
  "mmRegistration.participants.attendees": { zh: "参会代表", en: "Attendees" },
  "mmRegistration.participants.items": { zh: "携带条目", en: "Items brought" },
  "mmRegistration.participants.noItems": { zh: "未携带条目", en: "No items" },
  "mmRegistration.participants.request": { zh: "预约洽谈", en: "Request a meeting" },
  "mmRegistration.participants.requestWith": {
    zh: "预约与 {name} 洽谈",
    en: "Request a meeting with {name}",
  },

  "mmRegistration.dashboard.title": { zh: "供需对接大会", en: "Matchmaking conference" },
  "mmRegistration.dashboard.none": { zh: "暂无即将举行的大会。", en: "No upcoming conference." },
  "mmRegistration.dashboard.notRegistered": { zh: "尚未报名", en: "Not registered" },
  "mmRegistration.dashboard.status": { zh: "报名状态：", en: "Registration: " },

  "err.mmRegistration.eventNotFound": { zh: "找不到该大会", en: "Conference not found" },
  "err.mmRegistration.eventNotPublished": {
    zh: "本次大会当前不接受报名或变更",
    en: "This conference takes no registrations or changes at the moment",
  },
  "err.mmRegistration.notOpenYet": { zh: "报名尚未开始", en: "Registration has not opened yet" },
  "err.mmRegistration.closed": { zh: "报名已截止", en: "Registration has closed" },
  "err.mmRegistration.item": {
    zh: "只能选择本单位已发布的供需条目",
    en: "Choose only your organization's published items",
  },
  "err.mmRegistration.tooManyItems": {
    zh: "最多选择 {max} 个条目",
    en: "Choose at most {max} items",
  },
  "err.mmRegistration.already": {
    zh: "贵单位已报名本次大会",
    en: "Your organization has already registered for this conference",
  },
  "err.mmRegistration.notEditable": {
    zh: "报名已审核或已撤回，不能再修改",
    en: "The registration was already decided or withdrawn and can no longer be edited",
  },
  "err.mmRegistration.none": { zh: "贵单位尚未报名本次大会", en: "Your organization has not registered" },
  "err.mmRegistration.notWithdrawable": {
    zh: "该报名不能撤回",
    en: "This registration cannot be withdrawn",
  },
  "err.mmRegistration.confirmWithdraw": {
    zh: "请勾选确认后再撤回",
    en: "Tick the box to confirm the withdrawal",
  },
  "err.mmRegistration.notFound": { zh: "找不到该报名", en: "Registration not found" },
  "err.mmRegistration.notPending": {
    zh: "该报名已审核或已撤回",
    en: "This registration was already decided or withdrawn",
  },
  "err.mmRegistration.staffConflicted": {
    zh: "您是该单位成员或与其存在利益冲突，不能审核此报名",
    en: "You belong to this organization or have a conflict with it, so you cannot decide this registration",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Notification texts (spread into notificationMessages, where stored kinds are looked up). */
export const mmRegistrationNotificationMessages = {
  "notify.mmRegistration.validated": {
    zh: "贵单位的「{event}」报名已通过审核，可以查看参会单位并预约洽谈",
    en: "Your registration for “{event}” is validated: see the participants and request meetings",
  },
  "notifySubject.mmRegistration.validated": { zh: "大会报名已通过", en: "Registration validated" },
  "notify.mmRegistration.refused": {
    zh: "贵单位的「{event}」报名未通过审核",
    en: "Your registration for “{event}” was refused",
  },
  "notifySubject.mmRegistration.refused": { zh: "大会报名未通过", en: "Registration refused" },
  "notify.mmRegistration.withdrawn": {
    zh: "{orgName} 已撤回「{event}」的报名，与其相关的洽谈预约已取消",
    en: "{orgName} withdrew from “{event}”; your meeting requests and meetings with them are cancelled",
  },
  "notifySubject.mmRegistration.withdrawn": { zh: "洽谈已取消", en: "Meetings cancelled" },
} as const satisfies Record<string, { zh: string; en: string }>;
