import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { DISTRICT_EN, DISTRICTS } from "../domain/districts";
import { DOMAIN_LABEL, TASK_DOMAINS } from "../domain/task-domains";
import { MAX_INDICATORS, taskInputSchema, type TaskInputStrings } from "../forms/task";
import { useI18n } from "../i18n/use-i18n";
import {
  CsrfInput,
  FieldErrors,
  FormErrors,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "./forms";

const EMPTY_INDICATOR = { name: "", target: "", measurement: "", weight: "" };

/** The staff form for one task; the server parses the same schema (with its own clock for the deadline check). */
export function TaskForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: TaskInputStrings;
  submitLabel: string;
}) {
  const { t, locale } = useI18n();
  const [form, fields] = useForm({
    id: "task",
    lastResult,
    defaultValue: defaultValue ?? { maxWinners: "1", indicators: [EMPTY_INDICATOR] },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: taskInputSchema({ now: new Date() }) }),
  });
  const indicators = fields.indicators.getFieldList();
  const weightTotal = indicators.reduce(
    (sum, indicator) => sum + (Number(indicator.getFieldset().weight.value) || 0),
    0,
  );
  return (
    <Form method="post" {...getFormProps(form)} className="card form-wide">
      <CsrfInput />
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset>
        <legend>{t("task.section.basic")}</legend>
        <TextField field={fields.title} label={t("task.title")} />
        <div className="two-col">
          <SelectField
            field={fields.domain}
            label={t("task.domain")}
            options={TASK_DOMAINS.map((d) => ({ value: d, label: DOMAIN_LABEL[d][locale] }))}
          />
          <TextField field={fields.code} label={t("task.code")} hint={t("task.codeHint")} />
        </div>
        <div className="two-col">
          <TextField field={fields.demandUnit} label={t("task.demandUnit")} />
          <SelectField
            field={fields.district}
            label={t("task.district")}
            options={DISTRICTS.map((d) => ({
              value: d,
              label: locale === "zh" ? d : `${DISTRICT_EN[d]} (${d})`,
            }))}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("task.section.content")}</legend>
        <TextAreaField
          field={fields.scenarioNeed}
          label={t("task.scenarioNeed")}
          hint={t("task.richTextHint")}
        />
        <TextAreaField field={fields.goals} label={t("task.goals")} hint={t("task.richTextHint")} />
        <TextAreaField field={fields.eligibility} label={t("task.eligibility")} rows={4} />
      </fieldset>
      <fieldset>
        <legend>{t("task.indicators")}</legend>
        <FieldErrors id={fields.indicators.errorId} errors={fields.indicators.errors} />
        {indicators.map((indicator, index) => {
          const row = indicator.getFieldset();
          return (
            <div className="indicator-row" key={indicator.key ?? index}>
              <TextField field={row.name} label={`${t("indicator.name")} ${index + 1}`} />
              <TextField field={row.target} label={t("indicator.target")} />
              <TextField field={row.measurement} label={t("indicator.measurement")} />
              <TextField field={row.weight} label={t("indicator.weight")} type="number" />
              <label className="checkbox">
                <input {...getInputProps(row.veto, { type: "checkbox" })} key={row.veto.key} />
                {t("indicator.veto")}
              </label>
              <button
                className="button button-quiet"
                {...form.remove.getButtonProps({ name: fields.indicators.name, index })}
                disabled={indicators.length <= 1}
              >
                {t("indicator.remove")}
              </button>
            </div>
          );
        })}
        <div className="toolbar">
          <button
            className="button"
            {...form.insert.getButtonProps({ name: fields.indicators.name, defaultValue: EMPTY_INDICATOR })}
            disabled={indicators.length >= MAX_INDICATORS}
          >
            {t("indicator.add")}
          </button>
          <span aria-live="polite" className={weightTotal === 100 ? "" : "hint"}>
            {t("indicator.total", { total: weightTotal })}
          </span>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("task.section.schedule")}</legend>
        <div className="two-col">
          <TextField
            field={fields.indicativeInvestment}
            label={t("task.indicativeInvestmentYuan")}
            hint={t("task.moneyHint")}
          />
          <TextField
            field={fields.bidDeadline}
            label={t("task.bidDeadline")}
            type="datetime-local"
            hint={t("task.bidDeadlineHint")}
          />
          <TextField field={fields.maxWinners} label={t("task.maxWinners")} type="number" />
          <TextField field={fields.contactName} label={t("task.contactName")} />
          <TextField field={fields.contactPhone} label={t("task.contactPhone")} type="tel" />
        </div>
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
