import { useI18n } from "../i18n/use-i18n";

/**
 * The owner's public response time on an item page: "通常 3 天内回复 / usually answers within 3 days", or
 * "暂无数据" when the owner never answered an expression. Data: `responseTimeOf(organizationId)`
 * (app/server/supply-demand/expressions/response-time.server.ts), or the panel loader's `responseTime`.
 */
export function SdResponseTime({ days }: { days: number | null }) {
  const { t } = useI18n();
  return (
    <p className="sd-response-time">
      <span className="sd-response-time-label">{t("sdx.responseTime.label")}：</span>
      {days === null ? t("sdx.responseTime.none") : t("sdx.responseTime.days", { days })}
    </p>
  );
}
