import { csvLine } from "../../../domain/csv";
import { batchOrdinalZh, CITY_WIDE, isSdDomain, SD_DOMAIN_LABEL } from "../../../domain/supply-demand";
import { listTitleZh, rangeText } from "../../../domain/sd-list";
import { shanghaiDate } from "../../../domain/time";
import { BUDGET_BAND_LABEL, SD_KIND_LABEL } from "../../../i18n/sd-messages";
import { attachment } from "../../catalog/export.server";
import { newWorkbook, toBuffer } from "../../catalog/spreadsheet/writer.server";
import { publicYearList, type YearList } from "./public-list.server";

/**
 * The year's list as Excel and CSV: one row per item, batch by batch, from the frozen revisions. No contact
 * column exists here at all. CSV cells go through `csvLine` (formula-like text gets a leading apostrophe);
 * Excel cells are written as text cells (format "@"), never as formulas — the same rules as the task exports.
 */

export const LIST_EXPORT_COLUMNS = [
  { key: "batch", header: "批次 Batch", width: 10 },
  { key: "publishedOn", header: "发布日期 Published", width: 14 },
  { key: "position", header: "序号 No.", width: 8 },
  { key: "code", header: "编号 Code", width: 14 },
  { key: "kind", header: "类型 Kind", width: 8 },
  { key: "title", header: "名称 Title", width: 40 },
  { key: "summary", header: "摘要 Summary", width: 50 },
  { key: "organization", header: "单位 Organization", width: 32 },
  { key: "district", header: "区域 District", width: 16 },
  { key: "domain", header: "领域 Domain", width: 14 },
  { key: "range", header: "预算/价格 Budget/price (CNY)", width: 20 },
  { key: "band", header: "金额区间 Band", width: 16 },
] as const;

type ColumnKey = (typeof LIST_EXPORT_COLUMNS)[number]["key"];

export function listExportRows(list: YearList): string[][] {
  return list.batches.flatMap((batch) =>
    batch.items.map((item, index) => {
      const cells: Record<ColumnKey, string> = {
        batch: batchOrdinalZh(batch.number),
        publishedOn: batch.publishedOn,
        position: String(index + 1),
        code: item.code,
        kind: SD_KIND_LABEL[item.kind].zh,
        title: item.title,
        summary: item.summary,
        organization: item.organization,
        district: item.district || CITY_WIDE,
        domain: isSdDomain(item.domain) ? SD_DOMAIN_LABEL[item.domain].zh : item.domain,
        range: rangeText(item.rangeMinFen, item.rangeMaxFen),
        band: BUDGET_BAND_LABEL[item.band].zh,
      };
      return LIST_EXPORT_COLUMNS.map((column) => cells[column.key]);
    }),
  );
}

/** RFC 4180 with CRLF and a byte-order mark (Excel then reads UTF-8). */
export function listToCsv(list: YearList): string {
  const header = LIST_EXPORT_COLUMNS.map((column) => column.header);
  return `\uFEFF${[header, ...listExportRows(list)].map(csvLine).join("")}`;
}

export async function listToWorkbook(list: YearList): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.title = listTitleZh(list.year);
  const sheet = workbook.addWorksheet(`${list.year}年度供需清单`, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = LIST_EXPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of listExportRows(list)) sheet.addRow(row);
  return toBuffer(workbook);
}

/** /supply-demand/lists/:year/export.xlsx|csv; undefined when the year has no published batch. */
export async function exportYearList(year: number, format: "xlsx" | "csv"): Promise<Response | undefined> {
  const list = await publicYearList(year);
  if (!list) return undefined;
  const name = `${year}年度数字经济供需清单-${shanghaiDate(new Date())}.${format}`;
  if (format === "csv") return attachment(name, listToCsv(list), "text/csv; charset=utf-8");
  return attachment(
    name,
    new Uint8Array(await listToWorkbook(list)),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
}
