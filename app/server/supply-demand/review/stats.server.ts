import { getDb } from "../../../../db/client";
import {
  contractTotals,
  expressionCounts,
  itemCounts,
  statsYears,
} from "../../../../db/repositories/sd-review-stats";
import { csvLine } from "../../../domain/csv";
import { fenToYuanString } from "../../../domain/money";
import { acceptanceRate } from "../../../domain/sd-review";
import { CITY_WIDE } from "../../../domain/supply-demand";
import { medianResponseDays } from "../expressions/response-time.server";

/** The staff statistics of the list, for one list year or all of them. */
export async function sdStatistics(year: number | undefined) {
  const db = getDb();
  const [items, expressions, contracts, medianDays, years] = await Promise.all([
    itemCounts(db, year),
    expressionCounts(db, year),
    contractTotals(db, year),
    medianResponseDays(db, year === undefined ? {} : { year }),
    statsYears(db),
  ]);
  return {
    year: year ?? null,
    years,
    items,
    expressions: { ...expressions, acceptanceRate: acceptanceRate(expressions) },
    contracts,
    medianDays,
  };
}

export type SdStatistics = Awaited<ReturnType<typeof sdStatistics>>;

/**
 * The statistics as CSV (section, key, value), every field through the formula-defusing csvField; money in yuan
 * with two decimals, the median in days with one, the rate in percent with one. Keys are the stored codes (kind,
 * domain, status) so a spreadsheet can pivot on them; city-wide items as 全市.
 */
export function statisticsCsv(stats: SdStatistics): string {
  const lines: string[][] = [["section", "key", "value"]];
  lines.push(["year", "", stats.year === null ? "all" : String(stats.year)]);
  for (const row of stats.items.byYear)
    lines.push(["items_by_year", `${row.year}/${row.kind}`, String(row.count)]);
  for (const row of stats.items.byKind) lines.push(["items_by_kind", row.key, String(row.count)]);
  for (const row of stats.items.byDomain) lines.push(["items_by_domain", row.key, String(row.count)]);
  for (const row of stats.items.byDistrict)
    lines.push(["items_by_district", row.key ?? CITY_WIDE, String(row.count)]);
  for (const row of stats.items.byStatus) lines.push(["items_by_status", row.key, String(row.count)]);
  const e = stats.expressions;
  for (const key of ["sent", "pending", "accepted", "declined", "withdrawn", "expired"] as const)
    lines.push(["expressions", key, String(e[key])]);
  lines.push([
    "expressions",
    "acceptance_rate_percent",
    e.acceptanceRate === null ? "" : (e.acceptanceRate * 100).toFixed(1),
  ]);
  lines.push(["contracts", "count", String(stats.contracts.contracts)]);
  lines.push(["contracts", "amount_yuan", fenToYuanString(stats.contracts.amountFen)]);
  lines.push(["response", "median_days", stats.medianDays === null ? "" : stats.medianDays.toFixed(1)]);
  return `\uFEFF${lines.map(csvLine).join("")}`;
}
