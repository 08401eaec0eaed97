import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EvidenceTable } from "../components/evidence-table";
import {
  CsrfInput,
  FieldErrors,
  FormErrors,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../components/forms";
import { formatFen } from "../domain/money";
import { declarationSchema, scoresSchema } from "../forms/assessment";
import { useI18n } from "../i18n/use-i18n";
import { assessPageAction, assessPageLoader } from "../server/assessment/assess-page.server";

export const loader = assessPageLoader;
export const action = assessPageAction;

type AssessData = ReturnType<typeof useLoaderData<typeof loader>>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.taskCode} 评审 Assessment — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

const resultOf = (actionData: ActionData | undefined, intent: string) =>
  actionData?.intent === intent ? (actionData.result as SubmissionResult<string[]> | undefined) : undefined;

export default function AssessmentPage() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const { assessment, project } = view;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/assess">{t("assess.title")}</Link>
      </p>
      <h1>
        <span className="mono">{project.taskCode}</span> {project.taskTitle}{" "}
        <span className="status">{t(`assess.status.${assessment.status}`)}</span>
      </h1>
      <section className="card" aria-labelledby="consortium">
        <h2 id="consortium">{t("project.consortium")}</h2>
        <ul>
          {view.consortium.map((m) => (
            <li key={m.organizationId}>
              {m.organizationName}（{t(`bid.role.${m.role}`)}）
            </li>
          ))}
        </ul>
      </section>
      {assessment.status === "assigned" ? <Declaration actionData={actionData} /> : null}
      {assessment.status === "conflicted" ? <p className="alert alert-error">{t("assess.recused")}</p> : null}
      {view.contents ? <Contents view={view} /> : null}
      {view.contents && assessment.status === "declared" ? (
        <ScoreForm view={view} actionData={actionData} />
      ) : null}
      {view.contents && assessment.status === "submitted" ? <OwnScores view={view} /> : null}
    </div>
  );
}

function Declaration({ actionData }: { actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const [form, fields] = useForm({
    id: "declare",
    lastResult: resultOf(actionData, "declare"),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: declarationSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card stack">
      <CsrfInput />
      <input type="hidden" name="intent" value="declare" />
      <h2>{t("assess.declareTitle")}</h2>
      <p>{t("assess.declareLead")}</p>
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset>
        <legend className="visually-hidden">{t("assess.declareTitle")}</legend>
        <label className="checkbox">
          <input {...getInputProps(fields.conflict, { type: "radio", value: "no" })} />{" "}
          {t("assess.noConflict")}
        </label>
        <label className="checkbox">
          <input {...getInputProps(fields.conflict, { type: "radio", value: "yes" })} />{" "}
          {t("assess.conflict")}
        </label>
        <FieldErrors id={fields.conflict.errorId} errors={fields.conflict.errors} />
      </fieldset>
      <TextAreaField field={fields.reason} label={t("assess.conflictReason")} rows={2} />
      <div>
        <SubmitButton>{t("assess.declare")}</SubmitButton>
      </div>
    </Form>
  );
}

function Contents({ view }: { view: AssessData }) {
  const { t } = useI18n();
  const contents = view.contents!;
  const report = contents.report;
  return (
    <section className="card stack" aria-labelledby="report">
      <h2 id="report">{t("report.title")}</h2>
      {report ? (
        <>
          <p>
            {t("report.actualInvestment")}
            {t("common.colon")}
            <strong className="num">{formatFen(report.actualInvestmentFen)}</strong>
          </p>
          <p className="rich-text">{report.summary}</p>
        </>
      ) : null}
      <h3>{t("report.evidence")}</h3>
      <EvidenceTable lines={contents.evidence} />
      <h3>{t("report.results")}</h3>
      <ol>
        {contents.indicators.map((indicator, position) => {
          const result = report?.indicatorResults.find((r) => r.position === position);
          return (
            <li key={position}>
              <strong>{indicator.name}</strong>（{indicator.target}）{t("common.colon")}
              {result?.result ?? "—"}
              {result?.evidence ? <span className="hint"> · {result.evidence}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ScoreForm({ view, actionData }: { view: AssessData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const indicators = view.contents!.indicators;
  const [form, fields] = useForm({
    id: "scores",
    lastResult: resultOf(actionData, "score"),
    defaultValue: {
      scores: indicators.map((_, position) => ({
        position: String(position),
        score: "",
        comment: "",
        veto: "",
      })),
    },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: scoresSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card stack">
      <CsrfInput />
      <input type="hidden" name="intent" value="score" />
      <h2>{t("assess.scoreTitle")}</h2>
      <p className="hint">{t("assess.scoreLead")}</p>
      <FormErrors id={form.errorId} errors={form.errors} />
      {fields.scores.getFieldList().map((row, position) => {
        const set = row.getFieldset();
        const indicator = indicators[position]!;
        return (
          <fieldset key={row.key ?? position}>
            <legend>
              {position + 1}. {indicator.name}（{indicator.target}，
              {t("assess.weight", { weight: indicator.weight })}）
            </legend>
            <input type="hidden" name={set.position.name} value={String(position)} />
            <div className="two-col">
              <TextField field={set.score} label={`${t("assess.score")} ${position + 1}`} type="number" />
              <TextAreaField field={set.comment} label={`${t("assess.comment")} ${position + 1}`} rows={2} />
            </div>
            {indicator.veto ? (
              <label className="checkbox">
                <input {...getInputProps(set.veto, { type: "checkbox" })} /> {t("assess.veto")}
              </label>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <SubmitButton>{t("assess.submit")}</SubmitButton>
      </div>
    </Form>
  );
}

function OwnScores({ view }: { view: AssessData }) {
  const { t } = useI18n();
  const { assessment, contents } = view;
  return (
    <section className="card stack" aria-labelledby="own-scores">
      <h2 id="own-scores">
        {t("assess.submitted", { score: ((assessment.scoreCenti ?? 0) / 100).toFixed(2) })}
      </h2>
      <ol>
        {contents!.ownScores.map((s) => (
          <li key={s.position}>
            {contents!.indicators[s.position]?.name}
            {t("common.colon")}
            {s.score}
            {s.veto ? ` · ${t("assess.veto")}` : ""} — {s.comment}
          </li>
        ))}
      </ol>
    </section>
  );
}
