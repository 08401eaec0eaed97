import type { ReactNode } from "react";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";

export interface EvidenceLine {
  id: number;
  spentOn: string;
  counterparty: string;
  reference: string;
  amountFen: number;
  attachmentId: number | null;
  fileName: string | null;
}

/** A completion report's investment evidence, with each contract or invoice PDF linked; `actions` adds a column. */
export function EvidenceTable({
  lines,
  actions,
}: {
  lines: EvidenceLine[];
  actions?: (line: EvidenceLine) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("report.spentOn")}</th>
            <th scope="col">{t("report.counterparty")}</th>
            <th scope="col">{t("report.reference")}</th>
            <th scope="col" className="num">
              {t("report.amount")}
            </th>
            {actions ? <th scope="col">{t("common.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td className="mono">{line.spentOn}</td>
              <td>{line.counterparty}</td>
              <td>
                {line.reference}
                {line.attachmentId ? (
                  <>
                    {" "}
                    <a href={`/attachments/${line.attachmentId}`} download>
                      {line.fileName ?? "PDF"}
                    </a>
                  </>
                ) : null}
              </td>
              <td className="num">{formatFen(line.amountFen)}</td>
              {actions ? <td>{actions(line)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
