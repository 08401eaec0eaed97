import { Link } from "@remix-run/react";
import type { MatchReason } from "../domain/sd-matching";
import { MATURITY_LEVELS } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { Highlight } from "./highlight";

/**
 * What matching suggests, for other parts' pages (item pages, the owner's dashboard, the review queue): ranked
 * counterparts with their highlighted titles and reason chips, similar items / possible duplicates with their
 * similarity, related challenge tasks. The loaders pass the matching module's results through as they are.
 */

interface SuggestionLike {
  code: string;
  kind: "demand" | "supply";
  title: string;
  organizationName: string;
  score: number;
  reasons: MatchReason[];
  highlightedTitle: string;
}

interface SimilarLike {
  code: string;
  title: string;
  public: boolean;
  similarity: number;
  reasons?: MatchReason[];
}

interface TaskLike {
  code: string;
  title: string;
  score: number;
  reasons: MatchReason[];
  highlightedTitle: string;
}

function percent(score: number): number {
  return Math.round(score * 100);
}

/** One chip per reason, in the reader's language. */
export function ReasonChips({ reasons }: { reasons: MatchReason[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  const text = (reason: MatchReason): string => {
    switch (reason.kind) {
      case "sharedTerms":
        return t("sdMatch.reason.sharedTerms", { terms: reason.terms.join("、") });
      case "mature": {
        const level = MATURITY_LEVELS.find((m) => m === reason.maturity);
        return t("sdMatch.reason.mature", { maturity: level ? t(`sd.maturity.${level}`) : reason.maturity });
      }
      default:
        return t(`sdMatch.reason.${reason.kind}`);
    }
  };
  return (
    <ul className="sd-reasons" aria-label={t("sdMatch.why")}>
      {reasons.map((reason, i) => (
        <li key={i} className={`tag sd-reason sd-reason-${reason.kind}`}>
          {text(reason)}
        </li>
      ))}
    </ul>
  );
}

/** Ranked counterparts (a demand's supplies, a supply's demands). */
export function SdSuggestions({ suggestions, heading }: { suggestions: SuggestionLike[]; heading?: string }) {
  const { t } = useI18n();
  return (
    <section className="sd-suggestions" aria-label={heading ?? t("sdMatch.suggestions")}>
      <h2>{heading ?? t("sdMatch.suggestions")}</h2>
      {suggestions.length === 0 ? (
        <p className="hint">{t("sdMatch.empty")}</p>
      ) : (
        <ol className="sd-suggestion-list">
          {suggestions.map((suggestion) => (
            <li key={suggestion.code} className="sd-suggestion">
              <div className="sd-suggestion-head">
                <Link to={`/supply-demand/${suggestion.code}`}>
                  <Highlight text={suggestion.highlightedTitle} />
                </Link>
                <span className="sd-score">{t("sdMatch.score", { percent: percent(suggestion.score) })}</span>
              </div>
              <div className="hint">
                <span className="mono">{suggestion.code}</span> · {t(`sd.kind.${suggestion.kind}`)} ·{" "}
                {suggestion.organizationName}
              </div>
              <ReasonChips reasons={suggestion.reasons} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Similar items (public pages) or possible duplicates (review: pending ones marked as not public). */
export function SdSimilarItems({
  items,
  duplicates = false,
}: {
  items: SimilarLike[];
  duplicates?: boolean;
}) {
  const { t } = useI18n();
  const heading = t(duplicates ? "sdMatch.duplicates" : "sdMatch.similar");
  return (
    <section className="sd-suggestions" aria-label={heading}>
      <h2>{heading}</h2>
      {items.length === 0 ? (
        <p className="hint">{t(duplicates ? "sdMatch.noDuplicates" : "sdMatch.empty")}</p>
      ) : (
        <ol className="sd-suggestion-list">
          {items.map((item) => (
            <li key={item.code} className="sd-suggestion">
              <div className="sd-suggestion-head">
                {item.public ? (
                  <Link to={`/supply-demand/${item.code}`}>{item.title}</Link>
                ) : (
                  <span>{item.title}</span>
                )}
                <span className="sd-score">
                  {t("sdMatch.similarity", { percent: percent(item.similarity) })}
                </span>
              </div>
              <div className="hint">
                <span className="mono">{item.code}</span>
                {item.public ? null : <> · {t("sdMatch.pending")}</>}
              </div>
              {item.reasons ? <ReasonChips reasons={item.reasons} /> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A demand's related challenge tasks. */
export function SdRelatedTasks({ tasks }: { tasks: TaskLike[] }) {
  const { t } = useI18n();
  if (tasks.length === 0) return null;
  return (
    <section className="sd-suggestions" aria-label={t("sdMatch.relatedTasks")}>
      <h2>{t("sdMatch.relatedTasks")}</h2>
      <ol className="sd-suggestion-list">
        {tasks.map((task) => (
          <li key={task.code} className="sd-suggestion">
            <div className="sd-suggestion-head">
              <Link to={`/tasks/${task.code}`}>
                <Highlight text={task.highlightedTitle} />
              </Link>
              <span className="sd-score">{t("sdMatch.score", { percent: percent(task.score) })}</span>
            </div>
            <div className="hint mono">{task.code}</div>
            <ReasonChips reasons={task.reasons} />
          </li>
        ))}
      </ol>
    </section>
  );
}
