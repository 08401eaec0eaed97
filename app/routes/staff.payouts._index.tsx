import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors } from "../components/forms";
import { Pagination } from "../components/pagination";
import { PayoutBankStatus } from "../components/payouts-bank-table";
import { formatFen } from "../domain/money";
import { PAYOUT_FILTERS } from "../domain/payouts-bank";
import { useI18n } from "../i18n/use-i18n";
import { payoutsPageAction, payoutsPageLoader } from "../server/payouts/bank/pages.server";

export const meta: MetaFunction = () => [{ title: "奖励拨付 · Award payments — 揭榜 Jiebang" }];

export const loader = payoutsPageLoader;
export const action = payoutsPageAction;

export default function StaffPayouts() {
  const { t, dateTime } = useI18n();
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { filter, counts, payouts, batches } = data;
  const selectable = payouts.some((p) => p.schedulable);
  return (
    <section className="stack">
      <h1>{t("payBank.staff.title")}</h1>
      <p className="hint">{t("payBank.staff.lead")}</p>
      <nav aria-label={t("payBank.staff.filters")} className="pay-bank-filters">
        <ul>
          {PAYOUT_FILTERS.map((f) => (
            <li key={f}>
              <Link to={`?status=${f}`} aria-current={f === filter ? "page" : undefined}>
                {t("payBank.staff.filterCount", { label: t(`payBank.filter.${f}`), count: counts[f] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`payBank.filter.${filter}`)}</h2>
      {payouts.length === 0 ? (
        <p className="card empty">{t("payBank.staff.empty")}</p>
      ) : (
        <Form method="post">
          <CsrfInput />
          {reply?.intent === "build" && reply.formError ? (
            <FormErrors id="build-error" errors={[reply.formError]} />
          ) : null}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t(`payBank.filter.${filter}`)}>
            <table>
              <thead>
                <tr>
                  {selectable ? <th scope="col">{t("payBank.col.select")}</th> : null}
                  <th scope="col">{t("payBank.col.id")}</th>
                  <th scope="col">{t("payBank.col.task")}</th>
                  <th scope="col">{t("payBank.col.payee")}</th>
                  <th scope="col" className="num">
                    {t("payBank.col.amount")}
                  </th>
                  <th scope="col">{t("payBank.col.status")}</th>
                  <th scope="col">{t("payBank.col.account")}</th>
                  <th scope="col">{t("payBank.col.batch")}</th>
                </tr>
              </thead>
              <tbody>
                {payouts.map((p) => (
                  <tr key={p.id}>
                    {selectable ? (
                      <td>
                        {p.schedulable ? (
                          <input
                            type="checkbox"
                            name="payoutId"
                            value={p.id}
                            aria-label={t("payBank.staff.selectPayout", { id: p.id })}
                          />
                        ) : null}
                      </td>
                    ) : null}
                    <td>{p.id}</td>
                    <td>
                      <Link to={`/staff/projects/${p.projectId}`}>{p.taskCode}</Link>
                    </td>
                    <td>{p.organizationName}</td>
                    <td className="num nowrap">{formatFen(p.amountFen)}</td>
                    <td>
                      <PayoutBankStatus status={p.status} awaitingConfirmation={p.awaitingConfirmation} />
                      {p.failureReason && (p.status === "failed" || p.status === "returned") ? (
                        <span className="hint">
                          {" "}
                          {t("payBank.batch.failureReason", { reason: p.failureReason })}
                        </span>
                      ) : null}
                    </td>
                    <td className="mono nowrap">
                      {p.accountNumberMasked ?? (p.hasBankAccount ? "" : t("payBank.noAccount"))}
                    </td>
                    <td>
                      {p.batchId ? (
                        <Link to={`/staff/payouts/batches/${p.batchId}`}>
                          {t("payBank.batch.name", { id: p.batchId })}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination param="page" page={data.page} pageSize={data.perPage} total={data.total} />
          {selectable ? (
            <p>
              <button type="submit" name="intent" value="build" className="button button-primary">
                {t("payBank.staff.build")}
              </button>
            </p>
          ) : null}
        </Form>
      )}
      <h2>{t("payBank.staff.batches")}</h2>
      {batches.length === 0 ? (
        <p className="card empty">{t("payBank.staff.noBatches")}</p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("payBank.staff.batches")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("payBank.col.batch")}</th>
                  <th scope="col">{t("payBank.col.status")}</th>
                  <th scope="col" className="num">
                    {t("payBank.col.payouts")}
                  </th>
                  <th scope="col" className="num">
                    {t("payBank.col.total")}
                  </th>
                  <th scope="col">{t("payBank.col.created")}</th>
                </tr>
              </thead>
              <tbody>
                {batches.map((b) => (
                  <tr key={b.id}>
                    <td>
                      <Link to={`/staff/payouts/batches/${b.id}`}>
                        {t("payBank.batch.name", { id: b.id })}
                      </Link>
                    </td>
                    <td>{t(`payBank.batchStatus.${b.status}`)}</td>
                    <td className="num">{b.payoutCount}</td>
                    <td className="num nowrap">{formatFen(b.totalFen)}</td>
                    <td className="nowrap">{dateTime(b.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            param="batches"
            page={data.batchPage}
            pageSize={data.batchesPerPage}
            total={data.batchTotal}
          />
        </>
      )}
    </section>
  );
}
