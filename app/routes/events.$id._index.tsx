import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { utcToShanghaiLocal } from "../domain/time";
import { useI18n } from "../i18n/use-i18n";
import { eventPageLoader } from "../server/matchmaking/events/public-pages.server";

export const loader = eventPageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data?.event.titleZh ?? "供需对接大会"} · ${data?.event.titleEn ?? "Conference"} — 揭榜 Jiebang`,
  },
];

const hhmm = (value: string | Date) => utcToShanghaiLocal(new Date(value)).slice(11);
const day = (value: string | Date) => utcToShanghaiLocal(new Date(value)).slice(0, 10);

export default function EventProgramme() {
  const { event, programme, viewer } = useLoaderData<typeof loader>();
  const { t, locale, dateTime } = useI18n();
  const zh = locale === "zh";
  const days = [...new Set(programme.blocks.map((b) => day(b.startsAt)))];
  const base = `/events/${event.id}`;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/events">{t("mmEvents.public.all")}</Link>
      </p>
      <h1>{zh ? event.titleZh : event.titleEn}</h1>
      {event.status === "draft" ? <p className="alert">{t("mmEvents.public.draftNote")}</p> : null}
      {event.status === "cancelled" ? (
        <p className="alert alert-error" role="status">
          {t("mmEvents.public.cancelled", { reason: event.cancelReason ?? "" })}
        </p>
      ) : null}
      <dl className="mm-ev-facts">
        <div>
          <dt>{t("mmEvents.public.status")}</dt>
          <dd>
            {t(`mm.eventStatus.${event.status}`)}
            {event.isDemo ? <span className="tag"> {t("mm.demo")}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("mmEvents.public.dates")}</dt>
          <dd>
            {event.startsOn} – {event.endsOn}
          </dd>
        </div>
        <div>
          <dt>{t("mmEvents.public.venue")}</dt>
          <dd>{zh ? event.venueZh : event.venueEn}</dd>
        </div>
        <div>
          <dt>{t("mmEvents.public.registrationWindow")}</dt>
          <dd>
            {dateTime(event.registrationOpensAt)} – {dateTime(event.registrationClosesAt)}
          </dd>
        </div>
        <div>
          <dt>{t("mmEvents.public.bookingWindow")}</dt>
          <dd>
            {dateTime(event.bookingOpensAt)} – {dateTime(event.bookingClosesAt)}
          </dd>
        </div>
      </dl>
      <p>{t("mmEvents.public.counts", programme.counts)}</p>

      {event.status === "published" || event.status === "closed" ? (
        <section className="card" aria-labelledby="mm-ev-take">
          <h2 id="mm-ev-take">{t("mmEvents.public.take")}</h2>
          {viewer.signedIn ? (
            <ul className="mm-ev-links">
              {viewer.kind !== "staff" ? (
                <li>
                  <Link to={`${base}/register`}>{t("mmEvents.public.register")}</Link>
                </li>
              ) : null}
              <li>
                <Link to={`${base}/participants`}>{t("mmEvents.public.participantsLink")}</Link>
              </li>
              {viewer.kind === "participant" ? (
                <>
                  <li>
                    <Link to={`/my/events/${event.id}/meetings`}>{t("mmEvents.public.meetingsLink")}</Link>
                  </li>
                  <li>
                    <Link to={`/my/events/${event.id}/agenda`}>{t("mmEvents.public.agendaLink")}</Link>
                  </li>
                </>
              ) : null}
            </ul>
          ) : (
            <p>
              {t("mmEvents.public.signIn")}{" "}
              <Link to={`/login?${new URLSearchParams({ redirectTo: base })}`}>
                {t("mmEvents.public.signInLink")}
              </Link>
            </p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="mm-ev-blocks">
        <h2 id="mm-ev-blocks">{t("mmEvents.public.blocks")}</h2>
        {days.length === 0 ? (
          <p className="empty">{t("mmEvents.public.noBlocks")}</p>
        ) : (
          <ul className="mm-ev-days">
            {days.map((d) => (
              <li key={d}>
                <strong>{d}</strong>{" "}
                {programme.blocks
                  .filter((b) => day(b.startsAt) === d)
                  .map((b) => `${hhmm(b.startsAt)}–${hhmm(b.endsAt)}`)
                  .join(zh ? "，" : ", ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mm-ev-sessions">
        <h2 id="mm-ev-sessions">{t("mmEvents.public.sessions")}</h2>
        {programme.sessions.length === 0 ? (
          <p className="empty">{t("mmEvents.public.noSessions")}</p>
        ) : (
          programme.sessions.map((s) => (
            <article key={s.id} className="card" aria-labelledby={`mm-ses-${s.id}`}>
              <h3 id={`mm-ses-${s.id}`}>{zh ? s.titleZh : s.titleEn}</h3>
              <p className="task-meta">
                <span className="tag">
                  {s.domain ? t(`sd.domain.${s.domain}` as never) : t("mmEvents.public.general")}
                </span>{" "}
                {day(s.startsAt)} {hhmm(s.startsAt)}–{hhmm(s.endsAt)} ·{" "}
                {t("mmEvents.public.stage", { stage: zh ? s.stageZh : s.stageEn })}
              </p>
              {s.roadshows.length === 0 ? (
                <p className="empty">{t("mmEvents.public.noRoadshows")}</p>
              ) : (
                <div className="table-wrap" tabIndex={0}>
                  <table className="stack-table">
                    <thead>
                      <tr>
                        <th scope="col">{t("mmEvents.public.time")}</th>
                        <th scope="col">{t("mmEvents.public.organization")}</th>
                        <th scope="col">{t("mmEvents.public.item")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.roadshows.map((r) => (
                        <tr key={r.id}>
                          <td data-label={t("mmEvents.public.time")}>
                            {hhmm(r.startsAt)}–{hhmm(r.endsAt)}
                          </td>
                          <td data-label={t("mmEvents.public.organization")}>{r.organizationName}</td>
                          <td data-label={t("mmEvents.public.item")}>
                            <Link to={`/supply-demand/${r.itemCode}`}>{r.itemTitle}</Link>{" "}
                            <span className="mono">{r.itemCode}</span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </article>
          ))
        )}
      </section>
      <p className="hint">
        <a href={`/api/v1/events/${event.id}`}>{t("mmEvents.public.api")}</a>
      </p>
    </div>
  );
}
