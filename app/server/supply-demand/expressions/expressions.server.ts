import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  countSentSince,
  findExpression,
  insertExpression,
  itemForExpression,
  lockDueExpressions,
  lockOrganizationSends,
  pendingExpressionOf,
  setExpressionStatus,
  type ExpressionRow,
} from "../../../../db/repositories/sd-expressions";
import { counterpartKind, expressionExpiry, shanghaiDayStart } from "../../../domain/sd-expressions";
import {
  EXPRESSIONS_PER_ORG_PER_DAY,
  sdExpressionTransition,
  type SdExpressionEvent,
} from "../../../domain/supply-demand";
import type { SdExpressionInput } from "../../../forms/sd-expression";
import { unverifiedEmailRefusal } from "../../identity/email-verification.server";
import { notifyOrganizations, type NotificationKind } from "../../notifications/notifications.server";
import type { Actor, OrgActor } from "../../platform/actor.server";
import { msg } from "../../../i18n/i18n";
import { fail, fieldFail, isUniqueViolation, type Outcome } from "../../platform/outcome.server";

/**
 * Expressions of interest (意向表达): a member of another organization writes to the owner of a published item,
 * optionally naming one of its own published items of the other kind. The owner accepts or declines, the sender
 * may withdraw while it is pending, and an unanswered one lapses after EXPRESSION_DAYS. Every transition follows
 * SD_EXPRESSION_EVENTS on the locked row, in one transaction with its notification and audit record.
 */

export const expressionLink = (id: number) => `/my/expressions/${id}`;

export async function auditExpression(
  trx: DbOrTrx,
  actor: Actor | null,
  action: string,
  expressionId: number,
  after: unknown,
) {
  await appendAudit(trx, {
    actorUserId: actor?.id ?? null,
    action,
    entityType: "sd_expression",
    entityId: expressionId,
    after,
    ip: actor?.ip ?? null,
  });
}

/** Sends an expression; at most one pending per (item, organization), at most 20 per organization per day. */
export async function sendExpression(
  actor: OrgActor,
  targetCode: string,
  input: SdExpressionInput,
  now = new Date(),
): Promise<Outcome<{ expressionId: number }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx): Promise<Outcome<{ expressionId: number }>> => {
        const unverified = await unverifiedEmailRefusal(trx, actor.id);
        if (unverified) return unverified;
        const target = await itemForExpression(trx, { code: targetCode.toUpperCase() });
        if (!target || target.status !== "published") return fail("err.sdExpression.itemNotFound");
        const organizationId = actor.organization.id;
        if (target.organizationId === organizationId) return fail("err.sdExpression.ownItem");
        let fromItemId: number | null = null;
        if (input.fromItemId !== undefined) {
          const named = await itemForExpression(trx, { id: input.fromItemId });
          if (
            !named ||
            named.organizationId !== organizationId ||
            named.status !== "published" ||
            named.kind !== counterpartKind(target.kind)
          )
            return fieldFail({ fromItemId: [msg("err.sdExpression.fromItem")] });
          fromItemId = named.id;
        }
        // Concurrent sends of one organization queue here: the count and the pending check below see each other.
        await lockOrganizationSends(trx, organizationId);
        if (await pendingExpressionOf(trx, target.id, organizationId))
          return fail("err.sdExpression.alreadyPending");
        const sentToday = await countSentSince(trx, organizationId, shanghaiDayStart(now));
        if (sentToday >= EXPRESSIONS_PER_ORG_PER_DAY)
          return fail("err.sdExpression.dailyLimit", { max: EXPRESSIONS_PER_ORG_PER_DAY });
        const created = await insertExpression(trx, {
          targetItemId: target.id,
          fromOrganizationId: organizationId,
          fromUserId: actor.id,
          fromItemId,
          message: input.message,
          createdAt: now,
          expiresAt: expressionExpiry(now),
        });
        await notifyOrganizations(trx, [target.organizationId], {
          kind: "sdExpression.received",
          params: { itemCode: target.code, itemTitle: target.title ?? "", orgName: actor.organization.name },
          link: expressionLink(created.id),
        });
        await auditExpression(trx, actor, "sd_expression.send", created.id, {
          targetCode: target.code,
          fromOrganizationId: organizationId,
          fromItemId,
        });
        return { ok: true, value: { expressionId: created.id } };
      });
  } catch (error) {
    // The partial unique index sd_expressions_one_pending is the last word on "one pending per pair".
    if (isUniqueViolation(error, "sd_expressions_one_pending"))
      return fail("err.sdExpression.alreadyPending");
    throw error;
  }
}

type Side = "owner" | "sender";

const EVENT_SIDE: Record<Exclude<SdExpressionEvent, "expire">, Side> = {
  accept: "owner",
  decline: "owner",
  withdraw: "sender",
};

const EVENT_NOTIFICATION: Record<Exclude<SdExpressionEvent, "expire">, NotificationKind> = {
  accept: "sdExpression.accepted",
  decline: "sdExpression.declined",
  withdraw: "sdExpression.withdrawn",
};

/** Accept or decline (the owner organization, optional note) or withdraw (the sender), on the locked row. */
export async function answerExpression(
  actor: OrgActor,
  expressionId: number,
  event: "accept" | "decline" | "withdraw",
  note: string | null,
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<Outcome<null>> => {
      const e = await findExpression(trx, expressionId, { lock: true });
      const org = actor.organization.id;
      if (!e || (e.targetOrganizationId !== org && e.fromOrganizationId !== org))
        return fail("err.sdExpression.notFound");
      const side: Side = e.targetOrganizationId === org ? "owner" : "sender";
      if (EVENT_SIDE[event] !== side) return fail("err.sdExpression.notYours");
      const transition = sdExpressionTransition(e.status, event);
      if (!transition.ok) return fail("err.sdExpression.notPending");
      // Past its expiry but not yet swept: it has lapsed, whoever comes first.
      if (e.expiresAt <= now) {
        await expireOne(trx, e);
        return fail("err.sdExpression.lapsed");
      }
      const answer =
        side === "owner" ? { answeredAt: now, answeredBy: actor.id, answerNote: note || null } : {};
      await setExpressionStatus(trx, e.id, e.status, transition.to, answer);
      const counterpart = side === "owner" ? e.fromOrganizationId : e.targetOrganizationId;
      await notifyOrganizations(trx, [counterpart], {
        kind: EVENT_NOTIFICATION[event],
        params: {
          itemCode: e.targetCode,
          itemTitle: e.targetTitle ?? "",
          orgName: actor.organization.name,
          ...(note ? { reason: note } : {}),
        },
        link: expressionLink(e.id),
      });
      await auditExpression(trx, actor, `sd_expression.${event}`, e.id, {
        status: transition.to,
        ...(note ? { note } : {}),
      });
      return { ok: true, value: null };
    });
}

async function expireOne(
  trx: DbOrTrx,
  e: Pick<ExpressionRow, "id" | "fromOrganizationId" | "targetCode" | "targetTitle">,
) {
  await setExpressionStatus(trx, e.id, "pending", "expired");
  await notifyOrganizations(trx, [e.fromOrganizationId], {
    kind: "sdExpression.expired",
    params: { itemCode: e.targetCode, itemTitle: e.targetTitle ?? "" },
    link: expressionLink(e.id),
  });
  await auditExpression(trx, null, "sd_expression.expire", e.id, { status: "expired" });
}

/** The minute sweep: pending expressions past their expiry become expired and their senders are told. */
export async function expireDueExpressions(now = new Date()): Promise<number> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const due = await lockDueExpressions(trx, now);
      for (const e of due) await expireOne(trx, e);
      return due.length;
    });
}
