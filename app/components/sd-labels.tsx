import { formatFen } from "../domain/money";
import {
  BUDGET_BANDS,
  CITY_WIDE,
  DEMAND_CATEGORIES,
  isSdDomain,
  MATURITY_LEVELS,
  SD_CLOSE_REASONS,
  SD_KINDS,
  SUPPLY_KINDS,
} from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { districtLabel } from "./labels";

/** Labels of the supply–demand list's values; an unknown value is shown as it is. */
export function useSdLabels() {
  const { t, locale } = useI18n();
  const known = <T extends string>(values: readonly T[], value: string): value is T =>
    (values as readonly string[]).includes(value);
  return {
    kind: (value: string) => (known(SD_KINDS, value) ? t(`sd.kind.${value}`) : value),
    domain: (value: string) => (isSdDomain(value) ? t(`sd.domain.${value}`) : value),
    district: (value: string | null) =>
      value === null || value === CITY_WIDE ? t("sd.cityWide") : districtLabel(value, locale),
    category: (value: string) => (known(DEMAND_CATEGORIES, value) ? t(`sd.category.${value}`) : value),
    budgetBand: (value: string) => (known(BUDGET_BANDS, value) ? t(`sd.budgetBand.${value}`) : value),
    status: (value: string) =>
      value === "published" || value === "closed" ? t(`sd.status.${value}`) : value,
    closeReason: (value: string) => (known(SD_CLOSE_REASONS, value) ? t(`sd.closeReason.${value}`) : value),
    supplyKind: (value: string) => (known(SUPPLY_KINDS, value) ? t(`sd.supplyKind.${value}`) : value),
    maturity: (value: string) => (known(MATURITY_LEVELS, value) ? t(`sd.maturity.${value}`) : value),
    /** A budget or price range in yuan; either end may be missing. */
    range: (minFen: number | null, maxFen: number | null) => {
      if (minFen !== null && maxFen !== null && minFen !== maxFen)
        return `${formatFen(minFen)} – ${formatFen(maxFen)}`;
      if (minFen !== null && maxFen !== null) return formatFen(minFen);
      if (minFen !== null) return t("sdItem.rangeFrom", { min: formatFen(minFen) });
      if (maxFen !== null) return t("sdItem.rangeUpTo", { max: formatFen(maxFen) });
      return t("sdItem.rangeOpen");
    },
  };
}

/** 需求 / 供给 as a small coloured badge. */
export function SdKindBadge({ kind }: { kind: string }) {
  const labels = useSdLabels();
  return <span className={`status sd-kind sd-kind-${kind}`}>{labels.kind(kind)}</span>;
}

export function SdStatusBadge({ status }: { status: string }) {
  const labels = useSdLabels();
  return (
    <span className={`status ${status === "published" ? "status-published" : "status-cancelled"}`}>
      {labels.status(status)}
    </span>
  );
}
