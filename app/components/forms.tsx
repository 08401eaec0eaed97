import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { decodeFormMessage, type Message } from "../i18n/i18n";
import { useI18n, useRootData } from "../i18n/use-i18n";

/** The double-submit token every form posts back (checked for every non-GET request). */
export function CsrfInput() {
  return <input type="hidden" name="csrf" value={useRootData()?.csrfToken ?? ""} />;
}

/** Errors as forms get them: messages from the server, keys or `formMessage` text from the schema. */
type ErrorList = readonly (Message | string)[] | null | undefined;

export function FieldErrors({ id, errors }: { id: string; errors: ErrorList }) {
  const { tError } = useI18n();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((error, index) => (
        <li key={index}>{tError(error)}</li>
      ))}
    </ul>
  );
}

/** A refusal for an unverified email address comes with the way out: the page that sends the link again. */
function needsVerification(error: Message | string): boolean {
  const message = typeof error === "string" ? decodeFormMessage(error) : error;
  return message?.key === "err.email.unverified";
}

export function FormErrors({ id, errors }: { id: string; errors: ErrorList }) {
  const { t, tError } = useI18n();
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="alert alert-error">
      {errors.map((error, index) => (
        <p key={index}>
          {tError(error)}
          {needsVerification(error) ? (
            <>
              {" "}
              <Link to="/account#verify-email">{t("verify.resendLink")}</Link>
            </>
          ) : null}
        </p>
      ))}
    </div>
  );
}

/** A field's label, with a visible mark when the field must be filled (announced through aria-required). */
function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required ? (
        <span className="required-mark" aria-hidden="true">
          {" *"}
        </span>
      ) : null}
    </label>
  );
}

/** The line that explains the mark, above a form whose required fields carry it. */
export function RequiredNote() {
  const { t } = useI18n();
  return <p className="hint required-note">{t("form.requiredNote")}</p>;
}

interface TextFieldProps {
  field: FieldMetadata<string | undefined>;
  label: string;
  required?: boolean;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "datetime-local";
  hint?: string;
  autoComplete?: string;
}

export function TextField({ field, label, type = "text", hint, autoComplete, required }: TextFieldProps) {
  const hintId = `${field.id}-hint`;
  const props = getInputProps(field, { type, ariaDescribedBy: hint ? hintId : undefined });
  return (
    <div className="field">
      <FieldLabel htmlFor={field.id} label={label} required={required} />
      <input
        {...props}
        key={props.key}
        autoComplete={autoComplete}
        aria-required={required ? true : undefined}
        aria-invalid={field.errors ? true : undefined}
      />
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

interface SelectFieldProps {
  field: FieldMetadata<string | undefined>;
  label: string;
  options: { value: string; label: string }[];
  required?: boolean;
}

export function SelectField({ field, label, options, required }: SelectFieldProps) {
  const { t } = useI18n();
  const props = getSelectProps(field);
  return (
    <div className="field">
      <FieldLabel htmlFor={field.id} label={label} required={required} />
      <select {...props} key={props.key} aria-required={required ? true : undefined}>
        <option value="">{t("field.choose")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function TextAreaField({
  field,
  label,
  hint,
  rows = 6,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  rows?: number;
}) {
  const hintId = `${field.id}-hint`;
  const props = getTextareaProps(field, { ariaDescribedBy: hint ? hintId : undefined });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <textarea {...props} key={props.key} rows={rows} />
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function SubmitButton({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  const { t } = useI18n();
  const busy = navigation.state === "submitting";
  return (
    <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
      {busy ? t("common.saving") : children}
    </button>
  );
}

/** A PDF file input with the size hint and its errors (the server checks the content, not the name). */
export function PdfFileField({
  id,
  label,
  errors,
  required = false,
}: {
  id: string;
  label: string;
  errors: ErrorList;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="file"
        type="file"
        accept="application/pdf,.pdf"
        required={required}
        aria-describedby={`${id}-hint`}
        aria-invalid={errors ? true : undefined}
      />
      <p id={`${id}-hint`} className="hint">
        {t("upload.hint")}
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
