import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { formatFen } from "../domain/money";
import type { TaskStatus } from "../domain/task-lifecycle";
import { daysUntil } from "../domain/time";
import { useI18n } from "../i18n/use-i18n";
import { districtLabel, domainLabel, StatusBadge } from "./labels";
import { RichText } from "./rich-text";

export interface TaskDetailData {
  code: string;
  title: string;
  domain: string;
  demandUnit: string;
  district: string;
  scenarioNeed: string;
  goals: string;
  eligibility: string;
  indicativeInvestmentFen: number;
  bidDeadline: string | Date;
  maxWinners: number;
  contactName: string;
  contactPhone: string;
  status: TaskStatus;
  cancelReason: string | null;
  year: number;
  listId: number;
  listTitle: string;
  policyCode: string;
  policyRateBp: number;
  policyCapFen: number;
  indicators: { name: string; target: string; measurement: string; weight: number; veto: boolean }[];
}

/** Every field of a task, as the public and staff (preview) see it; prints cleanly. */
export function TaskDetail({
  task,
  now,
  actions,
}: {
  task: TaskDetailData;
  now: string;
  actions?: ReactNode;
}) {
  const { t, locale, dateTime } = useI18n();
  const deadline = new Date(task.bidDeadline);
  const days = daysUntil(deadline, new Date(now));
  return (
    <article className="task-detail">
      <header className="task-header">
        <p className="task-meta">
          <span className="mono">{task.code}</span> · {domainLabel(task.domain, locale)} ·{" "}
          <StatusBadge status={task.status} />
        </p>
        <h1>{task.title}</h1>
        {task.status === "published" ? (
          <p className="deadline-callout">
            {days > 0 ? t("task.daysLeft", { days }) : t("task.dueToday")} — {t("task.bidDeadline")}{" "}
            {dateTime(deadline)}
          </p>
        ) : null}
        {task.status === "cancelled" && task.cancelReason ? (
          <p className="alert alert-error">
            {t("task.cancelReason")}: {task.cancelReason}
          </p>
        ) : null}
        {actions}
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t("common.print")}
        </button>
      </header>
      <dl className="facts">
        <div>
          <dt>{t("task.demandUnit")}</dt>
          <dd>{task.demandUnit}</dd>
        </div>
        <div>
          <dt>{t("task.district")}</dt>
          <dd>{districtLabel(task.district, locale)}</dd>
        </div>
        <div>
          <dt>{t("task.indicativeInvestment")}</dt>
          <dd>{formatFen(task.indicativeInvestmentFen)}</dd>
        </div>
        <div>
          <dt>{t("task.bidDeadline")}</dt>
          <dd>
            {dateTime(deadline)} <small>({t("task.bidDeadlineHint")})</small>
          </dd>
        </div>
        <div>
          <dt>{t("task.maxWinners")}</dt>
          <dd>{task.maxWinners}</dd>
        </div>
        <div>
          <dt>{t("task.contact")}</dt>
          <dd>
            {task.contactName} · {task.contactPhone}
          </dd>
        </div>
        <div>
          <dt>{t("task.list")}</dt>
          <dd>
            <Link to={`/lists/${task.listId}`}>{task.listTitle}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("task.policy")}</dt>
          <dd className="mono">{task.policyCode}</dd>
        </div>
      </dl>
      <section>
        <h2>{t("task.scenarioNeed")}</h2>
        <RichText text={task.scenarioNeed} />
      </section>
      <section>
        <h2>{t("task.goals")}</h2>
        <RichText text={task.goals} />
      </section>
      <section>
        <h2>{t("task.indicators")}</h2>
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("indicator.name")}</th>
                <th scope="col">{t("indicator.target")}</th>
                <th scope="col">{t("indicator.measurement")}</th>
                <th scope="col">{t("indicator.weight")}</th>
                <th scope="col">{t("indicator.veto")}</th>
              </tr>
            </thead>
            <tbody>
              {task.indicators.map((indicator, index) => (
                <tr key={index}>
                  <td>{indicator.name}</td>
                  <td>{indicator.target}</td>
                  <td>{indicator.measurement}</td>
                  <td>{indicator.weight}</td>
                  <td>{indicator.veto ? t("common.yes") : t("common.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section>
        <h2>{t("task.eligibility")}</h2>
        <RichText text={task.eligibility} />
      </section>
      <section className="card">
        <h2>{t("task.award")}</h2>
        <p>{t("task.awardText", { rate: task.policyRateBp / 100, cap: formatFen(task.policyCapFen) })}</p>
      </section>
    </article>
  );
}
