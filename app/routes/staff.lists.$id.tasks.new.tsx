import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { TaskForm } from "../components/task-form";
import { useI18n } from "../i18n/use-i18n";
import { requireStaff, requireStaffActor } from "../server/identity/auth.server";
import { createTask } from "../server/catalog/tasks.server";
import { idParam } from "../server/platform/params.server";
import { staffListDetail } from "../server/catalog/staff-catalog.server";
import { handleTaskForm } from "../server/catalog/task-form.server";
import { notFound } from "../server/platform/http.server";

export const meta: MetaFunction = () => [{ title: "新增任务 · New task — 揭榜 Jiebang" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const detail = await staffListDetail(idParam(params.id));
  if (!detail) throw notFound();
  return { list: detail.list };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const listId = idParam(params.id);
  return handleTaskForm(request, (input) => createTask(actor, listId, input));
}

export default function NewTask() {
  const { t } = useI18n();
  const { list } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to={`/staff/lists/${list.id}`}>{list.title}</Link>
      </p>
      <h1>{t("list.addTask")}</h1>
      <TaskForm lastResult={lastResult} submitLabel={t("task.saveDraft")} />
    </section>
  );
}
