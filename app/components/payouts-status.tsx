import { Link } from "@remix-run/react";
import { formatFen } from "../domain/money";
import type { PayoutStatus } from "../domain/payouts";
import { useI18n } from "../i18n/use-i18n";
import { PayoutBankStatus } from "./payouts-bank-table";

/**
 * A minimal payout status line on the project page (the organization's own payouts only). The payout timeline
 * built alongside may replace it.
 */
export function PayoutsStatus({
  payouts,
}: {
  payouts: {
    id: number;
    amountFen: number;
    status: PayoutStatus;
    awaitingConfirmation: boolean;
    paidAt: Date | string | null;
  }[];
}) {
  const { t, dateTime } = useI18n();
  if (payouts.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="payouts-status">
      <h2 id="payouts-status">{t("payBank.project.title")}</h2>
      <ul>
        {payouts.map((p) => (
          <li key={p.id}>
            {t("payBank.project.line", { amount: formatFen(p.amountFen) })}
            <PayoutBankStatus status={p.status} awaitingConfirmation={p.awaitingConfirmation} />
            {p.status === "paid" && p.paidAt ? t("payBank.project.paidOn", { at: dateTime(p.paidAt) }) : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/org/bank-account">{t("payBank.account.link")}</Link>
      </p>
    </section>
  );
}
