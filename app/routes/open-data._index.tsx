import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { Dataset } from "../domain/open-data-catalogue";
import { useI18n } from "../i18n/use-i18n";
import { openDataPageLoader } from "../server/open-data/open-data-page.server";

export const meta: MetaFunction = () => [
  { title: "开放数据 · Open data — 揭榜 Jiebang" },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/feed.atom", title: "揭榜 Atom" },
];

export const loader = openDataPageLoader;

export default function OpenData() {
  const { t } = useI18n();
  const { datasets, ocds } = useLoaderData<typeof loader>();
  return (
    <section className="stack open-data">
      <h1>{t("openDataPage.title")}</h1>
      <p className="lead">{t("openDataPage.lead")}</p>
      <div className="card">
        <h2>{t("openDataPage.licenceTitle")}</h2>
        <p>{t("openDataPage.licence")}</p>
        <h2>{t("openDataPage.ocidTitle")}</h2>
        <p>{t("openDataPage.ocid", { prefix: ocds.prefix, example: ocds.example })}</p>
        {ocds.placeholder ? <p className="sd-warning">{t("openDataPage.ocidPlaceholder")}</p> : null}
      </div>
      <h2>{t("openDataPage.datasets")}</h2>
      <ul className="dataset-list">
        {datasets.map((dataset) => (
          <DatasetCard key={dataset.key} dataset={dataset} />
        ))}
      </ul>
    </section>
  );
}

function DatasetCard({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n();
  const headingId = `dataset-${dataset.key}`;
  const schema = dataset.schema;
  return (
    <li className="card dataset" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`openDataPage.ds.${dataset.key}`)}</h3>
      <p>{t(`openDataPage.ds.${dataset.key}.desc`)}</p>
      <dl className="facts">
        <dt>{t("openDataPage.formats")}</dt>
        <dd>{dataset.formats.join(" · ")}</dd>
        <dt>{t("openDataPage.licenceTitle")}</dt>
        <dd>{t("openDataPage.licenceShort")}</dd>
        <dt>{t("openDataPage.schema")}</dt>
        <dd>
          {schema.kind === "ocds" ? (
            <a href={schema.href}>{t("openDataPage.schema.ocds")}</a>
          ) : schema.kind === "readme" ? (
            t("openDataPage.schema.readme", { section: schema.section })
          ) : (
            t(schema.kind === "atom" ? "openDataPage.schema.atom" : "openDataPage.schema.sitemap")
          )}
        </dd>
        <dt>{t("openDataPage.frequency")}</dt>
        <dd>{t(`openDataPage.freq.${dataset.frequency}`)}</dd>
        {dataset.key === "ocdsRecords" ? null : (
          <>
            <dt>{t("openDataPage.access")}</dt>
            <dd>
              <DatasetLinks dataset={dataset} />
            </dd>
          </>
        )}
      </dl>
      <p className="dataset-example-label">{t("openDataPage.example")}</p>
      <pre className="copy-box dataset-example">
        <code>{dataset.example}</code>
      </pre>
    </li>
  );
}

/** Plain links (reloadDocument): these are files and JSON, not pages of the app. */
function DatasetLinks({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n();
  if (dataset.links.length === 0) return <>{t("openDataPage.noFiles")}</>;
  const years = [...new Set(dataset.links.map((link) => link.year))];
  return (
    <ul className="dataset-links">
      {years.map((year) => (
        <li key={year ?? "all"}>
          {year === undefined ? null : (
            <span className="dataset-year">{t("openDataPage.year", { year })}</span>
          )}
          {dataset.links
            .filter((link) => link.year === year)
            .map((link) => (
              <a key={link.href} href={link.href}>
                {link.text}
              </a>
            ))}
        </li>
      ))}
    </ul>
  );
}
