import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useDistrictLabel } from "../components/sd-review";
import { formatFen } from "../domain/money";
import { isSdDomain } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { statsLoader } from "../server/supply-demand/review/admin-pages.server";

export const loader = statsLoader;

export const meta: MetaFunction = () => [{ title: "供需清单统计 Supply–demand statistics — 揭榜 Jiebang" }];

/** A two-column table (label, count) that stays two columns on a phone: short cells, no squeezing. */
function CountTable({
  id,
  caption,
  rows,
}: {
  id: string;
  caption: string;
  rows: { key: string; label: ReactNode; count: number }[];
}) {
  const { t } = useI18n();
  return (
    <section className="card sd-stats-block" aria-labelledby={id}>
      <h3 id={id}>{caption}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t("sdStats.noItems")}</p>
      ) : (
        <table className="sd-stats-table">
          <thead>
            <tr>
              <th scope="col">{caption}</th>
              <th scope="col" className="num">
                {t("sdStats.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="num">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default function SdStats() {
  const stats = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const districtLabel = useDistrictLabel();
  const years = [...new Set(stats.items.byYear.map((row) => row.year))];
  const e = stats.expressions;
  const csv = `/staff/supply-demand/stats.csv${stats.year === null ? "" : `?year=${stats.year}`}`;
  const measure = (label: string, value: ReactNode, hint?: string) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}
        {hint ? <span className="hint sd-stats-hint">{hint}</span> : null}
      </dd>
    </div>
  );
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/staff/supply-demand/review">{t("sdReview.page.backToQueue")}</Link>
      </p>
      <h1>
        {t("sdStats.title")}
        {stats.year === null ? "" : ` · ${stats.year}`}
      </h1>
      <p className="lead">{t("sdStats.lead")}</p>
      <div className="inline-form">
        <Form method="get" className="inline-form">
          <label htmlFor="stats-year">{t("sdStats.year")}</label>
          <select id="stats-year" name="year" defaultValue={stats.year ?? ""}>
            <option value="">{t("sdStats.allYears")}</option>
            {stats.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("sdStats.show")}
          </button>
        </Form>
        <a className="button" href={csv} download>
          {t("sdStats.export")}
        </a>
      </div>

      <section className="card" aria-labelledby="stats-exchange">
        <h2 id="stats-exchange">{t("sdStats.expressions")}</h2>
        <dl className="sd-stats-measures">
          {measure(t("sdStats.sent"), e.sent)}
          {measure(t("sdStats.accepted"), e.accepted)}
          {measure(t("sdStats.declined"), e.declined)}
          {measure(t("sdStats.pending"), e.pending)}
          {measure(t("sdStats.expired"), e.expired)}
          {measure(t("sdStats.withdrawn"), e.withdrawn)}
          {measure(
            t("sdStats.acceptanceRate"),
            e.acceptanceRate === null ? t("sdStats.none") : `${(e.acceptanceRate * 100).toFixed(1)}%`,
            t("sdStats.acceptanceRateHint"),
          )}
          {measure(
            t("sdStats.medianResponse"),
            stats.medianDays === null
              ? t("sdStats.none")
              : t("sdStats.medianDays", { days: stats.medianDays.toFixed(1) }),
          )}
          {measure(t("sdStats.contractCount"), stats.contracts.contracts)}
          {measure(t("sdStats.contractAmount"), formatFen(stats.contracts.amountFen))}
        </dl>
      </section>

      <section className="stack" aria-labelledby="stats-items">
        <h2 id="stats-items">{t("sdStats.items")}</h2>
        <section className="card sd-stats-block" aria-labelledby="stats-by-year">
          <h3 id="stats-by-year">{t("sdStats.byYear")}</h3>
          {years.length === 0 ? (
            <p className="empty">{t("sdStats.noItems")}</p>
          ) : (
            <table className="sd-stats-table">
              <thead>
                <tr>
                  <th scope="col">{t("sdStats.year")}</th>
                  <th scope="col" className="num">
                    {t("sdStats.demands")}
                  </th>
                  <th scope="col" className="num">
                    {t("sdStats.supplies")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => {
                  const of = (kind: string) =>
                    stats.items.byYear.find((row) => row.year === year && row.kind === kind)?.count ?? 0;
                  return (
                    <tr key={year}>
                      <th scope="row">
                        <Link to={`?year=${year}`}>{year}</Link>
                      </th>
                      <td className="num">{of("demand")}</td>
                      <td className="num">{of("supply")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <div className="sd-stats-grid">
          <CountTable
            id="stats-by-kind"
            caption={t("sdStats.byKind")}
            rows={stats.items.byKind.map((row) => ({
              key: row.key,
              label: t(`sd.kind.${row.key}`),
              count: row.count,
            }))}
          />
          <CountTable
            id="stats-by-status"
            caption={t("sdStats.byStatus")}
            rows={stats.items.byStatus.map((row) => ({
              key: row.key,
              label: t(`sd.status.${row.key}`),
              count: row.count,
            }))}
          />
          <CountTable
            id="stats-by-domain"
            caption={t("sdStats.byDomain")}
            rows={stats.items.byDomain.map((row) => ({
              key: row.key,
              label: isSdDomain(row.key) ? t(`sd.domain.${row.key}`) : row.key,
              count: row.count,
            }))}
          />
          <CountTable
            id="stats-by-district"
            caption={t("sdStats.byDistrict")}
            rows={stats.items.byDistrict.map((row) => ({
              key: row.key ?? "",
              label: districtLabel(row.key),
              count: row.count,
            }))}
          />
        </div>
      </section>
    </div>
  );
}
