import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { MM_FEEDBACK_OUTCOMES, type MmFeedbackOutcome } from "../domain/matchmaking";
import { fenToYuanString } from "../domain/money";
import { FEEDBACK_COMMENT_MAX } from "../domain/mm-feedback";
import { mmFeedbackSchema } from "../forms/mm-feedback";
import { useI18n } from "../i18n/use-i18n";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "./forms";

export interface GivenFeedback {
  useful: boolean;
  outcome: MmFeedbackOutcome;
  amountFen: number | null;
  signedOn: string | null;
  comment: string | null;
}

/**
 * One meeting's feedback form (useful yes/no, outcome, a contract's amount and date, comment), prefilled with the
 * feedback already given; errors beside the fields. `lastResult` is the action's reply when this form acted.
 */
export function MmFeedbackForm({
  requestId,
  given,
  lastResult,
}: {
  requestId: number;
  given: GivenFeedback | null;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useI18n();
  const [form, fields] = useForm({
    id: `feedback-${requestId}`,
    lastResult,
    defaultValue: {
      requestId: String(requestId),
      useful: given ? (given.useful ? "yes" : "no") : undefined,
      outcome: given?.outcome,
      amount: given?.amountFen ? fenToYuanString(given.amountFen) : undefined,
      signedOn: given?.signedOn ?? undefined,
      comment: given?.comment ?? undefined,
    },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: mmFeedbackSchema }),
  });
  const radio = (field: typeof fields.useful | typeof fields.outcome, value: string, label: string) => {
    const props = getInputProps(field, { type: "radio", value });
    const id = `${field.id}-${value}`;
    return (
      <label htmlFor={id} className="mm-fb-choice" key={value}>
        <input {...props} key={`${props.key ?? ""}-${value}`} id={id} /> {label}
      </label>
    );
  };
  return (
    <Form method="post" {...getFormProps(form)} className="stack mm-fb-form">
      <CsrfInput />
      <input {...getInputProps(fields.requestId, { type: "hidden" })} key={fields.requestId.key} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset aria-describedby={fields.useful.errors ? fields.useful.errorId : undefined}>
        <legend>{t("mmFeedback.form.useful")}</legend>
        <div className="mm-fb-choices">
          {radio(fields.useful, "yes", t("mmFeedback.useful.yes"))}
          {radio(fields.useful, "no", t("mmFeedback.useful.no"))}
        </div>
        <FieldErrors id={fields.useful.errorId} errors={fields.useful.errors} />
      </fieldset>
      <fieldset aria-describedby={fields.outcome.errors ? fields.outcome.errorId : undefined}>
        <legend>{t("mmFeedback.form.outcome")}</legend>
        <div className="mm-fb-choices">
          {MM_FEEDBACK_OUTCOMES.map((o) => radio(fields.outcome, o, t(`mm.feedbackOutcome.${o}`)))}
        </div>
        <FieldErrors id={fields.outcome.errorId} errors={fields.outcome.errors} />
      </fieldset>
      <div className="two-col">
        <div className="field">
          <label htmlFor={fields.amount.id}>{t("mmFeedback.form.amount")}</label>
          <input
            {...getInputProps(fields.amount, {
              type: "text",
              ariaDescribedBy: `${fields.amount.id}-hint`,
            })}
            key={fields.amount.key}
            inputMode="decimal"
          />
          <p id={`${fields.amount.id}-hint`} className="hint">
            {t("mmFeedback.form.contractHint")}
          </p>
          <FieldErrors id={fields.amount.errorId} errors={fields.amount.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.signedOn.id}>{t("mmFeedback.form.signedOn")}</label>
          <input {...getInputProps(fields.signedOn, { type: "date" })} key={fields.signedOn.key} />
          <FieldErrors id={fields.signedOn.errorId} errors={fields.signedOn.errors} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={fields.comment.id}>{t("mmFeedback.form.comment")}</label>
        <textarea
          {...getTextareaProps(fields.comment)}
          key={fields.comment.key}
          rows={3}
          maxLength={FEEDBACK_COMMENT_MAX}
        />
        <FieldErrors id={fields.comment.errorId} errors={fields.comment.errors} />
      </div>
      <div>
        <SubmitButton>{given ? t("mmFeedback.form.update") : t("mmFeedback.form.submit")}</SubmitButton>
      </div>
    </Form>
  );
}
