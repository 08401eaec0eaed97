import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { TaskForm } from "../components/task-form";
import { fenToYuanString } from "../domain/money";
import { utcToShanghaiLocal } from "../domain/time";
import { useI18n } from "../i18n/use-i18n";
import { requireStaff, requireStaffActor } from "../server/identity/auth.server";
import { updateTask } from "../server/catalog/tasks.server";
import { staffTask } from "../server/catalog/staff-catalog.server";
import { handleTaskForm } from "../server/catalog/task-form.server";
import { notFound } from "../server/platform/http.server";

export const meta: MetaFunction = () => [{ title: "编辑任务 · Edit task — 揭榜 Jiebang" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const task = await staffTask(params.code ?? "");
  if (!task) throw notFound();
  if (task.storedStatus !== "draft") throw redirect(`/staff/tasks/${task.code}`);
  return { task };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const code = (params.code ?? "").toUpperCase();
  return handleTaskForm(request, (input) => updateTask(actor, code, input));
}

export default function EditTask() {
  const { t } = useI18n();
  const { task } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
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
