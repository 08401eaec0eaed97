import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { isDistrict, DISTRICT_EN } from "../domain/districts";
import { inviteSchema } from "../forms/identity";
import { useI18n } from "../i18n/use-i18n";
import { orgPageLoader, orgPageAction } from "../server/identity/org-page.server";

export const meta: MetaFunction = () => [{ title: "我的单位 · My organization — 揭榜 Jiebang" }];

export const loader = orgPageLoader;
export const action = orgPageAction;

export default function OrganizationPage() {
  const { t, locale, dateTime } = useI18n();
  const data = useLoaderData<typeof loader>();
  const { view, isOwner } = data;
  const stripeRail = "stripeRail" in data && data.stripeRail;
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "invite",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
  });
  if (!view) {
    return (
      <section>
        <h1>{t("org.title")}</h1>
        <p className="empty card">{t("org.none")}</p>
      </section>
    );
  }
  const { organization, members, invitations } = view;
  const district =
    isDistrict(organization.district) && locale === "en"
      ? DISTRICT_EN[organization.district]
      : organization.district;
  return (
    <section className="stack">
      <h1>{organization.name}</h1>
      <dl className="card two-col">
        <div>
          <dt>{t("field.orgType")}</dt>
          <dd>{t(`orgType.${organization.type}`)}</dd>
        </div>
        <div>
          <dt>{t("field.uscc")}</dt>
          <dd className="mono">{organization.uscc}</dd>
        </div>
        <div>
          <dt>{t("field.district")}</dt>
          <dd>{district}</dd>
        </div>
        <div>
          <dt>{t("field.contactName")}</dt>
          <dd>
            {organization.contactName} · {organization.contactPhone}
          </dd>
        </div>
      </dl>
      <p className="toolbar">
        <Link to="/org/bank-account">{t("payBank.account.link")}</Link>
        {stripeRail && isOwner ? <Link to="/org/payouts/stripe">{t("payStripe.org.title")}</Link> : null}
      </p>
      <h2>{t("org.members")}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("field.name")}</th>
              <th scope="col">{t("field.email")}</th>
              <th scope="col">{t("account.roles")}</th>
              <th scope="col">{t("org.joined")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>{t(member.role === "owner" ? "role.owner" : "role.member")}</td>
                <td className="nowrap">{dateTime(member.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isOwner ? (
        <>
          {invitations.length ? (
            <>
              <h2>{t("org.pending")}</h2>
              <ul>
                {invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {invitation.email} — {t("org.expires")} {dateTime(invitation.expiresAt)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Form method="post" {...getFormProps(form)} className="card form-card">
            <h2>{t("org.invite")}</h2>
            <p className="hint">{t("org.inviteLead")}</p>
            {actionData?.value ? (
              <div role="status" className="alert alert-ok">
                <p>{t("org.inviteCreated", { email: actionData.value.email })}</p>
                <p className="copy-box">{actionData.value.link}</p>
              </div>
            ) : null}
            <CsrfInput />
            <FormErrors id={form.errorId} errors={form.errors} />
            <TextField field={fields.email} label={t("field.email")} type="email" />
            <SubmitButton>{t("org.inviteSubmit")}</SubmitButton>
          </Form>
        </>
      ) : null}
    </section>
  );
}
