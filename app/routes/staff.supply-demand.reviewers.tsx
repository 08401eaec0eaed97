import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors } from "../components/forms";
import { useDistrictLabel } from "../components/sd-review";
import { SD_AGENCIES } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { reviewersAction, reviewersLoader } from "../server/supply-demand/review/admin-pages.server";

export const loader = reviewersLoader;
export const action = reviewersAction;

export const meta: MetaFunction = () => [{ title: "供需审核范围 Reviewer scopes — 揭榜 Jiebang" }];

export default function SdReviewers() {
  const { reviewers, districts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const districtLabel = useDistrictLabel();
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/staff/supply-demand/review">{t("sdReview.page.backToQueue")}</Link>
      </p>
      <h1>{t("sdReview.scopes.title")}</h1>
      <p className="lead">{t("sdReview.scopes.lead")}</p>
      {actionData?.ok ? (
        <p className="alert alert-ok" role="status">
          {t("sdReview.scopes.saved")}
        </p>
      ) : null}
      {actionData &&
      !actionData.ok &&
      actionData.formError &&
      !reviewers.some((r) => r.id === actionData.target) ? (
        // Refused for someone not on the list (not staff): the reason stands above the table.
        <FormErrors id="scope-error" errors={[actionData.formError]} />
      ) : null}
      {reviewers.length === 0 ? (
        <p className="card empty">{t("sdReview.scopes.empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("sdReview.scopes.name")}</th>
                <th scope="col">{t("sdReview.scopes.scope")}</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((reviewer) => {
                const refused =
                  actionData && !actionData.ok && actionData.target === reviewer.id ? actionData : undefined;
                const errors = refused?.fieldErrors?.scope;
                const id = `scope-${reviewer.id}`;
                return (
                  <tr key={reviewer.id}>
                    <td>
                      {reviewer.name}
                      <br />
                      <span className="hint">{reviewer.email}</span>
                    </td>
                    <td data-label={t("sdReview.scopes.scope")}>
                      <Form method="post" className="inline-form">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="scope" />
                        <input type="hidden" name="userId" value={reviewer.id} />
                        <label htmlFor={id} className="visually-hidden">
                          {t("sdReview.scopes.scopeOf", { name: reviewer.name })}
                        </label>
                        <select
                          id={id}
                          name="scope"
                          defaultValue={reviewer.choice}
                          aria-invalid={errors ? true : undefined}
                          aria-describedby={errors ? `${id}-error` : undefined}
                        >
                          <option value="none">{t("sdReview.scopes.none")}</option>
                          <optgroup label={t("sdReview.scopes.agencies")}>
                            {SD_AGENCIES.map((agency) => (
                              <option key={agency} value={`agency:${agency}`}>
                                {t(`sd.agency.${agency}`)}
                              </option>
                            ))}
                          </optgroup>
                          <optgroup label={t("sdReview.scopes.districts")}>
                            {districts.map((district) => (
                              <option key={district} value={`district:${district}`}>
                                {districtLabel(district)}
                              </option>
                            ))}
                          </optgroup>
                        </select>
                        <button type="submit" className="button">
                          {t("sdReview.scopes.save")}
                          <span className="visually-hidden"> {reviewer.name}</span>
                        </button>
                        <FieldErrors id={`${id}-error`} errors={errors} />
                        {refused?.formError ? (
                          <FormErrors id={`${id}-form-error`} errors={[refused.formError]} />
                        ) : null}
                      </Form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
