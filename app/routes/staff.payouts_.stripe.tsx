import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors } from "../components/forms";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { stripeStaffPageAction, stripeStaffPageLoader } from "../server/payouts/stripe/pages.server";

export const meta: MetaFunction = () => [{ title: "Stripe 转账拨付 · Stripe transfers — 揭榜 Jiebang" }];

export const loader = stripeStaffPageLoader;
export const action = stripeStaffPageAction;

export default function StripeStaffPage() {
  const { t } = useI18n();
  const { configured, payouts } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <section className="stack">
      <h1>{t("payStripe.staff.title")}</h1>
      <p className="hint">{t("payStripe.reach")}</p>
      {!configured ? (
        <p className="card empty">{t("payStripe.notConfigured")}</p>
      ) : (
        <>
          <p>{t("payStripe.staff.lead")}</p>
          {payouts.length === 0 ? (
            <p className="card empty">{t("payStripe.staff.empty")}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption>{t("payStripe.staff.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("payStripe.staff.award")}</th>
                    <th scope="col">{t("payStripe.staff.organization")}</th>
                    <th scope="col">{t("payStripe.staff.amount")}</th>
                    <th scope="col">{t("payStripe.staff.status")}</th>
                    <th scope="col">{t("payStripe.staff.transfer")}</th>
                    <th scope="col">{t("payStripe.staff.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {payouts.map((p) => {
                    const mine = reply && "target" in reply && reply.target === p.id ? reply : null;
                    const amount = formatFen(p.amountFen);
                    const canPay = ["pending", "failed", "returned", "scheduled"].includes(p.status);
                    return (
                      <tr key={p.id}>
                        <td className="mono">award-{p.awardId}</td>
                        <td>{p.organizationName}</td>
                        <td className="nowrap">{amount}</td>
                        <td>{t(`payout.status.${p.status}`)}</td>
                        <td className="mono">
                          {p.transferId ?? (p.ready ? "—" : t("payStripe.staff.noAccount"))}
                        </td>
                        <td>
                          <Form method="post" className="inline-form">
                            <CsrfInput />
                            <input type="hidden" name="payoutId" value={p.id} />
                            {canPay && p.ready ? (
                              <button
                                type="submit"
                                name="intent"
                                value="pay"
                                className="button"
                                aria-label={t("payStripe.staff.payLabel", {
                                  org: p.organizationName,
                                  amount,
                                })}
                              >
                                {p.status === "scheduled"
                                  ? t("payStripe.staff.resume")
                                  : t("payStripe.staff.pay")}
                              </button>
                            ) : null}
                            {p.status === "paid" && p.rail === "stripe" ? (
                              <button
                                type="submit"
                                name="intent"
                                value="reverse"
                                className="button button-quiet"
                                aria-label={t("payStripe.staff.reverseLabel", {
                                  org: p.organizationName,
                                  amount,
                                })}
                              >
                                {t("payStripe.staff.reverse")}
                              </button>
                            ) : null}
                          </Form>
                          {mine?.ok && mine.intent === "pay" && mine.value && "transferId" in mine.value ? (
                            <p role="status" className="alert alert-ok">
                              {t("payStripe.staff.paid", { transfer: mine.value.transferId })}
                            </p>
                          ) : null}
                          {mine?.ok && mine.intent === "reverse" ? (
                            <p role="status" className="alert alert-ok">
                              {t("payStripe.staff.reversed")}
                            </p>
                          ) : null}
                          {mine && !mine.ok && mine.formError ? (
                            <FormErrors id={`payout-error-${p.id}`} errors={[mine.formError]} />
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
