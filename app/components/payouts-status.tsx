import { formatFen } from "../domain/money";
import { shanghaiDate } from "../domain/time";
import type { PayoutStatus } from "../domain/payouts";
import type { Rail } from "../domain/ledger";
import { useI18n } from "../i18n/use-i18n";

type When = Date | string;

/** A payout's status as a badge: 已拨付 / "Paid" (payout.status.paid), 拨付中, 待拨付 … */
export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const { t } = useI18n();
  return <span className={`status payout-status-${status}`}>{t(`payout.status.${status}`)}</span>;
}

/** What the public sees of a member's payout on /results: its status, and the date once paid. */
export function PublicPayoutStatus({ status, paidAt }: { status: PayoutStatus | null; paidAt: When | null }) {
  const { t } = useI18n();
  if (status === null) return <span className="hint">{t("payViews.results.noPayout")}</span>;
  return (
    <span className="payout-public">
      <PayoutStatusBadge status={status} />
      {status === "paid" && paidAt ? (
        <>
          {" "}
          <time dateTime={new Date(paidAt).toISOString()}>{shanghaiDate(new Date(paidAt))}</time>
        </>
      ) : null}
    </span>
  );
}

export interface ProjectPayoutView {
  id: number;
  organizationName: string;
  role: string;
  amountFen: number;
  status: PayoutStatus;
  paidAt: When | null;
  /** Only on the viewer's own organization's payouts. */
  own: {
    rail: Rail | null;
    bankName: string | null;
    account: string | null;
    referenceLast4: string | null;
    failureReason: string | null;
    steps: { id: number; fromStatus: PayoutStatus | null; toStatus: PayoutStatus; at: When }[];
  } | null;
}

/**
 * The payout section of a consortium's project page: each member's payout status, and the viewer's own
 * organization's payouts with their details and timeline (times in Shanghai time).
 */
export function ProjectPayouts({ payouts }: { payouts: readonly ProjectPayoutView[] }) {
  const { t, dateTime } = useI18n();
  const own = payouts.filter((p) => p.own !== null);
  return (
    <section className="card stack payouts-section" aria-labelledby="payouts-title">
      <h2 id="payouts-title">{t("payViews.project.title")}</h2>
      {payouts.length === 0 ? (
        <p className="empty">{t("payViews.project.none")}</p>
      ) : (
        <>
          <p className="hint">{t("payViews.project.lead")}</p>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="payouts-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("payViews.project.member")}</th>
                  <th scope="col" className="num">
                    {t("payViews.project.amount")}
                  </th>
                  <th scope="col">{t("payViews.project.status")}</th>
                  <th scope="col">{t("payViews.project.paidAt")}</th>
                </tr>
              </thead>
              <tbody>
                {payouts.map((payout) => (
                  <tr key={payout.id} data-payout={payout.id}>
                    <th scope="row">
                      {payout.organizationName}
                      {payout.own ? <span className="tag">{t("payViews.project.ours")}</span> : null}
                    </th>
                    <td className="num mono">{formatFen(payout.amountFen)}</td>
                    <td>
                      <PayoutStatusBadge status={payout.status} />
                    </td>
                    <td className="nowrap">{payout.paidAt ? dateTime(payout.paidAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {own.map((payout) => (
        <div key={payout.id} className="stack payout-own">
          <h3>
            {t("payViews.project.timeline")} · {formatFen(payout.amountFen)}
          </h3>
          <dl className="facts">
            <dt>{t("payViews.project.status")}</dt>
            <dd>
              <PayoutStatusBadge status={payout.status} />
            </dd>
            {payout.own!.rail ? (
              <>
                <dt>{t("payViews.project.rail")}</dt>
                <dd>{t(`payout.rail.${payout.own!.rail}`)}</dd>
              </>
            ) : null}
            {payout.own!.account ? (
              <>
                <dt>{t("payViews.project.account")}</dt>
                <dd className="mono">
                  {payout.own!.bankName} {payout.own!.account}
                </dd>
              </>
            ) : null}
            {payout.own!.referenceLast4 ? (
              <>
                <dt>{t("payViews.project.reference")}</dt>
                <dd className="mono">{payout.own!.referenceLast4}</dd>
              </>
            ) : null}
            {payout.own!.failureReason ? (
              <>
                <dt>{t("payViews.project.reason")}</dt>
                <dd>{payout.own!.failureReason}</dd>
              </>
            ) : null}
          </dl>
          {payout.own!.steps.length === 0 ? (
            <p className="empty">{t("payViews.project.noSteps")}</p>
          ) : (
            <ol className="payout-timeline">
              {payout.own!.steps.map((step) => (
                <li key={step.id}>
                  <time className="nowrap" dateTime={new Date(step.at).toISOString()}>
                    {dateTime(step.at)}
                  </time>{" "}
                  {step.fromStatus
                    ? t("payViews.project.step", {
                        from: t(`payout.status.${step.fromStatus}`),
                        to: t(`payout.status.${step.toStatus}`),
                      })
                    : t("payViews.project.opened", { to: t(`payout.status.${step.toStatus}`) })}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
