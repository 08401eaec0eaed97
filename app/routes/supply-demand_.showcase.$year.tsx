import { type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ShowcaseGroups, ShowcaseYears } from "../components/sd-showcase";
import { useI18n } from "../i18n/use-i18n";
import { publicShowcasePageLoader } from "../server/supply-demand/listops/pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.year ?? ""} 新场景新产品新应用 · Showcase — 揭榜 Jiebang` },
];

export const loader = publicShowcasePageLoader;

export default function PublicShowcase() {
  const { t } = useI18n();
  const { year, groups, years } = useLoaderData<typeof loader>();
  const empty = groups.every((group) => group.cards.length === 0);
  return (
    <section className="stack">
      <h1>{t("sdShowcase.yearTitle", { year })}</h1>
      <p className="hint">{t("sdShowcase.lead")}</p>
      <ShowcaseYears years={years} current={year} href={(y) => `/supply-demand/showcase/${y}`} />
      {empty ? <p className="alert">{t("sdShowcase.empty")}</p> : <ShowcaseGroups groups={groups} />}
    </section>
  );
}
