import { getCollectionProps, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton, TextAreaField } from "../components/forms";
import { objectionSchema } from "../forms/bid";
import { NoticePhaseBadge } from "../components/labels";
import { useI18n } from "../i18n/use-i18n";
import { noticePageLoader, noticePageAction } from "../server/bidding/notice-page.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.notice.taskCode ?? ""} 结果公示 · Notice — 揭榜 Jiebang` },
];

export const loader = noticePageLoader;
export const action = noticePageAction;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function NoticePage() {
  const { t, dateTime } = useI18n();
  const view = useLoaderData<typeof loader>();
  const { notice, winners } = view;
  return (
    <article className="stack">
      <p className="task-meta">
        <Link to="/notices">{t("notice.backToList")}</Link>
      </p>
      <header>
        <p className="task-meta">
          <span className="mono">{notice.taskCode}</span> · <NoticePhaseBadge phase={notice.phase} />
        </p>
        <h1>
          <Link to={`/tasks/${notice.taskCode}`}>{notice.taskTitle}</Link>
        </h1>
        <p className="lead">{t("notice.lead", { days: notice.days })}</p>
      </header>
      <dl className="facts">
        <div>
          <dt>{t("notice.period")}</dt>
          <dd>
            <time dateTime={notice.startsAt}>{dateTime(notice.startsAt)}</time> –{" "}
            <time dateTime={notice.endsAt}>{dateTime(notice.endsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("notice.status")}</dt>
          <dd>{t(`notice.phase.${notice.phase}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="winners">
        <h2 id="winners">{t("notice.winners")}</h2>
        {winners.length === 0 ? (
          <p className="card empty">{t("notice.noWinners")}</p>
        ) : (
          <ul className="result-list">
            {winners.map((winner) => (
              <li key={winner.bidId} className="card">
                <h3>{winner.leadOrgName}</h3>
                <dl>
                  <dt>{t("notice.members")}</dt>
                  <dd>
                    {winner.memberOrgNames.length > 0
                      ? winner.memberOrgNames.join("、")
                      : t("notice.noMembers")}
                  </dd>
                  {winner.decisionReason ? (
                    <>
                      <dt>{t("review.selectReason")}</dt>
                      <dd>{winner.decisionReason}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ObjectionList objections={view.objections} filed={view.filed} />
      <ObjectionSection view={view} />
    </article>
  );
}

function ObjectionList({ objections, filed }: { objections: LoaderData["objections"]; filed: boolean }) {
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="objections">
      <h2 id="objections">{t("notice.objections")}</h2>
      {filed ? (
        <p className="alert alert-ok" role="status">
          {t("notice.filed")}
        </p>
      ) : null}
      {objections.length === 0 ? (
        <p className="card empty">{t("notice.objectionsNone")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("notice.filedAt")}</th>
                <th scope="col">{t("notice.objectAgainst")}</th>
                <th scope="col">{t("notice.status")}</th>
                <th scope="col">{t("notice.dismissalReason")}</th>
              </tr>
            </thead>
            <tbody>
              {objections.map((objection) => (
                <tr key={objection.id}>
                  <td>
                    <time dateTime={objection.createdAt}>{dateTime(objection.createdAt)}</time>
                  </td>
                  <td>{objection.leadOrgName}</td>
                  <td>
                    {t(`notice.objectionStatus.${objection.status}`)}
                    {objection.resolvedAt ? (
                      <>
                        {" "}
                        <small>
                          (<time dateTime={objection.resolvedAt}>{dateTime(objection.resolvedAt)}</time>)
                        </small>
                      </>
                    ) : null}
                  </td>
                  <td>{objection.resolution ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ObjectionSection({ view }: { view: LoaderData }) {
  const { t } = useI18n();
  const actionData = useActionData<typeof action>();
  const canObject = view.open && view.winners.length > 0;
  let body;
  if (!canObject) body = <p className="hint">{t("notice.closedForObjections")}</p>;
  else if (!view.signedIn)
    body = (
      <p>
        <Link className="button" to={`/login?redirectTo=/notices/${view.notice.id}`}>
          {t("notice.signInToObject")}
        </Link>
      </p>
    );
  else if (!view.verified) body = <p className="hint">{t("err.objection.unverified")}</p>;
  else body = <ObjectionForm winners={view.winners} lastResult={actionData?.result} />;
  return (
    <section className="card no-print" aria-labelledby="object">
      <h2 id="object">{t("notice.object")}</h2>
      {/* A refusal (e.g. the period ended meanwhile) is shown even when the form is no longer offered. */}
      {(!canObject || !view.verified) && actionData?.formError ? (
        <FormErrors id="objection-error" errors={[actionData.formError]} />
      ) : null}
      {body}
    </section>
  );
}

function ObjectionForm({
  winners,
  lastResult,
}: {
  winners: LoaderData["winners"];
  lastResult: NonNullable<ReturnType<typeof useActionData<typeof action>>>["result"] | undefined;
}) {
  const { t } = useI18n();
  const [form, fields] = useForm({
    id: "objection",
    lastResult,
    defaultValue: winners.length === 1 ? { bidId: String(winners[0]!.bidId) } : undefined,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: objectionSchema }),
  });
  const choices = getCollectionProps(fields.bidId, {
    type: "radio",
    options: winners.map((w) => String(w.bidId)),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <p className="hint">{t("notice.objectHint")}</p>
      <CsrfInput />
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset aria-describedby={fields.bidId.errors ? fields.bidId.errorId : undefined}>
        <legend>{t("notice.objectAgainst")}</legend>
        {choices.map(({ key, ...props }, index) => (
          <label key={key} className="checkbox">
            <input {...props} />
            {winners[index]!.leadOrgName}
          </label>
        ))}
        <FieldErrors id={fields.bidId.errorId} errors={fields.bidId.errors} />
      </fieldset>
      <TextAreaField field={fields.reasons} label={t("notice.reasons")} rows={6} />
      <TextAreaField field={fields.evidence} label={t("notice.evidence")} rows={4} />
      <SubmitButton>{t("notice.object")}</SubmitButton>
    </Form>
  );
}
