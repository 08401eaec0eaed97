import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { acceptInvitationSchema } from "../forms/identity";
import { useI18n } from "../i18n/use-i18n";
import { invitePageLoader, invitePageAction } from "../server/identity/invite-page.server";

export const meta: MetaFunction = () => [{ title: "接受邀请 · Invitation — 揭榜 Jiebang" }];

export const loader = invitePageLoader;
export const action = invitePageAction;

export default function AcceptInvitation() {
  const { t } = useI18n();
  const location = useLocation();
  const { invitation, hasAccount, signedInAs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "accept-invitation",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptInvitationSchema }),
  });
  if (!invitation || actionData?.formError?.key === "invite.invalid") {
    return <p className="card empty">{t("invite.invalid")}</p>;
  }
  const params = { org: invitation.organizationName, email: invitation.email };
  const wrongAccount = hasAccount && signedInAs !== null && signedInAs !== invitation.email;
  return (
    <section className="form-card">
      <h1>{t("invite.title", params)}</h1>
      <p className="lead">{t("invite.lead", params)}</p>
      {hasAccount && !signedInAs ? (
        <p className="alert alert-error">
          {t("invite.signInFirst", params)}{" "}
          <Link to={`/login?${new URLSearchParams({ redirectTo: location.pathname })}`}>
            {t("nav.login")}
          </Link>
        </p>
      ) : wrongAccount ? (
        <p className="alert alert-error">{t("invite.wrongAccount", params)}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="card">
          <CsrfInput />
          <FormErrors id={form.errorId} errors={form.errors} />
          {hasAccount ? null : (
            <>
              <p>{t("invite.createAccount")}</p>
              <TextField field={fields.name} label={t("field.name")} autoComplete="name" />
              <TextField
                field={fields.password}
                label={t("field.password")}
                type="password"
                hint={t("field.passwordHint")}
                autoComplete="new-password"
              />
            </>
          )}
          <SubmitButton>{t("invite.accept")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
