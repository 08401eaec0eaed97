import { Link } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { DemoBadge } from "./labels";

export interface ListRow {
  id: number;
  year: number;
  kind: "scenario" | "supply_demand";
  title: string;
  status: "draft" | "published" | "closed";
  policyCode: string;
  policyIsDemo: boolean;
  taskCount: number | null;
}

/** Lists with year, kind, policy, status and task count; the public and staff pages differ only in links. */
export function ListTable({ lists, hrefFor }: { lists: ListRow[]; hrefFor: (id: number) => string }) {
  const { t } = useI18n();
  if (lists.length === 0) return <p className="card empty">{t("lists.empty")}</p>;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("lists.year")}</th>
            <th scope="col">{t("list.titleField")}</th>
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
                <Link to={hrefFor(list.id)}>{list.title}</Link>
              </td>
              <td>{t(`kind.${list.kind}`)}</td>
              <td className="mono">
                {list.policyCode} {list.policyIsDemo ? <DemoBadge /> : null}
              </td>
              <td>{t(`listStatus.${list.status}`)}</td>
              <td className="num">{list.taskCount ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
