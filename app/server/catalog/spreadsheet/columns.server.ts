import { DISTRICTS } from "../../../domain/districts";
import { DEFAULT_DEADLINE_TIME } from "../../../domain/time";
import { DOMAIN_LABEL, TASK_DOMAINS } from "../../../domain/task-domains";
import { MAX_INDICATORS, type TaskInput, type TaskInputStrings } from "../../../forms/task";

/**
 * The task-list spreadsheet: one layout for the import template, the importer and the .xlsx export, so a
 * published list exported here imports back unchanged. Cells become the strings the web form would send and
 * go through the same schema.
 */

export const TASK_SHEET = "任务";
export const INDICATOR_SHEET = "考核指标";
export const HELP_SHEET = "填写说明";
/** The CSV's extra column: every indicator of a task in one cell. */
export const CSV_INDICATORS_HEADER = "考核指标";

export type TaskField = Exclude<keyof TaskInputStrings, "indicators">;
export type IndicatorField = keyof NonNullable<TaskInputStrings["indicators"]>[number];

export type ColumnDef<K extends string> = {
  key: K;
  header: string;
  width: number;
  /** Formatted as text in the template, so Excel keeps leading zeros and does not turn the value into a date. */
  text?: boolean;
  zh: string;
  en: string;
};

export const domainLabels = (lang: "zh" | "en") => TASK_DOMAINS.map((domain) => DOMAIN_LABEL[domain][lang]);

export const SPREADSHEET_COLUMNS = {
  task: [
    {
      key: "rowKey",
      header: "序号",
      width: 8,
      zh: "必填。正整数，本表内不可重复；考核指标表通过它关联任务。",
      en: "Required. A positive whole number, unique in this sheet; the indicator sheet refers to tasks by it.",
    },
    {
      key: "code",
      header: "任务编号",
      width: 16,
      text: true,
      zh: "选填。格式为 年份-领域-序号，例如 2024-AI-003；同一文件内不可重复。",
      en: "Optional. Year-domain-number, e.g. 2024-AI-003; unique within the file.",
    },
    {
      key: "title",
      header: "任务名称",
      width: 30,
      zh: "必填，最多 100 字。",
      en: "Required, at most 100 characters.",
    },
    {
      key: "domain",
      header: "领域",
      width: 14,
      zh: `必填。填写以下之一：${domainLabels("zh").join("、")}。`,
      en: `Required. One of: ${domainLabels("zh").join(", ")} (or in English: ${domainLabels("en").join(", ")}).`,
    },
    {
      key: "demandUnit",
      header: "需求单位",
      width: 24,
      zh: "必填，提出需求的单位名称，最多 100 字。",
      en: "Required. The organization with the need, at most 100 characters.",
    },
    {
      key: "district",
      header: "所在区",
      width: 18,
      zh: `必填。填写以下之一：${DISTRICTS.join("、")}。`,
      en: `Required. One of these districts or zones, in Chinese: ${DISTRICTS.join(", ")}.`,
    },
    {
      key: "scenarioNeed",
      header: "场景需求",
      width: 40,
      zh: "必填，应用场景与需求描述，最多 5000 字。",
      en: "Required. The scenario and the need, at most 5,000 characters.",
    },
    {
      key: "goals",
      header: "攻关目标",
      width: 40,
      zh: "必填，最多 5000 字。",
      en: "Required. The goals of the challenge, at most 5,000 characters.",
    },
    {
      key: "eligibility",
      header: "揭榜条件",
      width: 40,
      zh: "必填，对揭榜单位的要求，最多 3000 字。",
      en: "Required. What a bidding organization must meet, at most 3,000 characters.",
    },
    {
      key: "indicativeInvestment",
      header: "预计总投资（元）",
      width: 18,
      zh: "必填。单位为元，最多两位小数，例如 5000000、5,000,000 或 1234.50；也可写万元，例如 500万 或 500万元。",
      en: "Required. In yuan, at most two decimals, e.g. 5000000, 5,000,000 or 1234.50; or in 万 (ten thousand yuan), e.g. 500万 or 500万元.",
    },
    {
      key: "bidDeadline",
      header: "揭榜截止时间（北京时间）",
      width: 22,
      text: true,
      zh: `必填。北京时间，例如 2026-12-31 17:00、2026/12/31 17:00 或 2026年12月31日 17:00；只填日期时为当天 ${DEFAULT_DEADLINE_TIME}。须晚于导入时间。`,
      en: `Required. Beijing time, e.g. 2026-12-31 17:00, 2026/12/31 17:00 or 2026年12月31日 17:00; a date alone means ${DEFAULT_DEADLINE_TIME} that day. Must be later than the time of import.`,
    },
    {
      key: "maxWinners",
      header: "最多入选数",
      width: 12,
      zh: "必填，1 到 20 的整数。",
      en: "Required. A whole number from 1 to 20.",
    },
    {
      key: "contactName",
      header: "联系人",
      width: 12,
      zh: "必填，最多 50 字。",
      en: "Required, at most 50 characters.",
    },
    {
      key: "contactPhone",
      header: "联系电话",
      width: 18,
      text: true,
      zh: "必填。数字、空格及 + - ( )，5 到 30 个字符，例如 027-12345678。",
      en: "Required. Digits, spaces and + - ( ), 5 to 30 characters, e.g. 027-12345678.",
    },
  ],
  indicator: [
    {
      key: "taskKey",
      header: "任务序号",
      width: 10,
      zh: `必填。该指标所属任务在“${TASK_SHEET}”表中的序号；每个任务需 1 到 ${MAX_INDICATORS} 项指标。`,
      en: `Required. The 序号 of the task in the “${TASK_SHEET}” sheet; each task needs 1 to ${MAX_INDICATORS} indicators.`,
    },
    {
      key: "name",
      header: "指标名称",
      width: 24,
      zh: "必填，最多 100 字。",
      en: "Required, at most 100 characters.",
    },
    {
      key: "target",
      header: "目标值",
      width: 20,
      zh: "必填，最多 200 字。",
      en: "Required. The value to reach, at most 200 characters.",
    },
    {
      key: "measurement",
      header: "考核方式",
      width: 30,
      zh: "必填，如何考核，最多 300 字。",
      en: "Required. How it is assessed, at most 300 characters.",
    },
    {
      key: "weight",
      header: "权重",
      width: 8,
      zh: "必填。0 到 100 的整数（可写 40 或 40%）；同一任务各指标权重之和须为 100。",
      en: "Required. A whole number from 0 to 100 (40 or 40%); the weights of one task must sum to 100.",
    },
    {
      key: "veto",
      header: "一票否决（是/否）",
      width: 16,
      zh: "填“是”或“否”，留空视为“否”。",
      en: "是 (yes) or 否 (no); blank means no.",
    },
  ],
} as const satisfies {
  task: readonly ColumnDef<"rowKey" | TaskField>[];
  indicator: readonly ColumnDef<"taskKey" | IndicatorField>[];
};

export type TaskColumnKey = (typeof SPREADSHEET_COLUMNS.task)[number]["key"];
export type IndicatorColumnKey = (typeof SPREADSHEET_COLUMNS.indicator)[number]["key"];
// Fails to compile when a field is added to the schema without a column for it.
export const _everyFieldHasAColumn: [
  Exclude<TaskField, TaskColumnKey>,
  Exclude<IndicatorField, IndicatorColumnKey>,
] extends [never, never]
  ? true
  : never = true;

export const TASK_HEADER = headersByKey(SPREADSHEET_COLUMNS.task);
export const INDICATOR_HEADER = headersByKey(SPREADSHEET_COLUMNS.indicator);

export function headersByKey<K extends string>(columns: readonly ColumnDef<K>[]): Record<K, string> {
  return Object.fromEntries(columns.map((column) => [column.key, column.header])) as Record<K, string>;
}

// ---------------------------------------------------------------------------------------------------------
// Writing

export type TaskExportRow = Omit<TaskInput, "code"> & { code: string };
