import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SdBatchSection } from "../components/sd-list-table";
import { listTitleEn, listTitleZh } from "../domain/sd-list";
import { useI18n } from "../i18n/use-i18n";
import { yearListPageLoader } from "../server/supply-demand/list/public-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? listTitleZh(data.list.year) : "供需清单"} — 揭榜 Jiebang` },
];

export const loader = yearListPageLoader;

export default function SdYearList() {
  const { t, locale } = useI18n();
  const { list, q, matches, total, engineUnavailable } = useLoaderData<typeof loader>();
  const base = `/supply-demand/lists/${list.year}`;
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/supply-demand/lists">{t("sdList.title")}</Link>
      </p>
      <h1>{locale === "zh" ? listTitleZh(list.year) : listTitleEn(list.year)}</h1>
      <p className="hint">
        {t("sdList.yearSummary", {
          batches: list.batches.length,
          items: total,
          date: list.batches.at(-1)?.publishedOn ?? "",
        })}
      </p>
      <div className="toolbar no-print">
        <a className="button" href={`${base}/export.xlsx`} download>
          {t("lists.exportXlsx")}
        </a>
        <a className="button" href={`${base}/export.csv`} download>
          {t("lists.exportCsv")}
        </a>
        <Link className="button" to={`${base}/print`}>
          {t("sdList.printView")}
        </Link>
      </div>
      <Form method="get" className="sd-list-search no-print" role="search">
        <label htmlFor="sd-list-q">{t("sdList.searchLabel")}</label>
        <div className="inline-fields">
          <input id="sd-list-q" type="search" name="q" defaultValue={q} maxLength={100} />
          <button type="submit" className="button button-primary">
            {t("sdList.search")}
          </button>
          {q ? (
            <Link className="button button-quiet" to={base}>
              {t("sdList.clearSearch")}
            </Link>
          ) : null}
        </div>
      </Form>
      {q ? (
        <p role="status" className="hint">
          {t("sdList.matches", { count: matches, q })}
          {engineUnavailable ? ` ${t("sdList.engineUnavailable")}` : null}
        </p>
      ) : null}
      {list.batches.map((batch) =>
        q && batch.items.length === 0 ? null : (
          <SdBatchSection
            key={batch.id}
            number={batch.number}
            publishedOn={batch.publishedOn}
            rows={batch.items}
          />
        ),
      )}
      {q && matches === 0 ? <p className="card empty">{t("sdList.noMatches")}</p> : null}
    </section>
  );
}
