import { csvLine } from "./csv";

/**
 * The supply–demand datasets as open data: every published item of a year and every outcome recorded in a year,
 * as JSON and CSV with the same fields. Values stay machine-readable (codes, integer fen, ISO 8601 UTC times,
 * YYYY-MM-DD dates); people read the list pages and the Excel export instead.
 */

export const SD_DATASETS = ["sd-items", "sd-outcomes"] as const;
export type SdDataset = (typeof SD_DATASETS)[number];
export type DatasetFormat = "json" | "csv";

/** `sd-items-2026.json` → its dataset, year and format; null for any other name. */
export function parseSdDatasetFile(
  name: string,
): { dataset: SdDataset; year: number; format: DatasetFormat } | null {
  const match = /^(sd-items|sd-outcomes)-(\d{4})\.(json|csv)$/.exec(name);
  if (!match) return null;
  const year = Number(match[2]);
  if (year < 2000 || year > 2100) return null;
  return { dataset: match[1] as SdDataset, year, format: match[3] as DatasetFormat };
}

export function sdDatasetFileName(dataset: SdDataset, year: number, format: DatasetFormat): string {
  return `${dataset}-${year}.${format}`;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export interface SdItemSource {
  code: string;
  kind: "demand" | "supply";
  year: number;
  status: string;
  closeReason: string | null;
  closedAt: Date | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  isDemo: boolean;
  duplicateOfCode: string | null;
  organizationName: string;
  organizationType: string;
  revisionNumber: number;
  title: string;
  summary: string;
  domain: string;
  tags: string[];
  district: string | null;
  category: string | null;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  wantedBy: string | null;
  supplyKind: string | null;
  maturity: string | null;
  deployedCustomers: number | null;
  districtsServed: string[];
  priceMinFen: number | null;
  priceMaxFen: number | null;
  batchNumbers: number[] | null;
}

export function sdItemRecord(item: SdItemSource, origin: string) {
  return {
    code: item.code,
    kind: item.kind,
    year: item.year,
    status: item.status,
    closeReason: item.closeReason,
    duplicateOf: item.duplicateOfCode,
    organization: { name: item.organizationName, type: item.organizationType },
    revision: item.revisionNumber,
    title: item.title,
    summary: item.summary,
    domain: item.domain,
    tags: item.tags,
    // null: city-wide (全市).
    district: item.district,
    category: item.category,
    budgetMinFen: item.budgetMinFen,
    budgetMaxFen: item.budgetMaxFen,
    wantedBy: item.wantedBy,
    supplyKind: item.supplyKind,
    maturity: item.maturity,
    deployedCustomers: item.deployedCustomers,
    districtsServed: item.districtsServed,
    priceMinFen: item.priceMinFen,
    priceMaxFen: item.priceMaxFen,
    batches: item.batchNumbers ?? [],
    publishedAt: iso(item.publishedAt),
    expiresAt: iso(item.expiresAt),
    closedAt: iso(item.closedAt),
    isDemo: item.isDemo,
    url: `${origin}/supply-demand/${encodeURIComponent(item.code)}`,
  };
}

export type SdItemRecord = ReturnType<typeof sdItemRecord>;

export const SD_ITEM_CSV_COLUMNS: readonly {
  key: keyof SdItemRecord | "organizationName" | "organizationType";
  header: string;
}[] = [
  { key: "code", header: "编号 code" },
  { key: "kind", header: "类型 kind" },
  { key: "year", header: "年度 year" },
  { key: "status", header: "状态 status" },
  { key: "closeReason", header: "关闭原因 closeReason" },
  { key: "duplicateOf", header: "重复于 duplicateOf" },
  { key: "organizationName", header: "单位 organization" },
  { key: "organizationType", header: "单位类型 organizationType" },
  { key: "revision", header: "版本 revision" },
  { key: "title", header: "名称 title" },
  { key: "summary", header: "摘要 summary" },
  { key: "domain", header: "领域 domain" },
  { key: "tags", header: "标签 tags" },
  { key: "district", header: "区域 district" },
  { key: "category", header: "需求类别 category" },
  { key: "budgetMinFen", header: "预算下限(分) budgetMinFen" },
  { key: "budgetMaxFen", header: "预算上限(分) budgetMaxFen" },
  { key: "wantedBy", header: "期望日期 wantedBy" },
  { key: "supplyKind", header: "供给类型 supplyKind" },
  { key: "maturity", header: "成熟度 maturity" },
  { key: "deployedCustomers", header: "已部署客户数 deployedCustomers" },
  { key: "districtsServed", header: "服务区域 districtsServed" },
  { key: "priceMinFen", header: "价格下限(分) priceMinFen" },
  { key: "priceMaxFen", header: "价格上限(分) priceMaxFen" },
  { key: "batches", header: "批次 batches" },
  { key: "publishedAt", header: "发布时间(UTC) publishedAt" },
  { key: "expiresAt", header: "到期时间(UTC) expiresAt" },
  { key: "closedAt", header: "关闭时间(UTC) closedAt" },
  { key: "isDemo", header: "演示数据 isDemo" },
  { key: "url", header: "网址 url" },
];

/** A cell: lists joined with "; ", null empty, the rest as text. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  return String(value);
}

/** RFC 4180 with CRLF and a byte-order mark (Excel then reads UTF-8); cells defused by `csvLine`. */
function toCsv(header: string[], rows: string[][]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join("")}`;
}

export function sdItemsCsv(records: readonly SdItemRecord[]): string {
  return toCsv(
    SD_ITEM_CSV_COLUMNS.map((c) => c.header),
    records.map((record) =>
      SD_ITEM_CSV_COLUMNS.map(({ key }) =>
        key === "organizationName"
          ? record.organization.name
          : key === "organizationType"
            ? record.organization.type
            : cell(record[key]),
      ),
    ),
  );
}

export interface SdOutcomeSource {
  id: number;
  expressionId: number | null;
  mmRequestId: number | null;
  kind: string;
  channel: "online" | "conference";
  amountFen: number | null;
  signedOn: string | null;
  createdAt: Date;
  aboutKind: "demand" | "supply" | null;
  aboutCode: string | null;
  fromKind: "demand" | "supply" | null;
  fromCode: string | null;
}

/** One outcome: the demand and supply codes whichever side named them (null when that side is no public item). */
export function sdOutcomeRecord(outcome: SdOutcomeSource) {
  const codeOf = (kind: "demand" | "supply") =>
    outcome.aboutKind === kind && outcome.aboutCode
      ? outcome.aboutCode
      : outcome.fromKind === kind && outcome.fromCode
        ? outcome.fromCode
        : null;
  return {
    id: outcome.id,
    // The talk reported on: one expression of interest or one conference meeting. A talk can have several reports
    // (an intent, later a contract; each side of a meeting its own), so sum contracts per talk, not per row.
    talk:
      outcome.expressionId !== null ? `expression-${outcome.expressionId}` : `meeting-${outcome.mmRequestId}`,
    kind: outcome.kind,
    channel: outcome.channel,
    demandCode: codeOf("demand"),
    supplyCode: codeOf("supply"),
    // Only a contract has an amount and a signing date.
    amountFen: outcome.kind === "contract" ? outcome.amountFen : null,
    signedOn: outcome.kind === "contract" ? outcome.signedOn : null,
    recordedAt: outcome.createdAt.toISOString(),
  };
}

export type SdOutcomeRecord = ReturnType<typeof sdOutcomeRecord>;

export const SD_OUTCOME_CSV_COLUMNS: readonly { key: keyof SdOutcomeRecord; header: string }[] = [
  { key: "id", header: "编号 id" },
  { key: "talk", header: "洽谈 talk" },
  { key: "kind", header: "结果 kind" },
  { key: "channel", header: "渠道 channel" },
  { key: "demandCode", header: "需求编号 demandCode" },
  { key: "supplyCode", header: "供给编号 supplyCode" },
  { key: "amountFen", header: "签约金额(分) amountFen" },
  { key: "signedOn", header: "签约日期 signedOn" },
  { key: "recordedAt", header: "记录时间(UTC) recordedAt" },
];

export function sdOutcomesCsv(records: readonly SdOutcomeRecord[]): string {
  return toCsv(
    SD_OUTCOME_CSV_COLUMNS.map((c) => c.header),
    records.map((record) => SD_OUTCOME_CSV_COLUMNS.map(({ key }) => cell(record[key]))),
  );
}
