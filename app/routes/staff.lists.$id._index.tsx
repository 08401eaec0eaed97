import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton } from "../components/forms";
import { ImportPanel } from "../components/import-panel";
import { DemoBadge } from "../components/labels";
import { ListForm } from "../components/list-form";
import { TaskTable } from "../components/task-table";
import { useI18n } from "../i18n/use-i18n";
import { listPageLoader, listPageAction } from "../server/catalog/list-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.list.title ?? ""} — 榜单管理 — 揭榜 Jiebang` },
];

export const loader = listPageLoader;
export const action = listPageAction;

export default function StaffListDetail() {
  const { t } = useI18n();
  const { list, tasks, policies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const isDraft = list.status === "draft";
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/staff/lists">{t("list.manage")}</Link> · {list.year} · {t(`kind.${list.kind}`)} ·{" "}
        <span className="mono">{list.policyCode}</span> {list.policyIsDemo ? <DemoBadge /> : null} ·{" "}
        {t(`listStatus.${list.status}`)}
      </p>
      <h1>{list.title}</h1>
      <div className="toolbar">
        {list.status !== "closed" ? (
          <Link className="button button-primary" to={`/staff/lists/${list.id}/tasks/new`}>
            {t("list.addTask")}
          </Link>
        ) : null}
        {!isDraft ? (
          <>
            <Link className="button" to={`/lists/${list.id}`}>
              {t("list.preview")}
            </Link>
            <a className="button" href={`/lists/${list.id}/export.xlsx`} download>
              {t("lists.exportXlsx")}
            </a>
            <a className="button" href={`/lists/${list.id}/export.csv`} download>
              {t("lists.exportCsv")}
            </a>
          </>
        ) : null}
      </div>

      {isDraft ? (
        <Form method="post" className="card">
          <h2>{t("list.publish")}</h2>
          <p className="hint">{t("list.publishLead")}</p>
          {actionData?.intent === "publish" && actionData.formError ? (
            <FormErrors id="publish-error" errors={[actionData.formError]} />
          ) : null}
          <CsrfInput />
          <input type="hidden" name="intent" value="publish" />
          <SubmitButton>{t("list.publish")}</SubmitButton>
        </Form>
      ) : actionData?.intent === "publish" && actionData.value ? (
        <p role="status" className="alert alert-ok">
          {t("list.published", { count: actionData.value.opened })}
        </p>
      ) : null}

      <h2>
        {t("lists.tasks")}: {tasks.length}
      </h2>
      <TaskTable tasks={tasks} hrefFor={(code) => `/staff/tasks/${code}`} />

      {isDraft ? (
        <ImportPanel
          listId={list.id}
          initialResult={actionData?.intent === "import" ? actionData.value : null}
        />
      ) : null}

      {isDraft ? (
        <>
          <h2>{t("list.settings")}</h2>
          {actionData?.intent === "settings" && actionData.ok ? (
            <p role="status" className="alert alert-ok">
              {t("list.saved")}
            </p>
          ) : null}
          <ListForm
            lastResult={actionData?.intent === "settings" ? actionData.result : undefined}
            policies={policies}
            intent="settings"
            defaultValue={{
              title: list.title,
              year: String(list.year),
              kind: list.kind,
              policyCode: list.policyCode,
              noticeDays: String(list.noticeDays),
              maxBidsPerOrg: String(list.maxBidsPerOrg),
              maxConsortiumMembers: String(list.maxConsortiumMembers),
            }}
            submitLabel={t("common.save")}
          />
        </>
      ) : null}
    </section>
  );
}
