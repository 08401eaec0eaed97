import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { staffProjects } from "../server/assessment/views.server";
import { requireStaff } from "../server/identity/auth.server";

export const meta: MetaFunction = () => [{ title: "项目与评估 Projects — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { projects: await staffProjects() };
}

export default function StaffProjects() {
  const { projects } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="stack">
      <h1>{t("project.all")}</h1>
      {projects.length === 0 ? <p className="empty">{t("project.none")}</p> : null}
      {projects.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("bid.task")}</th>
                <th scope="col">{t("bid.lead")}</th>
                <th scope="col">{t("bid.memberStatus")}</th>
                <th scope="col" className="num">
                  {t("project.submittedAssessments")}
                </th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id}>
                  <td>
                    <span className="mono">{p.taskCode}</span> {p.taskTitle}
                  </td>
                  <td>{p.leadOrgName}</td>
                  <td>{t(`project.status.${p.status}`)}</td>
                  <td className="num">{p.submittedAssessments}</td>
                  <td>
                    <Link className="button" to={`/staff/projects/${p.id}`}>
                      {t("project.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
