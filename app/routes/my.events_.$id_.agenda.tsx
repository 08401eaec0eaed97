import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ItemLinks, MeetingStatus, SlotTime, shanghaiClock } from "../components/mm-agenda";
import { useI18n } from "../i18n/use-i18n";
import { agendaPageLoader } from "../server/matchmaking/agenda/agenda-page.server";

export const meta: MetaFunction = () => [{ title: "洽谈日程 Meeting agenda — 揭榜 Jiebang" }];

export const loader = agendaPageLoader;

export default function AgendaPage() {
  const { event, staff, organizationName, attendees, attendee, meetings, roadshows } =
    useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const title = locale === "zh" ? event.titleZh : event.titleEn;
  const venue = locale === "zh" ? event.venueZh : event.venueEn;
  return (
    <div className="stack mm-agenda">
      <p className="no-print">
        <Link to={`/events/${event.id}`}>{title}</Link>
        {" · "}
        <Link to={`/my/events/${event.id}/meetings`}>{t("mmAgenda.toMeetings")}</Link>
      </p>
      <header className="mm-agenda-head">
        <h1>
          {t("mmAgenda.title")}: {attendee.name}
        </h1>
        <p className="lead">
          {organizationName} · {title} · {venue}
        </p>
        {staff ? <p className="hint no-print">{t("mmAgenda.staffView", { org: organizationName })}</p> : null}
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t("common.print")}
        </button>
      </header>

      {attendees.length > 1 ? (
        <Form method="get" className="mm-agenda-picker no-print">
          <label htmlFor="mm-agenda-attendee">{t("mmAgenda.attendee")}</label>
          <select id="mm-agenda-attendee" name="attendee" defaultValue={String(attendee.id)}>
            {attendees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("mmAgenda.show")}
          </button>
        </Form>
      ) : null}

      <section aria-labelledby="mm-agenda-meetings">
        <h2 id="mm-agenda-meetings">{t("mmAgenda.meetings")}</h2>
        {meetings.length === 0 ? (
          <p className="empty">{t("mmAgenda.empty")}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="stack-table">
              <caption>{t("mmAgenda.meetingsCaption", { name: attendee.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("mmAgenda.col.time")}</th>
                  <th scope="col">{t("mmAgenda.col.table")}</th>
                  <th scope="col">{t("mmAgenda.col.counterpart")}</th>
                  <th scope="col">{t("mmAgenda.col.items")}</th>
                  <th scope="col">{t("mmAgenda.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => (
                  <tr key={m.id}>
                    <td data-label={t("mmAgenda.col.time")}>
                      <SlotTime startsAt={m.startsAt} endsAt={m.endsAt} />
                    </td>
                    <td data-label={t("mmAgenda.col.table")} className="mono nowrap">
                      {m.tableName}
                    </td>
                    <td data-label={t("mmAgenda.col.counterpart")}>
                      {m.counterpartOrganizationName}
                      <br />
                      <span className="hint">
                        {m.counterpartAttendeeName} ·{" "}
                        {m.requestedByUs ? t("mmAgenda.requestedByUs") : t("mmAgenda.requestedByThem")}
                      </span>
                    </td>
                    <td data-label={t("mmAgenda.col.items")}>
                      <ItemLinks items={m.items} />
                    </td>
                    <td data-label={t("mmAgenda.col.status")}>
                      <MeetingStatus status={m.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="mm-agenda-roadshows">
        <h2 id="mm-agenda-roadshows">{t("mmAgenda.roadshows")}</h2>
        {roadshows.length === 0 ? (
          <p className="empty">{t("mmAgenda.roadshowsEmpty")}</p>
        ) : (
          <ul className="mm-agenda-roadshows">
            {roadshows.map((r) => (
              <li key={r.id}>
                <SlotTime startsAt={r.startsAt} endsAt={r.endsAt} /> ·{" "}
                {locale === "zh" ? r.titleZh : r.titleEn} · {locale === "zh" ? r.stageZh : r.stageEn}
                {r.itemCode ? (
                  <>
                    {" · "}
                    <Link to={`/supply-demand/${r.itemCode}`}>
                      <span className="mono">{r.itemCode}</span> {r.itemTitle}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid-2">
        <section className="card mm-agenda-code" aria-labelledby="mm-agenda-code">
          <h2 id="mm-agenda-code">{t("mmAgenda.checkIn.title")}</h2>
          <p className="hint">{t("mmAgenda.checkIn.hint")}</p>
          <img
            className="mm-qr"
            src={attendee.qr}
            width={200}
            height={200}
            alt={t("mmAgenda.checkIn.qrAlt", { name: attendee.name, code: attendee.checkInCode })}
          />
          <p className="mm-code mono">{attendee.checkInCode}</p>
          {attendee.checkedInAt ? (
            <p className="status mm-agenda-status-held">
              {t("mmAgenda.checkIn.arrived", { time: shanghaiClock(locale, attendee.checkedInAt) })}
            </p>
          ) : null}
        </section>
        <section className="card no-print" aria-labelledby="mm-agenda-calendar">
          <h2 id="mm-agenda-calendar">{t("mmAgenda.calendar.title")}</h2>
          <p>
            <a className="button" href={attendee.icsPath} download>
              {t("mmAgenda.calendar.download")}
            </a>
          </p>
          <p className="hint">{t("mmAgenda.calendar.subscribe")}</p>
          <p>
            <a className="mm-feed mono" href={attendee.feedUrl} aria-label={t("mmAgenda.calendar.link")}>
              {attendee.feedUrl}
            </a>
          </p>
        </section>
      </div>
    </div>
  );
}
