import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { passwordChangeSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { endOtherSessions, requireUser } from "./auth.server";
import { changePassword } from "./organizations.server";

const hideFields = ["currentPassword", "newPassword"];

export async function accountLoader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

/** A changed password signs out every other session; the reply says how many ended. */
export async function accountAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: passwordChangeSchema });
  if (submission.status !== "success") return invalidReply("changePassword", submission, { hideFields });
  const { currentPassword, newPassword } = submission.value;
  const outcome = await changePassword(user.id, currentPassword, newPassword, context.clientIp);
  if (!outcome.ok) return actionReply("changePassword", outcome, { submission, hideFields });
  const ended = await endOtherSessions(request, user.id);
  return actionReply("changePassword", { ok: true, value: { ended } }, { submission, resetForm: true });
}
