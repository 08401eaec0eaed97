import { Link } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";

/** "来源需求 D-2026-0004" on the staff task page of a task made from a published demand. */
export function SdTaskSource({ source }: { source: { code: string } | null }) {
  const { t } = useI18n();
  if (!source) return null;
  return (
    <p className="task-meta no-print">
      {t("sdToTask.source")}{" "}
      <Link className="mono" to={`/supply-demand/${source.code}`}>
        {source.code}
      </Link>
    </p>
  );
}
