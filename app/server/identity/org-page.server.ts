import { parseWithZod } from "@conform-to/zod/v4";
import { stripeConfigured } from "../payouts/stripe/stripe-rail.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { inviteSchema } from "../../forms/identity";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { forbidden } from "../platform/http.server";
import { requireUser } from "./auth.server";
import { inviteMember, organizationOverview } from "./organizations.server";

export async function orgPageLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.organization) return { view: null, isOwner: false };
  const found = await organizationOverview(user.organization.id);
  const isOwner = user.organization.role === "owner";
  if (!found) return { view: null, isOwner };
  const { organization, members, invitations } = found;
  return {
    view: {
      organization: {
        name: organization.name,
        type: organization.type,
        uscc: organization.uscc,
        district: organization.district,
        contactName: organization.contactName,
        contactPhone: organization.contactPhone,
      },
      members: members.map((m) => ({
        id: m.id,
        name: m.name,
        email: m.email,
        role: m.role,
        createdAt: m.createdAt,
      })),
      // Who was invited (their addresses) is the owners' business: members get no pending invitations at all.
      invitations: isOwner
        ? invitations.map((i) => ({
            id: i.id,
            email: i.email,
            createdAt: i.createdAt,
            expiresAt: i.expiresAt,
          }))
        : [],
    },
    isOwner,
    // The Stripe rail's onboarding is offered only where the rail is configured (README: Paying awards).
    stripeRail: stripeConfigured(),
  };
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
