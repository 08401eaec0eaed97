import { type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { TaskForm } from "../components/task-form";
import { fenToYuanString } from "../domain/money";
import { utcToShanghaiLocal } from "../domain/time";
import { useI18n } from "../i18n/use-i18n";
import { editTaskPageLoader, editTaskPageAction } from "../server/catalog/task-pages.server";

export const meta: MetaFunction = () => [{ title: "编辑任务 · Edit task — 揭榜 Jiebang" }];

export const loader = editTaskPageLoader;
export const action = editTaskPageAction;

export default function EditTask() {
  const { t } = useI18n();
  const { task } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>()?.result;
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to={`/staff/tasks/${task.code}`}>{task.code}</Link>
      </p>
      <h1>
        {t("common.edit")}: {task.title}
      </h1>
      <TaskForm
        lastResult={lastResult}
        submitLabel={t("common.save")}
        defaultValue={{
          code: task.code,
          title: task.title,
          domain: task.domain,
          demandUnit: task.demandUnit,
          district: task.district,
          scenarioNeed: task.scenarioNeed,
          goals: task.goals,
          eligibility: task.eligibility,
          indicativeInvestment: fenToYuanString(task.indicativeInvestmentFen),
          bidDeadline: utcToShanghaiLocal(new Date(task.bidDeadline), "T"),
          maxWinners: String(task.maxWinners),
          contactName: task.contactName,
          contactPhone: task.contactPhone,
          indicators: task.indicators.map((i) => ({
            name: i.name,
            target: i.target,
            measurement: i.measurement,
            weight: String(i.weight),
            veto: i.veto ? "on" : undefined,
          })),
        }}
      />
    </section>
  );
}
