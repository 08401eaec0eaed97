import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { batchName, rangeText } from "../domain/sd-list";
import {
  CITY_WIDE,
  isSdDomain,
  SD_DOMAIN_LABEL,
  type BudgetBand,
  type SdKind,
} from "../domain/supply-demand";
import type { Locale } from "../i18n/i18n";
import { BUDGET_BAND_LABEL } from "../i18n/sd-messages";
import { useI18n } from "../i18n/use-i18n";
import { DemoBadge, districtLabel } from "./labels";

/** One item of the annual list as everyone sees it (from the revision frozen in its batch; never contacts). */
export interface SdListRow {
  code: string;
  kind: SdKind;
  title: string;
  organization: string;
  district: string;
  domain: string;
  rangeMinFen: number | null;
  rangeMaxFen: number | null;
  band: BudgetBand;
  isDemo: boolean;
}

export function sdDomainLabel(domain: string, locale: Locale): string {
  return isSdDomain(domain) ? SD_DOMAIN_LABEL[domain][locale] : domain;
}

export function sdDistrictLabel(district: string, locale: Locale, cityWide: string): string {
  return district === CITY_WIDE ? cityWide : districtLabel(district, locale);
}

/** "50万–100万元" in Chinese; in English the band's label, then the range. */
export function RangeCell({ row }: { row: SdListRow }) {
  const { locale } = useI18n();
  const text = rangeText(row.rangeMinFen, row.rangeMaxFen);
  return (
    <>
      {BUDGET_BAND_LABEL[row.band][locale]}
      {text ? <span className="sd-list-range"> ({text})</span> : null}
    </>
  );
}

/**
 * The members of one batch: number, code, kind, title (linked to the item page), organization, district, domain,
 * budget or price. `actions` adds a last column (staff composition buttons).
 */
export function SdListTable({
  rows,
  caption,
  linkItems = true,
  actions,
}: {
  rows: SdListRow[];
  caption: string;
  linkItems?: boolean;
  actions?: (row: SdListRow, index: number) => ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap sd-list-table" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("sdList.col.no")}
            </th>
            <th scope="col">{t("sdList.col.code")}</th>
            <th scope="col">{t("sdList.col.kind")}</th>
            <th scope="col">{t("sdList.col.title")}</th>
            <th scope="col">{t("sdList.col.organization")}</th>
            <th scope="col">{t("sdList.col.district")}</th>
            <th scope="col">{t("sdList.col.domain")}</th>
            <th scope="col">{t("sdList.col.range")}</th>
            {actions ? <th scope="col">{t("sdList.col.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.code}>
              <td className="num">{index + 1}</td>
              <td className="mono nowrap">{row.code}</td>
              <td className="nowrap">{t(`sd.kind.${row.kind}`)}</td>
              <td>
                {linkItems ? <Link to={`/supply-demand/${row.code}`}>{row.title}</Link> : row.title}
                {row.isDemo ? (
                  <>
                    {" "}
                    <DemoBadge />
                  </>
                ) : null}
              </td>
              <td>{row.organization}</td>
              <td className="nowrap">{sdDistrictLabel(row.district, locale, t("sd.cityWide"))}</td>
              <td className="nowrap">{sdDomainLabel(row.domain, locale)}</td>
              <td>
                <RangeCell row={row} />
              </td>
              {actions ? <td className="nowrap">{actions(row, index)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A published batch as the public sees it: its name, date and members. */
export function SdBatchSection({
  number,
  publishedOn,
  rows,
  headingLevel = 2,
}: {
  number: number;
  publishedOn: string | null;
  rows: SdListRow[];
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useI18n();
  const name = batchName(number, locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="sd-batch" aria-labelledby={`batch-${number}`}>
      <Heading id={`batch-${number}`}>
        {name}
        {publishedOn ? (
          <small className="sd-batch-date"> {t("sdList.publishedOn", { date: publishedOn })}</small>
        ) : null}
      </Heading>
      {rows.length ? (
        <SdListTable rows={rows} caption={name} />
      ) : (
        <p className="card empty">{t("sdList.batchNoMatches")}</p>
      )}
    </section>
  );
}
