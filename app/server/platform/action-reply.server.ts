import { data } from "@remix-run/node";
import type { Outcome } from "./outcome.server";

/** The conform submission of the form that acted (only what a reply needs of it). */
interface Submission {
  reply(
    options?: { resetForm?: boolean } | { formErrors?: string[]; fieldErrors?: Record<string, string[]> },
  ): unknown;
}

export interface ActionReplyOptions {
  /** The parsed form: its conform result, with the service's errors added, goes back as `result`. */
  submission?: Submission;
  /** Empty the form after a success (a form that adds one more line). */
  resetForm?: boolean;
  /** Which row's form acted, on a page that repeats a form per row; sent back as `target`. */
  target?: number | null;
}

/**
 * What a page's action answers: which form acted (`intent`), whether it worked, the message for the whole form
 * and those beside fields (message keys), the conform `result` when there was a submission, and the `target`
 * row when given; 200 on success, 400 otherwise.
 */
export function actionReply<Intent extends string>(
  intent: Intent,
  outcome: Outcome<unknown>,
  { submission, resetForm = false, target }: ActionReplyOptions = {},
) {
  const ok = outcome.ok;
  const result = submission?.reply(
    ok
      ? resetForm
        ? { resetForm: true }
        : undefined
      : { fieldErrors: outcome.fieldErrors, formErrors: outcome.formError ? [outcome.formError] : [] },
  );
  return data(
    {
      intent,
      ...(target === undefined ? {} : { target }),
      ok,
      formError: ok ? null : (outcome.formError ?? null),
      fieldErrors: ok ? null : (outcome.fieldErrors ?? null),
      result,
    },
    { status: ok ? 200 : 400 },
  );
}
