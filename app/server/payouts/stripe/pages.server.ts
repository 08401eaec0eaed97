/**
 * Page modules of the Stripe rail: /org/payouts/stripe (an organization's owner onboards its connected account)
 * and /staff/payouts/stripe (finance staff pay and reverse through Stripe).
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  insertStripeAccount,
  stripeAccountOfOrganization,
  stripeRailPayouts,
} from "../../../../db/repositories/payouts-stripe";
import { requireUser } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { forbidden, publicOrigin } from "../../platform/http.server";
import { fail } from "../../platform/outcome.server";
import { requireFinance, requireFinanceActor } from "../access.server";
import { payByStripe, reverseStripePayout } from "./stripe-payouts.server";
import { accountLink, createRecipientAccount, stripeConfigured, StripeRailError } from "./stripe-rail.server";

const ORG_PAGE = "/org/payouts/stripe";

/** Where Stripe sends the owner back: APP_ORIGIN when set (behind a proxy), else the request's origin. */
function pageUrl(request: Request, query: string) {
  return `${publicOrigin(request)}${ORG_PAGE}?${query}`;
}

/* ---------- /org/payouts/stripe ---------- */

export async function stripeOrgPageLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const configured = stripeConfigured();
  const url = new URL(request.url);
  const organization = user.organization;
  const isOwner = organization?.role === "owner";
  const row =
    organization && isOwner ? await stripeAccountOfOrganization(getDb(), organization.id) : undefined;
  // Stripe's refresh_url: the link expired or was already used — hand out a fresh one (Stripe's documented flow).
  if (url.searchParams.get("refresh") === "1" && configured && row) {
    const link = await accountLink(
      row.accountId,
      pageUrl(request, "refresh=1"),
      pageUrl(request, "returned=1"),
    ).catch(() => null);
    if (link) throw redirect(link);
  }
  return {
    configured,
    organizationName: organization?.name ?? null,
    isOwner,
    account: row
      ? {
          accountId: row.accountId,
          detailsSubmitted: row.detailsSubmitted,
          payoutsEnabled: row.payoutsEnabled,
          transfersActive: row.transfersActive,
        }
      : null,
    returned: url.searchParams.get("returned") === "1",
  };
}

/** The owner starts (or continues) onboarding: the connected account is created once, then Stripe's page. */
export async function stripeOrgPageAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const organization = user.organization;
  if (!organization || organization.role !== "owner") throw forbidden();
  if (!stripeConfigured()) return actionReply("onboard", fail("payStripe.err.notConfigured"));
  try {
    let row = await stripeAccountOfOrganization(getDb(), organization.id);
    if (!row) {
      // Idempotent at Stripe per organization: a double submit gets the same account back.
      const created = await createRecipientAccount({ id: organization.id, name: organization.name });
      row = await getDb()
        .transaction()
        .execute(async (trx) => {
          const inserted = await insertStripeAccount(trx, {
            organizationId: organization.id,
            accountId: created.accountId,
            createdBy: user.id,
          });
          if (!inserted) return (await stripeAccountOfOrganization(trx, organization.id))!;
          await appendAudit(trx, {
            actorUserId: user.id,
            action: "stripe_account.create",
            entityType: "organization",
            entityId: organization.id,
            after: { accountId: created.accountId },
            ip: context.clientIp,
          });
          return inserted;
        });
    }
    const link = await accountLink(
      row.accountId,
      pageUrl(request, "refresh=1"),
      pageUrl(request, "returned=1"),
    );
    return redirect(link);
  } catch (error) {
    if (!(error instanceof StripeRailError)) throw error;
    return actionReply(
      "onboard",
      error.kind === "rejected" || error.kind === "invalid_input"
        ? fail("payStripe.err.rejected", { reason: error.message })
        : fail("payStripe.err.unavailable"),
    );
  }
}

/* ---------- /staff/payouts/stripe ---------- */

export async function stripeStaffPageLoader({ request }: LoaderFunctionArgs) {
  await requireFinance(request);
  const configured = stripeConfigured();
  const rows = configured ? await stripeRailPayouts(getDb()) : [];
  return {
    configured,
    payouts: rows.map((row) => ({
      id: row.id,
      awardId: row.awardId,
      projectId: row.projectId,
      organizationName: row.organizationName,
      amountFen: row.amountFen,
      status: row.status,
      rail: row.rail,
      transferId: row.stripeTransferId,
      paidAt: row.paidAt,
      ready: row.transfersActive === true,
    })),
  };
}

export async function stripeStaffPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireFinanceActor(request, context.clientIp);
  const form = await request.formData();
  const payoutId = Number(form.get("payoutId"));
  if (!Number.isSafeInteger(payoutId) || payoutId < 1) {
    return actionReply("pay", fail("payStripe.err.notFound"), { target: null });
  }
  switch (String(form.get("intent") ?? "")) {
    case "pay":
      return actionReply("pay", await payByStripe(actor, payoutId), { target: payoutId });
    case "reverse":
      return actionReply("reverse", await reverseStripePayout(actor, payoutId), { target: payoutId });
    default:
      return actionReply("pay", fail("payStripe.err.notFound"), { target: payoutId });
  }
}
