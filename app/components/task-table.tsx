import { Link } from "@remix-run/react";
import { formatFen } from "../domain/money";
import type { TaskStatus } from "../domain/task-lifecycle";
import { useI18n } from "../i18n/use-i18n";
import { districtLabel, domainLabel, StatusBadge } from "./labels";

export interface TaskRow {
  code: string;
  title: string;
  domain: string;
  district: string;
  indicativeInvestmentFen: number;
  bidDeadline: string | Date;
  status: TaskStatus;
}

export function TaskTable({ tasks, hrefFor }: { tasks: TaskRow[]; hrefFor: (code: string) => string }) {
  const { t, locale, dateTime } = useI18n();
  if (tasks.length === 0) return <p className="card empty">{t("lists.noTasks")}</p>;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("task.code")}</th>
            <th scope="col">{t("task.title")}</th>
            <th scope="col">{t("task.domain")}</th>
            <th scope="col">{t("task.district")}</th>
            <th scope="col" className="num">
              {t("task.indicativeInvestment")}
            </th>
            <th scope="col">{t("task.bidDeadline")}</th>
            <th scope="col">{t("task.status")}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.code}>
              <td className="mono nowrap">{task.code}</td>
              <td>
                <Link to={hrefFor(task.code)}>{task.title}</Link>
              </td>
              <td className="nowrap">{domainLabel(task.domain, locale)}</td>
              <td>{districtLabel(task.district, locale)}</td>
              <td className="num nowrap">{formatFen(task.indicativeInvestmentFen)}</td>
              <td className="nowrap">{dateTime(task.bidDeadline)}</td>
              <td>
                <StatusBadge status={task.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
