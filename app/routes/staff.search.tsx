import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, SubmitButton } from "../components/forms";
import { useI18n } from "../i18n/use-i18n";
import { appendStaffAudit, requireStaff, requireStaffActor } from "../server/identity/auth.server";
import { checkHealth } from "../server/platform/health.server";
import { rebuildSearchIndex } from "../server/catalog/search-admin.server";

export const meta: MetaFunction = () => [{ title: "搜索索引 · Search index — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { health: await checkHealth() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const result = await rebuildSearchIndex();
  await appendStaffAudit(actor, "search.reindex", "index", "tasks", result);
  return result;
}

export default function SearchAdmin() {
  const { t } = useI18n();
  const { health } = useLoaderData<typeof loader>();
  const rebuilt = useActionData<typeof action>();
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
