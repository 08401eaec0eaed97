import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { loginSchema } from "../forms/identity";
import { useI18n } from "../i18n/use-i18n";
import { loginLoader, loginAction } from "../server/identity/login-page.server";

export const meta: MetaFunction = () => [{ title: "登录 · Sign in — 揭榜 Jiebang" }];

export const loader = loginLoader;
export const action = loginAction;

export default function Login() {
  const { t } = useI18n();
  const lastResult = useActionData<typeof action>()?.result;
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "login",
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  });
  return (
    <section className="form-card">
      <h1>{t("login.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="card">
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField field={fields.email} label={t("field.email")} type="email" autoComplete="username" />
        <TextField
          field={fields.password}
          label={t("field.password")}
          type="password"
          autoComplete="current-password"
        />
        <div className="actions">
          <SubmitButton>{t("login.submit")}</SubmitButton>
          <span>
            {t("login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
          </span>
        </div>
      </Form>
    </section>
  );
}
