import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton } from "../components/forms";
import { ImportPanel } from "../components/import-panel";
import type { ImportResult } from "../forms/import";
import { DemoBadge } from "../components/labels";
import { ListForm } from "../components/list-form";
import { TaskTable } from "../components/task-table";
import { listSchema } from "../forms/catalog";
import { useI18n } from "../i18n/use-i18n";
import { requireStaff, requireStaffActor } from "../server/identity/auth.server";
import { publishList, updateList } from "../server/catalog/lists.server";
import { importUploadedWorkbook } from "../server/catalog/import.server";
import { idParam } from "../server/platform/params.server";
import { staffListDetail, staffPolicies } from "../server/catalog/staff-catalog.server";
import { notFound } from "../server/platform/http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.list.title ?? ""} — 榜单管理 — 揭榜 Jiebang` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const detail = await staffListDetail(idParam(params.id));
  if (!detail) throw notFound();
  return { ...detail, policies: await staffPolicies() };
}

type ActionData =
  | { intent: "settings"; result: SubmissionResult<string[]> }
  | { intent: "publish"; error: string | null; opened: number | null }
  | { intent: "import"; import: ImportResult };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const listId = idParam(params.id);
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    const result = await importUploadedWorkbook(actor, listId, request);
    return data<ActionData>({ intent: "import", import: result }, { status: result.ok ? 200 : 400 });
  }
  const formData = await request.formData();
  if (formData.get("intent") === "publish") {
    const outcome = await publishList(actor, listId);
    return data<ActionData>(
      {
        intent: "publish",
        error: outcome.ok ? null : (outcome.formError ?? null),
        opened: outcome.ok ? outcome.value.opened : null,
      },
      { status: outcome.ok ? 200 : 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: listSchema });
  if (submission.status !== "success")
    return data<ActionData>({ intent: "settings", result: submission.reply() }, { status: 400 });
  const outcome = await updateList(actor, listId, submission.value);
  if (!outcome.ok) {
    const result = submission.reply({
      fieldErrors: outcome.fieldErrors,
      formErrors: outcome.formError ? [outcome.formError] : undefined,
    });
    return data<ActionData>({ intent: "settings", result }, { status: 400 });
  }
  return data<ActionData>({ intent: "settings", result: submission.reply() });
}

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
          {actionData?.intent === "publish" && actionData.error ? (
            <FormErrors id="publish-error" errors={[actionData.error]} />
          ) : null}
          <CsrfInput />
          <input type="hidden" name="intent" value="publish" />
          <SubmitButton>{t("list.publish")}</SubmitButton>
        </Form>
      ) : actionData?.intent === "publish" && actionData.opened !== null ? (
        <p role="status" className="alert alert-ok">
          {t("list.published", { count: actionData.opened })}
        </p>
      ) : null}

      <h2>
        {t("lists.tasks")}: {tasks.length}
      </h2>
      <TaskTable tasks={tasks} hrefFor={(code) => `/staff/tasks/${code}`} />

      {isDraft ? (
        <ImportPanel
          listId={list.id}
          initialResult={actionData?.intent === "import" ? actionData.import : null}
        />
      ) : null}

      {isDraft ? (
        <>
          <h2>{t("list.settings")}</h2>
          {actionData?.intent === "settings" && actionData.result.status === "success" ? (
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
