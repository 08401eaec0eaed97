import { useEffect, useRef, useState } from "react";
import { formatFen } from "../domain/money";
import type { StatsChartModel, StatsUnit } from "../domain/stats";
import { useI18n } from "../i18n/use-i18n";

export type StatsChartView = StatsChartModel & { svg: string; csvHref: string; notFiltered: boolean };

export function useStatsValue() {
  const { t } = useI18n();
  return (value: number | null, unit: StatsUnit): string => {
    if (value === null) return t("stats.none");
    switch (unit) {
      case "fen":
        return formatFen(value);
      case "share":
        return `${(value * 100).toFixed(1)}%`;
      case "days":
        return t("stats.days", { days: value.toFixed(1) });
      case "ratio":
        return value.toFixed(2);
      default:
        return String(value);
    }
  };
}

/**
 * One dashboard chart: the SVG drawn on the server (readable without JavaScript, printable), a data table
 * alternative and the CSV. In the browser the small `echarts/ssr/client` hydrates the SVG: pointing at a bar
 * reads its value out below the chart (a polite live region, so screen readers hear it too).
 */
export function StatsChart({ chart }: { chart: StatsChartView }) {
  const { t } = useI18n();
  const format = useStatsValue();
  const holder = useRef<HTMLDivElement>(null);
  const [readout, setReadout] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const drawn = chart.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.series);

  useEffect(() => {
    let live = true;
    void import("echarts/ssr/client/index").then(({ hydrate }) => {
      if (!live || !holder.current) return;
      hydrate(holder.current, {
        on: {
          mouseover: (params) => {
            if (
              params.ssrType !== "chart" ||
              params.seriesIndex === undefined ||
              params.dataIndex === undefined
            )
              return;
            const series = drawn[params.seriesIndex];
            const row = chart.rows[params.dataIndex];
            if (!series || !row) return;
            setReadout(
              `${row.label} · ${series.column.label}: ${format(row.values[series.index] ?? null, series.column.unit)}`,
            );
          },
        },
      });
      setHydrated(true);
    });
    return () => {
      live = false;
    };
    // The SVG and the rows change together with the loader data; hydrating again would double the listeners.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart.svg]);

  const headingId = `stats-${chart.id}`;
  return (
    <section className="card stats-chart" aria-labelledby={headingId} data-chart={chart.id}>
      <h2 id={headingId}>{chart.title}</h2>
      <p className="hint">{chart.description}</p>
      {chart.notFiltered ? <p className="hint stats-chart__note">{t("stats.notFiltered")}</p> : null}
      {chart.rows.length === 0 ? (
        <p className="empty">{t("stats.noData")}</p>
      ) : (
        <>
          <figure className="stats-chart__figure">
            <div
              ref={holder}
              className="stats-chart__svg"
              role="img"
              aria-label={`${chart.title}: ${chart.description}`}
              dangerouslySetInnerHTML={{ __html: chart.svg }}
            />
            <figcaption className="hint">{hydrated ? t("stats.pointHint") : t("stats.tableHint")}</figcaption>
          </figure>
          <p className="stats-chart__readout" aria-live="polite">
            {readout}
          </p>
          <details className="stats-chart__table">
            <summary>{t("stats.table")}</summary>
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label={t("stats.tableOf", { title: chart.title })}
            >
              <table>
                <caption>{chart.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{chart.categoryLabel}</th>
                    {chart.columns.map((column) => (
                      <th scope="col" className="num" key={column.key}>
                        {column.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {chart.rows.map((row) => (
                    <tr key={row.key} data-key={row.key}>
                      <th scope="row">{row.label}</th>
                      {row.values.map((value, i) => (
                        <td className="num" key={chart.columns[i]!.key} data-column={chart.columns[i]!.key}>
                          {format(value, chart.columns[i]!.unit)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <p>
        <a href={chart.csvHref} download>
          {t("stats.csv", { title: chart.title })}
        </a>
      </p>
    </section>
  );
}
