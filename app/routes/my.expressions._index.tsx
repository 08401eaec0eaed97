import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "../components/pagination";
import { EXPRESSION_DAYS } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { myExpressionsPageLoader } from "../server/supply-demand/expressions/my-expressions-page.server";

export const meta: MetaFunction = () => [{ title: "我的对接意向 My expressions of interest — 揭榜 Jiebang" }];

export const loader = myExpressionsPageLoader;

export default function MyExpressions() {
  const { hasOrganization, tab, page, pageSize, total, rows } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <div className="stack">
      <h1>{t("sdx.my.title")}</h1>
      <p className="lead">{t("sdx.my.lead", { days: EXPRESSION_DAYS })}</p>
      {!hasOrganization ? (
        <p className="empty">{t("sdx.noOrg")}</p>
      ) : (
        <>
          <nav className="sd-tabs" aria-label={t("sdx.tabs")}>
            {(["received", "sent"] as const).map((name) => (
              <Link
                key={name}
                to={name === "received" ? "?tab=received" : "?tab=sent"}
                className={name === tab ? "sd-tab sd-tab-current" : "sd-tab"}
                aria-current={name === tab ? "page" : undefined}
              >
                {t(`sdx.tab.${name}`)}
              </Link>
            ))}
          </nav>
          {rows.length === 0 ? (
            <p className="empty">
              {t(`sdx.empty.${tab}`)} <Link to="/supply-demand">{t("sdx.browse")}</Link>
            </p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table className="stack-table">
                <thead>
                  <tr>
                    <th scope="col">{t("sdx.col.item")}</th>
                    <th scope="col">{tab === "received" ? t("sdx.col.from") : t("sdx.col.to")}</th>
                    <th scope="col">{t("sdx.col.status")}</th>
                    <th scope="col">{t("sdx.col.sent")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td data-label={t("sdx.col.item")}>
                        <span className="mono nowrap">{row.targetCode}</span> {row.targetTitle}
                      </td>
                      <td data-label={tab === "received" ? t("sdx.col.from") : t("sdx.col.to")}>
                        {row.counterpartName}
                        {row.fromItemCode ? (
                          <>
                            <br />
                            <span className="hint mono nowrap">{row.fromItemCode}</span>
                          </>
                        ) : null}
                      </td>
                      <td data-label={t("sdx.col.status")}>
                        <span className={`status sdx-status-${row.status}`}>
                          {t(`sd.expressionStatus.${row.status}`)}
                        </span>
                      </td>
                      <td className="nowrap" data-label={t("sdx.col.sent")}>
                        {dateTime(row.createdAt)}
                      </td>
                      <td>
                        <Link className="button" to={`/my/expressions/${row.id}`}>
                          {t("sdx.open")}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {total > pageSize ? (
            <Pagination param="page" page={page} pageSize={pageSize} total={total} />
          ) : null}
        </>
      )}
    </div>
  );
}
