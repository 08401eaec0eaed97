import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps, useForm } from "@conform-to/react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextAreaField } from "../components/forms";
import { TaskDetail } from "../components/task-detail";
import { transition } from "../domain/task-lifecycle";
import { cancelTaskSchema } from "../forms/catalog";
import { useI18n } from "../i18n/use-i18n";
import { requireStaff, requireStaffActor } from "../server/identity/auth.server";
import { cancelTask, publishTask } from "../server/catalog/tasks.server";
import { staffTask } from "../server/catalog/staff-catalog.server";
import { notFound } from "../server/platform/http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.task.code ?? ""} — 揭榜 Jiebang` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const now = new Date();
  const task = await staffTask(params.code ?? "", now);
  if (!task) throw notFound();
  return { task, now: now.toISOString() };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const code = (params.code ?? "").toUpperCase();
  const formData = await request.formData();
  if (formData.get("intent") === "publish") {
    const outcome = await publishTask(actor, code);
    return data(
      {
        intent: "publish" as const,
        error: outcome.ok ? null : (outcome.formError ?? null),
        result: undefined,
      },
      { status: outcome.ok ? 200 : 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: cancelTaskSchema });
  if (submission.status !== "success")
    return data({ intent: "cancel" as const, error: null, result: submission.reply() }, { status: 400 });
  const outcome = await cancelTask(actor, code, submission.value.reason);
  if (!outcome.ok) {
    return data(
      { intent: "cancel" as const, error: outcome.formError ?? null, result: submission.reply() },
      { status: 400 },
    );
  }
  return { intent: "cancel" as const, error: null, result: submission.reply({ resetForm: true }) };
}

export default function StaffTask() {
  const { t } = useI18n();
  const { task, now } = useLoaderData<typeof loader>();
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
      {isDraft ? <p className="alert alert-ok no-print">{t("staff.previewNote")}</p> : null}
      <section className="card no-print" aria-labelledby="task-actions">
        <h2 id="task-actions">{t("staff.taskActions")}</h2>
        {actionData?.error ? <FormErrors id="action-error" errors={[actionData.error]} /> : null}
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
