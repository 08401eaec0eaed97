import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DemoBadge } from "../components/labels";
import { TaskTable } from "../components/task-table";
import { useI18n } from "../i18n/use-i18n";
import { idParam } from "../server/platform/params.server";
import { publicList } from "../server/catalog/public-catalog.server";
import { notFound } from "../server/platform/http.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await publicList(idParam(params.id));
  if (!found) throw notFound();
  return found;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.list.title ?? "榜单"} — 揭榜 Jiebang` },
];

export default function ListPage() {
  const { t } = useI18n();
  const { list, tasks } = useLoaderData<typeof loader>();
  return (
    <section>
      <p className="task-meta">
        {list.year} · {t(list.kind === "scenario" ? "kind.scenario" : "kind.supply_demand")} ·{" "}
        <span className="mono">{list.policyCode}</span> {list.policyIsDemo ? <DemoBadge /> : null}
      </p>
      <h1>{list.title}</h1>
      <div className="actions no-print">
        <a className="button" href={`/lists/${list.id}/export.xlsx`} download>
          {t("lists.exportXlsx")}
        </a>
        <a className="button" href={`/lists/${list.id}/export.csv`} download>
          {t("lists.exportCsv")}
        </a>
      </div>
      <h2>
        {t("lists.tasks")}: {tasks.length}
      </h2>
      <TaskTable tasks={tasks} hrefFor={(code) => `/tasks/${code}`} />
    </section>
  );
}
