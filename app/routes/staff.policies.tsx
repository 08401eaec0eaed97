import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { DemoBadge } from "../components/labels";
import { formatFen } from "../domain/money";
import { policySchema } from "../forms/catalog";
import { useI18n } from "../i18n/use-i18n";
import { policiesPageLoader, policiesPageAction } from "../server/catalog/list-pages.server";

export const meta: MetaFunction = () => [{ title: "政策 · Policies — 揭榜 Jiebang" }];

export const loader = policiesPageLoader;
export const action = policiesPageAction;

export default function Policies() {
  const { t } = useI18n();
  const { policies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "policy",
    lastResult: actionData?.result,
    defaultValue: { ratePercent: "30", cap: "2000000", isDemo: "on" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: policySchema }),
  });
  return (
    <section className="stack">
      <h1>{t("policy.title")}</h1>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("policy.code")}</th>
              <th scope="col">{t("policy.name")}</th>
              <th scope="col">{t("policy.issuer")}</th>
              <th scope="col">{t("policy.window")}</th>
              <th scope="col" className="num">
                {t("policy.rate")}
              </th>
              <th scope="col" className="num">
                {t("policy.cap")}
              </th>
              <th scope="col">{t("policy.clause")}</th>
            </tr>
          </thead>
          <tbody>
            {policies.map((policy) => (
              <tr key={policy.code}>
                <td className="mono">
                  {policy.code} {policy.isDemo ? <DemoBadge /> : null}
                </td>
                <td>{policy.title}</td>
                <td>{policy.issuer}</td>
                <td className="nowrap">
                  {policy.effectiveFrom} — {policy.effectiveTo}
                </td>
                <td className="num">{policy.rateBp / 100}%</td>
                <td className="num">{formatFen(policy.capFen)}</td>
                <td>{policy.clause}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" {...getFormProps(form)} className="card form-wide">
        <h2>{t("policy.new")}</h2>
        <p className="hint">{t("policy.newLead")}</p>
        {actionData?.value ? (
          <p role="status" className="alert alert-ok">
            {t("policy.created", { code: actionData.value.code })}
          </p>
        ) : null}
        <CsrfInput />
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="two-col">
          <TextField field={fields.code} label={t("policy.code")} hint="WH-DE-2025" />
          <TextField field={fields.issuer} label={t("policy.issuer")} />
        </div>
        <TextField field={fields.title} label={t("policy.name")} />
        <div className="two-col">
          <TextField field={fields.effectiveFrom} label={t("policy.effectiveFrom")} type="date" />
          <TextField field={fields.effectiveTo} label={t("policy.effectiveTo")} type="date" />
          <TextField field={fields.ratePercent} label={t("policy.ratePercent")} />
          <TextField field={fields.cap} label={t("policy.capYuan")} />
          <TextField field={fields.clause} label={t("policy.clause")} />
        </div>
        <label className="checkbox">
          <input {...getInputProps(fields.isDemo, { type: "checkbox" })} key={fields.isDemo.key} />
          {t("policy.isDemo")}
        </label>
        <SubmitButton>{t("policy.create")}</SubmitButton>
      </Form>
    </section>
  );
}
