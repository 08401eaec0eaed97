import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { loginSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { fail } from "../platform/outcome.server";
import { waitMessage } from "./password-throttle.server";
import { safeRedirect } from "../platform/redirect.server";
import { authenticate, endSession, getSessionUser, startSession } from "./auth.server";

const hideFields = ["password"];

export async function loginLoader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request))
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/dashboard"));
  return null;
}

export async function loginAction({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: loginSchema });
  if (submission.status !== "success") return invalidReply("login", submission, { hideFields });
  const { email, password, redirectTo } = submission.value;
  const result = await authenticate(email, password, context.clientIp);
  if (!result.ok && result.reason === "throttled")
    return actionReply(
      "login",
      { ok: false, formError: waitMessage(result.retryAfterSeconds) },
      {
        submission,
        hideFields,
        failureStatus: 429,
      },
    );
  if (!result.ok) return actionReply("login", fail("err.login.invalid"), { submission, hideFields });
  const cookie = await startSession(request, result.userId, context.clientIp);
  return redirect(safeRedirect(redirectTo, "/dashboard"), { headers: { "set-cookie": cookie } });
}

export async function logoutAction({ request }: ActionFunctionArgs) {
  return redirect("/", { headers: { "set-cookie": await endSession(request) } });
}
