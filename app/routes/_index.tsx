import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useI18n, useRootData } from "../i18n/use-i18n";

export const meta: MetaFunction = () => [
  { title: "揭榜 Jiebang — 数字经济揭榜挂帅与供需对接平台" },
  {
    name: "description",
    content: "城市应用场景创新任务发布、揭榜申报、遴选公示、评估与奖励拨付的开源平台。",
  },
];

export default function Home() {
  const { t } = useI18n();
  const user = useRootData()?.user;
  return (
    <>
      <section className="hero">
        {user ? <p className="tag">{t("home.welcome", { name: user.name })}</p> : null}
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        {user ? null : (
          <div className="actions">
            <Link to="/signup" className="button button-primary">
              {t("home.getStarted")}
            </Link>
            <Link to="/login" className="button">
              {t("home.signIn")}
            </Link>
          </div>
        )}
      </section>
      <section className="grid-3" aria-label={t("app.tagline")}>
        <article className="card">
          <h2>{t("home.forCompanies")}</h2>
          <p>{t("home.forCompaniesText")}</p>
        </article>
        <article className="card">
          <h2>{t("home.forCity")}</h2>
          <p>{t("home.forCityText")}</p>
        </article>
        <article className="card">
          <h2>{t("home.forExperts")}</h2>
          <p>{t("home.forExpertsText")}</p>
        </article>
      </section>
      <section className="card" style={{ marginTop: "1.5rem" }}>
        <h2>{t("home.policy")}</h2>
        <p>{t("home.policyText")}</p>
      </section>
    </>
  );
}
