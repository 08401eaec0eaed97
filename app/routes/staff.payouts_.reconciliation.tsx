import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, SubmitButton } from "../components/forms";
import { isDifferenceCode } from "../domain/payouts-reconcile";
import { useI18n } from "../i18n/use-i18n";
import {
  reconciliationPageAction,
  reconciliationPageLoader,
} from "../server/payouts/views/reconciliation-page.server";

export const meta: MetaFunction = () => [{ title: "对账 · Reconciliation — 揭榜 Jiebang" }];

export const loader = reconciliationPageLoader;
export const action = reconciliationPageAction;

export default function StaffReconciliation() {
  const { t, dateTime } = useI18n();
  const { run } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/staff">{t("staff.title")}</Link> ·{" "}
        <Link to="/staff/payouts">{t("payViews.nav.payouts")}</Link>
      </p>
      <h1>{t("payViews.recon.title")}</h1>
      <p className="lead">{t("payViews.recon.lead")}</p>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <input type="hidden" name="intent" value="run" />
        <SubmitButton>{t("payViews.recon.run")}</SubmitButton>
      </Form>
      {reply?.ok && reply.value ? (
        <p role="status" className="alert alert-ok">
          {t("payViews.recon.ran", { checked: reply.value.checked, count: reply.value.differences })}
        </p>
      ) : null}

      <h2 id="recon-last">{t("payViews.recon.last")}</h2>
      {!run ? (
        <p className="card empty">{t("payViews.recon.none")}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t("payViews.recon.finishedAt")}</dt>
            <dd>{dateTime(run.finishedAt)}</dd>
            <dt>{t("payViews.recon.runBy")}</dt>
            <dd>{run.runByName ?? t("payViews.recon.script")}</dd>
            <dt>{t("payViews.recon.rails")}</dt>
            <dd>
              {run.rails.length
                ? run.rails
                    .map((rail) => (rail === "bank" || rail === "stripe" ? t(`payout.rail.${rail}`) : rail))
                    .join("、")
                : "—"}
            </dd>
            <dt>{t("payViews.recon.checked")}</dt>
            <dd className="mono">{run.checked}</dd>
          </dl>
          {run.differences.length === 0 ? (
            <p className="alert alert-ok" data-differences="0">
              {t("payViews.recon.clean")}
            </p>
          ) : (
            <>
              <p className="alert alert-error" data-differences={run.differences.length}>
                {t("payViews.recon.differences", { count: run.differences.length })}
              </p>
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="recon-last">
                <table className="recon-differences">
                  <thead>
                    <tr>
                      <th scope="col">{t("payViews.recon.check")}</th>
                      <th scope="col">{t("payViews.recon.subject")}</th>
                      <th scope="col">{t("payViews.recon.expected")}</th>
                      <th scope="col">{t("payViews.recon.found")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {run.differences.map((difference, index) => (
                      <tr key={index} data-code={difference.code}>
                        <td>
                          {isDifferenceCode(difference.code)
                            ? t(`payViews.diff.${difference.code}`)
                            : difference.code}
                        </td>
                        <td className="mono">{difference.subject}</td>
                        <td>{difference.expected}</td>
                        <td>{difference.found}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
