import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { actionReply, invalidReply } from "../platform/action-reply.server";
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
  // A conform intent (add or remove an indicator row) only changes the form: 200 with its new state.
  if (submission.status !== "success")
    return invalidReply("save", submission, { failureStatus: submission.status === "error" ? 400 : 200 });
  const outcome = await save(submission.value);
  if (!outcome.ok) return actionReply("save", outcome, { submission });
  return redirect(`/staff/tasks/${outcome.value.code}`);
}
