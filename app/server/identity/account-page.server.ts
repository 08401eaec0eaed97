import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { passwordChangeSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { endOtherSessions, requireUser } from "./auth.server";
import { isEmailVerified, mailOrigin, resendVerification } from "./email-verification.server";
import { changePassword } from "./organizations.server";

const hideFields = ["currentPassword", "newPassword"];

export async function accountLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { emailVerified: await isEmailVerified(user.id) };
}

/**
 * Two forms: "send the verification link again" (rate limited per account), and the password change, which
 * checks the current password under the sign-in throttle and signs out every other session.
 */
export async function accountAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "resendVerification") {
    const outcome = await resendVerification(user, mailOrigin(request));
    const limited = !outcome.ok && outcome.formError?.key === "err.rateLimited";
    return actionReply("resendVerification", outcome, { failureStatus: limited ? 429 : 400 });
  }
  const submission = parseWithZod(formData, { schema: passwordChangeSchema });
  if (submission.status !== "success") return invalidReply("changePassword", submission, { hideFields });
  const { currentPassword, newPassword } = submission.value;
  const outcome = await changePassword(user.id, currentPassword, newPassword, context.clientIp);
  if (!outcome.ok)
    return actionReply("changePassword", outcome, {
      submission,
      hideFields,
      failureStatus: outcome.throttled ? 429 : 400,
    });
  const ended = await endOtherSessions(request, user.id);
  return actionReply("changePassword", { ok: true, value: { ended } }, { submission, resetForm: true });
}
