import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { signupSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { getSessionUser, startSession } from "./auth.server";
import { registerOrganization } from "./organizations.server";

const hideFields = ["password"];

export async function signupLoader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/org");
  return null;
}

export async function signupAction({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: signupSchema });
  if (submission.status !== "success") return invalidReply("signup", submission, { hideFields });
  const result = await registerOrganization(submission.value, context.clientIp);
  if (!result.ok) return actionReply("signup", result, { submission, hideFields });
  const cookie = await startSession(request, result.value.userId, context.clientIp);
  return redirect("/org", { headers: { "set-cookie": cookie } });
}
