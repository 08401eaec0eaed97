import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { CsrfInput, FormErrors, SelectField, SubmitButton, TextField } from "../components/forms";
import { DISTRICT_EN, DISTRICTS } from "../domain/districts";
import { ORGANIZATION_TYPES, signupSchema } from "../forms/identity";
import { useI18n } from "../i18n/use-i18n";
import { getSessionUser, startSession } from "../server/identity/auth.server";
import { registerOrganization } from "../server/identity/organizations.server";

export const meta: MetaFunction = () => [{ title: "单位注册 · Register — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/org");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: signupSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const result = await registerOrganization(submission.value, context.clientIp);
  if (!result.ok) {
    return data(submission.reply({ fieldErrors: result.fieldErrors, hideFields: ["password"] }), {
      status: 400,
    });
  }
  const cookie = await startSession(request, result.value.userId, context.clientIp);
  return redirect("/org", { headers: { "set-cookie": cookie } });
}

export default function Signup() {
  const { t, locale } = useI18n();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "signup",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
  });
  return (
    <section className="form-wide">
      <h1>{t("signup.title")}</h1>
      <p className="lead">{t("signup.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="card">
        <CsrfInput />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset>
          <legend>{t("signup.orgSection")}</legend>
          <TextField field={fields.orgName} label={t("field.orgName")} autoComplete="organization" />
          <div className="two-col">
            <SelectField
              field={fields.orgType}
              label={t("field.orgType")}
              options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
            />
            <SelectField
              field={fields.district}
              label={t("field.district")}
              options={DISTRICTS.map((d) => ({
                value: d,
                label: locale === "zh" ? d : `${DISTRICT_EN[d]} (${d})`,
              }))}
            />
          </div>
          <TextField field={fields.uscc} label={t("field.uscc")} hint={t("field.usccHint")} />
          <div className="two-col">
            <TextField field={fields.contactName} label={t("field.contactName")} />
            <TextField
              field={fields.contactPhone}
              label={t("field.contactPhone")}
              type="tel"
              autoComplete="tel"
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("signup.ownerSection")}</legend>
          <div className="two-col">
            <TextField field={fields.name} label={t("field.name")} autoComplete="name" />
            <TextField field={fields.email} label={t("field.email")} type="email" autoComplete="email" />
          </div>
          <TextField
            field={fields.password}
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
