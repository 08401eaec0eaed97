import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, SubmitButton } from "../components/forms";
import { useI18n } from "../i18n/use-i18n";
import { searchAdminLoader, searchAdminAction } from "../server/catalog/search-admin-page.server";

export const meta: MetaFunction = () => [{ title: "搜索索引 · Search index — 揭榜 Jiebang" }];

export const loader = searchAdminLoader;
export const action = searchAdminAction;

export default function SearchAdmin() {
  const { t } = useI18n();
  const { health } = useLoaderData<typeof loader>();
  const rebuilt = useActionData<typeof action>()?.value;
  return (
    <section className="stack form-card">
      <h1>{t("searchAdmin.title")}</h1>
      <dl className="card">
        <dt>{t("searchAdmin.engine")}</dt>
        <dd className="mono">{health.searchEngine}</dd>
        <dt>{t("searchAdmin.health")}</dt>
        <dd className="mono">{health.search}</dd>
        <dt>{t("searchAdmin.pending")}</dt>
        <dd>
          {health.outbox
            ? t("searchAdmin.lag", {
                pending: health.outbox.pending,
                seconds: health.outbox.oldestPendingSeconds,
              })
            : "—"}
        </dd>
      </dl>
      <Form method="post" className="card">
        <p className="hint">{t("searchAdmin.lead")}</p>
        {rebuilt ? (
          <p role="status" className="alert alert-ok">
            {t("searchAdmin.done", { count: rebuilt.count, ms: rebuilt.ms })}
          </p>
        ) : null}
        <CsrfInput />
        <SubmitButton>{t("searchAdmin.rebuild")}</SubmitButton>
      </Form>
    </section>
  );
}
