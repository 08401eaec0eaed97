import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, RequiredNote, SubmitButton, TextField } from "../components/forms";
import { formatFen } from "../domain/money";
import { appropriationSchema } from "../forms/payouts-views";
import { useI18n } from "../i18n/use-i18n";
import { budgetPageAction, budgetPageLoader } from "../server/payouts/views/budget-page.server";

export const meta: MetaFunction = () => [{ title: "资金预算 · Budget — 揭榜 Jiebang" }];

export const loader = budgetPageLoader;
export const action = budgetPageAction;

export default function StaffBudget() {
  const { t, dateTime } = useI18n();
  const { years, currentYear } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "appropriation",
    lastResult: reply?.result,
    defaultValue: { year: String(currentYear) },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: appropriationSchema }),
  });
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/staff">{t("staff.title")}</Link>
      </p>
      <h1>{t("payViews.budget.title")}</h1>
      <p className="lead">{t("payViews.budget.lead")}</p>

      <h2 id="budget-years">{t("payViews.budget.years")}</h2>
      {years.length === 0 ? (
        <p className="card empty">{t("payViews.budget.none")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="budget-years">
          <table className="budget-years">
            <thead>
              <tr>
                <th scope="col">{t("payViews.budget.year")}</th>
                <th scope="col" className="num">
                  {t("payViews.budget.appropriated")}
                </th>
                <th scope="col" className="num">
                  {t("payViews.budget.reserved")}
                </th>
                <th scope="col" className="num">
                  {t("payViews.budget.paid")}
                </th>
                <th scope="col" className="num">
                  {t("payViews.budget.remaining")}
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year} data-year={y.year}>
                  <th scope="row">
                    <a href={`#year-${y.year}`}>{y.year}</a>
                  </th>
                  <td className="num mono">{formatFen(y.appropriatedFen)}</td>
                  <td className="num mono">{formatFen(y.reservedFen)}</td>
                  <td className="num mono">{formatFen(y.paidFen)}</td>
                  <td className="num mono">
                    <strong>{formatFen(y.remainingFen)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Form method="post" {...getFormProps(form)} className="card form-wide stack">
        <h2>{t("payViews.budget.new")}</h2>
        <p className="hint">{t("payViews.budget.newLead")}</p>
        <RequiredNote />
        {reply?.ok && reply.value ? (
          <p role="status" className="alert alert-ok">
            {t("payViews.budget.recorded", {
              year: reply.value.year,
              amount: formatFen(reply.value.amountFen),
            })}
          </p>
        ) : null}
        <CsrfInput />
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="two-col">
          <TextField field={fields.year} label={t("payViews.budget.year")} required />
          <TextField
            field={fields.amount}
            label={t("payViews.budget.amount")}
            hint={t("payViews.budget.amountHint")}
            required
          />
        </div>
        <TextField
          field={fields.documentRef}
          label={t("payViews.budget.documentRef")}
          hint={t("payViews.budget.documentRefHint")}
          required
        />
        <div>
          <SubmitButton>{t("payViews.budget.submit")}</SubmitButton>
        </div>
      </Form>

      {years.map((y) => (
        <section
          key={y.year}
          id={`year-${y.year}`}
          className="stack"
          aria-labelledby={`year-${y.year}-title`}
        >
          <h2 id={`year-${y.year}-title`}>{t("payViews.budget.appropriationsOf", { year: y.year })}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`year-${y.year}-title`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("payViews.budget.documentRef")}</th>
                  <th scope="col" className="num">
                    {t("payViews.budget.amount")}
                  </th>
                  <th scope="col">{t("payViews.budget.recordedBy")}</th>
                  <th scope="col">{t("payViews.budget.recordedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {y.appropriations.map((a) => (
                  <tr key={a.id}>
                    <td>{a.documentRef}</td>
                    <td className="num mono">{formatFen(a.amountFen)}</td>
                    <td>{a.recordedByName}</td>
                    <td className="nowrap">{dateTime(a.recordedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </section>
  );
}
