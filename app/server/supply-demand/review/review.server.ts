import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  findSdItemByCode,
  lockSdItem,
  staffScopeOf,
  type findSdItemById,
} from "../../../../db/repositories/supply-demand";
import {
  decideRevision,
  submittedRevisionOf,
  supersedeRevision,
} from "../../../../db/repositories/sd-review";
import { reviewScopeDecision } from "../../../domain/sd-review";
import { expiryAfter, mayClose, parseSdItemCode } from "../../../domain/supply-demand";
import type { SdRevision } from "../../../../db/schema-supply-demand";
import { assertNoConflict } from "../../conflicts/conflicts.server";
import { notifyOrganizations, type NotificationKind } from "../../notifications/notifications.server";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";
import { msg } from "../../../i18n/i18n";

type Item = NonNullable<Awaited<ReturnType<typeof findSdItemById>>>;

/**
 * Whether this staff member may review the item whose revision names `district`: their scope covers it
 * (agency: everything; district: that district only, never a city-wide item) and they have no conflict with the
 * owner organization (the one conflict rule). Null when they may; the refusal otherwise.
 */
export async function reviewRefusal(
  db: DbOrTrx,
  userId: number,
  item: { id: number },
  district: string | null,
) {
  const decision = reviewScopeDecision(await staffScopeOf(db, userId), district);
  if (!decision.ok)
    return fail(
      decision.reason === "noScope"
        ? "err.sdReview.noScope"
        : decision.reason === "cityWide"
          ? "err.sdReview.cityWide"
          : "err.sdReview.outOfScope",
      { district: district ?? "" },
    );
  return assertNoConflict(db, userId, { sdItemId: item.id });
}

/** Where the owner organization reads about its item (the items part's page for the code). */
export function ownerItemLink(code: string): string {
  return `/my/supply-demand/${code}`;
}

interface Decided {
  code: string;
  status: string;
}

/**
 * Runs a decision on the item's submitted revision in one transaction: the item row locked first (two reviewers
 * deciding at the same moment are serialised: the second finds nothing submitted any more), then the scope and
 * conflict rules, then `work`, then the audit entry and the owner's notification (in-app and mail).
 */
async function decide(
  actor: Actor,
  code: string,
  revisionId: number | null,
  work: (
    trx: DbOrTrx,
    item: Item,
    revision: SdRevision,
  ) => Promise<
    | Extract<Outcome<never>, { ok: false }>
    | {
        ok: true;
        audit: { action: string; after: Record<string, unknown> };
        notify: { kind: NotificationKind; params: Record<string, string | number> };
        status: string;
      }
  >,
): Promise<Outcome<Decided>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const found = await findSdItemByCode(trx, code.toUpperCase());
      if (!found) return fail("err.sdReview.notFound");
      const item = (await lockSdItem(trx, found.id))!;
      const revision = await submittedRevisionOf(trx, item.id);
      if (
        !revision ||
        (revisionId !== null && revision.id !== revisionId) ||
        !["submitted", "published"].includes(item.status)
      )
        return fail("err.sdReview.notSubmitted");
      const refused = await reviewRefusal(trx, actor.id, item, revision.district);
      if (refused) return refused;
      const done = await work(trx, item, revision);
      if (!done.ok) return done;
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: done.audit.action,
        entityType: "sd_item",
        entityId: item.id,
        before: {
          status: item.status,
          revisionId: revision.id,
          publishedRevisionId: item.publishedRevisionId,
        },
        after: { code: item.code, revisionId: revision.id, ...done.audit.after },
        ip: actor.ip,
      });
      await notifyOrganizations(trx, [item.organizationId], {
        kind: done.notify.kind,
        params: { itemCode: item.code, itemTitle: revision.title, ...done.notify.params },
        link: ownerItemLink(item.code),
      });
      return { ok: true as const, value: { code: item.code, status: done.status } };
    });
}

/**
 * Approves the submitted revision: it becomes the published one (the one before is superseded, kept as history);
 * a first approval publishes the item (published now, expiring twelve months later).
 */
export function approveRevision(actor: Actor, code: string, revisionId: number | null, now = new Date()) {
  return decide(actor, code, revisionId, async (trx, item, revision) => {
    if (
      !(await decideRevision(trx, revision.id, { status: "approved", reason: null, by: actor.id, at: now }))
    )
      return fail("err.sdReview.notSubmitted");
    if (item.publishedRevisionId !== null) await supersedeRevision(trx, item.publishedRevisionId);
    const first = item.status === "submitted";
    await trx
      .updateTable("sdItems")
      .set({
        publishedRevisionId: revision.id,
        updatedAt: now,
        ...(first ? { status: "published", publishedAt: now, expiresAt: expiryAfter(now) } : {}),
      })
      .where("id", "=", item.id)
      .execute();
    return {
      ok: true as const,
      audit: {
        action: "sd.review.approve",
        after: { first, supersededRevisionId: item.publishedRevisionId },
      },
      notify: { kind: "sd.approved" as const, params: {} },
      status: "published",
    };
  });
}

/**
 * Returns the submitted revision with a reason: the owner edits and submits again. A first submission takes the
 * item to `returned`; an edit of a published item leaves the published revision as it is.
 */
export function returnRevision(
  actor: Actor,
  code: string,
  revisionId: number | null,
  reason: string,
  now = new Date(),
) {
  return refuse(actor, code, revisionId, reason, "returned", now);
}

/** Rejects the submitted revision with a reason (a first submission: the item is rejected). */
export function rejectRevision(
  actor: Actor,
  code: string,
  revisionId: number | null,
  reason: string,
  now = new Date(),
) {
  return refuse(actor, code, revisionId, reason, "rejected", now);
}

function refuse(
  actor: Actor,
  code: string,
  revisionId: number | null,
  reason: string,
  status: "returned" | "rejected",
  now: Date,
) {
  return decide(actor, code, revisionId, async (trx, item, revision) => {
    if (!(await decideRevision(trx, revision.id, { status, reason, by: actor.id, at: now })))
      return fail("err.sdReview.notSubmitted");
    const first = item.status === "submitted";
    await trx
      .updateTable("sdItems")
      .set({ updatedAt: now, ...(first ? { status } : {}) })
      .where("id", "=", item.id)
      .execute();
    return {
      ok: true as const,
      audit: { action: status === "returned" ? "sd.review.return" : "sd.review.reject", after: { reason } },
      notify: {
        kind: status === "returned" ? ("sd.returned" as const) : ("sd.rejected" as const),
        params: { reason },
      },
      status: first ? status : item.status,
    };
  });
}

/**
 * Marks the item as a duplicate of another (its code): the submitted revision is rejected with the canonical code
 * as its reason and the item closes (close_reason duplicate, duplicate_of_id). The canonical item must exist, be
 * of the same kind, and be neither this item nor closed (nor a draft or rejected item, which nobody sees).
 */
export function markDuplicate(
  actor: Actor,
  code: string,
  revisionId: number | null,
  canonicalCode: string,
  now = new Date(),
) {
  const wanted = canonicalCode.trim().toUpperCase();
  return decide(actor, code, revisionId, async (trx, item, revision) => {
    const problem = (key: Parameters<typeof msg>[0]) =>
      fieldFail({ canonical: [msg(key, { code: wanted })] });
    if (!parseSdItemCode(wanted)) return problem("err.sdReview.canonicalFormat");
    if (wanted === item.code) return problem("err.sdReview.canonicalSelf");
    const canonical = await findSdItemByCode(trx, wanted);
    if (!canonical || canonical.status === "draft" || canonical.status === "rejected")
      return problem("err.sdReview.canonicalNotFound");
    if (canonical.status === "closed") return problem("err.sdReview.canonicalClosed");
    if (canonical.kind !== item.kind) return problem("err.sdReview.canonicalKind");
    if (!mayClose(item.status, "duplicate")) return fail("err.sdReview.notSubmitted");
    const reason = `与 ${canonical.code} 重复 / Duplicate of ${canonical.code}`;
    if (!(await decideRevision(trx, revision.id, { status: "rejected", reason, by: actor.id, at: now })))
      return fail("err.sdReview.notSubmitted");
    await trx
      .updateTable("sdItems")
      .set({
        status: "closed",
        closeReason: "duplicate",
        closedAt: now,
        duplicateOfId: canonical.id,
        updatedAt: now,
      })
      .where("id", "=", item.id)
      .execute();
    return {
      ok: true as const,
      audit: {
        action: "sd.review.duplicate",
        after: { duplicateOfId: canonical.id, duplicateOf: canonical.code },
      },
      notify: { kind: "sd.duplicate" as const, params: { canonicalCode: canonical.code } },
      status: "closed",
    };
  });
}
