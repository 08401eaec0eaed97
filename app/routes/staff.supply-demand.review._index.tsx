import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "../components/pagination";
import { useDistrictLabel } from "../components/sd-review";
import { CITY_WIDE, SD_KINDS } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { reviewQueueLoader } from "../server/supply-demand/review/review-page.server";

export const loader = reviewQueueLoader;

export const meta: MetaFunction = () => [{ title: "供需条目审核 Supply–demand review — 揭榜 Jiebang" }];

export default function SdReviewQueue() {
  const queue = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  const districtLabel = useDistrictLabel();
  const filtered = queue.filter.kind !== "" || queue.filter.district !== "";
  return (
    <div className="stack">
      <h1>{t("sdReview.queue.title")}</h1>
      <p className="lead">{t("sdReview.queue.lead")}</p>
      <p className="sd-review-links">
        <Link to="/staff/supply-demand/reviewers">{t("sdReview.scopes.title")}</Link>
        {" · "}
        <Link to="/staff/supply-demand/stats">{t("sdStats.title")}</Link>
      </p>
      {queue.scope === null ? (
        <p className="card empty">{t("sdReview.queue.noScope")}</p>
      ) : (
        <>
          <p className="hint">
            {queue.scope.agency
              ? t("sdReview.queue.scopeAgency", { agency: t(`sd.agency.${queue.scope.agency}`) })
              : t("sdReview.queue.scopeDistrict", { district: districtLabel(queue.scope.district) })}
          </p>
          <Form
            method="get"
            className="inline-form sd-review-filters"
            aria-label={t("sdReview.queue.filters")}
          >
            <label htmlFor="queue-kind" className="visually-hidden">
              {t("sdReview.queue.type")}
            </label>
            <select id="queue-kind" name="kind" defaultValue={queue.filter.kind}>
              <option value="">{t("sdReview.queue.allKinds")}</option>
              {SD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`sd.kind.${kind}`)}
                </option>
              ))}
            </select>
            <label htmlFor="queue-district" className="visually-hidden">
              {t("sdReview.field.district")}
            </label>
            <select id="queue-district" name="district" defaultValue={queue.filter.district}>
              <option value="">{t("sdReview.queue.allDistricts")}</option>
              {queue.districts.map((d) => (
                <option key={d.district ?? CITY_WIDE} value={d.district ?? CITY_WIDE}>
                  {districtLabel(d.district)} ({d.count})
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t("sdReview.queue.apply")}
            </button>
          </Form>
          <p role="status">
            {t("sdReview.queue.total", {
              total: queue.total,
              demand: queue.counts.demand,
              supply: queue.counts.supply,
              newItems: queue.counts.newItems,
              edits: queue.counts.edits,
            })}
          </p>
          {queue.rows.length === 0 ? (
            <p className="card empty">
              {filtered ? t("sdReview.queue.emptyFiltered") : t("sdReview.queue.empty")}
            </p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table className="stack-table">
                <thead>
                  <tr>
                    <th scope="col">{t("sdReview.queue.item")}</th>
                    <th scope="col">{t("sdReview.queue.organization")}</th>
                    <th scope="col">{t("sdReview.field.district")}</th>
                    <th scope="col">{t("sdReview.queue.submittedAt")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.rows.map((row) => (
                    <tr key={row.revisionId}>
                      <td>
                        <span className="mono">{row.code}</span> · {t(`sd.kind.${row.kind}`)} ·{" "}
                        {row.isEdit
                          ? t("sdReview.queue.edit", { number: row.number })
                          : t("sdReview.queue.new")}
                        <br />
                        <strong>{row.title}</strong>
                        {row.conflicted ? (
                          <>
                            {" "}
                            <span className="tag">{t("sdReview.queue.conflicted")}</span>
                          </>
                        ) : null}
                      </td>
                      <td data-label={t("sdReview.queue.organization")}>{row.organizationName}</td>
                      <td data-label={t("sdReview.field.district")}>{districtLabel(row.district)}</td>
                      <td data-label={t("sdReview.queue.submittedAt")}>
                        {row.submittedAt ? dateTime(row.submittedAt) : "—"}
                      </td>
                      <td>
                        {row.conflicted ? null : (
                          <Link className="button" to={`/staff/supply-demand/review/${row.code}`}>
                            {t("sdReview.queue.open")}
                            <span className="visually-hidden"> {row.code}</span>
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {queue.total > queue.pageSize ? (
            <Pagination param="page" page={queue.page} pageSize={queue.pageSize} total={queue.total} />
          ) : null}
        </>
      )}
    </div>
  );
}
