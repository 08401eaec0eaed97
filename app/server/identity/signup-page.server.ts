import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { minutesToWait } from "../../domain/throttle";
import { normalizeUscc } from "../../domain/uscc";
import { signupSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { fail } from "../platform/outcome.server";
import { consumeLimit } from "../platform/rate-limit.server";
import { getSessionUser } from "./auth.server";
import { mailOrigin } from "./email-verification.server";
import { SIGNUP_BY_IP } from "./limits.server";
import { registerOrganization, registrationConflicts } from "./registration.server";

const hideFields = ["password"];

export async function signupLoader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/org");
  return null;
}

/**
 * A complete form answers "check your inbox" whether or not the email has an account (no session is started:
 * the owner signs in after opening the verification link). Complete forms are limited per IP.
 */
export async function signupAction({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: signupSchema });
  if (submission.status !== "success") {
    // Every problem in one reply: the schema's, and a taken credit code if the schema accepted it.
    const uscc = submission.payload.uscc;
    const fieldErrors =
      typeof uscc === "string" && !submission.error?.uscc
        ? await registrationConflicts({ uscc: normalizeUscc(uscc) })
        : {};
    if (!Object.keys(fieldErrors).length) return invalidReply("signup", submission, { hideFields });
    return actionReply("signup", { ok: false, fieldErrors }, { submission, hideFields });
  }
  const verdict = await consumeLimit(SIGNUP_BY_IP, context.clientIp);
  if (!verdict.allowed)
    return actionReply(
      "signup",
      fail("err.rateLimited", { minutes: minutesToWait(verdict.retryAfterSeconds) }),
      { submission, hideFields, failureStatus: 429 },
    );
  const outcome = await registerOrganization(submission.value, context.clientIp, mailOrigin(request));
  return actionReply("signup", outcome, { submission, hideFields });
}
