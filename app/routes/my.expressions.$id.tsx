import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, PdfFileField, SubmitButton } from "../components/forms";
import { SdContactCard } from "../components/sd-contact";
import { formatFen } from "../domain/money";
import { ANSWER_NOTE_MAX } from "../domain/sd-expressions";
import { sdOutcomeSchema } from "../forms/sd-expression";
import { useI18n } from "../i18n/use-i18n";
import {
  expressionPageAction,
  expressionPageLoader,
} from "../server/supply-demand/expressions/my-expressions-page.server";

export const meta: MetaFunction = () => [{ title: "对接意向 Expression of interest — 揭榜 Jiebang" }];

export const loader = expressionPageLoader;
export const action = expressionPageAction;

type ActionData = ReturnType<typeof useActionData<typeof action>>;

function IntentError({ actionData, intents }: { actionData: ActionData; intents: string[] }) {
  if (!actionData || !intents.includes(actionData.intent) || actionData.ok || !actionData.formError)
    return null;
  return <FormErrors id={`${intents[0]}-error`} errors={[actionData.formError]} />;
}

export default function ExpressionPage() {
  const { side, expression: e, contacts, outcomes, may } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t, dateTime } = useI18n();
  const done = actionData?.ok ? actionData.intent : search.get("sent") ? "sent" : null;
  return (
    <div className="stack">
      <p>
        <Link to="/my/expressions">{t("sdx.detail.back")}</Link>
      </p>
      <h1>
        {t("sdx.detail.title", { id: e.id })}{" "}
        <span className={`status sdx-status-${e.status}`}>{t(`sd.expressionStatus.${e.status}`)}</span>
      </h1>
      {done ? (
        <div role="status" className="alert alert-ok">
          <p>{done === "sent" ? t("sdx.sent") : t(`sdx.done.${done}`)}</p>
        </div>
      ) : null}
      <dl className="card two-col">
        <div>
          <dt>{t("sdx.detail.item")}</dt>
          <dd>
            <Link to={`/supply-demand/${e.targetCode}`}>
              <span className="mono">{e.targetCode}</span> {e.targetTitle}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t("sdx.detail.owner")}</dt>
          <dd>{e.targetOrganizationName}</dd>
        </div>
        <div>
          <dt>{t("sdx.detail.from")}</dt>
          <dd>{e.fromOrganizationName}</dd>
        </div>
        {e.fromItemCode ? (
          <div>
            <dt>{t("sdx.detail.named")}</dt>
            <dd>
              <Link to={`/supply-demand/${e.fromItemCode}`}>
                <span className="mono">{e.fromItemCode}</span> {e.fromItemTitle}
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("sdx.detail.sentAt")}</dt>
          <dd>{dateTime(e.createdAt)}</dd>
        </div>
        {e.status === "pending" ? (
          <div>
            <dt>{t("sdx.detail.expiresAt")}</dt>
            <dd>{dateTime(e.expiresAt)}</dd>
          </div>
        ) : null}
        {e.answeredAt ? (
          <div>
            <dt>{t("sdx.detail.answeredAt")}</dt>
            <dd>{dateTime(e.answeredAt)}</dd>
          </div>
        ) : null}
        {e.answerNote ? (
          <div>
            <dt>{t("sdx.detail.note")}</dt>
            <dd className="prewrap">{e.answerNote}</dd>
          </div>
        ) : null}
      </dl>
      <section className="card" aria-labelledby="sdx-message">
        <h2 id="sdx-message">{t("sdx.detail.message")}</h2>
        <p className="prewrap">{e.message}</p>
      </section>
      <section className="card" aria-labelledby="sdx-contacts">
        <h2 id="sdx-contacts">{t("sdx.contacts.title")}</h2>
        {side !== "staff" && e.status !== "accepted" ? (
          <p className="hint">{t("sdx.contacts.hidden")}</p>
        ) : null}
        <div className="sd-contacts">
          <SdContactCard title={t("sdx.contacts.item")} contact={contacts.item} />
          <SdContactCard title={t("sdx.contacts.expresser")} contact={contacts.expresser} />
        </div>
      </section>
      {may.answer ? (
        <section className="card" aria-labelledby="sdx-answer">
          <h2 id="sdx-answer">{t("sdx.answer.title")}</h2>
          <IntentError actionData={actionData} intents={["accept", "decline"]} />
          <Form method="post" className="stack">
            <CsrfInput />
            <div className="field">
              <label htmlFor="sdx-note">{t("sdx.answer.note")}</label>
              <textarea id="sdx-note" name="note" rows={3} maxLength={ANSWER_NOTE_MAX} />
            </div>
            <div className="toolbar">
              <button type="submit" name="intent" value="accept" className="button button-primary">
                {t("sdx.accept")}
              </button>
              <button type="submit" name="intent" value="decline" className="button">
                {t("sdx.decline")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      {may.withdraw ? (
        <section className="card" aria-labelledby="sdx-withdraw">
          <h2 id="sdx-withdraw">{t("sdx.withdraw")}</h2>
          <IntentError actionData={actionData} intents={["withdraw"]} />
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="withdraw" />
            <button type="submit" className="button">
              {t("sdx.withdraw")}
            </button>
          </Form>
        </section>
      ) : null}
      <Outcomes outcomes={outcomes} mayRecord={may.recordOutcome} actionData={actionData} />
    </div>
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Outcomes({
  outcomes,
  mayRecord,
  actionData,
}: {
  outcomes: LoaderData["outcomes"];
  mayRecord: boolean;
  actionData: ActionData;
}) {
  const { t, dateTime } = useI18n();
  const [form, fields] = useForm({
    id: "outcome",
    lastResult: actionData?.intent === "outcome" ? actionData.result : undefined,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: sdOutcomeSchema }),
  });
  const fileErrors =
    actionData?.intent === "outcome" && !actionData.ok ? actionData.fieldErrors?.file : undefined;
  return (
    <section className="card" aria-labelledby="sdx-outcomes">
      <h2 id="sdx-outcomes">{t("sdx.outcomes.title")}</h2>
      {outcomes.length === 0 ? <p className="empty">{t("sdx.outcomes.none")}</p> : null}
      {outcomes.length ? (
        <ul className="sd-outcomes">
          {outcomes.map((o) => (
            <li key={o.id}>
              <strong>{t(`sd.outcomeKind.${o.kind}`)}</strong>
              {o.kind === "contract" && o.amountFen !== null ? (
                <>
                  {" "}
                  · {t("sdx.outcome.contract", { amount: formatFen(o.amountFen), date: o.signedOn ?? "" })}
                </>
              ) : null}
              {o.reason ? <p className="prewrap">{o.reason}</p> : null}
              {o.files.map((file) => (
                <p key={file.id}>
                  <a href={`/attachments/${file.id}`}>{file.fileName}</a>
                </p>
              ))}
              <p className="hint">
                {t("sdx.outcome.by", { org: o.organizationName, at: dateTime(o.createdAt) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {mayRecord ? (
        <>
          <p className="hint">{t("sdx.outcomes.lead")}</p>
          <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="stack">
            <CsrfInput />
            <input type="hidden" name="intent" value="outcome" />
            <FormErrors id={form.errorId} errors={form.errors} />
            <div className="field">
              <label htmlFor={fields.kind.id}>{t("sdx.outcome.kind")}</label>
              <select {...getSelectProps(fields.kind)} key={fields.kind.key} aria-required>
                {(["intent", "contract", "failed"] as const).map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`sd.outcomeKind.${kind}`)}
                  </option>
                ))}
              </select>
              <FieldErrors id={fields.kind.errorId} errors={fields.kind.errors} />
            </div>
            <div className="field">
              <label htmlFor={fields.amount.id}>{t("sdx.outcome.amount")}</label>
              <input
                {...getInputProps(fields.amount, { type: "text" })}
                key={fields.amount.key}
                inputMode="decimal"
              />
              <FieldErrors id={fields.amount.errorId} errors={fields.amount.errors} />
            </div>
            <div className="field">
              <label htmlFor={fields.signedOn.id}>{t("sdx.outcome.signedOn")}</label>
              <input {...getInputProps(fields.signedOn, { type: "date" })} key={fields.signedOn.key} />
              <FieldErrors id={fields.signedOn.errorId} errors={fields.signedOn.errors} />
            </div>
            <div className="field">
              <label htmlFor={fields.reason.id}>{t("sdx.outcome.reason")}</label>
              <textarea {...getTextareaProps(fields.reason)} key={fields.reason.key} rows={3} />
              <FieldErrors id={fields.reason.errorId} errors={fields.reason.errors} />
            </div>
            <PdfFileField id="sdx-outcome-file" label={t("sdx.outcome.file")} errors={fileErrors} />
            <div>
              <SubmitButton>{t("sdx.outcome.submit")}</SubmitButton>
            </div>
          </Form>
        </>
      ) : null}
    </section>
  );
}
