import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { acceptInvitationSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
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
  const user = await getSessionUser(request);
  const outcome = await acceptInvitation(
    params.token ?? "",
    user?.id ?? null,
    submission.value,
    context.clientIp,
  );
  if (!outcome.ok) return actionReply("accept", outcome, { submission, hideFields });
  const headers = user
    ? undefined
    : { "set-cookie": await startSession(request, outcome.value.userId, context.clientIp) };
  return redirect("/org", { headers });
}
