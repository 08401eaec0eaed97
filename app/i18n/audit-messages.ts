/** The public audit-chain page's strings; spread into `messages`. */
export const auditMessages = {
  "audit.title": { zh: "审计链公示", en: "Audit chain heads" },
  "audit.lead": {
    zh: "平台的每一次关键操作（审批、揭榜、公示、奖励等）都写入一条只能追加的审计链：每条记录的哈希包含前一条的哈希。每天公布一次链头（最新记录的序号和哈希）。保存一个链头，以后就能证明此前的记录没有被删改或截断。",
    en: "Every significant action on the platform (approvals, bids, notices, awards…) is written to an append-only audit chain in which each entry's hash covers the one before it. Once a day the chain's head (the newest entry's number and hash) is published here. Save a head, and you can later prove that nothing before it was altered, removed or cut off.",
  },
  "audit.heads": { zh: "每日链头", en: "Daily heads" },
  "audit.none": {
    zh: "尚未公布链头：审计链中有记录后，每天首次例行检查时公布。",
    en: "No head published yet: one is published at the first sweep of each day once the chain has entries.",
  },
  "audit.day": { zh: "{day}（北京时间）", en: "{day} (Beijing time)" },
  "audit.seq": { zh: "序号", en: "Entry number" },
  "audit.publishedAt": { zh: "公布时间", en: "Published" },
  "audit.head": { zh: "链头（序号:哈希）", en: "Head (number:hash)" },
  "audit.howTitle": { zh: "如何核验", en: "How to verify" },
  "audit.how.save": {
    zh: "保存某一天的链头，例如复制下面的“序号:哈希”，或定期下载 JSON 接口。",
    en: "Save a day's head: copy its “number:hash” below, or download the JSON API from time to time.",
  },
  "audit.how.run": {
    zh: "之后，由能访问数据库的人（或审计方）运行下面的命令。命令会重新计算整条链的哈希，并确认链中仍有您保存的链头：",
    en: "Later, have someone with access to the database (or an auditor) run the command below. It recomputes every hash of the chain and checks that the chain still holds the head you saved:",
  },
  "audit.how.fail": {
    zh: "如果链中的记录被改动，或者末尾的记录被删除（截断），命令会报错并指出问题所在。",
    en: "If an entry was changed, or entries were cut from the end (truncated), the command fails and says where.",
  },
  "audit.json": { zh: "JSON 接口：/api/v1/audit/heads", en: "JSON API: /api/v1/audit/heads" },
  "footer.audit": { zh: "审计链公示", en: "Audit chain" },
} as const satisfies Record<string, { zh: string; en: string }>;
