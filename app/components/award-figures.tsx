import { formatRateBp, type AwardBound, type AwardFigures } from "../domain/award";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";

interface FigureRow {
  key: "basis" | "rate" | "raw" | "cap" | "capped" | "other" | "payable";
  label: string;
  how: string;
  amount: string;
  /** The rule this row stands for, when it is the one that decided the payable amount. */
  binds?: AwardBound;
}

/**
 * The figures of an award, basis to payable amount, in one table.
 * - `kind`: an `"estimate"` (the calculator: investment and other support as entered) or an `"award"`
 *   computed from the audited investment; only the basis and other-support rows are named differently.
 * - By default: the rule that bound is named above the table (`announce`: as a live status), each figure shows
 *   how it is found, and the binding row is highlighted (`data-binding`).
 * - `compact`: label and amount only (the staff panel).
 */
export function AwardFiguresTable({
  figures,
  kind,
  compact = false,
  announce = false,
}: {
  figures: AwardFigures;
  kind: "estimate" | "award";
  compact?: boolean;
  announce?: boolean;
}) {
  const { t } = useI18n();
  const estimate = kind === "estimate";
  const rows: FigureRow[] = [
    {
      key: "basis",
      label: t(estimate ? "award.figure.basisEstimate" : "award.figure.basis"),
      how: t(estimate ? "award.figure.basisEstimateHow" : "award.figure.basisHow"),
      amount: formatFen(figures.basisFen),
    },
    {
      key: "rate",
      label: t("award.figure.rate"),
      how: t("award.figure.rateHow", { bp: figures.rateBp }),
      amount: formatRateBp(figures.rateBp),
      binds: "rate",
    },
    {
      key: "raw",
      label: t("award.figure.raw"),
      how: t("award.figure.rawHow"),
      amount: formatFen(figures.rawFen),
    },
    {
      key: "cap",
      label: t("award.figure.cap"),
      how: t("award.figure.capHow"),
      amount: formatFen(figures.capFen),
      binds: "cap",
    },
    {
      key: "capped",
      label: t("award.figure.capped"),
      how: t("award.figure.cappedHow"),
      amount: formatFen(figures.cappedFen),
    },
    {
      key: "other",
      label: t(estimate ? "award.figure.otherEstimate" : "award.figure.other"),
      how: t("award.figure.otherHow"),
      amount: formatFen(figures.otherSupportFen),
      binds: "other",
    },
    {
      key: "payable",
      label: t("award.figure.payable"),
      how: t("award.figure.payableHow"),
      amount: formatFen(figures.payableFen),
    },
  ];

  if (compact)
    return (
      <table className="facts-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <>
      <p role={announce ? "status" : undefined} data-bound-by={figures.boundBy}>
        <span className="status status-succeeded">
          {t("award.figure.boundBy", { rule: t(`award.figure.boundBy.${figures.boundBy}`) })}
        </span>
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("award.figure.item")}</th>
              <th scope="col">{t("award.figure.formula")}</th>
              <th scope="col" className="num">
                {t("award.figure.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const binding = row.binds === figures.boundBy;
              return (
                <tr key={row.key} data-figure={row.key} data-binding={binding ? "true" : undefined}>
                  <th scope="row">
                    {binding ? <mark>{row.label}</mark> : row.label}
                    {binding ? " " : null}
                    {binding ? <span className="tag">{t("award.figure.binding")}</span> : null}
                  </th>
                  <td className="hint">{row.how}</td>
                  <td className="num mono">
                    {row.key === "payable" ? <strong>{row.amount}</strong> : row.amount}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
