import { createHash } from "node:crypto";
import * as echarts from "echarts";
import { cspSafeSvg, STATS_PALETTE, type StatsChartModel } from "../../domain/stats";

/**
 * Draws a chart model to SVG with Apache ECharts on the server (no DOM: `ssr: true`), so the dashboard works with
 * JavaScript off and prints. The SVG is made CSP-safe (app/domain/stats.ts `cspSafeSvg`); the browser hydrates it
 * with the small `echarts/ssr/client` for hover read-outs, never with the full library.
 *
 * Rendering costs far more than the SQL, and the figures change rarely: SVGs are cached by a hash of the model
 * (which already holds the localised labels) — a change of any figure or label is a different key.
 */

const WIDTH = 480;
const HEIGHT = 300;
const CACHE_LIMIT = 500;
const cache = new Map<string, string>();

/** Money is drawn in 万元 (10,000 yuan), the unit of government budget tables; the table shows it exactly. */
function plotted(value: number | null, unit: StatsChartModel["columns"][number]["unit"]): number | null {
  if (value === null) return null;
  if (unit === "fen") return Math.round(value / 100) / 10_000;
  if (unit === "share") return Math.round(value * 1000) / 10;
  return value;
}

/** Roughly how wide ECharts draws a label at 13 px: a Chinese character a full em, Latin about half. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 13 : 7.5;
  return width;
}

/** How many rows the legend wraps to (icon 25 px + gap 12 px per item), so the plot starts below it. */
function legendRows(labels: readonly string[]): number {
  let rows = 1;
  let x = 0;
  for (const label of labels) {
    const item = 25 + textWidth(label) + 12;
    if (x > 0 && x + item > WIDTH) {
      rows++;
      x = 0;
    }
    x += item;
  }
  return rows;
}

function option(chart: StatsChartModel, axisName: string) {
  const drawn = chart.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.series);
  const many = drawn.length > 1;
  const legendHeight = many ? legendRows(drawn.map(({ column }) => column.label)) * 24 : 0;
  const perCategory = Math.max(1, chart.rows.length);
  return {
    animation: false,
    color: [...STATS_PALETTE],
    textStyle: { fontFamily: "sans-serif", fontSize: 13, color: "#1f2328" },
    legend: many ? { top: 0, left: 0, textStyle: { color: "#1f2328" }, itemGap: 12 } : undefined,
    grid: { left: 8, right: 16, top: legendHeight + 32, bottom: 8, containLabel: true },
    xAxis: {
      type: "category",
      data: chart.rows.map((row) => row.label),
      axisLabel: {
        interval: 0,
        color: "#1f2328",
        width: Math.floor((WIDTH - 80) / perCategory) - 6,
        overflow: "truncate",
      },
      axisLine: { lineStyle: { color: "#57606a" } },
    },
    yAxis: {
      type: "value",
      name: axisName,
      nameTextStyle: { color: "#1f2328", align: "left" },
      nameGap: 12,
      minInterval: drawn.every(({ column }) => column.unit === "count") ? 1 : undefined,
      axisLabel: { color: "#1f2328" },
      splitLine: { lineStyle: { color: "#d0d7de" } },
    },
    series: drawn.map(({ column, index }) => ({
      type: "bar",
      name: column.label,
      stack: chart.stacked ? "total" : undefined,
      barMaxWidth: 48,
      emphasis: { disabled: true },
      data: chart.rows.map((row) => plotted(row.values[index] ?? null, column.unit)),
    })),
  };
}

export function chartSvg(chart: StatsChartModel, axisName: string): string {
  const key = createHash("sha256")
    .update(JSON.stringify([chart, axisName]))
    .digest("base64url");
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: HEIGHT });
  try {
    instance.setOption(option(chart, axisName));
    const svg = cspSafeSvg(instance.renderToSVGString());
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, svg);
    return svg;
  } finally {
    instance.dispose();
  }
}

/** For the benchmark: drop every cached SVG. */
export function clearChartCache() {
  cache.clear();
}
