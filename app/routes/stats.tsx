import type { MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { StatsChart, useStatsValue } from "../components/stats-chart";
import { useI18n } from "../i18n/use-i18n";
import { statsPageLoader } from "../server/stats/stats-page.server";

export const loader = statsPageLoader;

export const meta: MetaFunction = () => [{ title: "统计 · Programme statistics — 揭榜 Jiebang" }];

export default function Stats() {
  const { totals, charts, staff } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const format = useStatsValue();
  const figure = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div className="stack stats-page">
      <h1>{t("stats.title")}</h1>
      <p className="lead">{t("stats.lead")}</p>
      {staff ? (
        <Form method="get" className="inline-form stats-filter" aria-label={t("stats.filter.label")}>
          <label htmlFor="stats-district">{t("stats.filter.district")}</label>
          <select id="stats-district" name="district" defaultValue={staff.district}>
            <option value="">{t("stats.filter.all")}</option>
            {staff.districts.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
          <label htmlFor="stats-agency">{t("stats.filter.agency")}</label>
          <select id="stats-agency" name="agency" defaultValue={staff.agency}>
            <option value="">{t("stats.filter.all")}</option>
            {staff.agencies.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("stats.filter.apply")}
          </button>
          <span className="hint">{t("stats.filter.hint")}</span>
        </Form>
      ) : null}
      <section aria-labelledby="stats-key-figures">
        <h2 id="stats-key-figures">{t("stats.keyFigures")}</h2>
        <dl className="facts">
          {figure(t("stats.total.tasks"), format(totals.tasks, "count"))}
          {figure(t("stats.total.successRate"), format(totals.successRate, "share"))}
          {figure(t("stats.total.paid"), format(totals.paidFen, "fen"))}
          {figure(t("stats.total.leverage"), format(totals.leverage, "ratio"))}
          {figure(t("stats.total.items"), format(totals.items, "count"))}
          {figure(t("stats.total.acceptance"), format(totals.acceptance, "share"))}
          {figure(t("stats.total.contracts"), format(totals.contracts, "count"))}
          {figure(t("stats.total.contractAmount"), format(totals.contractFen, "fen"))}
        </dl>
      </section>
      <div className="stats-grid">
        {charts.map((chart) => (
          <StatsChart key={chart.id} chart={chart} />
        ))}
      </div>
    </div>
  );
}
