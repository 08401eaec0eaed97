import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "../components/forms";
import { MEETING_MESSAGE_MAX } from "../forms/mm-meetings";
import { useI18n } from "../i18n/use-i18n";
import {
  newRequestPageAction,
  newRequestPageLoader,
} from "../server/matchmaking/meetings/new-request-page.server";

export const meta: MetaFunction = () => [{ title: "发起洽谈请求 Request a meeting — 揭榜 Jiebang" }];

export const loader = newRequestPageLoader;
export const action = newRequestPageAction;

export default function NewMeetingRequestPage() {
  const { event, viewer, target, mine } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const errors = actionData && !actionData.ok ? actionData : null;
  const fieldError = (name: string) => errors?.fieldErrors?.[name] ?? null;
  const described = (name: string) => (fieldError(name) ? `mm-new-${name}-error` : undefined);
  return (
    <div className="stack">
      <p>
        <Link to={`/my/events/${event.id}/meetings`}>{t("mmMeetings.title")}</Link>
      </p>
      <h1>{t("mmMeetings.new.title")}</h1>
      <p className="hint">{locale === "zh" ? event.titleZh : event.titleEn}</p>
      {viewer !== "participant" || !mine ? (
        <p className="empty">{t("mmMeetings.notParticipant")}</p>
      ) : !target ? (
        <p className="empty">
          {t("mmMeetings.new.unknown")}{" "}
          <Link to={`/events/${event.id}/participants`}>{t("mmMeetings.participants")}</Link>
        </p>
      ) : (
        <Form method="post" className="card stack" aria-labelledby="mm-new-to">
          <CsrfInput />
          <h2 id="mm-new-to">
            {t("mmMeetings.new.to")}：{target.organizationName} · {target.name}（{target.jobTitle}）
          </h2>
          <input type="hidden" name="toAttendeeId" value={target.attendeeId} />
          {errors?.formError ? <FormErrors id="mm-new-error" errors={[errors.formError]} /> : null}
          <div className="field">
            <label htmlFor="mm-new-from">{t("mmMeetings.new.fromAttendee")}</label>
            <select id="mm-new-from" name="fromAttendeeId" aria-describedby={described("fromAttendeeId")}>
              {mine.attendees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <FieldErrors id="mm-new-fromAttendeeId-error" errors={fieldError("fromAttendeeId")} />
          </div>
          <div className="field">
            <label htmlFor="mm-new-about">{t("mmMeetings.new.aboutItem")}</label>
            <select id="mm-new-about" name="aboutItemId" defaultValue={target.aboutItemId ?? ""}>
              <option value="">{t("mmMeetings.new.noItem")}</option>
              {target.items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.code} {i.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="mm-new-mine">{t("mmMeetings.new.fromItem")}</label>
            <select id="mm-new-mine" name="fromItemId" defaultValue="">
              <option value="">{t("mmMeetings.new.noItem")}</option>
              {mine.items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.code} {i.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="mm-new-message">
              {t("mmMeetings.new.message", { max: MEETING_MESSAGE_MAX })}
            </label>
            <textarea
              id="mm-new-message"
              name="message"
              rows={4}
              maxLength={MEETING_MESSAGE_MAX}
              required
              aria-describedby={described("message")}
            />
            <FieldErrors id="mm-new-message-error" errors={fieldError("message")} />
          </div>
          <p className="hint">{t("mmMeetings.new.expiry", { hours: event.requestExpiryHours })}</p>
          <div>
            <SubmitButton>{t("mmMeetings.new.submit")}</SubmitButton>
          </div>
        </Form>
      )}
    </div>
  );
}
