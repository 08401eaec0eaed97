import { getDb, type DbOrTrx } from "../../../db/client";
import {
  awardsPaid,
  bidsPerTask,
  budgetUse,
  conferenceOutcomes,
  consortiumSizes,
  headline,
  medianResponseTimes,
  sdContracts,
  sdItems,
  sdMatches,
  statsDistricts,
  successRate,
  tasksByYearDomain,
  type StatsFilter,
} from "../../../db/repositories/stats";
import { DISTRICT_EN, type District } from "../../domain/districts";
import { DOMAIN_LABEL, TASK_DOMAINS, isTaskDomain } from "../../domain/task-domains";
import { SD_AGENCY_LABEL, type SdAgency } from "../../domain/supply-demand";
import type { StatsChartId, StatsChartModel, StatsColumn, StatsRow } from "../../domain/stats";
import type { Locale, Translate } from "../../i18n/i18n";

/** Every figure of the dashboard, straight from db/repositories/stats.ts (SQL over the stats_* views). */
export async function statsFigures(filter: StatsFilter, db: DbOrTrx = getDb()) {
  const [
    tasks,
    bids,
    consortia,
    success,
    awards,
    budget,
    items,
    matches,
    contracts,
    response,
    conferences,
    totals,
  ] = await Promise.all([
    tasksByYearDomain(db, filter),
    bidsPerTask(db, filter),
    consortiumSizes(db, filter),
    successRate(db, filter),
    awardsPaid(db, filter),
    budgetUse(db),
    sdItems(db, filter),
    sdMatches(db, filter),
    sdContracts(db, filter),
    medianResponseTimes(db, filter),
    conferenceOutcomes(db),
    headline(db, filter),
  ]);
  return {
    tasks,
    bids,
    consortia,
    success,
    awards,
    budget,
    items,
    matches,
    contracts,
    response,
    conferences,
    totals,
  };
}

export type StatsFigures = Awaited<ReturnType<typeof statsFigures>>;

/** The districts that occur in the figures (the staff filter's choices). */
export function districtsInFigures(db: DbOrTrx = getDb()) {
  return statsDistricts(db);
}

/** Which staff filters narrow each chart (the budget and the conferences are city-wide). */
export const CHART_FILTERS: Record<StatsChartId, readonly ("district" | "agency")[]> = {
  tasks: ["district"],
  bids: ["district"],
  consortia: ["district"],
  success: ["district"],
  awards: ["district"],
  budget: [],
  "sd-items": ["district", "agency"],
  matches: ["district", "agency"],
  contracts: ["district", "agency"],
  response: ["district", "agency"],
  conferences: [],
};

const SD_STATES = ["published", "fulfilled", "withdrawn", "expired", "duplicate"] as const;
const SD_KINDS = ["demand", "supply"] as const;
const EXPRESSION_STATUSES = ["accepted", "declined", "pending", "withdrawn", "expired"] as const;

function yearRows<T extends { year: number }>(
  rows: readonly T[],
  values: (row: T) => (number | null)[],
): StatsRow[] {
  return rows.map((row) => ({ key: String(row.year), label: String(row.year), values: values(row) }));
}

const col = (key: string, label: string, unit: StatsColumn["unit"], series = true): StatsColumn => ({
  key,
  label,
  unit,
  series,
});

export function districtLabel(district: string, locale: Locale): string {
  return locale === "en" ? (DISTRICT_EN[district as District] ?? district) : district;
}

export function agencyLabel(agency: SdAgency, locale: Locale): string {
  return SD_AGENCY_LABEL[agency][locale];
}

/** The chart models, labelled in the reader's language. Pivots rows already aggregated by SQL; counts nothing. */
export function statsCharts(f: StatsFigures, t: Translate, locale: Locale): StatsChartModel[] {
  const year = t("stats.col.year");
  const chart = (
    id: StatsChartId,
    model: Omit<StatsChartModel, "id" | "title" | "description" | "categoryKey" | "categoryLabel"> &
      Partial<Pick<StatsChartModel, "categoryKey" | "categoryLabel">>,
  ): StatsChartModel => ({
    id,
    title: t(`stats.chart.${id}.title` as Parameters<Translate>[0]),
    description: t(`stats.chart.${id}.description` as Parameters<Translate>[0]),
    categoryKey: "year",
    categoryLabel: year,
    ...model,
  });

  // Tasks: one row per year, one column per domain that occurs (in the catalogue's order).
  const taskYears = [...new Set(f.tasks.map((r) => r.year))];
  const domains = TASK_DOMAINS.filter((d) => f.tasks.some((r) => r.domain === d));
  const extraDomains = [...new Set(f.tasks.map((r) => r.domain))].filter((d) => !isTaskDomain(d));
  const allDomains = [...domains, ...extraDomains];
  const tasksChart = chart("tasks", {
    stacked: true,
    columns: allDomains.map((d) => col(d, isTaskDomain(d) ? DOMAIN_LABEL[d][locale] : d, "count")),
    rows: taskYears.map((y) => ({
      key: String(y),
      label: String(y),
      values: allDomains.map((d) => f.tasks.find((r) => r.year === y && r.domain === d)?.tasks ?? 0),
    })),
  });

  const itemRows: StatsRow[] = [];
  for (const y of [...new Set(f.items.map((r) => r.year))])
    for (const kind of SD_KINDS)
      if (f.items.some((r) => r.year === y && r.kind === kind))
        itemRows.push({
          key: `${y}-${kind}`,
          label: `${y} ${t(`stats.kind.${kind}`)}`,
          values: SD_STATES.map(
            (s) => f.items.find((r) => r.year === y && r.kind === kind && r.state === s)?.items ?? 0,
          ),
        });

  return [
    tasksChart,
    chart("bids", {
      stacked: false,
      columns: [
        col("average", t("stats.col.averageBids"), "ratio"),
        col("tasks", t("stats.col.tasksClosed"), "count", false),
        col("bids", t("stats.col.bids"), "count", false),
      ],
      rows: yearRows(f.bids, (r) => [r.average, r.tasks, r.bids]),
    }),
    chart("consortia", {
      stacked: false,
      categoryKey: "size",
      categoryLabel: t("stats.col.size"),
      columns: [col("bids", t("stats.col.bids"), "count")],
      rows: f.consortia.map((r) => ({
        key: String(r.size),
        label: t("stats.size", { size: r.size }),
        values: [r.bids],
      })),
    }),
    chart("success", {
      stacked: false,
      columns: [
        col("assessed", t("stats.col.assessed"), "count"),
        col("succeeded", t("stats.col.succeeded"), "count"),
        col("rate", t("stats.col.successRate"), "share", false),
      ],
      rows: yearRows(f.success, (r) => [r.assessed, r.succeeded, r.rate]),
    }),
    chart("awards", {
      stacked: false,
      columns: [
        col("paidFen", t("stats.col.paid"), "fen"),
        col("investmentFen", t("stats.col.investment"), "fen"),
        col("awards", t("stats.col.awardsPaid"), "count", false),
        col("leverage", t("stats.col.leverage"), "ratio", false),
      ],
      rows: yearRows(f.awards, (r) => [r.paidFen, r.investmentFen, r.awards, r.leverage]),
    }),
    chart("budget", {
      stacked: false,
      columns: [
        col("appropriatedFen", t("stats.col.appropriated"), "fen"),
        col("reservedFen", t("stats.col.reserved"), "fen"),
        col("paidFen", t("stats.col.paid"), "fen"),
      ],
      rows: yearRows(f.budget, (r) => [r.appropriatedFen, r.reservedFen, r.paidFen]),
    }),
    chart("sd-items", {
      stacked: true,
      categoryKey: "year_kind",
      columns: SD_STATES.map((s) => col(s, t(`stats.state.${s}`), "count")),
      rows: itemRows,
    }),
    chart("matches", {
      stacked: true,
      columns: [
        ...EXPRESSION_STATUSES.map((s) => col(s, t(`stats.expression.${s}`), "count")),
        col("sent", t("stats.col.sent"), "count", false),
        col("acceptance", t("stats.col.acceptance"), "share", false),
      ],
      rows: yearRows(f.matches, (r) => [...EXPRESSION_STATUSES.map((s) => r[s]), r.sent, r.acceptance]),
    }),
    chart("contracts", {
      stacked: true,
      columns: [
        col("online", t("stats.col.contractsOnline"), "count"),
        col("conference", t("stats.col.contractsConference"), "count"),
        col("amountFen", t("stats.col.contractAmount"), "fen", false),
        col("intents", t("stats.col.intents"), "count", false),
      ],
      rows: yearRows(f.contracts, (r) => [r.onlineContracts, r.conferenceContracts, r.amountFen, r.intents]),
    }),
    chart("response", {
      stacked: false,
      columns: [
        col("answerDays", t("stats.col.answerDays"), "days"),
        col("reviewDays", t("stats.col.reviewDays"), "days"),
      ],
      rows: yearRows(f.response, (r) => [r.answerDays, r.reviewDays]),
    }),
    chart("conferences", {
      stacked: false,
      categoryKey: "event",
      categoryLabel: t("stats.col.event"),
      labelInCsv: true,
      columns: [
        col("meetingsHeld", t("stats.col.meetingsHeld"), "count"),
        col("intents", t("stats.col.intents"), "count"),
        col("contracts", t("stats.col.contracts"), "count"),
        col("contractFen", t("stats.col.contractAmount"), "fen", false),
      ],
      rows: f.conferences.map((r) => ({
        key: String(r.eventId),
        label: locale === "en" ? r.titleEn : r.titleZh,
        values: [r.meetingsHeld, r.intents, r.contracts, r.contractFen],
      })),
    }),
  ];
}
