import type { LoaderFunctionArgs } from "@remix-run/node";
import type { StatsFilter } from "../../../db/repositories/stats";
import { DISTRICTS } from "../../domain/districts";
import { isStatsChartId, statsChartCsv, type StatsChartModel } from "../../domain/stats";
import { SD_AGENCIES, type SdAgency } from "../../domain/supply-demand";
import { translator, type Locale } from "../../i18n/i18n";
import { getSessionUser } from "../identity/auth.server";
import { attachmentDisposition, notFound } from "../platform/http.server";
import { getLocale } from "../platform/locale.server";
import { chartSvg } from "./render.server";
import {
  agencyLabel,
  CHART_FILTERS,
  districtLabel,
  statsCharts,
  districtsInFigures,
  statsFigures,
} from "./stats.server";

/**
 * /stats, the public programme dashboard, and /stats.csv?chart=… . Staff may narrow it with ?district= and
 * ?agency=; for anyone else those parameters are ignored and the loader data carries nothing staff-only.
 */

async function isStaff(request: Request): Promise<boolean> {
  return (await getSessionUser(request))?.roles.includes("staff") ?? false;
}

/** The staff filter asked for; unknown values are ignored (the whole programme is shown). */
export function filterFromUrl(url: URL): StatsFilter {
  const filter: StatsFilter = {};
  const district = url.searchParams.get("district") ?? "";
  const agency = url.searchParams.get("agency") ?? "";
  if ((DISTRICTS as readonly string[]).includes(district)) filter.district = district;
  if ((SD_AGENCIES as readonly string[]).includes(agency)) filter.agency = agency as SdAgency;
  return filter;
}

function filterQuery(filter: StatsFilter): string {
  const params = new URLSearchParams();
  if (filter.district) params.set("district", filter.district);
  if (filter.agency) params.set("agency", filter.agency);
  const query = params.toString();
  return query === "" ? "" : `&${query}`;
}

/**
 * The figures per filter, kept for a minute: the thirteen aggregate queries cost ~50 ms together on the demo data
 * (most of a /stats request), and a programme dashboard does not need to-the-second figures — the same freshness a
 * materialised view refreshed by the minute sweeper would give, without a second copy of the data in the
 * database. At most 3 agencies × 17 district choices are ever cached.
 */
const FIGURES_TTL_MS = 60_000;
const figuresCache = new Map<string, { at: number; figures: ReturnType<typeof statsFigures> }>();

function cachedFigures(filter: StatsFilter, now = Date.now()) {
  const key = JSON.stringify([filter.district ?? null, filter.agency ?? null]);
  const hit = figuresCache.get(key);
  if (hit && now - hit.at < FIGURES_TTL_MS) return hit.figures;
  const figures = statsFigures(filter);
  figuresCache.set(key, { at: now, figures });
  // A failed query is not kept: the next request asks again.
  figures.catch(() => figuresCache.delete(key));
  return figures;
}

/** For tests and the benchmark: forget the cached figures. */
export function forgetStatsFigures() {
  figuresCache.clear();
}

async function chartsFor(filter: StatsFilter, locale: Locale) {
  const t = translator(locale);
  const figures = await cachedFigures(filter);
  return { figures, charts: statsCharts(figures, t, locale), t };
}

export async function statsPageLoader({ request }: LoaderFunctionArgs) {
  const staff = await isStaff(request);
  const locale = await getLocale(request);
  const filter = staff ? filterFromUrl(new URL(request.url)) : {};
  const filtered = filter.district !== undefined || filter.agency !== undefined;
  const { figures, charts, t } = await chartsFor(filter, locale);
  const axis = (chart: StatsChartModel) => {
    const unit = chart.columns.find((c) => c.series)?.unit ?? "count";
    return t(`stats.unit.${unit}`);
  };
  const totals = figures.totals;
  return {
    totals: {
      tasks: totals.tasks,
      successRate: totals.assessed === 0 ? null : totals.succeeded / totals.assessed,
      paidFen: totals.paidFen,
      leverage: totals.paidFen === 0 ? null : totals.investmentFen / totals.paidFen,
      items: totals.items,
      acceptance: totals.decided === 0 ? null : totals.accepted / totals.decided,
      contracts: totals.contracts,
      contractFen: totals.contractFen,
    },
    charts: charts.map((chart) => ({
      ...chart,
      svg: chartSvg(chart, axis(chart)),
      csvHref: `/stats.csv?chart=${chart.id}${filterQuery(filter)}`,
      /** A staff filter is active and does not apply to this chart (the budget, the conferences …). */
      notFiltered:
        filtered &&
        ((filter.district !== undefined && !CHART_FILTERS[chart.id].includes("district")) ||
          (filter.agency !== undefined && !CHART_FILTERS[chart.id].includes("agency"))),
    })),
    staff: staff
      ? {
          district: filter.district ?? "",
          agency: filter.agency ?? "",
          districts: (await districtsInFigures()).map((d) => ({ value: d, label: districtLabel(d, locale) })),
          agencies: SD_AGENCIES.map((a) => ({ value: a, label: agencyLabel(a, locale) })),
        }
      : null,
  };
}

/** /stats.csv?chart=tasks — one chart's figures (staff: with the same filters as the page). */
export async function statsCsvLoader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const id = url.searchParams.get("chart") ?? "";
  if (!isStatsChartId(id)) throw notFound();
  const filter = (await isStaff(request)) ? filterFromUrl(url) : {};
  const { charts } = await chartsFor(filter, await getLocale(request));
  const chart = charts.find((c) => c.id === id)!;
  return new Response(statsChartCsv(chart), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(`jiebang-stats-${id}.csv`, `揭榜统计-${id}.csv`),
      "cache-control": "no-store",
    },
  });
}
