import {
  SD_AGENCY_LABEL,
  SD_DOMAIN_LABEL,
  type BudgetBand,
  type DemandCategory,
  type Maturity,
  type SdCloseReason,
  type SdExpressionStatus,
  type SdItemStatus,
  type SdKind,
  type SdOutcomeKind,
  type SdRevisionStatus,
  type ShowcaseTheme,
  type SupplyKind,
} from "../domain/supply-demand";

export type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export function prefixed<P extends string, K extends string>(prefix: P, labels: Labels<K>) {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label]),
  ) as Record<`${P}.${K}`, { zh: string; en: string }>;
}

export const SD_KIND_LABEL: Labels<SdKind> = {
  demand: { zh: "需求", en: "Demand" },
  supply: { zh: "供给", en: "Supply" },
};

export const SD_STATUS_LABEL: Labels<SdItemStatus> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "待审核", en: "Under review" },
  published: { zh: "已发布", en: "Published" },
  returned: { zh: "已退回修改", en: "Returned for changes" },
  rejected: { zh: "未通过", en: "Rejected" },
  closed: { zh: "已关闭", en: "Closed" },
};

export const SD_REVISION_STATUS_LABEL: Labels<SdRevisionStatus> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "待审核", en: "Under review" },
  approved: { zh: "已通过", en: "Approved" },
  returned: { zh: "已退回", en: "Returned" },
  rejected: { zh: "未通过", en: "Rejected" },
  superseded: { zh: "已被新版本取代", en: "Superseded" },
};

export const SD_CLOSE_REASON_LABEL: Labels<SdCloseReason> = {
  fulfilled: { zh: "已对接成功", en: "Fulfilled" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
  expired: { zh: "已过期", en: "Expired" },
  duplicate: { zh: "重复条目", en: "Duplicate" },
};

export const DEMAND_CATEGORY_LABEL: Labels<DemandCategory> = {
  digital_economy: { zh: "数字经济", en: "Digital economy" },
  digital_government: { zh: "数字政府", en: "Digital government" },
};

export const SUPPLY_KIND_LABEL: Labels<SupplyKind> = {
  product: { zh: "产品", en: "Product" },
  solution: { zh: "解决方案", en: "Solution" },
  service: { zh: "服务", en: "Service" },
  technology: { zh: "技术", en: "Technology" },
};

export const MATURITY_LABEL: Labels<Maturity> = {
  concept: { zh: "概念", en: "Concept" },
  prototype: { zh: "原型", en: "Prototype" },
  pilot: { zh: "试点", en: "Pilot" },
  product: { zh: "成熟产品", en: "Product" },
  deployed: { zh: "已规模应用", en: "Deployed" },
};

export const BUDGET_BAND_LABEL: Labels<BudgetBand> = {
  under_500k: { zh: "50万元以下", en: "Under ¥500k" },
  "500k_2m": { zh: "50万–200万元", en: "¥500k–2m" },
  "2m_10m": { zh: "200万–1000万元", en: "¥2m–10m" },
  over_10m: { zh: "1000万元以上", en: "Over ¥10m" },
  unspecified: { zh: "未填写", en: "Not given" },
};

export const SD_EXPRESSION_STATUS_LABEL: Labels<SdExpressionStatus> = {
  pending: { zh: "待回复", en: "Awaiting answer" },
  accepted: { zh: "已接受", en: "Accepted" },
  declined: { zh: "已婉拒", en: "Declined" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
  expired: { zh: "已过期", en: "Expired" },
};

export const SD_OUTCOME_KIND_LABEL: Labels<SdOutcomeKind> = {
  intent: { zh: "达成意向", en: "Intent" },
  contract: { zh: "已签约", en: "Contract signed" },
  failed: { zh: "未达成", en: "Not concluded" },
};

export const SHOWCASE_THEME_LABEL: Labels<ShowcaseTheme> = {
  scenario: { zh: "新场景", en: "New scenario" },
  product: { zh: "新产品", en: "New product" },
  application: { zh: "新应用", en: "New application" },
};

/** Labels of the supply–demand list's values, as message keys `sd.<group>.<value>`. */
export const sdLabelMessages = {
  ...prefixed("sd.kind", SD_KIND_LABEL),
  ...prefixed("sd.status", SD_STATUS_LABEL),
  ...prefixed("sd.revisionStatus", SD_REVISION_STATUS_LABEL),
  ...prefixed("sd.closeReason", SD_CLOSE_REASON_LABEL),
  ...prefixed("sd.category", DEMAND_CATEGORY_LABEL),
  ...prefixed("sd.supplyKind", SUPPLY_KIND_LABEL),
  ...prefixed("sd.maturity", MATURITY_LABEL),
  ...prefixed("sd.budgetBand", BUDGET_BAND_LABEL),
  ...prefixed("sd.expressionStatus", SD_EXPRESSION_STATUS_LABEL),
  ...prefixed("sd.outcomeKind", SD_OUTCOME_KIND_LABEL),
  ...prefixed("sd.showcaseTheme", SHOWCASE_THEME_LABEL),
  ...prefixed("sd.domain", SD_DOMAIN_LABEL),
  ...prefixed("sd.agency", SD_AGENCY_LABEL),
  "sd.cityWide": { zh: "全市", en: "City-wide" },
  "sd.demo": { zh: "演示", en: "Demo" },
  "nav.supplyDemand": { zh: "供需对接", en: "Matching" },
};
