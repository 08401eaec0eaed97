import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, RequiredNote, SubmitButton } from "../components/forms";
import { errorsFor, type ReplyData } from "../components/mm-event-fields";
import { EventSettingsFields } from "../components/mm-event-settings";
import { useI18n } from "../i18n/use-i18n";
import { staffEventsAction, staffEventsLoader } from "../server/matchmaking/events/staff-pages.server";

export const loader = staffEventsLoader;
export const action = staffEventsAction;

export const meta: MetaFunction = () => [
  { title: "供需对接大会管理 · Matchmaking conferences — 揭榜 Jiebang" },
];

export default function StaffEvents() {
  const { events, defaults } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ReplyData | undefined;
  const { t, locale } = useI18n();
  const errors = errorsFor(reply, "create");
  return (
    <div className="stack">
      <h1>{t("mmEvents.staff.title")}</h1>
      <div className="table-wrap" tabIndex={0}>
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("mmEvents.staff.event")}</th>
              <th scope="col">{t("mmEvents.public.dates")}</th>
              <th scope="col">{t("mmEvents.public.status")}</th>
              <th scope="col">{t("mmEvents.staff.registrations")}</th>
              <th scope="col">{t("mmEvents.public.participants")}</th>
              <th scope="col">{t("mmEvents.public.meetings")}</th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 ? (
              <tr>
                <td colSpan={6} className="empty">
                  {t("mmEvents.staff.empty")}
                </td>
              </tr>
            ) : (
              events.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/staff/events/${e.id}`}>{locale === "zh" ? e.titleZh : e.titleEn}</Link>
                    {e.isDemo ? <span className="tag"> {t("mm.demo")}</span> : null}
                  </th>
                  <td data-label={t("mmEvents.public.dates")}>
                    {e.startsOn} – {e.endsOn}
                  </td>
                  <td data-label={t("mmEvents.public.status")}>{t(`mm.eventStatus.${e.status}`)}</td>
                  <td data-label={t("mmEvents.staff.registrations")}>{e.registrations}</td>
                  <td data-label={t("mmEvents.public.participants")}>{e.participants}</td>
                  <td data-label={t("mmEvents.public.meetings")}>{e.meetings}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="mm-ev-new">
        <h2 id="mm-ev-new">{t("mmEvents.staff.new")}</h2>
        <RequiredNote />
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="create" />
          <FormErrors id="mm-ev-new-error" errors={errors.form} />
          <EventSettingsFields prefix="new" values={defaults} errors={errors} />
          <SubmitButton>{t("mmEvents.staff.create")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
