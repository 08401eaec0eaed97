import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors } from "../components/forms";
import { useI18n } from "../i18n/use-i18n";
import { stripeOrgPageAction, stripeOrgPageLoader } from "../server/payouts/stripe/pages.server";

export const meta: MetaFunction = () => [
  { title: "Stripe 收款账户 · Stripe receiving account — 揭榜 Jiebang" },
];

export const loader = stripeOrgPageLoader;
export const action = stripeOrgPageAction;

export default function StripeOrgPage() {
  const { t } = useI18n();
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { account } = data;
  const yesNo = (value: boolean) => (value ? t("payStripe.yes") : t("payStripe.no"));
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/org">{t("payStripe.org.back")}</Link>
      </p>
      <h1>{t("payStripe.org.title")}</h1>
      <p className="hint">{t("payStripe.reach")}</p>
      {!data.configured ? (
        <p className="card empty">{t("payStripe.notConfigured")}</p>
      ) : !data.organizationName ? (
        <p className="card empty">{t("payStripe.org.noOrganization")}</p>
      ) : !data.isOwner ? (
        <p className="card empty">{t("payStripe.org.ownerOnly")}</p>
      ) : (
        <>
          <p>{t("payStripe.org.lead")}</p>
          {data.returned ? (
            <p role="status" className="alert alert-ok">
              {t("payStripe.org.returned")}
            </p>
          ) : null}
          {account ? (
            <section className="card" aria-labelledby="stripe-account-heading">
              <h2 id="stripe-account-heading">{t("payStripe.org.account")}</h2>
              <dl className="facts">
                <dt>{t("payStripe.org.account")}</dt>
                <dd className="mono">{account.accountId}</dd>
                <dt>{t("payStripe.org.detailsSubmitted")}</dt>
                <dd>{yesNo(account.detailsSubmitted)}</dd>
                <dt>{t("payStripe.org.payoutsEnabled")}</dt>
                <dd>{yesNo(account.payoutsEnabled)}</dd>
                <dt>{t("payStripe.org.transfersActive")}</dt>
                <dd>{yesNo(account.transfersActive)}</dd>
              </dl>
              <p>{account.transfersActive ? t("payStripe.org.ready") : t("payStripe.org.pending")}</p>
            </section>
          ) : (
            <p className="card empty">{t("payStripe.org.none")}</p>
          )}
          <Form method="post" className="stack">
            <CsrfInput />
            {reply && !reply.ok && reply.formError ? (
              <FormErrors id="onboard-error" errors={[reply.formError]} />
            ) : null}
            <div>
              <button type="submit" name="intent" value="onboard" className="button">
                {!account
                  ? t("payStripe.org.start")
                  : account.detailsSubmitted
                    ? t("payStripe.org.update")
                    : t("payStripe.org.continue")}
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
