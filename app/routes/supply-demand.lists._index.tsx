import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listTitleEn, listTitleZh } from "../domain/sd-list";
import { useI18n } from "../i18n/use-i18n";
import { listYearsPageLoader } from "../server/supply-demand/list/public-pages.server";

export const meta: MetaFunction = () => [
  { title: "年度供需清单 · Annual supply–demand lists — 揭榜 Jiebang" },
];

export const loader = listYearsPageLoader;

export default function SdListYears() {
  const { t, locale } = useI18n();
  const { years } = useLoaderData<typeof loader>();
  return (
    <section className="stack">
      <h1>{t("sdList.title")}</h1>
      <p className="lead">{t("sdList.lead")}</p>
      {years.length === 0 ? (
        <p className="card empty">{t("sdList.noYears")}</p>
      ) : (
        <ul className="sd-list-years">
          {years.map((entry) => (
            <li key={entry.year} className="card">
              <h2>
                <Link to={`/supply-demand/lists/${entry.year}`}>
                  {locale === "zh" ? listTitleZh(entry.year) : listTitleEn(entry.year)}
                </Link>
              </h2>
              <p className="hint">
                {t("sdList.yearSummary", {
                  batches: entry.batches,
                  items: entry.items,
                  date: entry.lastPublishedOn ?? "",
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
