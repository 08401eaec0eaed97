import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { myProjects } from "../server/assessment/views.server";
import { requireUser } from "../server/identity/auth.server";

export const meta: MetaFunction = () => [{ title: "我的项目 My projects — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { projects: await myProjects(user) };
}

export default function MyProjects() {
  const { projects } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="stack">
      <h1>{t("project.mine")}</h1>
      <p className="lead">{t("project.mineLead")}</p>
      {projects.length === 0 ? <p className="empty">{t("project.none")}</p> : null}
      {projects.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("bid.task")}</th>
                <th scope="col">{t("bid.lead")}</th>
                <th scope="col">{t("bid.memberStatus")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => (
                <tr key={project.id}>
                  <td>
                    <span className="mono">{project.taskCode}</span> {project.taskTitle}
                  </td>
                  <td>{project.leadOrgName}</td>
                  <td>{t(`project.status.${project.status}`)}</td>
                  <td>
                    <Link className="button" to={`/projects/${project.id}`}>
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
