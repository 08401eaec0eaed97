import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";

export function Pagination({
  param,
  page,
  pageSize,
  total,
}: {
  param: string;
  page: number;
  pageSize: number;
  total: number;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (target: number) => {
    const search = new URLSearchParams(location.search);
    search.set(param, String(target));
    return `?${search}`;
  };
  return (
    <nav className="pagination" aria-label={t("common.pagination")}>
      {page > 1 ? <Link to={hrefFor(page - 1)}>{t("common.previous")}</Link> : <span aria-hidden="true" />}
      <span>{t("common.page", { page, pages, total })}</span>
      {page < pages ? <Link to={hrefFor(page + 1)}>{t("common.next")}</Link> : <span aria-hidden="true" />}
    </nav>
  );
}
