import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "../components/pagination";
import { SD_ITEM_STATUSES, SD_KINDS } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { myItemsLoader } from "../server/supply-demand/items/item-pages.server";

export const loader = myItemsLoader;

export const meta: MetaFunction = () => [{ title: "我的供需 My supply & demand — 揭榜 Jiebang" }];

export default function MySupplyDemand() {
  const { hasOrganization, view } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <div className="stack">
      <h1>{t("sdMy.title")}</h1>
      <p className="lead">{t("sdMy.lead")}</p>
      {!hasOrganization || !view ? (
        <p className="empty">{t("sdMy.noOrg")}</p>
      ) : (
        <>
          <div className="toolbar">
            {view.mayFile.map((kind) => (
              <Link key={kind} className="button button-primary" to={`/my/supply-demand/new?kind=${kind}`}>
                {t(`sdMy.new.${kind}`)}
              </Link>
            ))}
            <Link className="button" to="/my/saved-searches">
              {t("sdSaved.title")}
            </Link>
            <Link className="button" to="/my/expressions">
              {t("sdx.my.title")}
            </Link>
          </div>
          <nav className="sd-tabs" aria-label={t("sdMy.kinds")}>
            {SD_KINDS.map((kind) => (
              <Link
                key={kind}
                to={`?kind=${kind}`}
                aria-current={kind === view.kind ? "page" : undefined}
                className={kind === view.kind ? "sd-tab sd-tab-current" : "sd-tab"}
              >
                {t(`sdMy.tab.${kind}`, { count: view.totals[kind] })}
              </Link>
            ))}
          </nav>
          {view.total > 0 ? (
            <ul className="sd-status-counts" aria-label={t("sdMy.byStatus")}>
              {SD_ITEM_STATUSES.filter((status) => view.byStatus[status]).map((status) => (
                <li key={status}>
                  {t(`sd.status.${status}`)}
                  {t("common.colon")}
                  {view.byStatus[status]}
                </li>
              ))}
            </ul>
          ) : null}
          {view.items.length === 0 ? (
            <p className="empty">
              {t(`sdMy.none.${view.kind}`)}{" "}
              {view.mayFile.includes(view.kind) ? (
                <Link to={`/my/supply-demand/new?kind=${view.kind}`}>{t(`sdMy.new.${view.kind}`)}</Link>
              ) : null}
            </p>
          ) : (
            <div
              className="table-wrap sd-table-wrap"
              tabIndex={0}
              role="region"
              aria-label={t(`sdMy.tab.${view.kind}`, { count: view.total })}
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("sdMy.code")}</th>
                    <th scope="col">{t("sdItem.title")}</th>
                    <th scope="col">{t("sdMy.status")}</th>
                    <th scope="col">{t("sdMy.next")}</th>
                    <th scope="col">{t("sdMy.expires")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.items.map((item) => (
                    <tr key={item.code}>
                      <td className="mono nowrap">{item.code}</td>
                      <td>
                        {item.title}
                        {item.isDemo ? <span className="sd-demo">{t("sd.demo")}</span> : null}
                      </td>
                      <td>
                        <span className={`status sd-status-${item.status}`}>
                          {t(`sd.status.${item.status}`)}
                        </span>
                        {item.closeReason ? (
                          <span className="hint"> · {t(`sd.closeReason.${item.closeReason}`)}</span>
                        ) : null}
                        {item.pendingRevision ? (
                          <>
                            <br />
                            <span className="hint">
                              {t("sdMy.pendingRevision", {
                                number: item.pendingRevision.number,
                                status: t(`sd.revisionStatus.${item.pendingRevision.status}`),
                              })}
                            </span>
                          </>
                        ) : null}
                      </td>
                      <td>{item.next === "none" ? "—" : t(`sdMy.nextAction.${item.next}`)}</td>
                      <td className="nowrap">{item.expiresAt ? dateTime(item.expiresAt) : "—"}</td>
                      <td>
                        <Link className="button" to={`/my/supply-demand/${item.code}`}>
                          {t("sdMy.open")}
                          <span className="visually-hidden"> {item.code}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {view.total > view.pageSize ? (
            <Pagination param="page" page={view.page} pageSize={view.pageSize} total={view.total} />
          ) : null}
        </>
      )}
    </div>
  );
}
