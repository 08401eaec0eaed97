import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { normalizeUscc } from "../../domain/uscc";
import { signupSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { getSessionUser, startSession } from "./auth.server";
import { registerOrganization, registrationConflicts } from "./organizations.server";

const hideFields = ["password"];

export async function signupLoader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/org");
  return null;
}

export async function signupAction({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: signupSchema });
  if (submission.status !== "success") {
    // Every problem in one reply: the schema's, and a taken email or code among the fields it accepted.
    const accepted = (field: "email" | "uscc") => {
      const value = submission.payload[field];
      return typeof value === "string" && !submission.error?.[field] ? value : undefined;
    };
    const email = accepted("email")?.trim().toLowerCase();
    const uscc = accepted("uscc");
    const fieldErrors = await registrationConflicts({
      email,
      uscc: uscc === undefined ? undefined : normalizeUscc(uscc),
    });
    if (!Object.keys(fieldErrors).length) return invalidReply("signup", submission, { hideFields });
    return actionReply("signup", { ok: false, fieldErrors }, { submission, hideFields });
  }
  const result = await registerOrganization(submission.value, context.clientIp);
  if (!result.ok) return actionReply("signup", result, { submission, hideFields });
  const cookie = await startSession(request, result.value.userId, context.clientIp);
  return redirect("/org", { headers: { "set-cookie": cookie } });
}
