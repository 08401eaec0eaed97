import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { eventsPageLoader } from "../server/matchmaking/events/public-pages.server";

export const loader = eventsPageLoader;

export const meta: MetaFunction = () => [{ title: "供需对接大会 · Matchmaking conferences — 揭榜 Jiebang" }];

export default function Events() {
  const { events } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <div className="stack">
      <h1>{t("mmEvents.public.title")}</h1>
      <p className="hint">{t("mmEvents.public.lead")}</p>
      {events.length === 0 ? (
        <p className="card empty">{t("mmEvents.public.empty")}</p>
      ) : (
        <ul className="mm-ev-list">
          {events.map((e) => (
            <li key={e.id} className="card">
              <h2>
                <Link to={`/events/${e.id}`}>{locale === "zh" ? e.titleZh : e.titleEn}</Link>
              </h2>
              <p className="task-meta">
                <span className={e.status === "cancelled" ? "tag mm-ev-cancelled" : "tag"}>
                  {t(`mm.eventStatus.${e.status}`)}
                </span>
                {e.isDemo ? <span className="tag">{t("mm.demo")}</span> : null} {e.startsOn} – {e.endsOn} ·{" "}
                {locale === "zh" ? e.venueZh : e.venueEn}
              </p>
              <p>{t("mmEvents.public.counts", { participants: e.participants, meetings: e.meetings })}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        <a href="/api/v1/events">{t("mmEvents.public.api")}</a>
      </p>
    </div>
  );
}
