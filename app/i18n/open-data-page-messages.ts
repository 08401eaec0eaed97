/** The /open-data page and the Atom feed (keys `openDataPage.*`, `feed.*`). */
export const openDataPageMessages = {
  "footer.openData": { zh: "开放数据", en: "Open data" },
  "footer.stats": { zh: "统计看板", en: "Dashboard" },
  "footer.feed": { zh: "订阅（Atom）", en: "Feed (Atom)" },
  "footer.links": { zh: "公开信息", en: "Public information" },
  "openDataPage.title": { zh: "开放数据", en: "Open data" },
  "openDataPage.lead": {
    zh: "平台花费的每一笔公共资金、作出的每一项决定都以开放格式公开：揭榜挂帅任务按开放合同数据标准（OCDS 1.1.5）发布，供需清单、对接结果、统计与动态订阅均可免费下载和调用，无需注册。",
    en: "Every public yuan the platform spends and every decision it makes is published in open formats: challenge tasks follow the Open Contracting Data Standard (OCDS 1.1.5); the supply–demand list, its outcomes, the statistics and the feeds are free to download and call, without an account.",
  },
  "openDataPage.licenceTitle": { zh: "许可", en: "Licence" },
  "openDataPage.licence": {
    zh: "数据以知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：可自由复制、分发与再利用，请注明来源“揭榜平台”。平台源代码以 Apache-2.0 许可开源。",
    en: "Data is published under Creative Commons Attribution 4.0 International (CC BY 4.0): copy, share and reuse it freely, crediting “Jiebang platform”. The platform's source code is open source under Apache-2.0.",
  },
  "openDataPage.datasets": { zh: "数据集", en: "Datasets" },
  "openDataPage.formats": { zh: "格式", en: "Formats" },
  "openDataPage.access": { zh: "获取", en: "Get it" },
  "openDataPage.schema": { zh: "数据结构", en: "Schema" },
  "openDataPage.frequency": { zh: "更新频率", en: "Updated" },
  "openDataPage.example": { zh: "示例请求", en: "Example request" },
  "openDataPage.licenceShort": { zh: "CC BY 4.0", en: "CC BY 4.0" },
  "openDataPage.noFiles": { zh: "尚无可下载的年度文件。", en: "No yearly file yet." },
  "openDataPage.year": { zh: "{year} 年", en: "{year}" },
  "openDataPage.freq.live": {
    zh: "实时（每次请求读取数据库，缓存不超过数分钟）",
    en: "Live (read from the database on each request; cached a few minutes at most)",
  },
  "openDataPage.freq.onChange": {
    zh: "随发布更新（清单批次、公示结果、拨付等发生时）",
    en: "When the city publishes (a batch, a result, a payout)",
  },
  "openDataPage.schema.ocds": { zh: "OCDS 1.1.5（含投标扩展）", en: "OCDS 1.1.5 (with the bid extension)" },
  "openDataPage.schema.readme": {
    zh: "字段说明见 README：{section}",
    en: "Fields described in the README: {section}",
  },
  "openDataPage.schema.atom": { zh: "Atom 1.0（RFC 4287）", en: "Atom 1.0 (RFC 4287)" },
  "openDataPage.schema.sitemap": { zh: "Sitemaps 0.9", en: "Sitemaps 0.9" },
  "openDataPage.ocidTitle": { zh: "OCDS 标识符", en: "OCDS identifiers" },
  "openDataPage.ocid": {
    zh: "每个揭榜任务一个 ocid：{prefix}-任务编号（如 {example}）。",
    en: "One ocid per challenge task: {prefix}-<task code> (e.g. {example}).",
  },
  "openDataPage.ocidPlaceholder": {
    zh: "当前前缀为占位值，尚未在 OCDS 注册；正式发布前须向开放合同伙伴关系（Open Contracting Partnership）申请前缀并设置 OCDS_PREFIX。",
    en: "The prefix is a placeholder, not registered with OCDS: before publishing for real, request a prefix from the Open Contracting Partnership and set OCDS_PREFIX.",
  },
  "openDataPage.ds.ocdsReleases": { zh: "OCDS 发布（releases）", en: "OCDS releases" },
  "openDataPage.ds.ocdsReleases.desc": {
    zh: "每个任务生命周期的每一步一条发布：招标（任务）、授予（揭榜结果）、合同（项目）、实施（拨付），以及变更。按年度与时间筛选，分页（links.next）。",
    en: "One release per lifecycle step of each task: tender (the task), award (the selection), contract (the project), implementation (payouts), and updates. Filter by year and time; paginated (links.next).",
  },
  "openDataPage.ds.ocdsRecords": { zh: "OCDS 记录（records）", en: "OCDS records" },
  "openDataPage.ds.ocdsRecords.desc": {
    zh: "一个任务的全部发布及其合并后的当前状态（compiledRelease）。",
    en: "All releases of one task and their compiled current state (compiledRelease).",
  },
  "openDataPage.ds.ocdsBulk": { zh: "OCDS 年度批量文件", en: "OCDS yearly bulk files" },
  "openDataPage.ds.ocdsBulk.desc": {
    zh: "一个年度全部任务的发布，每行一条 JSON，gzip 压缩，附 SHA-256 校验值。",
    en: "Every release of a year's tasks, one JSON per line, gzip-compressed, with a SHA-256 checksum.",
  },
  "openDataPage.ds.tasks": { zh: "揭榜任务", en: "Challenge tasks" },
  "openDataPage.ds.tasks.desc": {
    zh: "已发布的任务：可检索、筛选、分面统计；单个任务按编号获取。",
    en: "Published tasks: search, filters and facets; one task by its code.",
  },
  "openDataPage.ds.lists": { zh: "揭榜挂帅清单", en: "Challenge lists" },
  "openDataPage.ds.lists.desc": {
    zh: "已发布和已结束的年度清单。",
    en: "Published and closed yearly lists.",
  },
  "openDataPage.ds.notices": { zh: "公示", en: "Public notices" },
  "openDataPage.ds.notices.desc": {
    zh: "揭榜结果公示、公示期、状态与异议处理结果。",
    en: "Selection notices, their periods, status and how objections were resolved.",
  },
  "openDataPage.ds.awards": { zh: "奖励与拨付", en: "Awards and payouts" },
  "openDataPage.ds.awards.desc": {
    zh: "已审批奖励的完整计算（基数、比例、上限、就高不重复）、联合体分配及各方拨付状态。",
    en: "Approved awards with their full calculation (basis, rate, cap, 就高不重复), the consortium split and each part's payout status.",
  },
  "openDataPage.ds.policies": { zh: "政策", en: "Policies" },
  "openDataPage.ds.policies.desc": {
    zh: "奖励所依据的政策、比例、上限与有效期。",
    en: "The policies awards rest on: rate, cap and validity.",
  },
  "openDataPage.ds.sdList": { zh: "年度数字经济供需清单", en: "Yearly supply–demand list" },
  "openDataPage.ds.sdList.desc": {
    zh: "按批次发布的年度清单（冻结版本），不含联系人信息。",
    en: "The yearly list as published batch by batch (frozen revisions), without contact details.",
  },
  "openDataPage.ds.sdItems": { zh: "供需条目", en: "Supply–demand items" },
  "openDataPage.ds.sdItems.desc": {
    zh: "某年度发布过的全部需求与供给（当前公开版本、状态、所在批次），不含联系人信息。",
    en: "Every demand and supply published in a year (current public revision, status, batches), without contact details.",
  },
  "openDataPage.ds.sdOutcomes": { zh: "对接成果", en: "Matchmaking outcomes" },
  "openDataPage.ds.sdOutcomes.desc": {
    zh: "某年度记录的对接结果：意向、签约（金额、日期）或未达成，线上或对接会渠道，对应的需求与供给编号。",
    en: "Outcomes recorded in a year: intent, contract (amount, date) or failed, online or at the conference, with the demand and supply codes.",
  },
  "openDataPage.ds.sdSearch": { zh: "供需检索", en: "Supply–demand search" },
  "openDataPage.ds.sdSearch.desc": {
    zh: "已发布条目的检索与筛选（类型、年度、领域、区域、预算区间）。",
    en: "Search and filter published items (kind, year, domain, district, budget band).",
  },
  "openDataPage.ds.events": { zh: "对接会", en: "Matchmaking conferences" },
  "openDataPage.ds.events.desc": {
    zh: "年度对接会：日程、参会与洽谈数量。",
    en: "The yearly conferences: programme, participant and meeting counts.",
  },
  "openDataPage.ds.stats": { zh: "统计看板", en: "Programme dashboard" },
  "openDataPage.ds.stats.desc": {
    zh: "任务、申报、奖励、预算、供需与对接会的统计图表，每张图附数据表与 CSV。",
    en: "Charts of tasks, bids, awards, budget, supply–demand and conferences, each with its data table and CSV.",
  },
  "openDataPage.ds.feed": { zh: "发布动态订阅（Atom）", en: "Publication feed (Atom)" },
  "openDataPage.ds.feed.desc": {
    zh: "新清单、供需清单批次、公示、公示结果与奖励审批，可用阅读器订阅。",
    en: "New lists, supply–demand batches, notices, notice results and approved awards, for feed readers.",
  },
  "openDataPage.ds.sitemap": { zh: "站点地图", en: "Sitemap" },
  "openDataPage.ds.sitemap.desc": {
    zh: "全部公开页面的地址及更新时间。",
    en: "The address of every public page and when it last changed.",
  },
  "openDataPage.ds.auditHeads": { zh: "审计链锚点", en: "Audit chain heads" },
  "openDataPage.ds.auditHeads.desc": {
    zh: "每日公布的审计日志哈希链头，可据此核验记录未被篡改。",
    en: "The audit log's hash-chain head published every day, to check that no record was altered.",
  },
  "feed.title": { zh: "揭榜 · 发布动态", en: "Jiebang · What the city published" },
  "feed.subtitle": {
    zh: "新发布的揭榜挂帅清单、供需清单批次、公示、公示结果与奖励审批",
    en: "New challenge lists, supply–demand list batches, public notices, their results and approved awards",
  },
  "feed.author": { zh: "揭榜平台", en: "Jiebang platform" },
  "feed.list": { zh: "发布清单：{title}", en: "List published: {title}" },
  "feed.listSummary": {
    zh: "{year} 年度揭榜挂帅清单已发布，可查看任务并申报。",
    en: "The {year} challenge list is published: its tasks are open to view and bid.",
  },
  "feed.sdBatch": {
    zh: "{year} 年度数字经济供需清单{batch}发布",
    en: "{year} supply–demand list: {batch} published",
  },
  "feed.sdBatchSummary": {
    zh: "{year} 年度数字经济供需清单{batch}已发布。",
    en: "The {year} digital-economy supply–demand list: {batch} is published.",
  },
  "feed.notice": { zh: "公示：{code} {title}", en: "Public notice: {code} {title}" },
  "feed.noticeSummary": {
    zh: "任务 {code} 的揭榜结果进入公示期，公示期内可提出异议。",
    en: "The selection for task {code} is under public notice; objections may be filed during the notice period.",
  },
  "feed.result": { zh: "公示结果：{code} {title}", en: "Notice result: {code} {title}" },
  "feed.resultSummary": {
    zh: "任务 {code} 的公示期已结束，揭榜结果生效。",
    en: "The notice period for task {code} is over; the selection stands.",
  },
  "feed.award": { zh: "奖励审批：{code} {title}", en: "Award approved: {code} {title}" },
  "feed.awardSummary": {
    zh: "任务 {code} 的揭榜奖励已审批，应付 {amount}。",
    en: "The award for task {code} is approved: {amount} payable.",
  },
} as const;
