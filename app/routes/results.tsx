import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AwardFiguresTable } from "../components/award-figures";
import { PublicPayoutStatus } from "../components/payouts-status";
import { formatRateBp } from "../domain/award";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { publicAwards } from "../server/awards/awards.server";

export const meta: MetaFunction = () => [{ title: "奖励结果公开 · Awards — 揭榜 Jiebang" }];

export async function loader() {
  const awards = await publicAwards();
  return {
    awards: awards.map((award) => {
      // The service lists the split lead first.
      const split = award.split.map((s) => ({
        ...s,
        lead: s.role === "lead",
        paidAt: s.paidAt ? s.paidAt.toISOString() : null,
      }));
      return {
        id: award.id,
        taskCode: award.taskCode,
        taskTitle: award.taskTitle,
        leadOrgName: award.leadOrgName,
        scoreCenti: award.scoreCenti,
        passed: award.passed,
        basisFen: award.basisFen,
        rateBp: award.rateBp,
        rawFen: award.rawFen,
        capFen: award.capFen,
        cappedFen: award.cappedFen,
        otherSupportFen: award.otherSupportFen,
        payableFen: award.payableFen,
        boundBy: award.boundBy,
        explanationZh: award.explanationZh,
        explanationEn: award.explanationEn,
        approvedAt: award.approvedAt ? award.approvedAt.toISOString() : null,
        split,
      };
    }),
  };
}

type AwardView = ReturnType<typeof useLoaderData<typeof loader>>["awards"][number];

/** 7633 → "76.33", 7600 → "76.00": exact, no floating point. */
function formatScore(scoreCenti: number): string {
  return `${Math.floor(scoreCenti / 100)}.${String(scoreCenti % 100).padStart(2, "0")}`;
}

export default function Results() {
  const { t } = useI18n();
  const { awards } = useLoaderData<typeof loader>();
  return (
    <section className="stack">
      <h1>{t("results.title")}</h1>
      <p className="lead">{t("results.lead")}</p>
      {awards.length === 0 ? (
        <p className="card empty">{t("results.none")}</p>
      ) : (
        <ul className="result-list">
          {awards.map((award) => (
            <AwardCard key={award.id} award={award} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/api/v1/awards" reloadDocument>
          {t("results.json")}
        </Link>
      </p>
    </section>
  );
}

function AwardCard({ award }: { award: AwardView }) {
  const { t, locale, dateTime } = useI18n();
  const members = award.split.filter((s) => !s.lead);
  return (
    <li className="card stack" data-task={award.taskCode}>
      <p className="task-meta">
        <span className="mono">{award.taskCode}</span>
        {award.approvedAt ? (
          <>
            {" "}
            · {t("results.approvedAt")} <time dateTime={award.approvedAt}>{dateTime(award.approvedAt)}</time>
          </>
        ) : null}
      </p>
      <h2>
        <Link to={`/tasks/${award.taskCode}`}>{award.taskTitle}</Link>
      </h2>
      <dl className="facts">
        <dt>{t("results.consortium")}</dt>
        <dd>
          <strong>{award.leadOrgName}</strong>
          {t("results.roleInParens", { role: t("results.role.lead") })}
          {members.length > 0 ? (
            <>
              <br />
              {t("results.role.member")}
              {t("common.colon")}
              {members.map((m) => m.organizationName).join("、")}
            </>
          ) : null}
        </dd>
        <dt>{t("results.score")}</dt>
        <dd>
          <span className="mono">{t("results.points", { score: formatScore(award.scoreCenti) })}</span>{" "}
          <span className={`status ${award.passed ? "status-succeeded" : "status-failed"}`}>
            {t(award.passed ? "results.passed" : "results.notPassed")}
          </span>
        </dd>
        <dt>{t("results.payable")}</dt>
        <dd>
          <strong className="mono" data-payable-fen={award.payableFen}>
            {formatFen(award.payableFen)}
          </strong>
        </dd>
      </dl>
      <h3>{t("results.calculation")}</h3>
      <AwardFiguresTable figures={award} kind="award" />
      <h3>{t("results.explanation")}</h3>
      <p className="explanation">{locale === "zh" ? award.explanationZh : award.explanationEn}</p>
      <h3>{t("award.split")}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("results.organization")}</th>
              <th scope="col" className="num">
                {t("results.share")}
              </th>
              <th scope="col" className="num">
                {t("results.amount")}
              </th>
              <th scope="col">{t("payViews.results.payout")}</th>
            </tr>
          </thead>
          <tbody>
            {award.split.map((s, index) => (
              <tr key={index} data-split-fen={s.amountFen}>
                <th scope="row">
                  {s.organizationName}{" "}
                  <span className="tag">{t(s.lead ? "results.role.lead" : "results.role.member")}</span>
                </th>
                <td className="num mono">{formatRateBp(s.shareBp)}</td>
                <td className="num mono">{formatFen(s.amountFen)}</td>
                <td>
                  <PublicPayoutStatus status={s.payoutStatus} paidAt={s.paidAt} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("results.total")}</th>
              <td className="num mono">{formatRateBp(award.split.reduce((sum, s) => sum + s.shareBp, 0))}</td>
              <td className="num mono">{formatFen(award.split.reduce((sum, s) => sum + s.amountFen, 0))}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </li>
  );
}
