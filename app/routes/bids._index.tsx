import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { requireUser } from "../server/identity/auth.server";
import { myBids } from "../server/bidding/bid-views.server";

export const meta: MetaFunction = () => [{ title: "我的揭榜 My bids — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { hasOrganization: user.organization !== null, bids: await myBids(user) };
}

export default function MyBids() {
  const { hasOrganization, bids } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <div className="stack">
      <h1>{t("bid.mine")}</h1>
      <p className="lead">{t("bid.mineLead")}</p>
      {!hasOrganization ? <p className="empty">{t("bid.noOrg")}</p> : null}
      {hasOrganization && bids.length === 0 ? (
        <p className="empty">
          {t("bid.none")} <Link to="/tasks">{t("nav.search")}</Link>
        </p>
      ) : null}
      {bids.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("bid.task")}</th>
                <th scope="col">{t("bid.lead")}</th>
                <th scope="col">{t("bid.memberStatus")}</th>
                <th scope="col" className="num">
                  {t("bid.section.investment")}
                </th>
                <th scope="col">{t("bid.deadline")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {bids.map((bid) => (
                <tr key={bid.id}>
                  <td>
                    <span className="mono">{bid.taskCode}</span> {bid.taskTitle}
                  </td>
                  <td>
                    {bid.leadOrgName}
                    <br />
                    <span className="hint">
                      {t(`bid.role.${bid.role}`)} · {bid.shareBp / 100}%
                    </span>
                  </td>
                  <td>
                    {bid.memberStatus === "invited"
                      ? t("bid.memberStatus.invited")
                      : t(`bid.status.${bid.status}`)}
                  </td>
                  <td className="num">
                    {bid.plannedInvestmentFen ? formatFen(bid.plannedInvestmentFen) : "—"}
                  </td>
                  <td className="nowrap">{dateTime(bid.bidDeadline)}</td>
                  <td>
                    <Link className="button" to={`/bids/${bid.id}`}>
                      {bid.memberStatus === "invited" ? t("bid.invitation") : t("bid.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
