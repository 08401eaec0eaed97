import { useI18n } from "../i18n/use-i18n";

/** A registration's status as a badge (待审核 / 已通过 / 未通过 / 已撤回). */
export function MmRegistrationStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const known = ["pending", "validated", "refused", "withdrawn"].includes(status);
  return (
    <span className={`status mm-reg-status-${status}`}>
      {known ? t(`mm.registrationStatus.${status as "pending"}`) : status}
    </span>
  );
}

/** The event's title in the reader's language. */
export function useEventTitle() {
  const { locale } = useI18n();
  return (event: { titleZh: string; titleEn: string }) => (locale === "zh" ? event.titleZh : event.titleEn);
}
