import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { domainLabel } from "../components/labels";
import { TASK_DOMAINS } from "../domain/task-domains";
import { daysUntil } from "../domain/time";
import { useI18n, useRootData } from "../i18n/use-i18n";
import { homeOverview } from "../server/catalog/public-catalog.server";

export const meta: MetaFunction = () => [
  { title: "揭榜 Jiebang — 数字经济揭榜挂帅与供需对接平台" },
  {
    name: "description",
    content: "城市应用场景创新任务发布、揭榜申报、遴选公示、评估与奖励拨付的开源平台。",
  },
];

export async function loader() {
  const now = new Date();
  return { ...(await homeOverview(now)), now: now.toISOString() };
}

function CurrentList() {
  const { t, locale, dateTime } = useI18n();
  const { list, counts, closingSoon, now } = useLoaderData<typeof loader>();
  const countOf = new Map(counts.map((c) => [c.domain, c.count]));
  return (
    <section className="grid-2" aria-labelledby="current-list">
      <article className="card">
        <h2 id="current-list">{t("home.currentList")}</h2>
        {list ? (
          <>
            <p>
              <Link to={`/lists/${list.id}`}>{list.title}</Link>
            </p>
            <h3>{t("home.byDomain")}</h3>
            <ul className="domain-counts">
              {TASK_DOMAINS.map((domain) => (
                <li key={domain}>
                  <span>{domainLabel(domain, locale)}</span>
                  <strong>{countOf.get(domain) ?? 0}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="empty">{t("home.noList")}</p>
        )}
        <p>
          <Link to="/lists">{t("home.allLists")}</Link>
        </p>
      </article>
      <article className="card">
        <h2>{t("home.closingSoon")}</h2>
        {closingSoon.length === 0 ? (
          <p className="empty">{t("home.noneClosing")}</p>
        ) : (
          <ul className="closing-soon">
            {closingSoon.map((task) => {
              const days = daysUntil(new Date(task.bidDeadline), new Date(now));
              return (
                <li key={task.code}>
                  <Link to={`/tasks/${task.code}`}>{task.title}</Link>
                  <small>
                    <span className="mono">{task.code}</span> · {domainLabel(task.domain, locale)} ·{" "}
                    {dateTime(task.bidDeadline)} ·{" "}
                    {days > 0 ? t("task.daysLeft", { days }) : t("task.dueToday")}
                  </small>
                </li>
              );
            })}
          </ul>
        )}
      </article>
    </section>
  );
}

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
      <CurrentList />
      <section className="grid-3 section-gap" aria-label={t("app.tagline")}>
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
      <section className="card section-gap">
        <h2>{t("home.policy")}</h2>
        <p>{t("home.policyText")}</p>
      </section>
    </>
  );
}
