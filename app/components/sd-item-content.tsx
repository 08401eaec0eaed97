import { formatFen } from "../domain/money";
import type { SdContent } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";

function range(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  if (min !== null && max !== null) return `${formatFen(min)} – ${formatFen(max)}`;
  return min !== null ? `≥ ${formatFen(min)}` : `≤ ${formatFen(max!)}`;
}

/** A revision's content as its owner sees it (contacts included: owner pages only). */
export function SdItemContent({ content, kind }: { content: SdContent; kind: "demand" | "supply" }) {
  const { t } = useI18n();
  const rows: [string, string | null][] = [
    [t("sdItem.summary"), content.summary],
    [t("sdItem.domain"), t(`sd.domain.${content.domain}`)],
    [t("sdItem.tags"), content.tags.length ? content.tags.join("、") : null],
    [t("sdItem.district"), content.district ?? t("sd.cityWide")],
  ];
  if (kind === "demand") {
    rows.push(
      [t("sdItem.category"), content.category ? t(`sd.category.${content.category}`) : null],
      [t("sdItem.expectedOutcome"), content.expectedOutcome],
      [t("sdItem.budget"), range(content.budgetMinFen, content.budgetMaxFen)],
      [t("sdItem.wantedBy"), content.wantedBy],
    );
  } else {
    rows.push(
      [t("sdItem.supplyKind"), content.supplyKind ? t(`sd.supplyKind.${content.supplyKind}`) : null],
      [
        t("sdItem.maturity"),
        content.maturity
          ? content.maturity === "deployed" && content.deployedCustomers
            ? t("sdItem.deployedAt", { count: content.deployedCustomers })
            : t(`sd.maturity.${content.maturity}`)
          : null,
      ],
      [t("sdItem.referenceCases"), content.referenceCases],
      [
        t("sdItem.districtsServed"),
        content.districtsServed.length ? content.districtsServed.join("、") : t("sd.cityWide"),
      ],
      [t("sdItem.price"), range(content.priceMinFen, content.priceMaxFen)],
    );
  }
  rows.push([
    t("sdItem.contact"),
    `${content.contactName} · ${content.contactPhone} · ${content.contactEmail}`,
  ]);
  return (
    <div className="stack">
      <dl className="sd-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("sdItem.description")}</h3>
      <p className="sd-description">{content.description}</p>
    </div>
  );
}
