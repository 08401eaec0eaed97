import { Link } from "@remix-run/react";
import type { SdItemStatus, SdKind } from "../domain/supply-demand";
import type { MatchReason } from "../domain/sd-matching";
import { useI18n } from "../i18n/use-i18n";
import { Highlight } from "./highlight";
import { ReasonChips } from "./sd-suggestions";

interface SdDashboardSection {
  byStatus: { status: SdItemStatus; demand: number; supply: number }[];
  items: {
    code: string;
    kind: SdKind;
    title: string;
    suggestions: {
      code: string;
      highlightedTitle: string;
      organizationName: string;
      reasons: MatchReason[];
    }[];
  }[];
}

/** "我的供需" on the dashboard: counts by status, and for each published item its top suggestions. */
export function SdDashboard({ section }: { section: SdDashboardSection }) {
  const { t } = useI18n();
  return (
    <article className="card">
      <h2>{t("sdMy.title")}</h2>
      {section.byStatus.length === 0 ? (
        <p className="empty">
          {t("sdDash.none")} <Link to="/my/supply-demand">{t("sdDash.start")}</Link>
        </p>
      ) : (
        <>
          <ul className="dashboard-list">
            {section.byStatus.map((row) => (
              <li key={row.status}>
                {`${t(`sd.status.${row.status}`)}${t("common.colon")}${t("sdDash.counts", {
                  demand: row.demand,
                  supply: row.supply,
                })}`}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/my/supply-demand">{t("sdDash.all")}</Link>
          </p>
        </>
      )}
      {section.items.length ? <h3>{t("sdDash.suggestions")}</h3> : null}
      {section.items.map((item) => (
        <div key={item.code} className="sd-dash-item">
          <p>
            <Link to={`/my/supply-demand/${item.code}`}>
              <span className="mono">{item.code}</span> {item.title}
            </Link>
          </p>
          {item.suggestions.length === 0 ? (
            <p className="hint">{t(`sdDash.noSuggestions.${item.kind}`)}</p>
          ) : (
            <ul className="dashboard-list">
              {item.suggestions.map((s) => (
                <li key={s.code}>
                  <Link to={`/supply-demand/${s.code}`}>
                    <Highlight text={s.highlightedTitle} />
                  </Link>{" "}
                  <small>
                    <span className="mono">{s.code}</span> · {s.organizationName}
                  </small>
                  <ReasonChips reasons={s.reasons} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </article>
  );
}
