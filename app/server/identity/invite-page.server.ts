import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { acceptInvitationSchema } from "../../forms/identity";
import { minutesToWait } from "../../domain/throttle";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { fail } from "../platform/outcome.server";
import { consumeLimit } from "../platform/rate-limit.server";
import { mailOrigin } from "./email-verification.server";
import { INVITATION_ACCEPT_BY_IP } from "./limits.server";
import { getSessionUser, startSession } from "./auth.server";
import { acceptInvitation, accountExists, loadInvitation } from "./organizations.server";

const hideFields = ["password"];

export async function invitePageLoader({ request, params }: LoaderFunctionArgs) {
  const invitation = await loadInvitation(params.token ?? "");
  if (!invitation) return { invitation: null, hasAccount: false, signedInAs: null };
  const user = await getSessionUser(request);
  return {
    invitation: { email: invitation.email, organizationName: invitation.organizationName },
    hasAccount: await accountExists(invitation.email),
    signedInAs: user?.email ?? null,
  };
}

export async function invitePageAction({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: acceptInvitationSchema });
  if (submission.status !== "success") return invalidReply("accept", submission, { hideFields });
  // Per IP, before anything is looked up or hashed: guessing tokens or creating accounts costs an attempt.
  const verdict = await consumeLimit(INVITATION_ACCEPT_BY_IP, context.clientIp);
  if (!verdict.allowed)
    return actionReply(
      "accept",
      fail("err.rateLimited", { minutes: minutesToWait(verdict.retryAfterSeconds) }),
      { submission, hideFields, failureStatus: 429 },
    );
  const user = await getSessionUser(request);
  const outcome = await acceptInvitation(
    params.token ?? "",
    user?.id ?? null,
    submission.value,
    context.clientIp,
    mailOrigin(request),
  );
  if (!outcome.ok) return actionReply("accept", outcome, { submission, hideFields });
  const headers = user
    ? undefined
    : { "set-cookie": await startSession(request, outcome.value.userId, context.clientIp) };
  return redirect("/org", { headers });
}
