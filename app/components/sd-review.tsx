import { DISTRICT_EN, isDistrict } from "../domain/districts";
import { formatFen } from "../domain/money";
import type { ReviewField } from "../domain/sd-review";
import { isSdDomain } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";

/** A district by its name in the reader's language; null (a city-wide item) as 全市 / Whole city. */
export function useDistrictLabel() {
  const { t, locale } = useI18n();
  return (district: string | null) => {
    if (district === null || district === "") return t("sdReview.wholeCity");
    return locale === "en" && isDistrict(district) ? DISTRICT_EN[district] : district;
  };
}

/** One field of a revision as the review page shows it. */
export function FieldValue({ field, value }: { field: ReviewField; value: unknown }) {
  const { t } = useI18n();
  const districtLabel = useDistrictLabel();
  if (value === null || value === undefined || value === "") return <span className="hint">—</span>;
  switch (field) {
    case "domain":
      return <>{typeof value === "string" && isSdDomain(value) ? t(`sd.domain.${value}`) : String(value)}</>;
    case "district":
      return <>{districtLabel(value as string)}</>;
    case "districtsServed": {
      const list = value as string[];
      return <>{list.length === 0 ? t("sdReview.wholeCity") : list.map(districtLabel).join("、")}</>;
    }
    case "tags":
      return <>{(value as string[]).join("、") || "—"}</>;
    case "category":
      return <>{t(`sd.category.${value as "digital_economy" | "digital_government"}`)}</>;
    case "supplyKind":
      return <>{t(`sd.supplyKind.${value as "product" | "solution" | "service" | "technology"}`)}</>;
    case "maturity":
      return <>{t(`sd.maturity.${value as "concept" | "prototype" | "pilot" | "product" | "deployed"}`)}</>;
    case "budgetMinFen":
    case "budgetMaxFen":
    case "priceMinFen":
    case "priceMaxFen":
      return <>{formatFen(Number(value))}</>;
    case "description":
    case "expectedOutcome":
    case "referenceCases":
      return <span className="sd-review-text">{String(value)}</span>;
    default:
      return <>{String(value)}</>;
  }
}
