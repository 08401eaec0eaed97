import { csvLine } from "./csv";
import { fenToYuanString } from "./money";

/**
 * The programme dashboard's charts as plain data (built in app/server/stats/, drawn by ECharts on the server):
 * rows (years, sizes, conferences …) × columns (series and table-only figures). The same model gives the chart,
 * its data table and its CSV, so the three cannot disagree.
 */

export const STATS_CHART_IDS = [
  "tasks",
  "bids",
  "consortia",
  "success",
  "awards",
  "budget",
  "sd-items",
  "matches",
  "contracts",
  "response",
  "conferences",
] as const;
export type StatsChartId = (typeof STATS_CHART_IDS)[number];

export function isStatsChartId(value: string): value is StatsChartId {
  return (STATS_CHART_IDS as readonly string[]).includes(value);
}

/** count: whole numbers; fen: money; days: a duration; ratio: "3.2 ×"; share: a fraction 0–1 shown in percent. */
export type StatsUnit = "count" | "fen" | "days" | "ratio" | "share";

export interface StatsColumn {
  key: string;
  label: string;
  unit: StatsUnit;
  /** Drawn as a series; otherwise only in the table and the CSV. */
  series: boolean;
}

export interface StatsRow {
  key: string;
  label: string;
  values: (number | null)[];
}

export interface StatsChartModel {
  id: StatsChartId;
  title: string;
  description: string;
  categoryKey: string;
  categoryLabel: string;
  /** Stacked bars (parts of one whole) or side-by-side bars. */
  stacked: boolean;
  /** The CSV also gets each row's label (a conference's title) after its key. */
  labelInCsv?: boolean;
  columns: StatsColumn[];
  rows: StatsRow[];
}

/** Okabe–Ito (colour-blind safe), the darker ones first; yellow last (too light for thin marks on white). */
export const STATS_PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#CC79A7",
  "#56B4E9",
  "#000000",
  "#F0E442",
] as const;

/** A CSV value: money in yuan with two decimals, a share as a fraction with four, ratios and days with two. */
export function csvValue(value: number | null, unit: StatsUnit): string {
  if (value === null) return "";
  switch (unit) {
    case "count":
      return String(value);
    case "fen":
      return fenToYuanString(value);
    case "share":
      return value.toFixed(4);
    default:
      return value.toFixed(2);
  }
}

/** The chart's CSV: a header of stable keys (money columns end in _yuan), then one line per row. BOM for Excel. */
export function statsChartCsv(
  chart: Pick<StatsChartModel, "categoryKey" | "columns" | "rows" | "labelInCsv">,
): string {
  const label = chart.labelInCsv === true;
  const header = [
    chart.categoryKey,
    ...(label ? ["title"] : []),
    ...chart.columns.map((c) => (c.unit === "fen" ? `${c.key.replace(/Fen$/, "")}_yuan` : c.key)),
  ];
  const lines = chart.rows.map((row) => [
    row.key,
    ...(label ? [row.label] : []),
    ...row.values.map((value, i) => csvValue(value, chart.columns[i]!.unit)),
  ]);
  return `\uFEFF${[header, ...lines].map(csvLine).join("")}`;
}

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
/** Properties that are also SVG presentation attributes; anything else ECharts might put in `style` is dropped. */
const PRESENTATION = new Set([
  "font-size",
  "font-family",
  "font-weight",
  "font-style",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "opacity",
  "text-anchor",
  "dominant-baseline",
]);

/**
 * Makes ECharts' server-rendered SVG fit a strict Content-Security-Policy (no inline styles): the <style> block
 * (hover rules only) goes, and each `style="a:b;…"` becomes presentation attributes a="b". The root's fixed width
 * and height go too, so the viewBox scales the chart to its container (a phone's 390 px included).
 */
export function cspSafeSvg(svg: string): string {
  return svg
    .replace(STYLE_ELEMENT, "")
    .replace(STYLE_ATTRIBUTE, (_match, declarations: string) =>
      declarations
        .split(";")
        .map((declaration) => {
          const colon = declaration.indexOf(":");
          if (colon < 0) return "";
          const name = declaration.slice(0, colon).trim().toLowerCase();
          const value = declaration.slice(colon + 1).trim();
          return PRESENTATION.has(name) && value !== ""
            ? ` ${name}="${value.replaceAll('"', "&quot;")}"`
            : "";
        })
        .join(""),
    )
    .replace(/^<svg width="[\d.]+" height="[\d.]+"/, "<svg");
}
