import { type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { TaskForm } from "../components/task-form";
import { useI18n } from "../i18n/use-i18n";
import { newTaskPageLoader, newTaskPageAction } from "../server/catalog/list-pages.server";

export const meta: MetaFunction = () => [{ title: "新增任务 · New task — 揭榜 Jiebang" }];

export const loader = newTaskPageLoader;
export const action = newTaskPageAction;

export default function NewTask() {
  const { t } = useI18n();
  const { list } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>()?.result;
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
