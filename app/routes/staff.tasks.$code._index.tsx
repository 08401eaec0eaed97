import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps, useForm } from "@conform-to/react";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextAreaField } from "../components/forms";
import { SdTaskSource } from "../components/sd-task-source";
import { TaskDetail } from "../components/task-detail";
import { transition } from "../domain/task-lifecycle";
import { cancelTaskSchema } from "../forms/catalog";
import { useI18n } from "../i18n/use-i18n";
import { staffTaskPageLoader, staffTaskPageAction } from "../server/catalog/task-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.task.code ?? ""} — 揭榜 Jiebang` },
];

export const loader = staffTaskPageLoader;
export const action = staffTaskPageAction;

export default function StaffTask() {
  const { t } = useI18n();
  const { task, now, source } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "cancel",
    lastResult: actionData?.intent === "cancel" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cancelTaskSchema }),
  });
  const isDraft = task.storedStatus === "draft";
  const canCancel = transition(task.storedStatus, "cancel").ok;
  return (
    <div className="stack">
      <p className="task-meta no-print">
        <Link to={`/staff/lists/${task.listId}`}>{task.listTitle}</Link>
      </p>
      <SdTaskSource source={source} />
      {isDraft ? <p className="alert alert-ok no-print">{t("staff.previewNote")}</p> : null}
      <section className="card no-print" aria-labelledby="task-actions">
        <h2 id="task-actions">{t("staff.taskActions")}</h2>
        {actionData?.formError ? <FormErrors id="action-error" errors={[actionData.formError]} /> : null}
        <div className="toolbar">
          {!isDraft ? (
            <Link className="button" to={`/staff/tasks/${task.code}/bids`}>
              {t("review.open")}
            </Link>
          ) : null}
          {isDraft ? (
            <>
              <Link className="button" to={`/staff/tasks/${task.code}/edit`}>
                {t("common.edit")}
              </Link>
              {task.listStatus === "published" ? (
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="publish" />
                  <SubmitButton>{t("staff.publishTask")}</SubmitButton>
                </Form>
              ) : null}
            </>
          ) : null}
        </div>
        {canCancel ? (
          <Form method="post" {...getFormProps(form)}>
            <h3>{t("staff.cancelTask")}</h3>
            <p className="hint">{t("staff.cancelTaskLead")}</p>
            <CsrfInput />
            <TextAreaField field={fields.reason} label={t("task.cancelReason")} rows={3} />
            <SubmitButton>{t("staff.cancelTask")}</SubmitButton>
          </Form>
        ) : null}
      </section>
      <TaskDetail task={task} now={now} />
    </div>
  );
}
