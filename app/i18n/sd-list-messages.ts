/** The annual list (年度数字经济供需清单): its batches, public pages and staff composition; spread into `messages`. */
export const sdListMessages = {
  "sdList.title": { zh: "年度数字经济供需清单", en: "Annual digital-economy supply and demand lists" },
  "sdList.lead": {
    zh: "每年分批发布经审核的数字经济、数字政府需求与供给。每一批一经发布即固定不变。",
    en: "Reviewed digital-economy and digital-government demands and supplies, published each year in numbered batches. A batch never changes once published.",
  },
  "sdList.noYears": { zh: "尚未发布任何批次。", en: "No batch has been published yet." },
  "sdList.yearSummary": {
    zh: "共 {batches} 批、{items} 项，最近发布于 {date}",
    en: "{batches, plural, one {# batch} other {# batches}}, {items, plural, one {# item} other {# items}}; last published {date}",
  },
  "sdList.printView": { zh: "打印版（PDF）", en: "Print version (PDF)" },
  "sdList.searchLabel": { zh: "在本年度清单中搜索", en: "Search this year's list" },
  "sdList.search": { zh: "搜索", en: "Search" },
  "sdList.clearSearch": { zh: "清除搜索", en: "Clear search" },
  "sdList.matches": {
    zh: "“{q}”共找到 {count} 项",
    en: "{count, plural, =0 {No item matches} one {# item matches} other {# items match}} “{q}”",
  },
  "sdList.engineUnavailable": {
    zh: "（搜索服务暂不可用，仅按字面匹配）",
    en: "(The search service is unavailable; literal matches only.)",
  },
  "sdList.noMatches": {
    zh: "本年度清单中没有符合条件的项目。",
    en: "No item of this year's list matches.",
  },
  "sdList.publishedOn": { zh: "{date} 发布", en: "published {date}" },
  "sdList.batchNoMatches": { zh: "本批次暂无项目。", en: "This batch has no items." },
  "sdList.print": { zh: "打印", en: "Print" },
  "sdList.backToList": { zh: "返回清单", en: "Back to the list" },
  "sdList.printHint": {
    zh: "使用浏览器的“打印”并选择“另存为 PDF”即可得到正式文本（A4）。",
    en: "Use the browser's Print and “Save as PDF” for the official document (A4).",
  },
  "sdList.col.no": { zh: "序号", en: "No." },
  "sdList.col.code": { zh: "编号", en: "Code" },
  "sdList.col.kind": { zh: "类型", en: "Kind" },
  "sdList.col.title": { zh: "名称", en: "Title" },
  "sdList.col.organization": { zh: "单位", en: "Organization" },
  "sdList.col.district": { zh: "区域", en: "District" },
  "sdList.col.domain": { zh: "领域", en: "Domain" },
  "sdList.col.range": { zh: "预算/价格", en: "Budget / price" },
  "sdList.col.actions": { zh: "操作", en: "Actions" },
  "sdList.batchStatus.draft": { zh: "编制中", en: "Draft" },
  "sdList.batchStatus.published": { zh: "已发布", en: "Published" },

  "sdList.staff.title": { zh: "供需清单批次", en: "Supply and demand list batches" },
  "sdList.staff.lead": {
    zh: "从本年度已发布且未入选任何批次的需求和供给中编制批次；发布需由编制人以外的另一名工作人员签发，发布后不可更改。",
    en: "Compose a batch from the year's published demands and supplies that no batch holds yet. Publication is signed by a staff member other than the composer; a published batch cannot change.",
  },
  "sdList.staff.year": { zh: "年度", en: "Year" },
  "sdList.staff.show": { zh: "查看", en: "Show" },
  "sdList.staff.batchesOf": { zh: "{year} 年度的批次", en: "Batches of {year}" },
  "sdList.staff.noBatches": { zh: "该年度还没有批次。", en: "This year has no batch yet." },
  "sdList.staff.batch": { zh: "批次", en: "Batch" },
  "sdList.staff.status": { zh: "状态", en: "Status" },
  "sdList.staff.items": { zh: "项目数", en: "Items" },
  "sdList.staff.composer": { zh: "编制人", en: "Composed by" },
  "sdList.staff.publisher": { zh: "签发人", en: "Published by" },
  "sdList.staff.publishedOn": { zh: "发布日期", en: "Publication date" },
  "sdList.staff.newBatch": { zh: "新建批次", en: "New batch" },
  "sdList.staff.draftOpen": {
    zh: "该年度已有编制中的批次：请先发布或放弃它。",
    en: "This year already has a draft batch: publish or discard it first.",
  },
  "sdList.staff.newBatchLead": {
    zh: "新批次按 {year} 年度的下一个序号编号。",
    en: "The new batch takes the next number of {year}.",
  },
  "sdList.staff.create": { zh: "新建 {year} 年度批次", en: "Create a batch of {year}" },
  "sdList.staff.publicLink": { zh: "查看公开的年度清单", en: "See the public annual lists" },
  "sdList.staff.moveUp": { zh: "将 {code} 上移", en: "Move {code} up" },
  "sdList.staff.moveDown": { zh: "将 {code} 下移", en: "Move {code} down" },
  "sdList.staff.remove": { zh: "从批次中移除 {code}", en: "Remove {code} from the batch" },
  "sdList.staff.removeShort": { zh: "移除", en: "Remove" },
  "sdList.staff.signedAt": { zh: "签发于 {at}", en: "signed {at}" },
  "sdList.staff.publishedNow": {
    zh: "批次已发布，共 {count} 项，内容已固定。",
    en: "The batch is published with {count, plural, one {# item} other {# items}}; its content is now fixed.",
  },
  "sdList.staff.frozen": {
    zh: "该批次已发布，内容已固定，不可再更改。",
    en: "This batch is published: its content is fixed and cannot change.",
  },
  "sdList.staff.viewPublic": { zh: "查看公开页面", en: "See the public page" },
  "sdList.staff.members": {
    zh: "批次中的项目（{count}）",
    en: "Items in the batch ({count})",
  },
  "sdList.staff.added": {
    zh: "已加入 {count} 项。",
    en: "{count, plural, one {# item} other {# items}} added.",
  },
  "sdList.staff.noMembers": {
    zh: "批次中还没有项目：请从下方的候选项目中选择。",
    en: "The batch has no items yet: choose some from the candidates below.",
  },
  "sdList.staff.preview": { zh: "预览（公众所见）", en: "Preview (as the public will see it)" },
  "sdList.staff.previewLead": {
    zh: "发布后，公开页面将完全按此显示，日期为发布日期。",
    en: "Once published, the public page shows exactly this, dated with the publication date.",
  },
  "sdList.staff.publish": { zh: "发布批次", en: "Publish the batch" },
  "sdList.staff.publishLead": {
    zh: "编制人为 {composer}；发布须由另一名工作人员签发。发布后批次及其项目内容不可更改。",
    en: "Composed by {composer}; another staff member must sign the publication. After publication the batch and its items' text cannot change.",
  },
  "sdList.staff.youComposed": {
    zh: "您是本批次的编制人，不能签发本批次。",
    en: "You composed this batch, so you cannot sign its publication.",
  },
  "sdList.staff.publishButton": { zh: "签发并发布", en: "Sign and publish" },
  "sdList.staff.candidates": {
    zh: "候选项目（{year} 年度已发布、未入选批次）",
    en: "Candidates (published in {year}, in no batch)",
  },
  "sdList.staff.any": { zh: "全部", en: "Any" },
  "sdList.staff.text": { zh: "关键词", en: "Text" },
  "sdList.staff.filter": { zh: "筛选", en: "Filter" },
  "sdList.staff.noCandidates": {
    zh: "没有符合条件的候选项目。",
    en: "No candidate matches.",
  },
  "sdList.staff.chooseItems": { zh: "选择要加入的项目", en: "Choose the items to add" },
  "sdList.staff.addSelected": { zh: "加入所选项目", en: "Add the chosen items" },
  "sdList.staff.discard": { zh: "放弃此批次", en: "Discard this batch" },
  "sdList.staff.discardLead": {
    zh: "删除这个编制中的批次，其中的项目可再次入选。",
    en: "Deletes this draft batch; its items become available again.",
  },

  "err.sdList.batchNotFound": { zh: "找不到该批次", en: "There is no such batch" },
  "err.sdList.frozen": {
    zh: "第 {number} 批已发布，内容已固定，不能再更改",
    en: "Batch {number} is published: it is frozen and cannot change",
  },
  "err.sdList.year": { zh: "年度须在 {min} 至 {max} 之间", en: "The year must be between {min} and {max}" },
  "err.sdList.draftExists": {
    zh: "{year} 年度的第 {number} 批仍在编制中：请先发布或放弃它",
    en: "Batch {number} of {year} is still a draft: publish or discard it first",
  },
  "err.sdList.concurrent": {
    zh: "另一名工作人员刚刚做了相同的更改，请刷新页面后重试",
    en: "Another staff member just made the same change; reload the page and try again",
  },
  "err.sdList.nothingChosen": { zh: "请至少选择一个项目", en: "Choose at least one item" },
  "err.sdList.itemNotFound": { zh: "找不到所选项目", en: "A chosen item does not exist" },
  "err.sdList.notPublished": {
    zh: "{code} 不是已发布的项目，不能入选清单",
    en: "{code} is not a published item and cannot enter the list",
  },
  "err.sdList.otherYear": {
    zh: "{code} 不属于 {year} 年度，不能入选该年度的批次",
    en: "{code} does not belong to {year} and cannot enter a batch of that year",
  },
  "err.sdList.inBatch": {
    zh: "{code} 已在 {year} 年度第 {number} 批中，一个项目只能入选一个批次",
    en: "{code} is already in batch {number} of {year}; an item enters one batch only",
  },
  "err.sdList.notMember": { zh: "该项目不在本批次中", en: "That item is not in this batch" },
  "err.sdList.cannotMove": { zh: "该项目已在最前或最后", en: "That item is already first or last" },
  "err.sdList.date": {
    zh: "请填写有效的发布日期（年-月-日）",
    en: "Enter a valid publication date (year-month-day)",
  },
  "err.sdList.secondSigner": {
    zh: "编制人不能签发自己编制的批次：须由另一名工作人员发布",
    en: "The composer cannot sign their own batch: another staff member must publish it",
  },
  "err.sdList.empty": {
    zh: "批次中没有项目，不能发布",
    en: "The batch has no items and cannot be published",
  },
  "err.sdList.membersClosed": {
    zh: "以下项目已不再处于发布状态，请先移出批次：{codes}",
    en: "These items are no longer published; remove them from the batch first: {codes}",
  },
  "err.sdList.dateBeforePrevious": {
    zh: "发布日期不能早于第 {number} 批的发布日期 {date}",
    en: "The publication date cannot be before that of batch {number}, {date}",
  },
  "err.sdList.unknownIntent": { zh: "无法识别的操作", en: "Unknown action" },
  "err.sdList.apiYear": {
    zh: "year 须为 2000 至 2100 之间的四位年份",
    en: "year must be a four-digit year between 2000 and 2100",
  },
  "err.sdList.yearNotPublished": {
    zh: "该年度尚未发布任何批次",
    en: "No batch of that year has been published",
  },
} as const;
