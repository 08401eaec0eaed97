import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "../components/forms";
import { Done, doneFor, errorsFor, type ReplyData } from "../components/mm-event-fields";
import { EventSettingsFields } from "../components/mm-event-settings";
import { BlocksSection, SessionsSection, TablesSection } from "../components/mm-event-staff";
import { useI18n } from "../i18n/use-i18n";
import { staffEventAction, staffEventLoader } from "../server/matchmaking/events/staff-pages.server";

export const loader = staffEventLoader;
export const action = staffEventAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.event.titleZh ?? ""} · 大会设置 Conference settings — 揭榜 Jiebang` },
];

export default function StaffEvent() {
  const view = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ReplyData | undefined;
  const { t, locale } = useI18n();
  const { event } = view;
  const editable = event.status === "draft" || event.status === "published";
  const settingsErrors = errorsFor(reply, "settings");
  const cancelErrors = errorsFor(reply, "cancel");
  const publishErrors = errorsFor(reply, "publish");
  const cancelled =
    reply?.ok && reply.intent === "cancel"
      ? (reply as unknown as { value: { open: number; scheduled: number; organizations: number } }).value
      : null;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/staff/events">{t("mmEvents.staff.back")}</Link>
      </p>
      <h1>{locale === "zh" ? event.titleZh : event.titleEn}</h1>
      <p className="task-meta">
        {t(`mm.eventStatus.${event.status}`)} · {event.startsOn} – {event.endsOn} ·{" "}
        {t("mmEvents.public.counts", view.counts)}
      </p>
      <nav aria-label={t("mmEvents.staff.otherPages")} className="toolbar">
        <Link className="button" to={`/events/${event.id}`}>
          {t("mmEvents.staff.publicPage")}
        </Link>
        <Link className="button" to={`/staff/events/${event.id}/roadshows`}>
          {t("mmEvents.roadshows.title")}
        </Link>
        <Link className="button" to={`/staff/events/${event.id}/registrations`}>
          {t("mmEvents.staff.registrationsLink")}
        </Link>
        <Link className="button" to={`/staff/events/${event.id}/grid`}>
          {t("mmEvents.staff.gridLink")}
        </Link>
        <Link className="button" to={`/staff/events/${event.id}/check-in`}>
          {t("mmEvents.staff.checkInLink")}
        </Link>
        <Link className="button" to={`/staff/events/${event.id}/stats`}>
          {t("mmEvents.staff.statsLink")}
        </Link>
      </nav>
      {event.status === "cancelled" ? (
        <p className="alert" role="status">
          {t("mmEvents.staff.cancelledNote", { reason: event.cancelReason ?? "" })}
        </p>
      ) : null}
      {cancelled ? (
        <p className="alert alert-ok" role="status">
          {t("mmEvents.staff.cancelled", cancelled)}
        </p>
      ) : null}
      {!editable ? <p className="hint">{t("mmEvents.staff.readOnly")}</p> : null}

      {event.status === "draft" ? (
        <section className="card" aria-labelledby="mm-ev-publish">
          <h2 id="mm-ev-publish">{t("mmEvents.staff.publish")}</h2>
          <p className="hint">{t("mmEvents.staff.publishHint")}</p>
          <FormErrors id="mm-ev-publish-error" errors={publishErrors.form} />
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="publish" />
            <SubmitButton>{t("mmEvents.staff.publish")}</SubmitButton>
          </Form>
        </section>
      ) : null}
      <Done show={doneFor(reply, "publish")}>{t("mmEvents.staff.published")}</Done>

      <section className="card" aria-labelledby="mm-ev-settings">
        <h2 id="mm-ev-settings">{t("mmEvents.staff.settings")}</h2>
        <Done show={doneFor(reply, "settings")}>{t("mmEvents.staff.saved")}</Done>
        {editable ? (
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="settings" />
            <FormErrors id="mm-ev-settings-error" errors={settingsErrors.form} />
            <EventSettingsFields prefix="set" values={event} errors={settingsErrors} />
            <SubmitButton>{t("mmEvents.staff.saveSettings")}</SubmitButton>
          </Form>
        ) : (
          <p>
            {event.venueZh} / {event.venueEn}
          </p>
        )}
      </section>

      <BlocksSection
        blocks={view.blocks}
        slots={view.slots}
        placed={view.placed}
        editable={editable}
        reply={reply}
      />
      <TablesSection tables={view.tables} placed={view.placed} editable={editable} reply={reply} />
      <SessionsSection
        eventId={event.id}
        sessions={view.sessions}
        startsOn={event.startsOn}
        editable={editable}
        reply={reply}
      />

      {editable ? (
        <section className="card" aria-labelledby="mm-ev-cancel">
          <h2 id="mm-ev-cancel">{t("mmEvents.staff.cancel")}</h2>
          <p className="hint">{t("mmEvents.staff.cancelHint")}</p>
          <FormErrors id="mm-ev-cancel-error" errors={cancelErrors.form} />
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="cancel" />
            <div className="field">
              <label htmlFor="cancel-reason">
                {t("mmEvents.field.cancelReason")}
                <span className="required-mark" aria-hidden="true">
                  {" *"}
                </span>
              </label>
              <textarea
                id="cancel-reason"
                name="reason"
                rows={3}
                aria-required
                aria-invalid={cancelErrors.field("reason") ? true : undefined}
                aria-describedby={cancelErrors.field("reason") ? "cancel-reason-error" : undefined}
              />
              <FieldErrors id="cancel-reason-error" errors={cancelErrors.field("reason")} />
            </div>
            <button type="submit" className="button">
              {t("mmEvents.staff.cancel")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
