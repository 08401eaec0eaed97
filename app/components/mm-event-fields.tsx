import type { ReactNode } from "react";
import { FieldErrors } from "./forms";
import type { Message } from "../i18n/i18n";

/**
 * Plain (uncontrolled) fields for the conference's staff forms: the server parses with zod and answers with
 * `actionReply`; errors come back per field and are shown beside it, linked with aria-describedby.
 */

export interface ReplyData {
  intent: string;
  ok: boolean;
  target?: number | null;
  formError: Message | null;
  fieldErrors: Record<string, Message[]> | null;
}

/** The errors of one form (by intent, and by target row when the page repeats the form). */
export function errorsFor(reply: ReplyData | undefined, intent: string, target?: number) {
  const mine =
    reply && !reply.ok && reply.intent === intent && (target === undefined || reply.target === target);
  return {
    field: (name: string) => (mine ? (reply.fieldErrors?.[name] ?? undefined) : undefined),
    form: mine && reply.formError ? [reply.formError] : undefined,
  };
}

export function doneFor(reply: ReplyData | undefined, intent: string, target?: number) {
  return Boolean(reply?.ok && reply.intent === intent && (target === undefined || reply.target === target));
}

const idOf = (prefix: string, name: string) => `${prefix}-${name.replace(/[^\w-]/g, "-")}`;

export function PlainField({
  prefix,
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  required = true,
  hint,
  min,
  max,
}: {
  prefix: string;
  name: string;
  label: string;
  type?: "text" | "date" | "time" | "datetime-local" | "number";
  defaultValue?: string | number;
  errors?: readonly (Message | string)[];
  required?: boolean;
  hint?: string;
  min?: number;
  max?: number;
}) {
  const id = idOf(prefix, name);
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {" *"}
          </span>
        ) : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        min={min}
        max={max}
        aria-required={required ? true : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function PlainSelect({
  prefix,
  name,
  label,
  options,
  defaultValue,
  errors,
}: {
  prefix: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: readonly (Message | string)[];
}) {
  const id = idOf(prefix, name);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <span className="required-mark" aria-hidden="true">
          {" *"}
        </span>
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function Done({ show, children }: { show: boolean; children: ReactNode }) {
  return show ? (
    <p className="alert alert-ok" role="status">
      {children}
    </p>
  ) : null;
}
