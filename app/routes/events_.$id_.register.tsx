import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  CsrfInput,
  FieldErrors,
  FormErrors,
  RequiredNote,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../components/forms";
import { MmRegistrationStatusBadge, useEventTitle } from "../components/mm-registration";
import { SdKindBadge, useSdLabels } from "../components/sd-labels";
import { mmRegistrationSchema } from "../forms/mm-registration";
import { useI18n } from "../i18n/use-i18n";
import {
  registerPageAction,
  registerPageLoader,
} from "../server/matchmaking/registration/register-page.server";

export const meta: MetaFunction = () => [{ title: "大会报名 · Conference registration — 揭榜 Jiebang" }];

export const loader = registerPageLoader;
export const action = registerPageAction;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type OkData = Extract<LoaderData, { state: "ok" }>;

export default function RegisterPage() {
  const data = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  const title = useEventTitle();
  const [search] = useSearchParams();
  const done = search.get("done");
  const event = data.event;
  return (
    <div className="stack mm-register">
      <p>
        <Link to={`/events/${event.id}`}>{t("mmRegistration.backToEvent")}</Link>
      </p>
      <h1>{t("mmRegistration.title")}</h1>
      <p className="lead">
        {title(event)} ·{" "}
        {event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} – ${event.endsOn}`}
      </p>
      <p className="hint">
        {t("mmRegistration.window", {
          opens: dateTime(event.registrationOpensAt),
          closes: dateTime(event.registrationClosesAt),
        })}
      </p>
      {done === "created" || done === "updated" || done === "withdrawn" ? (
        <div role="status" className="alert alert-ok">
          <p>{t(`mmRegistration.done.${done}`)}</p>
        </div>
      ) : null}
      {data.state === "noOrganization" ? (
        <p className="empty">{t("mmRegistration.noOrganization")}</p>
      ) : (
        <Registration data={data} />
      )}
    </div>
  );
}

function Registration({ data }: { data: OkData }) {
  const { t, dateTime } = useI18n();
  const { registration, may, windowRefusal, event } = data;
  const actionData = useActionData<typeof action>();
  const withdrawConfirmErrors =
    actionData?.intent === "withdraw" && !actionData.ok ? (actionData.fieldErrors?.confirm ?? null) : null;
  return (
    <>
      {registration ? (
        <section className="card" aria-labelledby="mm-reg-status">
          <h2 id="mm-reg-status">
            {t("mmRegistration.yourRegistration")} <MmRegistrationStatusBadge status={registration.status} />
          </h2>
          <p>{t(`mmRegistration.statusHelp.${registration.status}`)}</p>
          {registration.refuseReason ? (
            <p className="prewrap">
              <strong>{t("mmRegistration.refuseReason")}</strong> {registration.refuseReason}
            </p>
          ) : null}
          <p className="hint">
            {t("mmRegistration.submittedAt", { at: dateTime(registration.createdAt) })}
            {registration.reviewedAt
              ? ` · ${t("mmRegistration.reviewedAt", { at: dateTime(registration.reviewedAt) })}`
              : null}
          </p>
          {registration.itemIds.length === 0 &&
          (registration.status === "pending" || registration.status === "validated") ? (
            <p className="alert mm-alert-note">{t("mmRegistration.noItemsWarning")}</p>
          ) : null}
          {registration.status === "validated" ? (
            <ul className="mm-reg-links">
              <li>
                <Link to={`/events/${event.id}/participants`}>{t("mmRegistration.link.participants")}</Link>
              </li>
              <li>
                <Link to={`/my/events/${event.id}/meetings`}>{t("mmRegistration.link.meetings")}</Link>
              </li>
              <li>
                <Link to={`/my/events/${event.id}/agenda`}>{t("mmRegistration.link.agenda")}</Link>
              </li>
            </ul>
          ) : null}
          {!may.save ? (
            <>
              <h3>{t("mmRegistration.staff.attendees")}</h3>
              <ul className="mm-reg-attendees">
                {registration.attendees.map((a) => (
                  <li key={a.id}>
                    <strong>{a.name}</strong> · {a.jobTitle} · {a.phone} · {a.email}
                  </li>
                ))}
              </ul>
              <h3>{t("mmRegistration.staff.items")}</h3>
              {registration.itemIds.length === 0 ? (
                <p className="empty">{t("mmRegistration.staff.noItems")}</p>
              ) : (
                <ul className="mm-reg-attendees">
                  {data.items
                    .filter((i) => registration.itemIds.includes(i.id))
                    .map((i) => (
                      <li key={i.id}>
                        <SdKindBadge kind={i.kind} /> <Link to={`/supply-demand/${i.code}`}>{i.title}</Link>
                      </li>
                    ))}
                </ul>
              )}
            </>
          ) : null}
        </section>
      ) : null}
      {windowRefusal && (!registration || registration.status === "pending") ? (
        <p className="alert mm-alert-note">{t(`mmRegistration.windowRefusal.${windowRefusal}`)}</p>
      ) : null}
      {may.save ? (
        <RegistrationForm
          data={data}
          lastResult={actionData?.intent === "save" ? actionData.result : undefined}
          formError={actionData?.intent === "save" && !actionData.ok ? actionData.formError : null}
          itemErrors={
            actionData?.intent === "save" && !actionData.ok ? (actionData.fieldErrors?.itemIds ?? null) : null
          }
        />
      ) : null}
      {may.withdraw ? (
        <section className="card" aria-labelledby="mm-reg-withdraw">
          <h2 id="mm-reg-withdraw">{t("mmRegistration.withdraw.title")}</h2>
          <p className="hint">
            {registration?.status === "validated"
              ? t("mmRegistration.withdraw.validatedHint")
              : t("mmRegistration.withdraw.hint")}
          </p>
          {actionData?.intent === "withdraw" && !actionData.ok && actionData.formError ? (
            <FormErrors id="mm-reg-withdraw-error" errors={[actionData.formError]} />
          ) : null}
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="withdraw" />
            <div className="field">
              <label>
                <input
                  type="checkbox"
                  name="confirm"
                  required
                  aria-describedby={withdrawConfirmErrors ? "mm-reg-confirm-error" : undefined}
                />{" "}
                {t("mmRegistration.withdraw.confirm")}
              </label>
              <FieldErrors id="mm-reg-confirm-error" errors={withdrawConfirmErrors} />
            </div>
            <button type="submit" className="button">
              {t("mmRegistration.withdraw.submit")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

function RegistrationForm({
  data,
  lastResult,
  formError,
  itemErrors,
}: {
  data: OkData;
  lastResult: unknown;
  formError: unknown;
  itemErrors: readonly unknown[] | null;
}) {
  const { t } = useI18n();
  const labels = useSdLabels();
  const { registration, items } = data;
  const [a1, a2] = registration?.attendees ?? [];
  const [form, fields] = useForm({
    id: "mm-registration",
    lastResult: lastResult as never,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: mmRegistrationSchema }),
    defaultValue: {
      name1: a1?.name,
      jobTitle1: a1?.jobTitle,
      phone1: a1?.phone,
      email1: a1?.email,
      name2: a2?.name,
      jobTitle2: a2?.jobTitle,
      phone2: a2?.phone,
      email2: a2?.email,
      note: registration?.note ?? undefined,
    },
  });
  const chosen = new Set(registration?.itemIds ?? []);
  const itemErrorId = "mm-reg-items-error";
  return (
    <section className="card" aria-labelledby="mm-reg-form">
      <h2 id="mm-reg-form">
        {registration ? t("mmRegistration.form.editTitle") : t("mmRegistration.form.title")}
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <RequiredNote />
        <FormErrors
          id={form.errorId}
          errors={[...(form.errors ?? []), ...(formError ? [formError as never] : [])]}
        />
        <fieldset className="mm-reg-attendee">
          <legend>{t("mmRegistration.form.attendee1")}</legend>
          <TextField
            field={fields.name1}
            label={t("mmRegistration.form.name")}
            required
            autoComplete="name"
          />
          <TextField
            field={fields.jobTitle1}
            label={t("mmRegistration.form.jobTitle")}
            required
            autoComplete="organization-title"
          />
          <TextField
            field={fields.phone1}
            label={t("mmRegistration.form.phone")}
            type="tel"
            required
            autoComplete="tel"
          />
          <TextField
            field={fields.email1}
            label={t("mmRegistration.form.email")}
            type="email"
            required
            autoComplete="email"
          />
        </fieldset>
        <fieldset className="mm-reg-attendee">
          <legend>{t("mmRegistration.form.attendee2")}</legend>
          <p className="hint">{t("mmRegistration.form.attendee2Hint")}</p>
          <TextField field={fields.name2} label={t("mmRegistration.form.name")} />
          <TextField field={fields.jobTitle2} label={t("mmRegistration.form.jobTitle")} />
          <TextField field={fields.phone2} label={t("mmRegistration.form.phone")} type="tel" />
          <TextField field={fields.email2} label={t("mmRegistration.form.email")} type="email" />
        </fieldset>
        <fieldset
          className="mm-reg-items"
          aria-describedby={itemErrors?.length ? itemErrorId : "mm-reg-items-hint"}
        >
          <legend>{t("mmRegistration.form.items")}</legend>
          <p id="mm-reg-items-hint" className="hint">
            {t("mmRegistration.form.itemsHint")}
          </p>
          {items.length === 0 ? (
            <p className="alert mm-alert-note">
              {t("mmRegistration.form.noItems")}{" "}
              <Link to="/my/supply-demand/new">{t("mmRegistration.form.publishItem")}</Link>
            </p>
          ) : (
            <ul className="mm-reg-item-list">
              {items.map((item) => (
                <li key={item.id}>
                  <label>
                    <input
                      type="checkbox"
                      name="itemIds"
                      value={item.id}
                      defaultChecked={chosen.has(item.id)}
                    />{" "}
                    <SdKindBadge kind={item.kind} /> <span className="mono">{item.code}</span> {item.title}{" "}
                    <small>· {labels.domain(item.domain)}</small>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldErrors
            id={itemErrorId}
            errors={[...(fields.itemIds.errors ?? []), ...((itemErrors ?? []) as never[])]}
          />
        </fieldset>
        <TextAreaField field={fields.note} label={t("mmRegistration.form.note")} rows={3} />
        <div>
          <SubmitButton>
            {registration ? t("mmRegistration.form.update") : t("mmRegistration.form.submit")}
          </SubmitButton>
        </div>
      </Form>
    </section>
  );
}
