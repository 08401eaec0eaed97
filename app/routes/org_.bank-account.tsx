import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, RequiredNote, SubmitButton, TextField } from "../components/forms";
import { OrgPayoutsTable } from "../components/payouts-bank-table";
import { bankAccountSchema } from "../forms/payouts-bank";
import { useI18n } from "../i18n/use-i18n";
import { bankAccountPageAction, bankAccountPageLoader } from "../server/payouts/bank/pages.server";

export const meta: MetaFunction = () => [{ title: "收款银行账户 · Bank account — 揭榜 Jiebang" }];

export const loader = bankAccountPageLoader;
export const action = bankAccountPageAction;

export default function BankAccountPage() {
  const { t, dateTime } = useI18n();
  const { view, isOwner } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "bank-account",
    lastResult: reply?.result,
    shouldValidate: "onBlur",
    defaultValue: {
      accountName: view?.account?.accountName ?? view?.registeredName ?? "",
      bankName: view?.account?.bankName ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bankAccountSchema }),
  });
  if (!view) {
    return (
      <section>
        <h1>{t("payBank.account.title")}</h1>
        <p className="empty card">{t("org.none")}</p>
      </section>
    );
  }
  const { account } = view;
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/org">{t("org.title")}</Link>
      </p>
      <h1>{t("payBank.account.title")}</h1>
      <p>{t("payBank.account.lead", { name: view.registeredName })}</p>
      {reply?.ok ? (
        <p role="status" className="alert alert-ok">
          {t("payBank.account.saved")}
        </p>
      ) : null}
      {account ? (
        <dl className="card two-col">
          <div>
            <dt>{t("payBank.account.accountName")}</dt>
            <dd>{account.accountName}</dd>
          </div>
          <div>
            <dt>{t("payBank.account.bankName")}</dt>
            <dd>{account.bankName}</dd>
          </div>
          <div>
            <dt>{t("payBank.account.accountNumber")}</dt>
            <dd className="mono" data-testid="bank-account-masked">
              {account.accountNumberMasked}
            </dd>
          </div>
          <div>
            <dt>{t("payBank.account.updatedAt")}</dt>
            <dd>{dateTime(account.updatedAt)}</dd>
          </div>
        </dl>
      ) : (
        <p className="card empty">{t("payBank.account.none")}</p>
      )}
      {isOwner ? (
        <Form method="post" {...getFormProps(form)} className="card form-card">
          <h2>{account ? t("payBank.account.edit") : t("payBank.account.save")}</h2>
          <p className="hint">{t("payBank.account.snapshotNote")}</p>
          <RequiredNote />
          <CsrfInput />
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextField field={fields.accountName} label={t("payBank.account.accountName")} required />
          <TextField
            field={fields.bankName}
            label={t("payBank.account.bankName")}
            hint={t("payBank.account.bankNameHint")}
            required
          />
          <TextField
            field={fields.accountNumber}
            label={t("payBank.account.accountNumber")}
            hint={t("payBank.account.accountNumberHint")}
            autoComplete="off"
            required
          />
          <SubmitButton>{t("payBank.account.save")}</SubmitButton>
        </Form>
      ) : (
        <p className="hint">{t("payBank.account.ownerEdits")}</p>
      )}
      <h2>{t("payBank.org.payouts")}</h2>
      <OrgPayoutsTable payouts={view.payouts} />
    </section>
  );
}
