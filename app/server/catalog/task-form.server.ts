import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { taskInputSchema, type TaskInput } from "../../forms/task";
import type { Outcome } from "../platform/outcome.server";

/**
 * Parses the task form against the server's clock and saves it: on success redirects to the saved task,
 * otherwise answers with the errors beside the fields (400; 200 for add/remove-indicator intents).
 */
export async function handleTaskForm(
  request: Request,
  save: (input: TaskInput) => Promise<Outcome<{ code: string }>>,
) {
  const submission = parseWithZod(await request.formData(), { schema: taskInputSchema({ now: new Date() }) });
  if (submission.status !== "success")
    return data(submission.reply(), { status: submission.status === "error" ? 400 : 200 });
  const outcome = await save(submission.value);
  if (!outcome.ok) {
    const formErrors = outcome.formError ? [outcome.formError] : undefined;
    return data(submission.reply({ fieldErrors: outcome.fieldErrors, formErrors }), { status: 400 });
  }
  return redirect(`/staff/tasks/${outcome.value.code}`);
}
