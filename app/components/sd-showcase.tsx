import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import type { ShowcaseTheme } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { DemoBadge } from "./labels";

/** The 新场景新产品新应用 cards of a year, grouped by theme; `action` adds a control per card (staff: remove). */

export type ShowcaseCardView = {
  id: number;
  theme: ShowcaseTheme;
  code: string;
  href: string;
  title: string;
  by: string;
  citation: { zh: string; en: string };
  isDemo: boolean;
};

export function ShowcaseGroups({
  groups,
  action,
}: {
  groups: { theme: ShowcaseTheme; cards: ShowcaseCardView[] }[];
  action?: (card: ShowcaseCardView) => ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="stack">
      {groups.map(({ theme, cards }) => (
        <section key={theme} aria-labelledby={`showcase-${theme}`} className="showcase-group">
          <h2 id={`showcase-${theme}`}>
            {t(`sd.showcaseTheme.${theme}`)} <span className="hint">({cards.length})</span>
          </h2>
          {cards.length === 0 ? (
            <p className="hint">{t("sdShowcase.emptyTheme")}</p>
          ) : (
            <ul className="showcase-cards">
              {cards.map((card) => (
                <li key={card.id} className="card showcase-card">
                  <p className="task-meta">
                    <span className="mono">{card.code}</span> {card.isDemo ? <DemoBadge /> : null}
                  </p>
                  <h3 className="showcase-card-title">
                    <Link to={card.href}>{card.title}</Link>
                  </h3>
                  {card.by ? <p className="hint">{t("sdShowcase.by", { name: card.by })}</p> : null}
                  <blockquote className="showcase-citation" lang={locale === "zh" ? "zh-CN" : "en"}>
                    {card.citation[locale]}
                  </blockquote>
                  {action ? action(card) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/** Links to the other years' showcases. */
export function ShowcaseYears({
  years,
  current,
  href,
}: {
  years: number[];
  current: number;
  href: (year: number) => string;
}) {
  const { t } = useI18n();
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("sdShowcase.years")} className="toolbar">
      {years.map((year) =>
        year === current ? (
          <span key={year} className="button" aria-current="page">
            {year}
          </span>
        ) : (
          <Link key={year} className="button" to={href(year)}>
            {year}
          </Link>
        ),
      )}
    </nav>
  );
}
