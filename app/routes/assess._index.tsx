import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { myAssessments } from "../server/assessment/views.server";
import { requireUser } from "../server/identity/auth.server";

export const meta: MetaFunction = () => [{ title: "评审任务 My assessments — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { assessments: await myAssessments(user) };
}

export default function MyAssessments() {
  const { assessments } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <div className="stack">
      <h1>{t("assess.title")}</h1>
      {assessments.length === 0 ? <p className="empty">{t("assess.none")}</p> : null}
      {assessments.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("bid.task")}</th>
                <th scope="col">{t("bid.memberStatus")}</th>
                <th scope="col">{t("bid.updatedAt")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <span className="mono">{a.taskCode}</span> {a.taskTitle}
                  </td>
                  <td>{t(`assess.status.${a.status}`)}</td>
                  <td className="nowrap">{dateTime(a.submittedAt ?? a.assignedAt)}</td>
                  <td>
                    <Link className="button" to={`/assess/${a.id}`}>
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
