import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { formMessage, schemaMessage, type Message } from "../../i18n/i18n";
import type { FieldErrors, Outcome } from "./outcome.server";

/** The conform submission of the form that acted (only what a reply needs of it). */
interface Submission {
  reply(
    options?:
      | { resetForm?: boolean; hideFields?: string[] }
      | { formErrors?: string[]; fieldErrors?: Record<string, string[]>; hideFields?: string[] },
  ): SubmissionResult<string[]>;
}

export interface ActionReplyOptions {
  /** The parsed form: its conform result, with the service's errors added, goes back as `result`. */
  submission?: Submission;
  /** Empty the form after a success (a form that adds one more line). */
  resetForm?: boolean;
  /** Which row's form acted, on a page that repeats a form per row; sent back as `target`. */
  target?: number | null;
  /** Fields never sent back to the browser, even on failure (passwords). */
  hideFields?: string[];
  /** The status of a refusal when it is not 400 (429 for a throttled sign-in). */
  failureStatus?: number;
}

/** Conform holds errors as strings: a message travels there as `formMessage` text, which `errorText` reads. */
const asText = (message: Message) => formMessage(message.key, message.params ?? {});

/**
 * What every page's action answers: which form acted (`intent`), whether it worked, the service's value on
 * success, the message for the whole form and those beside fields, the conform `result` when there was a
 * submission, and the `target` row when given; 200 on success, 400 (or `failureStatus`) otherwise.
 */
export function actionReply<Intent extends string, T = never>(
  intent: Intent,
  outcome: Outcome<T>,
  { submission, resetForm = false, target, hideFields, failureStatus = 400 }: ActionReplyOptions = {},
) {
  const result = submission?.reply(
    outcome.ok
      ? resetForm
        ? { resetForm: true, hideFields }
        : { hideFields }
      : {
          fieldErrors: Object.fromEntries(
            Object.entries(outcome.fieldErrors ?? {}).map(([field, messages]) => [
              field,
              messages.map(asText),
            ]),
          ),
          formErrors: outcome.formError ? [asText(outcome.formError)] : [],
          hideFields,
        },
  );
  return data(
    {
      intent,
      ...(target === undefined ? {} : { target }),
      ok: outcome.ok,
      value: outcome.ok ? outcome.value : null,
      formError: outcome.ok ? null : (outcome.formError ?? null),
      fieldErrors: outcome.ok ? null : (outcome.fieldErrors ?? null),
      result,
    },
    { status: outcome.ok ? 200 : failureStatus },
  );
}

/**
 * The same reply for an action whose answer is a report rather than a refusal (a spreadsheet import's row errors):
 * the report is the value, and `ok` and the status say whether it succeeded.
 */
export function reportReply<Intent extends string, T>(intent: Intent, ok: boolean, report: T) {
  return data(
    { intent, ok, value: report, formError: null, fieldErrors: null, result: undefined },
    { status: ok ? 200 : 400 },
  );
}

/** The reply to a form the schema refused: its errors beside the fields, nothing done. */
export function invalidReply<Intent extends string>(
  intent: Intent,
  submission: Submission,
  options: Omit<ActionReplyOptions, "submission"> = {},
) {
  return actionReply<Intent, never>(intent, { ok: false }, { ...options, submission });
}

/** A schema's errors (conform's `submission.error`) as field messages, for a reply without a conform form. */
export function schemaFieldErrors(error: Record<string, string[] | null> | undefined): FieldErrors {
  return Object.fromEntries(
    Object.entries(error ?? {})
      .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
      .map(([field, texts]) => [field, texts.map((text) => schemaMessage(text, "err.value"))]),
  );
}
