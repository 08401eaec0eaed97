/** Every UI string in both languages, side by side, so a missing translation cannot compile. */
export const messages = {
  "app.name": { zh: "揭榜", en: "Jiebang" },
  "app.tagline": {
    zh: "数字经济揭榜挂帅与供需对接平台",
    en: "Open-challenge and supply–demand platform for the digital economy",
  },
  "nav.home": { zh: "首页", en: "Home" },
  "nav.organization": { zh: "我的单位", en: "My organization" },
  "nav.account": { zh: "账号", en: "Account" },
  "nav.staff": { zh: "管理后台", en: "Staff console" },
  "nav.login": { zh: "登录", en: "Sign in" },
  "nav.signup": { zh: "单位注册", en: "Register organization" },
  "nav.logout": { zh: "退出", en: "Sign out" },
  "nav.main": { zh: "主导航", en: "Main navigation" },
  "nav.skip": { zh: "跳到正文", en: "Skip to content" },
  "lang.switch": { zh: "English", en: "中文" },
  "lang.switchLabel": { zh: "切换到英文", en: "Switch to Chinese" },
  "footer.text": {
    zh: "开源平台，服务《武汉市支持数字经济加快发展若干政策》场景开放与供需对接条款。",
    en: "Open-source platform serving the scenario-opening and supply–demand clauses of Wuhan's 2022 digital-economy policy.",
  },

  "home.title": {
    zh: "让每一项场景任务找到最合适的揭榜人",
    en: "Every challenge task, matched with the team that can deliver it",
  },
  "home.lead": {
    zh: "城市每年发布人工智能、5G、工业互联网、区块链等应用场景创新任务。企业、高校、科研院所及联合体在此检索、揭榜申报；市经信局遴选并公示结果；项目经评估确认成功实施后，按项目总投资的 30% 给予奖励，最高 200 万元，并拨付给联合体。",
    en: "Each year the city publishes application-scenario innovation tasks in AI, 5G, industrial internet, blockchain and more. Enterprises, universities, research institutes and consortia find them here and bid; the municipal bureau selects winners and publishes the result for objections; a project assessed as successfully implemented earns 30% of its total investment, up to 2,000,000 yuan, paid to the consortium.",
  },
  "home.forCompanies": { zh: "面向企业与高校", en: "For companies and universities" },
  "home.forCompaniesText": {
    zh: "注册单位、组建联合体、在线揭榜、跟踪评估与奖励拨付。",
    en: "Register, form consortia, bid online, follow assessment and payout.",
  },
  "home.forCity": { zh: "面向市经信局", en: "For city staff" },
  "home.forCityText": {
    zh: "发布榜单、遴选公示、组织专家评估、核定并拨付奖励，全程留痕。",
    en: "Publish lists, select and publish results, run assessments, approve and pay awards — every step audited.",
  },
  "home.forExperts": { zh: "面向评审专家", en: "For assessors" },
  "home.forExpertsText": {
    zh: "仅见分配项目，先声明回避，再按考核指标独立打分。",
    en: "See only assigned projects, declare conflicts first, score independently against the indicators.",
  },
  "home.policy": { zh: "政策依据", en: "Policy basis" },
  "home.policyText": {
    zh: "《武汉市支持数字经济加快发展若干政策》三(六)：推动数字应用场景全面开放；五(三)：加强数字经济供需对接。自 2022 年 6 月 1 日起施行，有效期 3 年；同一企业同一项目符合多项市级政策的，按“就高不重复”原则支持。",
    en: "Wuhan policy on accelerating the digital economy, clause 3(6): open application scenarios; clause 5(3): supply–demand matchmaking. In force from 1 June 2022 for three years; where one project qualifies under several city policies, the highest entitlement applies, never the sum.",
  },
  "home.getStarted": { zh: "注册单位", en: "Register your organization" },
  "home.signIn": { zh: "已有账号？登录", en: "Have an account? Sign in" },
  "home.welcome": { zh: "欢迎，{name}", en: "Welcome, {name}" },

  "field.email": { zh: "电子邮箱", en: "Email" },
  "field.password": { zh: "密码", en: "Password" },
  "field.passwordHint": { zh: "至少 10 个字符", en: "At least 10 characters" },
  "field.name": { zh: "姓名", en: "Name" },
  "field.orgName": { zh: "单位名称", en: "Organization name" },
  "field.orgType": { zh: "单位类型", en: "Organization type" },
  "field.uscc": { zh: "统一社会信用代码", en: "Unified social credit code" },
  "field.usccHint": { zh: "18 位，末位为校验码", en: "18 characters; the last one is a check character" },
  "field.district": { zh: "所在区", en: "District" },
  "field.contactName": { zh: "联系人", en: "Contact person" },
  "field.contactPhone": { zh: "联系电话", en: "Contact phone" },
  "field.currentPassword": { zh: "当前密码", en: "Current password" },
  "field.newPassword": { zh: "新密码", en: "New password" },
  "field.choose": { zh: "请选择", en: "Choose…" },

  "orgType.enterprise": { zh: "企业", en: "Enterprise" },
  "orgType.university": { zh: "高校", en: "University" },
  "orgType.research_institute": { zh: "科研院所", en: "Research institute" },
  "orgType.government_unit": { zh: "政府单位", en: "Government unit" },

  "role.owner": { zh: "管理员", en: "Owner" },
  "role.member": { zh: "成员", en: "Member" },
  "role.staff": { zh: "市经信局工作人员", en: "City staff" },
  "role.assessor": { zh: "评审专家", en: "Assessor" },

  "signup.title": { zh: "单位注册", en: "Register an organization" },
  "signup.lead": {
    zh: "注册后，您将成为本单位账号的管理员，可邀请同事加入。",
    en: "You become the owner of your organization's account and can invite colleagues.",
  },
  "signup.orgSection": { zh: "单位信息", en: "Organization" },
  "signup.ownerSection": { zh: "管理员账号", en: "Owner account" },
  "signup.submit": { zh: "注册", en: "Register" },
  "signup.haveAccount": { zh: "已有账号？", en: "Already registered?" },

  "login.title": { zh: "登录", en: "Sign in" },
  "login.submit": { zh: "登录", en: "Sign in" },
  "login.noAccount": { zh: "还没有账号？", en: "No account yet?" },

  "account.title": { zh: "账号设置", en: "Account settings" },
  "account.changePassword": { zh: "修改密码", en: "Change password" },
  "account.changePasswordLead": {
    zh: "修改后，您在其他设备上的登录将全部失效。",
    en: "Changing it signs you out on every other device.",
  },
  "account.submitPassword": { zh: "更新密码", en: "Update password" },
  "account.passwordChanged": {
    zh: "密码已更新，已退出其他 {count} 个登录会话。",
    en: "Password updated; {count} other session(s) signed out.",
  },
  "account.roles": { zh: "平台角色", en: "Platform roles" },
  "account.noRoles": { zh: "无", en: "None" },

  "org.title": { zh: "我的单位", en: "My organization" },
  "org.none": { zh: "您的账号尚未加入任何单位。", en: "Your account does not belong to an organization." },
  "org.members": { zh: "成员", en: "Members" },
  "org.invite": { zh: "邀请成员", en: "Invite a member" },
  "org.inviteLead": {
    zh: "输入同事的邮箱，生成邀请链接并发送给对方（7 天内有效）。",
    en: "Enter a colleague's email to create an invitation link (valid for 7 days) to send them.",
  },
  "org.inviteSubmit": { zh: "生成邀请", en: "Create invitation" },
  "org.inviteCreated": {
    zh: "邀请已生成，请将此链接发送给 {email}：",
    en: "Invitation created. Send this link to {email}:",
  },
  "org.pending": { zh: "待接受的邀请", en: "Pending invitations" },
  "org.expires": { zh: "有效期至", en: "Expires" },
  "org.joined": { zh: "加入时间", en: "Joined" },

  "invite.title": { zh: "加入 {org}", en: "Join {org}" },
  "invite.lead": {
    zh: "{org} 邀请 {email} 作为成员加入。",
    en: "{org} invited {email} to join as a member.",
  },
  "invite.createAccount": {
    zh: "设置姓名和密码以创建账号并加入。",
    en: "Set your name and password to create your account and join.",
  },
  "invite.accept": { zh: "接受邀请", en: "Accept invitation" },
  "invite.signInFirst": {
    zh: "该邮箱已有账号，请先以 {email} 登录再接受邀请。",
    en: "This email already has an account: sign in as {email} first, then accept.",
  },
  "invite.wrongAccount": {
    zh: "此邀请发给 {email}，您当前登录的是其他账号。",
    en: "This invitation is for {email}; you are signed in as someone else.",
  },
  "invite.invalid": {
    zh: "邀请链接无效、已使用或已过期。",
    en: "This invitation link is invalid, used or expired.",
  },

  "staff.title": { zh: "管理后台", en: "Staff console" },
  "staff.organizations": { zh: "注册单位", en: "Registered organizations" },
  "staff.audit": { zh: "审计日志", en: "Audit trail" },
  "staff.auditLead": {
    zh: "每条记录的哈希都覆盖上一条记录的哈希，任何篡改都可被 npm run audit:verify 检出。",
    en: "Each entry's hash covers the previous entry's hash; npm run audit:verify detects any tampering.",
  },
  "staff.memberCount": { zh: "成员数", en: "Members" },
  "staff.registered": { zh: "注册时间", en: "Registered" },
  "audit.seq": { zh: "序号", en: "#" },
  "audit.time": { zh: "时间", en: "Time" },
  "audit.actor": { zh: "操作人", en: "Actor" },
  "audit.action": { zh: "操作", en: "Action" },
  "audit.entity": { zh: "对象", en: "Entity" },
  "audit.system": { zh: "系统", en: "System" },

  "common.empty": { zh: "暂无数据", en: "Nothing here yet" },
  "common.previous": { zh: "上一页", en: "Previous" },
  "common.next": { zh: "下一页", en: "Next" },
  "common.page": {
    zh: "第 {page} / {pages} 页，共 {total} 条",
    en: "Page {page} of {pages}, {total} in all",
  },
  "common.pagination": { zh: "分页", en: "Pagination" },
  "common.saving": { zh: "提交中…", en: "Submitting…" },
  "common.formErrors": {
    zh: "请修正标出的问题后再提交。",
    en: "Please correct the marked fields and submit again.",
  },

  "error.notFound.title": { zh: "页面不存在", en: "Page not found" },
  "error.notFound.text": {
    zh: "您访问的页面不存在或已被移除。",
    en: "The page you asked for does not exist or has been removed.",
  },
  "error.forbidden.title": { zh: "无权访问", en: "Access denied" },
  "error.forbidden.text": {
    zh: "您的账号没有访问此页面的权限。",
    en: "Your account is not allowed to see this page.",
  },
  "error.server.title": { zh: "服务器出错了", en: "Something went wrong" },
  "error.server.text": {
    zh: "我们已记录该错误，请稍后重试。",
    en: "The error has been logged; please try again shortly.",
  },
  "error.backHome": { zh: "返回首页", en: "Back to the home page" },

  "err.required": { zh: "此项必填", en: "This field is required" },
  "err.tooLong": { zh: "内容过长（最多 {max} 个字符）", en: "Too long (at most {max} characters)" },
  "err.email.invalid": { zh: "邮箱格式不正确", en: "This is not a valid email address" },
  "err.email.taken": { zh: "该邮箱已注册", en: "This email is already registered" },
  "err.password.tooShort": { zh: "密码至少 10 个字符", en: "The password must have at least 10 characters" },
  "err.password.tooLong": { zh: "密码最多 200 个字符", en: "The password must have at most 200 characters" },
  "err.password.wrongCurrent": { zh: "当前密码不正确", en: "The current password is wrong" },
  "err.password.same": {
    zh: "新密码不能与当前密码相同",
    en: "The new password must differ from the current one",
  },
  "err.uscc.format": {
    zh: "统一社会信用代码应为 18 位（数字和大写字母，不含 I、O、S、V、Z）",
    en: "The code must be 18 characters: digits and capital letters except I, O, S, V, Z",
  },
  "err.uscc.checkCharacter": {
    zh: "统一社会信用代码校验位不正确，请核对",
    en: "The check character does not match: please check the code",
  },
  "err.uscc.taken": {
    zh: "该统一社会信用代码已注册",
    en: "An organization with this code is already registered",
  },
  "err.orgType": { zh: "请选择单位类型", en: "Choose the organization type" },
  "err.district": { zh: "请选择所在区", en: "Choose the district" },
  "err.phone": { zh: "电话号码格式不正确", en: "This is not a valid phone number" },
  "err.login.invalid": { zh: "邮箱或密码不正确", en: "Wrong email or password" },
  "err.login.throttled": {
    zh: "登录失败次数过多，请在 {minutes} 分钟后重试",
    en: "Too many failed sign-ins: try again in {minutes} minute(s)",
  },
  "err.invite.member": { zh: "该用户已属于某个单位", en: "This person already belongs to an organization" },
  "err.invite.ownerOnly": {
    zh: "只有单位管理员可以邀请成员",
    en: "Only the organization's owner can invite members",
  },
  "err.csrf": {
    zh: "请求校验失败，请刷新页面后重试",
    en: "The request could not be verified: reload the page and try again",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;
