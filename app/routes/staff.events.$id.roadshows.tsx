import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton } from "../components/forms";
import {
  Done,
  doneFor,
  errorsFor,
  PlainField,
  PlainSelect,
  type ReplyData,
} from "../components/mm-event-fields";
import { useI18n } from "../i18n/use-i18n";
import { staffRoadshowsAction, staffRoadshowsLoader } from "../server/matchmaking/events/staff-pages.server";

export const loader = staffRoadshowsLoader;
export const action = staffRoadshowsAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.event.titleZh ?? ""} · 路演安排 Roadshows — 揭榜 Jiebang` },
];

export default function StaffRoadshows() {
  const { event, sessions, offers } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ReplyData | undefined;
  const { t, locale } = useI18n();
  const editable = event.status === "draft" || event.status === "published";
  const removeErrors = errorsFor(reply, "remove");
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to={`/staff/events/${event.id}`}>{t("mmEvents.roadshows.back")}</Link>
      </p>
      <h1>
        {t("mmEvents.roadshows.title")} · {locale === "zh" ? event.titleZh : event.titleEn}
      </h1>
      <p className="hint">{t("mmEvents.roadshows.lead")}</p>
      {!editable ? <p className="hint">{t("mmEvents.staff.readOnly")}</p> : null}
      <Done show={doneFor(reply, "remove")}>{t("mmEvents.roadshows.removed")}</Done>
      <FormErrors id="mm-rs-remove-error" errors={removeErrors.form} />
      {sessions.length === 0 ? <p className="card empty">{t("mmEvents.roadshows.noSessions")}</p> : null}
      {sessions.map((s) => {
        const errors = errorsFor(reply, "add", s.id);
        const title = locale === "zh" ? s.titleZh : s.titleEn;
        return (
          <section key={s.id} className="card" aria-labelledby={`mm-rs-${s.id}`}>
            <h2 id={`mm-rs-${s.id}`}>{title}</h2>
            <p className="task-meta">
              {s.date} {s.from}–{s.to} ·{" "}
              {t("mmEvents.public.stage", { stage: locale === "zh" ? s.stageZh : s.stageEn })}
            </p>
            <Done show={doneFor(reply, "add", s.id)}>{t("mmEvents.roadshows.added")}</Done>
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
                      {editable ? (
                        <th scope="col">
                          <span className="visually-hidden">{t("mmEvents.roadshows.remove")}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {s.roadshows.map((r) => (
                      <tr key={r.id}>
                        <td data-label={t("mmEvents.public.time")}>
                          {r.from}–{r.to}
                        </td>
                        <td data-label={t("mmEvents.public.organization")}>{r.organizationName}</td>
                        <td data-label={t("mmEvents.public.item")}>
                          <Link to={`/supply-demand/${r.itemCode}`}>
                            {r.itemCode} {r.itemTitle}
                          </Link>
                        </td>
                        {editable ? (
                          <td>
                            <Form method="post" className="inline-form">
                              <CsrfInput />
                              <input type="hidden" name="intent" value="remove" />
                              <input type="hidden" name="roadshowId" value={r.id} />
                              <button
                                type="submit"
                                className="button button-quiet"
                                aria-label={t("mmEvents.roadshows.removeNamed", { org: r.organizationName })}
                              >
                                {t("mmEvents.roadshows.remove")}
                              </button>
                            </Form>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {editable && offers.length === 0 ? (
              <p className="hint">{t("mmEvents.roadshows.noOffers")}</p>
            ) : null}
            {editable && offers.length > 0 ? (
              <Form method="post" noValidate>
                <CsrfInput />
                <input type="hidden" name="intent" value="add" />
                <input type="hidden" name="sessionId" value={s.id} />
                <FormErrors id={`mm-rs-add-${s.id}-error`} errors={errors.form} />
                <div className="mm-ev-grid">
                  <PlainSelect
                    prefix={`rs${s.id}`}
                    name="offer"
                    label={t("mmEvents.field.offer")}
                    options={offers.map((o) => ({
                      value: o.value,
                      label: `${o.organizationName} · ${o.itemCode} ${o.itemTitle}`,
                    }))}
                    errors={errors.field("offer")}
                  />
                  <PlainField
                    prefix={`rs${s.id}`}
                    name="start"
                    type="time"
                    label={t("mmEvents.field.start")}
                    defaultValue={s.roadshows.at(-1)?.to ?? s.from}
                    errors={errors.field("start")}
                  />
                  <PlainField
                    prefix={`rs${s.id}`}
                    name="minutes"
                    type="number"
                    min={5}
                    max={180}
                    label={t("mmEvents.field.minutes")}
                    defaultValue="15"
                    errors={errors.field("minutes")}
                  />
                </div>
                <SubmitButton>{t("mmEvents.roadshows.add")}</SubmitButton>
              </Form>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
