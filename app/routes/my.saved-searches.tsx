import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors } from "../components/forms";
import type { MessageKey } from "../i18n/messages";
import { useI18n } from "../i18n/use-i18n";
import {
  savedSearchesAction,
  savedSearchesLoader,
} from "../server/supply-demand/items/saved-searches-page.server";

export const loader = savedSearchesLoader;
export const action = savedSearchesAction;

export const meta: MetaFunction = () => [{ title: "我的订阅 Saved searches — 揭榜 Jiebang" }];

const FILTER_NAMES = ["kind", "year", "category", "domain", "district", "budgetBand", "status"] as const;
const LABEL_PREFIX: Partial<Record<(typeof FILTER_NAMES)[number], string>> = {
  kind: "sd.kind",
  category: "sd.category",
  domain: "sd.domain",
  budgetBand: "sd.budgetBand",
  status: "sd.status",
};

/** The saved query in words: the text and each filter's values by their labels. */
function useDescribe() {
  const { t } = useI18n();
  return (q: string, filters: Record<string, string[] | undefined>) => {
    const parts: string[] = [];
    if (q) parts.push(`“${q}”`);
    for (const name of FILTER_NAMES) {
      const values = filters[name];
      if (!values?.length) continue;
      const prefix = LABEL_PREFIX[name];
      const labels = values.map((value) =>
        prefix ? t(`${prefix}.${value}` as MessageKey) : value === "全市" ? t("sd.cityWide") : value,
      );
      parts.push(`${t(`sdSaved.filter.${name}`)}${t("common.colon")}${labels.join(" / ")}`);
    }
    return parts.length ? parts.join("；") : t("sdSaved.anyQuery");
  };
}

export default function SavedSearches() {
  const { hasOrganization, searches } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, dateTime } = useI18n();
  const describe = useDescribe();
  const pending = actionData && "pending" in actionData ? actionData.pending : null;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/my/supply-demand">{t("sdMy.title")}</Link>
      </p>
      <h1>{t("sdSaved.title")}</h1>
      <p className="lead">{t("sdSaved.lead")}</p>
      {params.get("saved") && !actionData ? (
        <p className="alert alert-ok" role="status">
          {t("sdSaved.saved")}
        </p>
      ) : null}
      {actionData?.intent === "delete" && actionData.ok ? (
        <p className="alert alert-ok" role="status">
          {t("sdSaved.deleted")}
        </p>
      ) : null}
      {actionData && !actionData.ok && actionData.formError && !pending ? (
        <FormErrors id="saved-error" errors={[actionData.formError]} />
      ) : null}
      {pending ? (
        <section className="card" aria-labelledby="retry">
          <h2 id="retry">{t("sdSaved.retry")}</h2>
          {actionData?.formError ? <FormErrors id="create-error" errors={[actionData.formError]} /> : null}
          <p>
            {t("sdSaved.query")}
            {t("common.colon")}
            <Link to={pending.link}>{describe(pending.q, pending.filters)}</Link>
          </p>
          <Form method="post" className="inline-form">
            <CsrfInput />
            <input type="hidden" name="intent" value="create" />
            {pending.q ? <input type="hidden" name="q" value={pending.q} /> : null}
            {Object.entries(pending.filters).flatMap(([name, values]) =>
              (values ?? []).map((value) => (
                <input key={name + value} type="hidden" name={name} value={value} />
              )),
            )}
            <div className="field">
              <label htmlFor="saved-name">{t("sdSaved.name")}</label>
              <input
                id="saved-name"
                name="name"
                defaultValue={pending.name}
                maxLength={60}
                required
                aria-invalid={actionData?.fieldErrors?.name ? true : undefined}
                aria-describedby={actionData?.fieldErrors?.name ? "saved-name-error" : undefined}
              />
              <FieldErrors id="saved-name-error" errors={actionData?.fieldErrors?.name} />
            </div>
            <button type="submit" className="button button-primary">
              {t("sdSaved.save")}
            </button>
          </Form>
        </section>
      ) : null}
      {!hasOrganization ? (
        <p className="empty">{t("sdSaved.noOrg")}</p>
      ) : searches.length === 0 ? (
        <p className="empty">
          {t("sdSaved.none")} <Link to="/supply-demand">{t("sdSaved.search")}</Link>
        </p>
      ) : (
        <div className="table-wrap sd-table-wrap" tabIndex={0} role="region" aria-label={t("sdSaved.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("sdSaved.name")}</th>
                <th scope="col">{t("sdSaved.query")}</th>
                <th scope="col">{t("sdSaved.by")}</th>
                <th scope="col">{t("sdSaved.lastDigest")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {searches.map((search) => (
                <tr key={search.id}>
                  <td>{search.name}</td>
                  <td>{describe(search.q, search.filters)}</td>
                  <td>{search.userName}</td>
                  <td className="nowrap">{dateTime(search.lastDigestAt)}</td>
                  <td>
                    <div className="toolbar">
                      <Link className="button" to={search.link}>
                        {t("sdSaved.open")}
                        <span className="visually-hidden"> {search.name}</span>
                      </Link>
                      <Form method="post" className="inline-form">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="delete" />
                        <input type="hidden" name="id" value={search.id} />
                        <button type="submit" className="button button-quiet">
                          {t("sdSaved.delete")}
                          <span className="visually-hidden"> {search.name}</span>
                        </button>
                      </Form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
