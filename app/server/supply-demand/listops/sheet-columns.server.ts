import { DISTRICTS } from "../../../domain/districts";
import { CITY_WIDE, MAX_TAGS, SD_DOMAIN_LABEL, SD_DOMAINS } from "../../../domain/supply-demand";
import {
  DEMAND_CATEGORY_LABEL,
  MATURITY_LABEL,
  SD_KIND_LABEL,
  SUPPLY_KIND_LABEL,
} from "../../../i18n/sd-messages";
import type { ColumnDef } from "../../catalog/spreadsheet/columns.server";

/**
 * The supply–demand import sheet: ONE sheet, one item a row, the kind (需求/供给) in its own column. Headers are
 * bilingual ("标题 Title"); the help sheet explains every column in both languages. Cells become the strings a
 * web form would send and go through the one item schema.
 */

export const SD_ITEM_SHEET = "条目 Items";
export const SD_HELP_SHEET = "填写说明 Help";

const zhList = (labels: Record<string, { zh: string; en: string }>) =>
  Object.values(labels)
    .map((l) => l.zh)
    .join("、");
const enList = (labels: Record<string, { zh: string; en: string }>) =>
  Object.values(labels)
    .map((l) => `${l.zh} (${l.en})`)
    .join(", ");

const domainLabels = SD_DOMAINS.map((d) => SD_DOMAIN_LABEL[d]);

export const SD_COLUMNS = [
  {
    key: "kind",
    header: "类型 Kind",
    width: 10,
    zh: `必填。${zhList(SD_KIND_LABEL)}。`,
    en: `Required. ${enList(SD_KIND_LABEL)}.`,
  },
  {
    key: "uscc",
    header: "统一社会信用代码 USCC",
    width: 22,
    text: true,
    zh: "必填。提出或提供该条目的单位，须为已在平台注册的单位（18 位统一社会信用代码）。",
    en: "Required. The organization the item belongs to, registered on the platform (its 18-character unified social credit code).",
  },
  {
    key: "year",
    header: "年度 Year",
    width: 8,
    zh: "选填。条目所属清单年度（四位数字）；留空为导入当年。",
    en: "Optional. The list year of the item (four digits); blank means the year of import.",
  },
  {
    key: "title",
    header: "标题 Title",
    width: 30,
    zh: "必填。",
    en: "Required.",
  },
  {
    key: "summary",
    header: "摘要 Summary",
    width: 30,
    zh: "必填，一两句话概述。",
    en: "Required, a sentence or two.",
  },
  {
    key: "description",
    header: "详细描述 Description",
    width: 40,
    zh: "必填。",
    en: "Required.",
  },
  {
    key: "domain",
    header: "领域 Domain",
    width: 14,
    text: true,
    zh: `必填。填写以下之一：${domainLabels.map((l) => l.zh).join("、")}。`,
    en: `Required. One of: ${domainLabels.map((l) => `${l.zh} (${l.en})`).join(", ")}.`,
  },
  {
    key: "tags",
    header: "标签 Tags",
    width: 20,
    zh: `选填。最多 ${MAX_TAGS} 个，以顿号、逗号或分号分隔。`,
    en: `Optional. At most ${MAX_TAGS}, separated by 、 , or ;.`,
  },
  {
    key: "district",
    header: "所在区 District",
    width: 16,
    zh: `需求必填：${DISTRICTS.join("、")}，或“${CITY_WIDE}”。供给选填。`,
    en: `Required for a demand: one of ${DISTRICTS.join(", ")}, or “${CITY_WIDE}” (city-wide). Optional for a supply.`,
  },
  {
    key: "category",
    header: "需求类别 Category",
    width: 12,
    zh: `需求必填：${zhList(DEMAND_CATEGORY_LABEL)}。供给留空。`,
    en: `Required for a demand: ${enList(DEMAND_CATEGORY_LABEL)}. Blank for a supply.`,
  },
  {
    key: "expectedOutcome",
    header: "预期成效 Expected outcome",
    width: 30,
    zh: "需求填写。供给留空。",
    en: "For a demand. Blank for a supply.",
  },
  {
    key: "budgetMin",
    header: "预算下限（元） Budget from (yuan)",
    width: 16,
    text: true,
    zh: "需求选填。单位为元，例如 500000、500,000 或 50万；不得高于上限。",
    en: "Optional, demands. In yuan, e.g. 500000, 500,000 or 50万; not above the upper end.",
  },
  {
    key: "budgetMax",
    header: "预算上限（元） Budget to (yuan)",
    width: 16,
    text: true,
    zh: "需求选填，同上。",
    en: "Optional, demands, as above.",
  },
  {
    key: "wantedBy",
    header: "期望完成日期 Wanted by",
    width: 14,
    text: true,
    zh: "需求选填，例如 2027-06-30。",
    en: "Optional, demands, e.g. 2027-06-30.",
  },
  {
    key: "supplyKind",
    header: "供给类型 Supply kind",
    width: 12,
    zh: `供给必填：${zhList(SUPPLY_KIND_LABEL)}。需求留空。`,
    en: `Required for a supply: ${enList(SUPPLY_KIND_LABEL)}. Blank for a demand.`,
  },
  {
    key: "maturity",
    header: "成熟度 Maturity",
    width: 12,
    zh: `供给必填：${zhList(MATURITY_LABEL)}。`,
    en: `Required for a supply: ${enList(MATURITY_LABEL)}.`,
  },
  {
    key: "deployedCustomers",
    header: "应用客户数 Customers",
    width: 12,
    zh: "成熟度为“已规模应用”时必填，正整数。",
    en: "Required when the maturity is 已规模应用 (deployed): a positive whole number.",
  },
  {
    key: "referenceCases",
    header: "参考案例 Reference cases",
    width: 30,
    zh: "供给选填。",
    en: "Optional, supplies.",
  },
  {
    key: "districtsServed",
    header: "服务区域 Districts served",
    width: 20,
    zh: "供给选填，多个区以顿号分隔；留空为全市。",
    en: "Optional, supplies: districts separated by 、; blank means the whole city.",
  },
  {
    key: "priceMin",
    header: "价格下限（元） Price from (yuan)",
    width: 16,
    text: true,
    zh: "供给选填，单位为元；不得高于上限。",
    en: "Optional, supplies, in yuan; not above the upper end.",
  },
  {
    key: "priceMax",
    header: "价格上限（元） Price to (yuan)",
    width: 16,
    text: true,
    zh: "供给选填，单位为元。",
    en: "Optional, supplies, in yuan.",
  },
  {
    key: "contactName",
    header: "联系人 Contact",
    width: 12,
    zh: "必填。仅本单位、工作人员及对接成功的对方可见。",
    en: "Required. Seen only by the organization, staff and an accepted counterpart.",
  },
  {
    key: "contactPhone",
    header: "联系电话 Phone",
    width: 16,
    text: true,
    zh: "必填，例如 027-12345678。",
    en: "Required, e.g. 027-12345678.",
  },
  {
    key: "contactEmail",
    header: "联系邮箱 Email",
    width: 24,
    text: true,
    zh: "必填。",
    en: "Required.",
  },
] as const satisfies readonly ColumnDef<string>[];

export type SdColumnKey = (typeof SD_COLUMNS)[number]["key"];
export type SdRowCells = Partial<Record<SdColumnKey, string>>;

export const SD_HEADER = Object.fromEntries(SD_COLUMNS.map((c) => [c.key, c.header])) as Record<
  SdColumnKey,
  string
>;

/** Read half-width (full-width digits and letters as plain ones): codes, numbers, amounts, dates. */
export const SD_TYPED_COLUMNS = new Set<SdColumnKey>([
  "kind",
  "uscc",
  "year",
  "budgetMin",
  "budgetMax",
  "wantedBy",
  "deployedCustomers",
  "priceMin",
  "priceMax",
  "contactPhone",
  "contactEmail",
]);
