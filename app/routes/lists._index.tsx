import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DemoBadge } from "../components/labels";
import { useI18n } from "../i18n/use-i18n";
import { publicLists } from "../server/public-catalog.server";

export const meta: MetaFunction = () => [{ title: "榜单 · Lists — 揭榜 Jiebang" }];

export async function loader() {
  return { lists: await publicLists() };
}

export default function Lists() {
  const { t } = useI18n();
  const { lists } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("lists.title")}</h1>
      {lists.length === 0 ? (
        <p className="card empty">{t("lists.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("lists.year")}</th>
                <th scope="col">{t("task.title")}</th>
                <th scope="col">{t("lists.kind")}</th>
                <th scope="col">{t("lists.policy")}</th>
                <th scope="col">{t("lists.status")}</th>
                <th scope="col" className="num">
                  {t("lists.tasks")}
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => (
                <tr key={list.id}>
                  <td>{list.year}</td>
                  <td>
                    <Link to={`/lists/${list.id}`}>{list.title}</Link>
                  </td>
                  <td>{t(list.kind === "scenario" ? "kind.scenario" : "kind.supply_demand")}</td>
                  <td className="mono">
                    {list.policyCode} {list.policyIsDemo ? <DemoBadge /> : null}
                  </td>
                  <td>{t(`listStatus.${list.status}`)}</td>
                  <td className="num">{list.taskCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
