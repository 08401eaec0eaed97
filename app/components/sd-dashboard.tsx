import { Link } from "@remix-run/react";
import type { SdItemStatus, SdKind } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";

/** Why a suggestion is made (the matching module's MatchReason, as the loader sends it). */
type MatchReason =
  | { kind: "sharedTerms"; terms: string[] }
  | { kind: "sameDomain" }
  | { kind: "sameDistrict" }
  | { kind: "cityWide" }
  | { kind: "budgetFits" }
  | { kind: "mature"; maturity: string };

interface SdDashboardSection {
  byStatus: { status: SdItemStatus; demand: number; supply: number }[];
  items: {
    code: string;
    kind: SdKind;
    title: string;
    suggestions: { code: string; title: string; organizationName: string; reasons: MatchReason[] }[];
  }[];
}

function useReasonText() {
  const { t } = useI18n();
  return (reason: MatchReason) => {
    switch (reason.kind) {
      case "sharedTerms":
        return t("sdDash.reason.sharedTerms", { terms: reason.terms.join("、") });
      case "mature":
        return t("sdDash.reason.mature", {
          maturity: t(`sd.maturity.${reason.maturity}` as "sd.maturity.pilot"),
        });
      default:
        return t(`sdDash.reason.${reason.kind}`);
    }
  };
}

/** "我的供需" on the dashboard: counts by status, and for each published item its top suggestions. */
export function SdDashboard({ section }: { section: SdDashboardSection }) {
  const { t } = useI18n();
  const reasonText = useReasonText();
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
                  <Link to={`/supply-demand/${s.code}`}>{s.title}</Link>{" "}
                  <small>
                    <span className="mono">{s.code}</span> · {s.organizationName}
                    {s.reasons.length ? ` · ${s.reasons.map(reasonText).join("，")}` : ""}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </article>
  );
}
