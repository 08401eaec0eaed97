import type { SubmissionResult } from "@conform-to/react";
import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "../components/forms";
import { MmFeedbackForm } from "../components/mm-feedback-form";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { feedbackPageAction, feedbackPageLoader } from "../server/matchmaking/feedback/feedback-page.server";

export const meta: MetaFunction = () => [{ title: "会后反馈 Meeting feedback — 揭榜 Jiebang" }];

export const loader = feedbackPageLoader;
export const action = feedbackPageAction;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Meeting = LoaderData["meetings"][number];

export default function MeetingFeedbackPage() {
  const { event, meetings, lastDay, open, validated } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const title = locale === "en" ? event.titleEn : event.titleZh;
  const given = meetings.filter((m) => m.feedback).length;
  return (
    <div className="stack">
      <p>
        <Link to={`/my/events/${event.id}/meetings`}>{t("mmFeedback.backToMeetings")}</Link>
      </p>
      <h1>{t("mmFeedback.title")}</h1>
      <p className="lead">{title}</p>
      <p className="hint">
        {open ? t("mmFeedback.lead", { date: lastDay }) : t("mmFeedback.closed", { date: lastDay })}
      </p>
      {actionData &&
      !actionData.ok &&
      actionData.formError &&
      !meetings.some((m) => m.id === actionData.target) ? (
        // A refusal for a meeting not on this page (no longer listed, or not the organization's).
        <FormErrors id="feedback-error" errors={[actionData.formError]} />
      ) : null}
      {actionData?.ok ? (
        <div role="status" className="alert alert-ok">
          <p>{t("mmFeedback.saved")}</p>
        </div>
      ) : null}
      {meetings.length ? (
        <p>{t("mmFeedback.progress", { given, total: meetings.length })}</p>
      ) : (
        <p className="empty">{validated ? t("mmFeedback.empty") : t("mmFeedback.notValidated")}</p>
      )}
      {meetings.map((meeting) => (
        <MeetingCard
          key={meeting.id}
          meeting={meeting}
          lastResult={
            actionData?.intent === "feedback" && actionData.target === meeting.id && actionData.result
              ? (actionData.result as SubmissionResult<string[]>)
              : undefined
          }
        />
      ))}
    </div>
  );
}

function MeetingCard({
  meeting: m,
  lastResult,
}: {
  meeting: Meeting;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t, dateTime } = useI18n();
  const headingId = `meeting-${m.id}`;
  const f = m.feedback;
  return (
    <section className="card stack mm-fb-meeting" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t("mmFeedback.meeting", { org: m.counterpartName })}{" "}
        <span className={`status mm-fb-status-${m.status}`}>{t(`mm.requestStatus.${m.status}`)}</span>
      </h2>
      <dl className="two-col">
        <div>
          <dt>{t("mmFeedback.when")}</dt>
          <dd>
            {dateTime(m.startsAt)} · {t("mmFeedback.table", { table: m.tableName })}
          </dd>
        </div>
        <div>
          <dt>{t("mmFeedback.who")}</dt>
          <dd>
            {m.myAttendeeName} ↔ {m.theirAttendeeName}
          </dd>
        </div>
        {m.aboutCode ? (
          <div>
            <dt>{t("mmFeedback.about")}</dt>
            <dd>
              <Link to={`/supply-demand/${m.aboutCode}`}>
                <span className="mono">{m.aboutCode}</span> {m.aboutTitle}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {f ? (
        <div className="mm-fb-given">
          <p>
            <strong>{t("mmFeedback.given")}</strong>{" "}
            {f.useful ? t("mmFeedback.useful.yes") : t("mmFeedback.useful.no")} ·{" "}
            {t(`mm.feedbackOutcome.${f.outcome}`)}
            {f.outcome === "contract" && f.amountFen !== null
              ? ` · ${t("mmFeedback.contract", { amount: formatFen(f.amountFen), date: f.signedOn ?? "" })}`
              : ""}
          </p>
          {f.comment ? <p className="prewrap">{f.comment}</p> : null}
        </div>
      ) : null}
      {m.mayEdit ? (
        f ? (
          <details open={lastResult?.status === "error"}>
            <summary>{t("mmFeedback.edit")}</summary>
            <MmFeedbackForm requestId={m.id} given={f} lastResult={lastResult} />
          </details>
        ) : (
          <MmFeedbackForm requestId={m.id} given={null} lastResult={lastResult} />
        )
      ) : f ? null : (
        <p className="hint">{t("mmFeedback.noLonger")}</p>
      )}
    </section>
  );
}
