import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "../components/pagination";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { ledgerPageLoader } from "../server/payouts/views/ledger-page.server";

export const meta: MetaFunction = () => [{ title: "资金账簿 · Ledger — 揭榜 Jiebang" }];

export const loader = ledgerPageLoader;

type LedgerData = ReturnType<typeof useLoaderData<typeof loader>>;
type AccountView = LedgerData["groups"][number]["accounts"][number];

function AccountLabel({ account }: { account: Omit<AccountView, "balanceFen"> }) {
  const { t } = useI18n();
  const label = (() => {
    switch (account.kind) {
      case "budget":
        return t("payViews.ledger.account.budget", { year: account.year ?? "" });
      case "appropriation":
        return t("payViews.ledger.account.appropriation", { year: account.year ?? "" });
      case "payable":
        return t("payViews.ledger.account.payable", { org: account.organizationName ?? "" });
      case "paid":
        return t("payViews.ledger.account.paid", { org: account.organizationName ?? "" });
      case "clearing":
        return t("payViews.ledger.account.clearing", {
          rail: account.rail ? t(`payout.rail.${account.rail}`) : "",
        });
      default:
        return account.code;
    }
  })();
  return <>{label}</>;
}

export default function StaffLedger() {
  const { t, dateTime } = useI18n();
  const { groups, totalFen, postings, page, pageSize, total } = useLoaderData<typeof loader>();
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/staff">{t("staff.title")}</Link>
      </p>
      <h1>{t("payViews.ledger.title")}</h1>
      <p className="lead">{t("payViews.ledger.lead")}</p>

      <h2 id="ledger-balances">{t("payViews.ledger.balances")}</h2>
      {groups.length === 0 ? (
        <p className="card empty">{t("payViews.ledger.noBalances")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ledger-balances">
          <table className="ledger-balances">
            <thead>
              <tr>
                <th scope="col">{t("payViews.ledger.account")}</th>
                <th scope="col">{t("payViews.ledger.code")}</th>
                <th scope="col" className="num">
                  {t("payViews.ledger.balance")}
                </th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.group} data-group={group.group}>
                <tr className="ledger-group">
                  <th scope="colgroup" colSpan={3}>
                    {t(`payViews.ledger.group.${group.group}`)}
                  </th>
                </tr>
                {group.accounts.map((account) => (
                  <tr key={account.code} data-account={account.code}>
                    <th scope="row">
                      <AccountLabel account={account} />
                    </th>
                    <td className="mono">{account.code}</td>
                    <td className="num mono">{formatFen(account.balanceFen)}</td>
                  </tr>
                ))}
                <tr className="ledger-subtotal">
                  <th scope="row" colSpan={2}>
                    {t("payViews.ledger.groupTotal")}
                  </th>
                  <td className="num mono">{formatFen(group.totalFen)}</td>
                </tr>
              </tbody>
            ))}
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t("payViews.ledger.total")}
                </th>
                <td className="num mono" data-ledger-total={totalFen}>
                  {formatFen(totalFen)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      <h2>{t("payViews.ledger.postings")}</h2>
      {postings.length === 0 ? (
        <p className="card empty">{t("payViews.ledger.noPostings")}</p>
      ) : (
        <ol className="ledger-postings">
          {postings.map((posting) => (
            <li key={posting.id} className="card stack" data-posting={posting.id}>
              <h3 id={`posting-${posting.id}`}>
                {t("payViews.ledger.posting", { id: posting.id })} · {t(`payViews.kind.${posting.kind}`)}{" "}
                <span
                  className={`status ${posting.balanced ? "status-succeeded" : "status-failed"}`}
                  data-balanced={posting.balanced}
                >
                  {t(posting.balanced ? "payViews.ledger.balanced" : "payViews.ledger.unbalanced")}
                </span>
              </h3>
              <p className="task-meta">
                {t("payViews.ledger.postedAt")} {dateTime(posting.postedAt)} · {t("payViews.ledger.postedBy")}{" "}
                {posting.postedByName ?? t("payViews.ledger.system")}
                {posting.awardId ? <> · {t("payViews.ledger.award", { id: posting.awardId })}</> : null}
                {posting.payoutId ? <> · {t("payViews.ledger.payout", { id: posting.payoutId })}</> : null}
                {posting.memo ? (
                  <>
                    {" "}
                    · {t("payViews.ledger.memo")} {posting.memo}
                  </>
                ) : null}
              </p>
              <div
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-labelledby={`posting-${posting.id}`}
              >
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("payViews.ledger.account")}</th>
                      <th scope="col" className="num">
                        {t("payViews.ledger.debit")}
                      </th>
                      <th scope="col" className="num">
                        {t("payViews.ledger.credit")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {posting.entries.map((entry) => (
                      <tr key={entry.id}>
                        <th scope="row">
                          <AccountLabel account={entry} /> <span className="mono hint">{entry.code}</span>
                        </th>
                        <td className="num mono">{entry.amountFen > 0 ? formatFen(entry.amountFen) : ""}</td>
                        <td className="num mono">{entry.amountFen < 0 ? formatFen(-entry.amountFen) : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t("payViews.ledger.totals")}</th>
                      <td className="num mono" data-debit-fen={posting.debitFen}>
                        {formatFen(posting.debitFen)}
                      </td>
                      <td className="num mono" data-credit-fen={posting.creditFen}>
                        {formatFen(posting.creditFen)}
                      </td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination param="page" page={page} pageSize={pageSize} total={total} />
    </section>
  );
}
