import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { passwordChangeSchema } from "../forms/identity";
import { useI18n, useRootData } from "../i18n/use-i18n";
import { accountLoader, accountAction } from "../server/identity/account-page.server";

export const meta: MetaFunction = () => [{ title: "账号设置 · Account — 揭榜 Jiebang" }];

export const loader = accountLoader;
export const action = accountAction;

export default function Account() {
  const { t } = useI18n();
  const user = useRootData()?.user;
  const { emailVerified } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const actionData = reply?.intent === "changePassword" ? reply : undefined;
  const resend = reply?.intent === "resendVerification" ? reply : undefined;
  const [form, fields] = useForm({
    id: "password-change",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordChangeSchema }),
  });
  if (!user) return null;
  return (
    <section className="form-card stack">
      <h1>{t("account.title")}</h1>
      <dl className="card">
        <dt>{t("field.name")}</dt>
        <dd>{user.name}</dd>
        <dt>{t("field.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("account.roles")}</dt>
        <dd>
          {user.roles.length
            ? user.roles.map((role) => t(role === "staff" ? "role.staff" : "role.assessor")).join("、")
            : t("account.noRoles")}
        </dd>
      </dl>
      <section id="verify-email" className="card">
        {emailVerified ? (
          <p>{t("account.emailVerified")}</p>
        ) : (
          <Form method="post">
            <p className="alert alert-error">{t("account.emailUnverified")}</p>
            {resend?.value ? (
              <p role="status" className="alert alert-ok">
                {t("account.resent", { email: resend.value.email })}
              </p>
            ) : null}
            {resend?.formError ? <FormErrors id="resend-error" errors={[resend.formError]} /> : null}
            <CsrfInput />
            <input type="hidden" name="intent" value="resendVerification" />
            <SubmitButton>{t("account.resend")}</SubmitButton>
          </Form>
        )}
      </section>
      <Form method="post" {...getFormProps(form)} className="card">
        <h2>{t("account.changePassword")}</h2>
        <p className="hint">{t("account.changePasswordLead")}</p>
        {actionData?.value ? (
          <p role="status" className="alert alert-ok">
            {t("account.passwordChanged", { count: actionData.value.ended })}
          </p>
        ) : null}
        <CsrfInput />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField
          field={fields.currentPassword}
          label={t("field.currentPassword")}
          type="password"
          autoComplete="current-password"
        />
        <TextField
          field={fields.newPassword}
          label={t("field.newPassword")}
          type="password"
          hint={t("field.passwordHint")}
          autoComplete="new-password"
        />
        <SubmitButton>{t("account.submitPassword")}</SubmitButton>
      </Form>
    </section>
  );
}
