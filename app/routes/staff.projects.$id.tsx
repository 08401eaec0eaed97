import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AwardFiguresTable } from "../components/award-figures";
import { EvidenceTable } from "../components/evidence-table";
import { CsrfInput, FormErrors, SubmitButton } from "../components/forms";
import { formatFen } from "../domain/money";
import type { MessageKey } from "../i18n/messages";
import { useI18n } from "../i18n/use-i18n";
import { staffProjectAction, staffProjectLoader } from "../server/assessment/staff-project-page.server";

export const loader = staffProjectLoader;
export const action = staffProjectAction;

type ViewData = ReturnType<typeof useLoaderData<typeof loader>>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.taskCode} 项目评估 Assessment — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

const points = (centi: number) => (centi / 100).toFixed(2);

/** What each action tells the staff member when it worked. */
const DONE_MESSAGE: Record<string, MessageKey> = {
  check: "staffProject.done.check",
  assign: "staffProject.done.assign",
  draw: "staffProject.done.draw",
  finalize: "staffProject.done.finalize",
  otherSupport: "staffProject.done.otherSupport",
  computeAward: "staffProject.done.computeAward",
  approveAward: "staffProject.done.approveAward",
};

/** Errors of one form on this page: the form error of the action that answered, if it was this one. */
function ActionErrors({ actionData, intent }: { actionData: ActionData | undefined; intent: string }) {
  if (!actionData || actionData.intent !== intent || actionData.ok) return null;
  const result = actionData.result as { error?: Record<string, string[] | null> } | undefined;
  const errors = [
    ...(actionData.formError ? [actionData.formError] : []),
    ...Object.values(result?.error ?? {}).flatMap((e) => e ?? []),
  ];
  return <FormErrors id={`${intent}-error`} errors={[...new Set(errors)]} />;
}

export default function StaffProject() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const { project } = view;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/staff/projects">{t("project.all")}</Link> ·{" "}
        <Link to={`/staff/tasks/${project.taskCode}`}>
          <span className="mono">{project.taskCode}</span> {project.taskTitle}
        </Link>
      </p>
      <h1>
        {t("staffProject.title")}
        {t("common.colon")}
        {project.leadOrgName} <span className="status">{t(`project.status.${project.status}`)}</span>
      </h1>
      {actionData?.ok ? (
        <p className="alert alert-ok" role="status">
          {t(DONE_MESSAGE[actionData.intent] ?? "review.saved")}
        </p>
      ) : null}
      {view.viewerConflicted ? (
        <p className="alert alert-error">{t("staffProject.youAreConflicted")}</p>
      ) : null}
      <section className="card" aria-labelledby="consortium">
        <h2 id="consortium">{t("project.consortium")}</h2>
        <ul>
          {view.consortium.map((m) => (
            <li key={m.organizationId}>
              {m.organizationName}（{t(`bid.role.${m.role}`)}，{m.shareBp / 100}%）
            </li>
          ))}
        </ul>
      </section>
      <ReportCheck view={view} actionData={actionData} />
      {!view.viewerConflicted && (project.status === "assessing" || view.assessments.length) ? (
        <Assessors view={view} actionData={actionData} />
      ) : null}
      {project.status === "assessing" ? <Finalize view={view} actionData={actionData} /> : null}
      {view.result ? <ResultPanel view={view} /> : null}
      {project.status === "succeeded" ? <AwardPanel view={view} actionData={actionData} /> : null}
    </div>
  );
}

function ReportCheck({ view, actionData }: { view: ViewData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const report = view.report;
  const total = view.evidence.reduce((sum, e) => sum + e.amountFen, 0);
  return (
    <section className="card stack" aria-labelledby="report">
      <h2 id="report">
        {t("report.title")}
        {report ? <span className="status"> {t(`report.status.${report.status}`)}</span> : null}
      </h2>
      {report ? (
        <>
          <p>
            {t("report.evidenceTotal", {
              total: formatFen(total),
              actual: formatFen(report.actualInvestmentFen),
            })}
          </p>
          <EvidenceTable lines={view.evidence} />
        </>
      ) : (
        <p className="empty">{t("report.noEvidence")}</p>
      )}
      {view.project.status === "completion_submitted" && !view.viewerConflicted ? (
        <Form method="post" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="check" />
          <ActionErrors actionData={actionData} intent="check" />
          <fieldset>
            <legend>{t("report.title")}</legend>
            <label className="checkbox">
              <input type="radio" name="decision" value="accept" required /> {t("report.accept")}
            </label>
            <label className="checkbox">
              <input type="radio" name="decision" value="return" /> {t("report.return")}
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="check-reason">{t("report.returnReason")}</label>
            <textarea id="check-reason" name="reason" rows={2} maxLength={1000} />
          </div>
          <div>
            <SubmitButton>{t("report.confirmCheck")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

function Assessors({ view, actionData }: { view: ViewData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const assigned = new Set(view.assessments.map((a) => a.assessorId));
  const assessing = view.project.status === "assessing";
  return (
    <section className="card stack" aria-labelledby="assessors">
      <h2 id="assessors">{t("staffProject.assessors")}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("staffProject.assessors")}</th>
              <th scope="col">{t("bid.memberStatus")}</th>
              <th scope="col" className="num">
                {t("assess.score")}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.assessments.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.assessorName}{" "}
                  <span className="hint">{a.method === "draw" ? t("staffProject.draw") : ""}</span>
                </td>
                <td>{t(`assess.status.${a.status}`)}</td>
                <td className="num">
                  {a.scoreCenti !== null ? points(a.scoreCenti) : "—"}
                  {a.vetoRaised ? ` · ${t("assess.veto")}` : ""}
                  {a.outlier ? (
                    <span className="tag tag-demo" title={t("staffProject.outlier")}>
                      {" "}
                      {t("staffProject.outlier")}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.preview ? (
        <p>
          {t("staffProject.preview", {
            score: points(view.preview.scoreCenti),
            method: t(`staffProject.method.${view.preview.method}`),
            count: view.assessments.filter((a) => a.status === "submitted").length,
            pass: view.preview.vetoRaised
              ? t("staffProject.veto")
              : view.preview.scoreCenti >= 6000
                ? t("staffProject.pass")
                : t("staffProject.fail"),
          })}
        </p>
      ) : null}
      {assessing ? (
        <>
          <Form method="post" className="inline-form">
            <CsrfInput />
            <input type="hidden" name="intent" value="draw" />
            <label htmlFor="draw-count">{t("staffProject.drawCount")}</label>
            <input id="draw-count" name="count" type="number" min={1} max={10} defaultValue={3} required />
            <SubmitButton>{t("staffProject.draw")}</SubmitButton>
          </Form>
          <p className="hint">{t("staffProject.drawHint")}</p>
          <ActionErrors actionData={actionData} intent="draw" />
          <ActionErrors actionData={actionData} intent="assign" />
          <h3>{t("staffProject.pool")}</h3>
          <ul>
            {view.pool
              .filter((p) => !assigned.has(p.userId))
              .map((p) => (
                <li key={p.userId}>
                  {p.name}（{p.affiliation}）<span className="hint">{p.domains.join(", ")}</span> ·{" "}
                  {t("staffProject.load", { n: p.load ?? 0 })}{" "}
                  {p.conflicted ? (
                    <span className="tag tag-demo">{t("staffProject.conflicted")}</span>
                  ) : (
                    <Form method="post" className="inline-form">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="assign" />
                      <input type="hidden" name="assessorId" value={p.userId} />
                      <button type="submit" className="button">
                        {t("staffProject.assign")}
                      </button>
                    </Form>
                  )}
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Finalize({ view, actionData }: { view: ViewData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  if (view.viewerConflicted) return null;
  return (
    <Form method="post" className="card stack">
      <CsrfInput />
      <input type="hidden" name="intent" value="finalize" />
      <h2>{t("staffProject.finalize")}</h2>
      <ActionErrors actionData={actionData} intent="finalize" />
      <label className="checkbox">
        <input type="radio" name="override" value="no" defaultChecked /> {t("staffProject.finalize")}
      </label>
      <label className="checkbox">
        <input type="radio" name="override" value="yes" /> {t("staffProject.override")}
      </label>
      <div className="two-col">
        <div className="field">
          <label htmlFor="override-score">{t("staffProject.overrideScore")}</label>
          <input id="override-score" name="overrideScore" inputMode="decimal" />
        </div>
        <label className="checkbox">
          <input type="checkbox" name="overridePassed" /> {t("staffProject.overridePassed")}
        </label>
      </div>
      <div className="field">
        <label htmlFor="override-reason">{t("staffProject.overrideReason")}</label>
        <textarea id="override-reason" name="overrideReason" rows={2} maxLength={1000} />
      </div>
      <div>
        <SubmitButton>{t("staffProject.finalize")}</SubmitButton>
      </div>
    </Form>
  );
}

function ResultPanel({ view }: { view: ViewData }) {
  const { t } = useI18n();
  const result = view.result!;
  const pass = (passed: boolean) => (passed ? t("staffProject.pass") : t("staffProject.fail"));
  return (
    <section className="card" aria-labelledby="result">
      <h2 id="result">
        {t("staffProject.result", { score: points(result.scoreCenti), pass: pass(result.passed) })}
      </h2>
      <p className="hint">
        {t(`staffProject.method.${result.method}`)} ·{" "}
        {t("staffProject.assessorCount", { count: result.assessorCount })}
        {result.overrideReason
          ? t("staffProject.overridden", {
              score: points(result.computedScoreCenti),
              pass: pass(result.computedPassed),
              reason: result.overrideReason,
            })
          : ""}
      </p>
    </section>
  );
}

function AwardPanel({ view, actionData }: { view: ViewData; actionData: ActionData | undefined }) {
  const { t, locale } = useI18n();
  const award = view.award;
  const editable =
    !view.viewerConflicted && (!award || award.status === "computed" || award.status === "stale");
  return (
    <section className="card stack" aria-labelledby="award">
      <h2 id="award">
        {t("award.title")}
        {award ? <span className="status"> {t(`award.status.${award.status}`)}</span> : null}
      </h2>
      <h3>{t("award.otherSupport")}</h3>
      {view.otherSupport.length === 0 ? <p className="empty">—</p> : null}
      <ul>
        {view.otherSupport.map((s) => (
          <li key={s.id}>
            {s.policyName} · {formatFen(s.amountFen)} · <span className="mono">{s.grantedOn}</span> ·{" "}
            {s.reference}
          </li>
        ))}
      </ul>
      {editable ? (
        // Keyed by the count, so a recorded grant clears the fields (a second click would record it twice).
        <Form method="post" className="stack" key={view.otherSupport.length}>
          <CsrfInput />
          <input type="hidden" name="intent" value="otherSupport" />
          <ActionErrors actionData={actionData} intent="otherSupport" />
          <div className="two-col">
            <div className="field">
              <label htmlFor="os-policy">{t("award.policyName")}</label>
              <input id="os-policy" name="policyName" required maxLength={200} />
            </div>
            <div className="field">
              <label htmlFor="os-amount">{t("award.amount")}</label>
              <input id="os-amount" name="amount" inputMode="decimal" required />
            </div>
            <div className="field">
              <label htmlFor="os-date">{t("award.grantedOn")}</label>
              <input id="os-date" name="grantedOn" type="date" required />
            </div>
            <div className="field">
              <label htmlFor="os-ref">{t("award.reference")}</label>
              <input id="os-ref" name="reference" required maxLength={100} />
            </div>
          </div>
          <div>
            <button type="submit" className="button">
              {t("award.record")}
            </button>
          </div>
        </Form>
      ) : null}
      {award ? (
        <>
          <AwardFiguresTable figures={award} kind="award" compact />
          <p>{locale === "zh" ? award.explanationZh : award.explanationEn}</p>
          <h3>{t("award.split")}</h3>
          <ul>
            {view.splits.map((s) => (
              <li key={s.organizationId}>
                {s.organizationName} · {s.shareBp / 100}% · {formatFen(s.amountFen)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ActionErrors actionData={actionData} intent="computeAward" />
      <ActionErrors actionData={actionData} intent="approveAward" />
      <div className="toolbar">
        {editable ? (
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="computeAward" />
            <SubmitButton>{award ? t("award.recompute") : t("award.compute")}</SubmitButton>
          </Form>
        ) : null}
        {award?.status === "computed" && !view.viewerConflicted ? (
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="approveAward" />
            {/* The version approved: a recomputation or new support since this page loaded refuses it. */}
            <input type="hidden" name="version" value={award.version} />
            <button type="submit" className="button" disabled={award.computedBy === view.viewerId}>
              {t("award.approve")}
            </button>
          </Form>
        ) : null}
      </div>
      {award?.status === "computed" ? <p className="hint">{t("award.twoPersonHint")}</p> : null}
      {award?.status === "stale" ? <p className="hint">{t("err.award.stale")}</p> : null}
    </section>
  );
}
