import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "../components/forms";
import { batchName } from "../domain/sd-list";
import { useI18n } from "../i18n/use-i18n";
import { batchesPageAction, batchesPageLoader } from "../server/supply-demand/list/staff-pages.server";

export const meta: MetaFunction = () => [{ title: "清单批次 · List batches — 揭榜 Jiebang" }];

export const loader = batchesPageLoader;
export const action = batchesPageAction;

export default function StaffSdBatches() {
  const { t, locale } = useI18n();
  const { year, years, batches } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const hasDraft = batches.some((b) => b.status === "draft");
  return (
    <section className="stack">
      <h1>{t("sdList.staff.title")}</h1>
      <p className="lead">{t("sdList.staff.lead")}</p>
      <Form method="get" className="inline-fields">
        <label htmlFor="batch-year">{t("sdList.staff.year")}</label>
        <select id="batch-year" name="year" defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t("sdList.staff.show")}
        </button>
      </Form>

      <h2>{t("sdList.staff.batchesOf", { year })}</h2>
      {batches.length === 0 ? (
        <p className="card empty">{t("sdList.staff.noBatches")}</p>
      ) : (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t("sdList.staff.batchesOf", { year })}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{t("sdList.staff.batch")}</th>
                <th scope="col">{t("sdList.staff.status")}</th>
                <th scope="col" className="num">
                  {t("sdList.staff.items")}
                </th>
                <th scope="col">{t("sdList.staff.composer")}</th>
                <th scope="col">{t("sdList.staff.publisher")}</th>
                <th scope="col">{t("sdList.staff.publishedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <td>
                    <Link to={`/staff/supply-demand/batches/${batch.id}`}>
                      {batchName(batch.number, locale)}
                    </Link>
                  </td>
                  <td>{t(`sdList.batchStatus.${batch.status}`)}</td>
                  <td className="num">{batch.itemCount}</td>
                  <td>{batch.composerName}</td>
                  <td>{batch.publisherName ?? "—"}</td>
                  <td className="nowrap">{batch.publishedOn ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Form method="post" className="card">
        <h2>{t("sdList.staff.newBatch")}</h2>
        <p className="hint">
          {hasDraft ? t("sdList.staff.draftOpen") : t("sdList.staff.newBatchLead", { year })}
        </p>
        {reply?.formError ? <FormErrors id="create-error" errors={[reply.formError]} /> : null}
        <FieldErrors id="create-year-error" errors={reply?.fieldErrors?.year} />
        <CsrfInput />
        <input type="hidden" name="year" value={year} />
        <SubmitButton>{t("sdList.staff.create", { year })}</SubmitButton>
      </Form>
      <p>
        <Link to="/supply-demand/lists">{t("sdList.staff.publicLink")}</Link>
      </p>
    </section>
  );
}
