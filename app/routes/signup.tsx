import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import {
  CsrfInput,
  FormErrors,
  RequiredNote,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/forms";
import { DISTRICT_EN, DISTRICTS } from "../domain/districts";
import { ORGANIZATION_TYPES, signupSchema } from "../forms/identity";
import { useI18n } from "../i18n/use-i18n";
import { signupLoader, signupAction } from "../server/identity/signup-page.server";

export const meta: MetaFunction = () => [{ title: "单位注册 · Register — 揭榜 Jiebang" }];

export const loader = signupLoader;
export const action = signupAction;

export default function Signup() {
  const { t, locale } = useI18n();
  const lastResult = useActionData<typeof action>()?.result;
  const [form, fields] = useForm({
    id: "signup",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
  });
  const sent = useActionData<typeof action>()?.value;
  if (sent) {
    return (
      <section className="form-card">
        <h1>{t("signup.sentTitle")}</h1>
        <p role="status" className="alert alert-ok">
          {t("signup.sent", { email: sent.email })}
        </p>
        <p>
          <Link to="/login">{t("nav.login")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="form-wide">
      <h1>{t("signup.title")}</h1>
      <p className="lead">{t("signup.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="card">
        <CsrfInput />
        <RequiredNote />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset>
          <legend>{t("signup.orgSection")}</legend>
          <TextField field={fields.orgName} required label={t("field.orgName")} autoComplete="organization" />
          <div className="two-col">
            <SelectField
              field={fields.orgType}
              required
              label={t("field.orgType")}
              options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
            />
            <SelectField
              field={fields.district}
              required
              label={t("field.district")}
              options={DISTRICTS.map((d) => ({
                value: d,
                label: locale === "zh" ? d : `${DISTRICT_EN[d]} (${d})`,
              }))}
            />
          </div>
          <TextField field={fields.uscc} required label={t("field.uscc")} hint={t("field.usccHint")} />
          <div className="two-col">
            <TextField field={fields.contactName} required label={t("field.contactName")} />
            <TextField
              field={fields.contactPhone}
              required
              label={t("field.contactPhone")}
              type="tel"
              autoComplete="tel"
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("signup.ownerSection")}</legend>
          <div className="two-col">
            <TextField field={fields.name} required label={t("field.name")} autoComplete="name" />
            <TextField
              field={fields.email}
              required
              label={t("field.email")}
              type="email"
              autoComplete="email"
            />
          </div>
          <TextField
            field={fields.password}
            required
            label={t("field.password")}
            type="password"
            hint={t("field.passwordHint")}
            autoComplete="new-password"
          />
        </fieldset>
        <div className="actions">
          <SubmitButton>{t("signup.submit")}</SubmitButton>
          <span>
            {t("signup.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
          </span>
        </div>
      </Form>
    </section>
  );
}
