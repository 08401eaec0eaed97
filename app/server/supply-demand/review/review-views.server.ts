import { getDb } from "../../../../db/client";
import {
  findSdItemByCode,
  findSdItemById,
  findSdRevision,
  staffScopeOf,
} from "../../../../db/repositories/supply-demand";
import {
  organizationName,
  reviewQueue,
  revisionHistory,
  submittedRevisionOf,
  type QueueFilter,
} from "../../../../db/repositories/sd-review";
import type { SdRevision } from "../../../../db/schema-supply-demand";
import { changedFields, REVIEW_FIELDS, type ReviewField } from "../../../domain/sd-review";
import { possibleDuplicates } from "../matching/matching.server";
import { reviewRefusal } from "./review.server";

/** A revision's content as the review page shows it (contacts included: staff may see them). */
function content(revision: SdRevision) {
  return Object.fromEntries(REVIEW_FIELDS.map((field) => [field, revision[field]])) as Pick<
    SdRevision,
    ReviewField
  >;
}

/**
 * What the review page of an item shows to this staff member: the revision awaiting review (or, once decided,
 * the newest one), the published one for comparison, the history and the possible duplicates. A reviewer whose
 * scope does not cover the item, or who has a conflict with its organization, gets the refusal and nothing else.
 */
export async function reviewView(userId: number, code: string) {
  const db = getDb();
  const item = await findSdItemByCode(db, code.toUpperCase());
  if (!item) return undefined;
  const pending = await submittedRevisionOf(db, item.id);
  const shown =
    pending ?? (item.latestRevisionId ? await findSdRevision(db, item.latestRevisionId) : undefined);
  if (!shown) return undefined;
  const refusal = await reviewRefusal(db, userId, item, shown.district);
  if (refusal) return { refusal: refusal.formError, code: item.code } as const;
  const reviewable = pending !== undefined && ["submitted", "published"].includes(item.status);
  const published =
    item.publishedRevisionId !== null && item.publishedRevisionId !== shown.id
      ? await findSdRevision(db, item.publishedRevisionId)
      : undefined;
  const [history, orgName, duplicates, canonical] = await Promise.all([
    revisionHistory(db, item.id),
    organizationName(db, item.organizationId),
    reviewable ? possibleDuplicates(item.id, { limit: 5 }) : Promise.resolve([]),
    item.duplicateOfId !== null ? findSdItemById(db, item.duplicateOfId) : Promise.resolve(undefined),
  ]);
  const submitted = content(shown);
  const before = published ? content(published) : null;
  return {
    refusal: null,
    item: {
      id: item.id,
      code: item.code,
      kind: item.kind,
      year: item.year,
      status: item.status,
      closeReason: item.closeReason,
      publishedAt: item.publishedAt,
      expiresAt: item.expiresAt,
      organizationName: orgName,
      duplicateOf: canonical ? canonical.code : null,
    },
    reviewable,
    revision: {
      id: shown.id,
      number: shown.number,
      status: shown.status,
      submittedAt: shown.submittedAt,
      reviewReason: shown.reviewReason,
      content: submitted,
    },
    isEdit: before !== null,
    published: before ? { number: published!.number, content: before } : null,
    changed: [...changedFields(before, submitted)],
    history,
    duplicates: duplicates.slice(0, 5),
  } as const;
}

export const QUEUE_PAGE_SIZE = 20;

/** The queue of this staff member: only what their scope covers. */
export async function queueView(userId: number, filter: QueueFilter, page: number) {
  const db = getDb();
  const scope = await staffScopeOf(db, userId);
  const queue = await reviewQueue(db, scope, filter, { page, pageSize: QUEUE_PAGE_SIZE });
  return {
    scope: scope ? { agency: scope.agency, district: scope.district } : null,
    ...queue,
    page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}
