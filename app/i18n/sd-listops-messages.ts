import { CITATION_LIMITS } from "../domain/sd-listops";

/** The supply–demand list's staff operations: import, showcase, demand → task. Spread into `messages`. */
export const sdListopsMessages = {
  // Import
  "sdImport.title": { zh: "导入供需条目", en: "Import supply–demand items" },
  "sdImport.lead": {
    zh: "各部门线下报送的需求与供给，经工作人员核实后可用 Excel 批量导入。导入的条目直接发布，导入人记为审核人。",
    en: "Demands and supplies that departments send in spreadsheets can be imported in bulk once staff have checked them. Imported items are published at once, with the importing staff member recorded as reviewer.",
  },
  "sdImport.panel": { zh: "从 Excel 导入条目", en: "Import items from Excel" },
  "sdImport.panelLead": {
    zh: "使用模板填写：每行一个条目，由“类型”列区分需求与供给；“统一社会信用代码”须为已注册单位。任何一行有错误时不会导入任何内容。",
    en: "Fill in the template: one item a row, the Kind column telling demands from supplies; the USCC must be a registered organization's. If any row is wrong, nothing is imported.",
  },
  "sdImport.done": {
    zh: "已导入并发布 {count} 个条目。",
    en: "{count, plural, one {# item} other {# items}} imported and published.",
  },
  "err.sdImport.kind": {
    zh: "类型应为“需求”或“供给”",
    en: "The kind must be 需求 (demand) or 供给 (supply)",
  },
  "err.sdImport.year": {
    zh: "年度应为 2000 到 2100 之间的四位数字",
    en: "The year must be four digits between 2000 and 2100",
  },
  "err.sdImport.unknownOrg": {
    zh: "统一社会信用代码 {uscc} 不属于任何已注册单位：请先让该单位在平台注册",
    en: "No registered organization has the USCC {uscc}: the organization must register on the platform first",
  },
  "err.sdImport.ownOrg": {
    zh: "您是该单位的成员，不能代其导入并发布条目（利益冲突）：请由其他工作人员导入此行",
    en: "You are a member of this organization and may not publish its items (conflict of interest): another staff member must import this row",
  },
  "err.sdListops.domain": { zh: "请选择有效的领域", en: "Choose a valid domain" },
  "err.sdListops.rangeOrder": {
    zh: "下限不得高于上限",
    en: "The lower end must not be above the upper end",
  },
  "err.sdListops.tooShort": {
    zh: "内容过短（至少 {min} 个字符）",
    en: "Too short (at least {min} characters)",
  },
  "err.sdListops.conflict": {
    zh: "您是该条目所属单位的成员，不能处理此条目（利益冲突）",
    en: "You are a member of the item's organization and may not act on it (conflict of interest)",
  },

  // Showcase
  "sdShowcase.title": { zh: "新场景新产品新应用", en: "New scenarios, products and applications" },
  "sdShowcase.yearTitle": {
    zh: "{year}年度数字经济新场景新产品新应用",
    en: "{year}: new scenarios, products and applications of the digital economy",
  },
  "sdShowcase.lead": {
    zh: "按照《武汉市支持数字经济加快发展若干政策》第五条第三款，每年发布数字经济新场景、新产品、新应用。",
    en: "Published every year under clause 5(3) of Wuhan's digital-economy policy.",
  },
  "sdShowcase.manage": {
    zh: "新场景新产品新应用 · 精选管理",
    en: "Showcase: new scenarios, products and applications",
  },
  "sdShowcase.manageLead": {
    zh: "精选当年已发布的条目（供给作为新产品或新应用，需求作为新场景）或已成功的揭榜任务（作为新场景），并附简短推荐语。",
    en: "Feature published items of the year (supplies as new products or applications, demands as new scenarios) or succeeded challenge tasks (new scenarios), each with a short citation.",
  },
  "sdShowcase.years": { zh: "年度", en: "Years" },
  "sdShowcase.empty": { zh: "本年度暂无入选条目。", en: "Nothing has been featured for this year yet." },
  "sdShowcase.emptyTheme": { zh: "暂无。", en: "None yet." },
  "sdShowcase.feature": { zh: "加入展示", en: "Feature" },
  "sdShowcase.featureTitle": { zh: "新增入选", en: "Feature an item or task" },
  "sdShowcase.featured": { zh: "已加入展示。", en: "Featured." },
  "sdShowcase.removed": { zh: "已移出展示。", en: "Removed from the showcase." },
  "sdShowcase.remove": { zh: "移出", en: "Remove" },
  "sdShowcase.removeLabel": { zh: "将 {code} 移出展示", en: "Remove {code} from the showcase" },
  "sdShowcase.year": { zh: "年度", en: "Year" },
  "sdShowcase.code": { zh: "条目或任务编号", en: "Item or task code" },
  "sdShowcase.codeHint": {
    zh: "例如 S-2026-0012、D-2026-0004 或 2026-AI-003",
    en: "e.g. S-2026-0012, D-2026-0004 or 2026-AI-003",
  },
  "sdShowcase.theme": { zh: "主题", en: "Theme" },
  "sdShowcase.citationZh": {
    zh: `推荐语（中文，${CITATION_LIMITS.zh.min}–${CITATION_LIMITS.zh.max} 字）`,
    en: `Citation in Chinese (${CITATION_LIMITS.zh.min}–${CITATION_LIMITS.zh.max} characters)`,
  },
  "sdShowcase.citationEn": {
    zh: `推荐语（英文，${CITATION_LIMITS.en.min}–${CITATION_LIMITS.en.max} 字符）`,
    en: `Citation in English (${CITATION_LIMITS.en.min}–${CITATION_LIMITS.en.max} characters)`,
  },
  "sdShowcase.publicPage": { zh: "查看公开页面", en: "View the public page" },
  "sdShowcase.by": { zh: "单位：{name}", en: "By {name}" },
  "err.sdShowcase.theme": { zh: "请选择主题", en: "Choose a theme" },
  "err.sdShowcase.code": {
    zh: "编号格式应为 D-2026-0001、S-2026-0001 或 2026-AI-001",
    en: "The code must look like D-2026-0001, S-2026-0001 or 2026-AI-001",
  },
  "err.sdShowcase.unknown": { zh: "没有此编号的条目或任务", en: "No item or task has this code" },
  "err.sdShowcase.notPublished": {
    zh: "只有已发布的条目可以入选",
    en: "Only published items can be featured",
  },
  "err.sdShowcase.year": {
    zh: "该条目属于 {year} 年度，只能入选该年度的展示",
    en: "This item belongs to {year}; it can only be featured in that year's showcase",
  },
  "err.sdShowcase.notSucceeded": {
    zh: "只有揭榜成功的任务可以作为新场景入选",
    en: "Only challenge tasks that succeeded can be featured as new scenarios",
  },
  "err.sdShowcase.supplyTheme": {
    zh: "供给只能作为新产品或新应用入选",
    en: "A supply is featured as a new product or a new application",
  },
  "err.sdShowcase.scenarioTheme": {
    zh: "需求和揭榜任务只能作为新场景入选",
    en: "Demands and challenge tasks are featured as new scenarios",
  },
  "err.sdShowcase.already": {
    zh: "该条目或任务已入选本年度展示",
    en: "This item or task is already featured this year",
  },
  "err.sdShowcase.notFound": {
    zh: "该入选记录不存在或已移出",
    en: "This entry does not exist or was removed",
  },

  // Demand → task
  "sdToTask.title": { zh: "转为揭榜任务", en: "Turn into a challenge task" },
  "sdToTask.lead": {
    zh: "根据已发布的需求在场景榜单中创建一个草稿任务：标题、场景需求、攻关目标、需求单位、领域、预计投资与联系人随之带入，揭榜条件、截止时间和考核指标为占位内容，请在发布前修改。",
    en: "Creates a draft task in a scenario list from the published demand: the title, scenario, goals, demand unit, domain, investment and contact are carried over; eligibility, the deadline and the indicators are placeholders to edit before publishing.",
  },
  "sdToTask.list": { zh: "场景榜单", en: "Scenario list" },
  "sdToTask.district": {
    zh: "任务所在区（该需求为全市范围，请选择一个区）",
    en: "District of the task (the demand is city-wide: choose one)",
  },
  "sdToTask.submit": { zh: "创建草稿任务", en: "Create the draft task" },
  "sdToTask.noLists": {
    zh: "暂无可用的场景榜单（草稿或已发布）。请先在榜单管理中创建。",
    en: "There is no scenario list (draft or published) yet. Create one under list management first.",
  },
  "sdToTask.converted": { zh: "已转为揭榜任务 {code}", en: "Turned into challenge task {code}" },
  "sdToTask.source": { zh: "来源需求", en: "From demand" },
  "sdToTask.notPublishedNote": {
    zh: "只有已发布的需求可以转为揭榜任务。",
    en: "Only a published demand can become a challenge task.",
  },
  "err.sdToTask.list": {
    zh: "请选择一个草稿或已发布的场景榜单",
    en: "Choose a draft or published scenario list",
  },
  "err.sdToTask.unknown": { zh: "没有此编号的需求", en: "No demand has this code" },
  "err.sdToTask.notDemand": {
    zh: "只有需求可以转为揭榜任务，供给不可以",
    en: "Only demands become challenge tasks, not supplies",
  },
  "err.sdToTask.notPublished": {
    zh: "只有已发布的需求可以转为揭榜任务",
    en: "Only a published demand can become a challenge task",
  },
  "err.sdToTask.already": {
    zh: "该需求已转为揭榜任务 {task}，不能重复转换",
    en: "This demand already became challenge task {task}; it cannot be converted again",
  },
  "err.sdToTask.district": {
    zh: "该需求为全市范围：请为任务选择一个区",
    en: "The demand is city-wide: choose a district for the task",
  },
  "err.sdToTask.invalid": {
    zh: "需求内容不符合任务要求（{field}），请先修订需求",
    en: "The demand's text does not fit a task ({field}); revise the demand first",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
