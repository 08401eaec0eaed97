import type { ActionFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { markOrganizationVerified } from "../../../db/repositories/identity";
import { wholeNumber } from "../../forms/fields";
import { actionReply } from "../platform/action-reply.server";
import type { Actor } from "../platform/actor.server";
import { fail, type Outcome } from "../platform/outcome.server";
import { notFound } from "../platform/http.server";
import { requireStaffActor } from "./auth.server";

/**
 * Staff mark an organization verified once they checked its registration (USCC against the business register).
 * Only users of a verified organization may file objections against a selection (issue 12, item 14).
 */
export async function verifyOrganization(
  actor: Actor,
  organizationId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const verified = await markOrganizationVerified(trx, organizationId, actor.id, now);
      if (!verified) return fail("err.org.notFound");
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "organization.verify",
        entityType: "organization",
        entityId: organizationId,
        after: { verifiedAt: verified.verifiedAt },
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

const organizationIdSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

/** The staff console's action: `intent=verifyOrg`, `organizationId`. */
export async function staffConsoleAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const formData = await request.formData();
  if (formData.get("intent") !== "verifyOrg") throw notFound();
  const organizationId = organizationIdSchema.safeParse(formData.get("organizationId"));
  if (!organizationId.success) return actionReply("verifyOrg", fail("err.org.notFound"));
  return actionReply("verifyOrg", await verifyOrganization(actor, organizationId.data));
}
