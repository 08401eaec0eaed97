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
    [t("sdItemForm.summary"), content.summary],
    [t("sdItemForm.domain"), t(`sd.domain.${content.domain}`)],
    [t("sdItemForm.tags"), content.tags.length ? content.tags.join("、") : null],
    [t("sdItemForm.district"), content.district ?? t("sd.cityWide")],
  ];
  if (kind === "demand") {
    rows.push(
      [t("sdItemForm.category"), content.category ? t(`sd.category.${content.category}`) : null],
      [t("sdItemForm.expectedOutcome"), content.expectedOutcome],
      [t("sdItemForm.budget"), range(content.budgetMinFen, content.budgetMaxFen)],
      [t("sdItemForm.wantedBy"), content.wantedBy],
    );
  } else {
    rows.push(
      [t("sdItemForm.supplyKind"), content.supplyKind ? t(`sd.supplyKind.${content.supplyKind}`) : null],
      [
        t("sdItemForm.maturity"),
        content.maturity
          ? content.maturity === "deployed" && content.deployedCustomers
            ? t("sdItemForm.deployedAt", { count: content.deployedCustomers })
            : t(`sd.maturity.${content.maturity}`)
          : null,
      ],
      [t("sdItemForm.referenceCases"), content.referenceCases],
      [
        t("sdItemForm.districtsServed"),
        content.districtsServed.length ? content.districtsServed.join("、") : t("sd.cityWide"),
      ],
      [t("sdItemForm.price"), range(content.priceMinFen, content.priceMaxFen)],
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
      <h3>{t("sdItemForm.description")}</h3>
      <p className="sd-description">{content.description}</p>
    </div>
  );
}
