import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { inviteSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { forbidden } from "../platform/http.server";
import { requireUser } from "./auth.server";
import { inviteMember, organizationOverview } from "./organizations.server";

export async function orgPageLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.organization) return { view: null, isOwner: false };
  const view = await organizationOverview(user.organization.id);
  return { view: view ?? null, isOwner: user.organization.role === "owner" };
}

/** The owner invites a colleague; the reply carries the link to pass on (mail is sent as well). */
export async function orgPageAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (user.organization?.role !== "owner") throw forbidden();
  const submission = parseWithZod(await request.formData(), { schema: inviteSchema });
  if (submission.status !== "success") return invalidReply("invite", submission);
  const outcome = await inviteMember(user, submission.value.email, context.clientIp);
  if (!outcome.ok) return actionReply("invite", outcome, { submission });
  const link = `${new URL(request.url).origin}/invite/${outcome.value.token}`;
  return actionReply(
    "invite",
    { ok: true, value: { link, email: submission.value.email } },
    { submission, resetForm: true },
  );
}
