import { type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { domainLabel } from "../components/labels";
import { SdDashboard } from "../components/sd-dashboard";
import { MmDashboard } from "../components/mm-registration";
import { useI18n } from "../i18n/use-i18n";
import { dashboardLoader } from "../server/dashboard/dashboard-page.server";

export const meta: MetaFunction = () => [{ title: "我的工作台 · My dashboard — 揭榜 Jiebang" }];

export const loader = dashboardLoader;

export default function Dashboard() {
  const { t, locale, dateTime } = useI18n();
  const { name, organizationName, organization, assessments, isStaff, unread, supplyDemand, conference } =
    useLoaderData<typeof loader>();
  const nothingElse = !organization && !assessments && !isStaff;
  return (
    <section className="stack dashboard">
      <h1>{t("dashboard.title")}</h1>
      <p className="lead">
        {organizationName
          ? t("dashboard.greetingOrg", { name, organization: organizationName })
          : t("dashboard.greeting", { name })}
      </p>

      <article className="card">
        <h2>{t("dashboard.todo")}</h2>
        <ul className="dashboard-todo">
          <li>
            <Link to="/notifications">
              {unread > 0 ? t("notifications.unreadSummary", { count: unread }) : t("notifications.allRead")}
            </Link>
          </li>
          {organization?.invitations.map((bid) => (
            <li key={`invitation-${bid.id}`}>
              <Link to={`/bids/${bid.id}`}>
                {t("dashboard.answerInvitation", { organization: bid.leadOrgName, task: bid.taskTitle })}
              </Link>
            </li>
          ))}
          {organization?.reports.map((project) => (
            <li key={`report-${project.id}`}>
              <Link to={`/projects/${project.id}`}>
                {t("dashboard.submitReport", { task: project.taskTitle })}
              </Link>
            </li>
          ))}
          {assessments?.map((a) => (
            <li key={`assessment-${a.id}`}>
              <Link to={`/assess/${a.id}`}>
                {t("dashboard.assessment", { task: a.taskTitle })} · {t(`assess.status.${a.status}`)}
              </Link>
            </li>
          ))}
        </ul>
        {organization &&
        !organization.invitations.length &&
        !organization.reports.length &&
        !assessments?.length ? (
          <p className="empty">{t("dashboard.noTodo")}</p>
        ) : null}
      </article>

      {organization ? (
        <>
          <article className="card">
            <h2>{t("nav.bids")}</h2>
            {organization.bids.length === 0 ? (
              <p className="empty">
                {t("dashboard.noBids")} <Link to="/tasks">{t("nav.search")}</Link>
              </p>
            ) : (
              <ul className="dashboard-list">
                {organization.bids.map((bid) => (
                  <li key={bid.id}>
                    <Link to={`/bids/${bid.id}`}>{bid.taskTitle}</Link>{" "}
                    <small>
                      <span className="mono">{bid.taskCode}</span> · {t(`bid.status.${bid.status}`)} ·{" "}
                      {t("bid.deadline")} {dateTime(bid.bidDeadline)}
                    </small>
                  </li>
                ))}
              </ul>
            )}
          </article>
          <article className="card">
            <h2>
              {organization.inOwnDomains ? t("dashboard.openTasksInDomains") : t("dashboard.openTasks")}
            </h2>
            {organization.openTasks.length === 0 ? (
              <p className="empty">{t("dashboard.noOpenTasks")}</p>
            ) : (
              <ul className="dashboard-list">
                {organization.openTasks.map((task) => (
                  <li key={task.code}>
                    <Link to={`/tasks/${task.code}`}>{task.title}</Link>{" "}
                    <small>
                      <span className="mono">{task.code}</span> · {domainLabel(task.domain, locale)} ·{" "}
                      {t("bid.deadline")} {dateTime(task.bidDeadline)}
                    </small>
                  </li>
                ))}
              </ul>
            )}
          </article>
        </>
      ) : null}

      {supplyDemand ? <SdDashboard section={supplyDemand} /> : null}
      {conference ? <MmDashboard section={conference} /> : null}

      {isStaff ? (
        <article className="card">
          <h2>{t("dashboard.staffQueues")}</h2>
          <ul className="dashboard-list">
            <li>
              <Link to="/staff/lists">{t("dashboard.staff.lists")}</Link>
            </li>
            <li>
              <Link to="/staff/projects">{t("dashboard.staff.projects")}</Link>
            </li>
            <li>
              <Link to="/staff">{t("dashboard.staff.organizations")}</Link>
            </li>
            <li>
              <Link to="/staff/search">{t("staff.search")}</Link>
            </li>
          </ul>
        </article>
      ) : null}

      {nothingElse ? (
        <p className="empty card">
          {t("dashboard.noOrganization")} <Link to="/tasks">{t("nav.search")}</Link>
        </p>
      ) : null}
    </section>
  );
}
