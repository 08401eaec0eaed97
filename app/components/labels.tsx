import { DISTRICT_EN, isDistrict } from "../domain/districts";
import { DOMAIN_LABEL, isTaskDomain } from "../domain/task-domains";
import type { NoticePhase } from "../domain/bidding";
import type { TaskStatus } from "../domain/task-lifecycle";
import { STATUS_LABEL } from "../i18n/lifecycle-labels";
import type { Locale } from "../i18n/i18n";
import { useI18n } from "../i18n/use-i18n";

export function domainLabel(domain: string, locale: Locale): string {
  return isTaskDomain(domain) ? DOMAIN_LABEL[domain][locale] : domain;
}

export function districtLabel(district: string, locale: Locale): string {
  return locale === "en" && isDistrict(district) ? DISTRICT_EN[district] : district;
}

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { locale } = useI18n();
  return <span className={`status status-${status}`}>{STATUS_LABEL[status][locale]}</span>;
}

export function DemoBadge() {
  const { t } = useI18n();
  return <span className="tag tag-demo">{t("common.demo")}</span>;
}

export function NoticePhaseBadge({ phase }: { phase: NoticePhase }) {
  const { t } = useI18n();
  return <span className={`status notice-${phase}`}>{t(`notice.phase.${phase}`)}</span>;
}
