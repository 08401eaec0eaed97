import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EvidenceTable } from "../components/evidence-table";
import { PayoutsStatus } from "../components/payouts-status";
import {
  CsrfInput,
  PdfFileField,
  FormErrors,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../components/forms";
import { fenToYuanString, formatFen } from "../domain/money";
import { evidenceSchema, reportSchema } from "../forms/assessment";
import { useI18n } from "../i18n/use-i18n";
import { projectPageAction, projectPageLoader } from "../server/assessment/project-page.server";

export const loader = projectPageLoader;
export const action = projectPageAction;

type ProjectData = ReturnType<typeof useLoaderData<typeof loader>>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.taskCode} 项目 Project — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

function intentResult(actionData: ActionData | undefined, intent: string) {
  return actionData?.intent === intent
    ? (actionData.result as SubmissionResult<string[]> | undefined)
    : undefined;
}

export default function ProjectPage() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const { project } = view;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/projects">{t("project.mine")}</Link> ·{" "}
        <Link to={`/tasks/${project.taskCode}`}>
          <span className="mono">{project.taskCode}</span> {project.taskTitle}
        </Link>
      </p>
      <h1>
        {t("project.title")}: {project.taskTitle}{" "}
        <span className="status">{t(`project.status.${project.status}`)}</span>
      </h1>
      {!view.editable && actionData && !actionData.ok && actionData.formError ? (
        // A form from an older page (the report was submitted since): its error has no form to sit in.
        <FormErrors id="action-error" errors={[actionData.formError]} />
      ) : null}
      <section className="card" aria-labelledby="consortium">
        <h2 id="consortium">{t("project.consortium")}</h2>
        <ul>
          {view.consortium.map((m) => (
            <li key={m.organizationId}>
              {m.organizationName} · {t(`bid.role.${m.role}`)} · {m.shareBp / 100}%
            </li>
          ))}
        </ul>
      </section>
      <ReportSection view={view} actionData={actionData} />
      {view.result ? (
        <section className="card" aria-labelledby="result">
          <h2 id="result">{t("staffProject.progress")}</h2>
          <p>
            {t("staffProject.result", {
              score: (view.result.scoreCenti / 100).toFixed(2),
              pass: view.result.passed ? t("staffProject.pass") : t("staffProject.fail"),
            })}
          </p>
        </section>
      ) : null}
      {view.award ? <AwardSummary view={view} /> : null}
      <PayoutsStatus payouts={view.ownPayouts} />
    </div>
  );
}

function ReportSection({ view, actionData }: { view: ProjectData; actionData: ActionData | undefined }) {
  const { t, tError } = useI18n();
  const report = view.report;
  const [form, fields] = useForm({
    id: "report",
    lastResult: intentResult(actionData, "saveReport"),
    defaultValue: {
      actualInvestment: report?.actualInvestmentFen ? fenToYuanString(report.actualInvestmentFen) : "",
      summary: report?.summary ?? "",
      results: view.indicators.map((_, position) => {
        const saved = report?.indicatorResults.find((r) => r.position === position);
        return { position: String(position), result: saved?.result ?? "", evidence: saved?.evidence ?? "" };
      }),
    },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
  });
  const results = fields.results.getFieldList();
  return (
    <section className="card stack" aria-labelledby="report-title">
      <h2 id="report-title">
        {t("report.title")}
        {report ? <span className="status"> {t(`report.status.${report.status}`)}</span> : null}
      </h2>
      {report?.status === "returned" && report.returnReason ? (
        <p className="alert alert-error">
          {t("report.returnReason")}: {report.returnReason}
        </p>
      ) : null}
      {!view.isLead ? <p className="hint">{t("report.leadOnly")}</p> : null}
      {view.editable ? (
        <Form method="post" {...getFormProps(form)} className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="saveReport" />
          {actionData?.intent === "saveReport" && actionData.ok ? (
            <p className="alert alert-ok" role="status">
              {t("report.saved")}
            </p>
          ) : null}
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextField
            field={fields.actualInvestment}
            label={t("report.actualInvestment")}
            hint={t("task.moneyHint")}
          />
          <TextAreaField field={fields.summary} label={t("report.summary")} rows={3} />
          <fieldset>
            <legend>{t("report.results")}</legend>
            {results.map((row, position) => {
              const set = row.getFieldset();
              const indicator = view.indicators[position];
              return (
                <div key={row.key ?? position} className="two-col">
                  <input type="hidden" name={set.position.name} value={String(position)} />
                  <TextAreaField
                    field={set.result}
                    label={`${position + 1}. ${indicator?.name ?? ""}（${indicator?.target ?? ""}）${t("report.result")}`}
                    rows={2}
                  />
                  <TextAreaField field={set.evidence} label={t("report.resultEvidence")} rows={2} />
                </div>
              );
            })}
          </fieldset>
          <SubmitButton>{t("report.save")}</SubmitButton>
        </Form>
      ) : report ? (
        <dl className="facts">
          <dt>{t("report.actualInvestment")}</dt>
          <dd className="num">{formatFen(report.actualInvestmentFen)}</dd>
          <dt>{t("report.summary")}</dt>
          <dd>{report.summary}</dd>
          {view.indicators.map((indicator, position) => (
            <div key={position}>
              <dt>
                {position + 1}. {indicator.name}
              </dt>
              <dd>{report.indicatorResults.find((r) => r.position === position)?.result ?? "—"}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <EvidenceSection view={view} actionData={actionData} />
      {view.editable ? (
        <Form method="post" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="submitReport" />
          {actionData?.intent === "submitReport" && !actionData.ok && actionData.formError ? (
            <FormErrors id="submit-report-error" errors={[actionData.formError]} />
          ) : null}
          {view.problems.length ? (
            <ul className="field-errors" id="report-problems">
              {view.problems.map((p) => (
                <li key={p.key}>{tError(p)}</li>
              ))}
            </ul>
          ) : null}
          <div>
            <SubmitButton>{t("report.submit")}</SubmitButton>
          </div>
        </Form>
      ) : null}
      {actionData?.intent === "submitReport" && actionData.ok ? (
        <p className="alert alert-ok" role="status">
          {t("report.submitted")}
        </p>
      ) : null}
    </section>
  );
}

function EvidenceSection({ view, actionData }: { view: ProjectData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const [form, fields] = useForm({
    id: "evidence",
    lastResult: intentResult(actionData, "addEvidence"),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: evidenceSchema }),
  });
  const actual = view.report?.actualInvestmentFen ?? 0;
  const fileErrors =
    actionData?.intent === "addEvidence" ? (actionData.fieldErrors?.file ?? undefined) : undefined;
  return (
    <div className="stack">
      <h3>{t("report.evidence")}</h3>
      <p className="hint">{t("report.evidenceLead")}</p>
      {view.evidence.length === 0 ? <p className="empty">{t("report.noEvidence")}</p> : null}
      {view.evidence.length ? (
        <EvidenceTable
          lines={view.evidence}
          actions={
            view.editable
              ? (line) => (
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="removeEvidence" />
                    <input type="hidden" name="evidenceId" value={line.id} />
                    <button type="submit" className="button button-quiet">
                      {t("bid.remove")}
                    </button>
                  </Form>
                )
              : undefined
          }
        />
      ) : null}
      <p className={view.evidenceTotalFen === actual ? "hint" : "field-errors"} aria-live="polite">
        {t("report.evidenceTotal", { total: formatFen(view.evidenceTotalFen), actual: formatFen(actual) })}
      </p>
      {view.editable ? (
        <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="card form-card">
          <CsrfInput />
          <input type="hidden" name="intent" value="addEvidence" />
          <FormErrors id={form.errorId} errors={form.errors} />
          <div className="two-col">
            <TextField field={fields.spentOn} label={t("report.spentOn")} type="date" />
            <TextField field={fields.counterparty} label={t("report.counterparty")} />
            <TextField field={fields.reference} label={t("report.reference")} />
            <TextField field={fields.amount} label={t("report.amount")} />
          </div>
          <PdfFileField id="evidence-file" label={t("report.evidenceFile")} errors={fileErrors} />
          <SubmitButton>{t("report.addEvidence")}</SubmitButton>
        </Form>
      ) : null}
    </div>
  );
}

function AwardSummary({ view }: { view: ProjectData }) {
  const { t, locale } = useI18n();
  const award = view.award!;
  return (
    <section className="card stack" aria-labelledby="award">
      <h2 id="award">
        {t("award.title")}: {formatFen(award.payableFen)}{" "}
        <span className="status">{t(`award.status.${award.status}`)}</span>
      </h2>
      <p>{locale === "zh" ? award.explanationZh : award.explanationEn}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("bid.organization")}</th>
            <th scope="col" className="num">
              {t("award.share")}
            </th>
            <th scope="col" className="num">
              {t("award.payable")}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.splits.map((s) => (
            <tr key={s.organizationId}>
              <td>{s.organizationName}</td>
              <td className="num">{s.shareBp / 100}%</td>
              <td className="num">{formatFen(s.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
