import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { MM_REGISTRATION_STATUSES, MM_REQUEST_STATUSES } from "../domain/matchmaking";
import { formatFen } from "../domain/money";
import { NO_DOMAIN } from "../domain/mm-stats";
import { isSdDomain } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { mmStatsLoader } from "../server/matchmaking/feedback/stats-page.server";

export const loader = mmStatsLoader;

export const meta: MetaFunction = () => [{ title: "大会统计 Conference statistics — 揭榜 Jiebang" }];

export default function MmStatsPage() {
  const { event, stats } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const share = (value: number | null) =>
    value === null ? t("mmStats.none") : `${(value * 100).toFixed(1)}%`;
  const measure = (label: string, value: ReactNode, hint?: string) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}
        {hint ? <span className="hint sd-stats-hint">{hint}</span> : null}
      </dd>
    </div>
  );
  const domainLabel = (domain: string) =>
    domain === NO_DOMAIN ? t("mmStats.noDomain") : isSdDomain(domain) ? t(`sd.domain.${domain}`) : domain;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to={`/staff/events/${event.id}`}>{t("mmStats.backToEvent")}</Link>
      </p>
      <h1>{t("mmStats.title")}</h1>
      <p className="lead">
        {locale === "en" ? event.titleEn : event.titleZh} · {event.startsOn}–{event.endsOn} ·{" "}
        {t(`mm.eventStatus.${event.status}`)}
      </p>
      <div className="inline-form">
        <a className="button" href={`/staff/events/${event.id}/stats.csv`} download>
          {t("mmStats.export")}
        </a>
      </div>

      <section className="card" aria-labelledby="mm-stats-meetings">
        <h2 id="mm-stats-meetings">{t("mmStats.meetings")}</h2>
        <dl className="sd-stats-measures">
          {measure(t("mmStats.requestsTotal"), stats.requests.total)}
          {measure(
            t("mmStats.acceptanceRate"),
            share(stats.acceptance.rate),
            t("mmStats.acceptanceHint", {
              accepted: stats.acceptance.accepted,
              answered: stats.acceptance.answered,
            }),
          )}
          {measure(t("mmStats.placed"), stats.meetings.placed)}
          {measure(t("mmStats.held"), stats.meetings.held)}
          {measure(t("mmStats.noShows"), stats.meetings.noShows)}
          {measure(t("mmStats.attendees"), stats.attendees.total)}
          {measure(t("mmStats.checkedIn"), stats.attendees.checkedIn)}
        </dl>
      </section>

      <section className="card" aria-labelledby="mm-stats-outcomes">
        <h2 id="mm-stats-outcomes">{t("mmStats.outcomes")}</h2>
        <dl className="sd-stats-measures">
          {measure(
            t("mmStats.feedbackCount"),
            stats.feedback.count,
            t("mmStats.feedbackMeetings", { meetings: stats.feedback.meetings }),
          )}
          {measure(t("mmStats.usefulShare"), share(stats.feedback.usefulShare))}
          {measure(t("mmStats.intents"), stats.outcomes.intents)}
          {measure(t("mmStats.contracts"), stats.outcomes.contracts, t("mmStats.contractsHint"))}
          {measure(t("mmStats.amount"), formatFen(stats.outcomes.amountFen))}
        </dl>
      </section>

      <div className="sd-stats-grid">
        <section className="card sd-stats-block" aria-labelledby="mm-stats-registrations">
          <h2 id="mm-stats-registrations">{t("mmStats.registrations")}</h2>
          <table className="sd-stats-table">
            <thead>
              <tr>
                <th scope="col">{t("mmStats.status")}</th>
                <th scope="col" className="num">
                  {t("mmStats.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {MM_REGISTRATION_STATUSES.map((s) => (
                <tr key={s}>
                  <th scope="row">{t(`mm.registrationStatus.${s}`)}</th>
                  <td className="num">{stats.registrations[s]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t("mmStats.total")}</th>
                <td className="num">{stats.registrations.total}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section className="card sd-stats-block" aria-labelledby="mm-stats-requests">
          <h2 id="mm-stats-requests">{t("mmStats.requests")}</h2>
          <table className="sd-stats-table">
            <thead>
              <tr>
                <th scope="col">{t("mmStats.status")}</th>
                <th scope="col" className="num">
                  {t("mmStats.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {MM_REQUEST_STATUSES.map((s) => (
                <tr key={s}>
                  <th scope="row">{t(`mm.requestStatus.${s}`)}</th>
                  <td className="num">{stats.requests[s]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="card" aria-labelledby="mm-stats-domains">
        <h2 id="mm-stats-domains">{t("mmStats.byDomain")}</h2>
        {stats.byDomain.length === 0 ? (
          <p className="empty">{t("mmStats.noRequests")}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="mm-stats-domains">
            <table className="sd-stats-table">
              <thead>
                <tr>
                  <th scope="col">{t("mmStats.domain")}</th>
                  <th scope="col" className="num">
                    {t("mmStats.requests")}
                  </th>
                  <th scope="col" className="num">
                    {t("mmStats.held")}
                  </th>
                  <th scope="col" className="num">
                    {t("mmStats.intents")}
                  </th>
                  <th scope="col" className="num">
                    {t("mmStats.contracts")}
                  </th>
                  <th scope="col" className="num">
                    {t("mmStats.amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.byDomain.map((d) => (
                  <tr key={d.domain}>
                    <th scope="row">{domainLabel(d.domain)}</th>
                    <td className="num">{d.requests}</td>
                    <td className="num">{d.held}</td>
                    <td className="num">{d.intents}</td>
                    <td className="num">{d.contracts}</td>
                    <td className="num">{formatFen(d.amountFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
