import { Link } from "@remix-run/react";
import { formatFen } from "../domain/money";
import type { PayoutStatus } from "../domain/payouts";
import { useI18n } from "../i18n/use-i18n";

/** A payout's status as the bank rail names it: a recorded payment waiting for the second person shows so. */
export function PayoutBankStatus({
  status,
  awaitingConfirmation,
}: {
  status: PayoutStatus;
  awaitingConfirmation: boolean;
}) {
  const { t } = useI18n();
  return (
    <span className={`status pay-bank-status pay-bank-${status}`}>
      {awaitingConfirmation ? t("payBank.awaiting") : t(`payout.status.${status}`)}
    </span>
  );
}

/** The organization's own payouts: amount, status, the (masked) account it went to, the vouchers. */
export function OrgPayoutsTable({
  payouts,
}: {
  payouts: {
    id: number;
    projectId: number;
    taskCode: string;
    taskTitle: string;
    amountFen: number;
    status: PayoutStatus;
    awaitingConfirmation: boolean;
    accountNumberMasked: string | null;
    bankReference: string | null;
    paidAt: Date | string | null;
    vouchers: { id: number; fileName: string }[];
  }[];
}) {
  const { t, dateTime } = useI18n();
  if (payouts.length === 0) return <p className="card empty">{t("payBank.org.noPayouts")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("payBank.org.payouts")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("payBank.col.task")}</th>
            <th scope="col" className="num">
              {t("payBank.col.amount")}
            </th>
            <th scope="col">{t("payBank.col.status")}</th>
            <th scope="col">{t("payBank.col.account")}</th>
            <th scope="col">{t("payBank.col.reference")}</th>
            <th scope="col">{t("payBank.col.voucher")}</th>
          </tr>
        </thead>
        <tbody>
          {payouts.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/projects/${p.projectId}`}>{p.taskCode}</Link> {p.taskTitle}
              </td>
              <td className="num nowrap">{formatFen(p.amountFen)}</td>
              <td>
                <PayoutBankStatus status={p.status} awaitingConfirmation={p.awaitingConfirmation} />
                {p.paidAt && p.status === "paid" ? <span className="hint"> {dateTime(p.paidAt)}</span> : null}
              </td>
              <td className="mono nowrap">{p.accountNumberMasked ?? "—"}</td>
              <td className="mono">{p.bankReference ?? "—"}</td>
              <td>
                {p.vouchers.length
                  ? p.vouchers.map((v) => (
                      <a key={v.id} href={`/attachments/${v.id}`} className="pay-bank-file">
                        {v.fileName}
                      </a>
                    ))
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
