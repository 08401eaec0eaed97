import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  appendMember,
  batchOfItem,
  deleteDraftBatch,
  deleteMember,
  insertBatch,
  lockBatch,
  lockCandidate,
  markBatchPublished,
  memberRows,
  publishedBatchesOfYear,
  refreshMemberRevisions,
  setPositions,
  unpublishedMembers,
} from "../../../../db/repositories/sd-list";
import { isCalendarDate, LIST_YEAR_MAX, LIST_YEAR_MIN, moved } from "../../../domain/sd-list";
import { msg } from "../../../i18n/i18n";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, isUniqueViolation, type Outcome } from "../../platform/outcome.server";

/**
 * Composing and publishing the annual list's batches. One draft batch per year at a time, so batches are
 * numbered and published in order. A batch takes published items of its year that no batch holds; publication
 * records each member's published revision, needs a second staff member (never the composer: the DB check
 * sd_batches_two_signatures says the same), and freezes the batch (trigger sd_batch_frozen).
 */

const ENTITY = "sd_batch";

async function draftBatch(trx: DbOrTrx, batchId: number) {
  const batch = await lockBatch(trx, batchId);
  if (!batch) return { refusal: fail("err.sdList.batchNotFound") };
  if (batch.status !== "draft")
    return {
      refusal: fail("err.sdList.frozen", { number: batch.number }),
    };
  return { batch };
}

export async function createBatch(actor: Actor, year: number): Promise<Outcome<{ id: number }>> {
  if (!Number.isInteger(year) || year < LIST_YEAR_MIN || year > LIST_YEAR_MAX)
    return fieldFail({ year: [msg("err.sdList.year", { min: LIST_YEAR_MIN, max: LIST_YEAR_MAX })] });
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const open = await trx
          .selectFrom("sdBatches")
          .select(["id", "number"])
          .where("year", "=", year)
          .where("status", "=", "draft")
          .executeTakeFirst();
        if (open)
          return fieldFail({
            year: [
              msg("err.sdList.draftExists", {
                year,
                number: open.number,
              }),
            ],
          });
        const batch = await insertBatch(trx, year, actor.id);
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "sd_batch.create",
          entityType: ENTITY,
          entityId: batch.id,
          after: { year, number: batch.number, status: "draft" },
          ip: actor.ip,
        });
        return { ok: true as const, value: { id: batch.id } };
      });
  } catch (error) {
    // Another staff member created the year's next batch at the same moment.
    if (isUniqueViolation(error)) return fieldFail({ year: [msg("err.sdList.concurrent")] });
    throw error;
  }
}

/** A refusal found after some writes: thrown so that the transaction rolls back, then answered. */
class Refusal extends Error {
  constructor(readonly outcome: { ok: false; formError: ReturnType<typeof msg> }) {
    super("refused");
  }
}

/** Adds published items of the batch's year, all or none; each records its published revision. */
export async function addItems(
  actor: Actor,
  batchId: number,
  itemIds: readonly number[],
): Promise<Outcome<{ added: number }>> {
  if (itemIds.length === 0) return fail("err.sdList.nothingChosen");
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const { batch, refusal } = await draftBatch(trx, batchId);
        if (!batch) return refusal;
        const added: { code: string; revisionId: number; position: number }[] = [];
        const refuse = (...args: Parameters<typeof fail>) => {
          throw new Refusal(fail(...args));
        };
        for (const itemId of [...new Set(itemIds)].sort((a, b) => a - b)) {
          const item = await lockCandidate(trx, itemId);
          if (!item) return refuse("err.sdList.itemNotFound");
          if (item.status !== "published" || item.publishedRevisionId === null)
            return refuse("err.sdList.notPublished", { code: item.code });
          if (item.year !== batch.year)
            return refuse("err.sdList.otherYear", { code: item.code, year: batch.year });
          const holder = await batchOfItem(trx, item.id);
          if (holder)
            return refuse("err.sdList.inBatch", {
              code: item.code,
              year: holder.year,
              number: holder.number,
            });
          const position = await appendMember(trx, batch.id, item.id, item.publishedRevisionId);
          added.push({ code: item.code, revisionId: item.publishedRevisionId, position });
        }
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "sd_batch.add_items",
          entityType: ENTITY,
          entityId: batch.id,
          after: { items: added },
          ip: actor.ip,
        });
        return { ok: true as const, value: { added: added.length } };
      });
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    // A concurrent composition put the same item in another batch first (UNIQUE item_id).
    if (isUniqueViolation(error)) return fail("err.sdList.concurrent");
    throw error;
  }
}

export async function removeItem(actor: Actor, batchId: number, itemId: number): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { batch, refusal } = await draftBatch(trx, batchId);
      if (!batch) return refusal;
      const before = (await memberRows(trx, batch.id)).find((row) => row.itemId === itemId);
      if (!before || !(await deleteMember(trx, batch.id, itemId))) return fail("err.sdList.notMember");
      const rest = (await memberRows(trx, batch.id)).map((row) => row.itemId);
      await setPositions(trx, batch.id, rest);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd_batch.remove_item",
        entityType: ENTITY,
        entityId: batch.id,
        before,
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

export async function moveItem(
  actor: Actor,
  batchId: number,
  itemId: number,
  direction: "up" | "down",
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { batch, refusal } = await draftBatch(trx, batchId);
      if (!batch) return refusal;
      const order = (await memberRows(trx, batch.id)).map((row) => row.itemId);
      const next = moved(order, itemId, direction);
      if (!next) return fail(order.includes(itemId) ? "err.sdList.cannotMove" : "err.sdList.notMember");
      await setPositions(trx, batch.id, next);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd_batch.reorder",
        entityType: ENTITY,
        entityId: batch.id,
        before: { order },
        after: { order: next },
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

/**
 * Publishes a draft batch with the date printed on the list. The publisher signs second and must not be the
 * composer; every member must still be published; each member's revision is recorded as it is now, then the
 * batch is frozen for good.
 */
export async function publishBatch(
  actor: Actor,
  batchId: number,
  publishedOn: string,
  now = new Date(),
): Promise<Outcome<{ items: number }>> {
  if (!isCalendarDate(publishedOn)) return fieldFail({ publishedOn: [msg("err.sdList.date")] });
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { batch, refusal } = await draftBatch(trx, batchId);
      if (!batch) return refusal;
      if (batch.composedBy === actor.id) return fail("err.sdList.secondSigner");
      const members = await memberRows(trx, batch.id);
      if (members.length === 0) return fail("err.sdList.empty");
      const closed = await unpublishedMembers(trx, batch.id);
      if (closed.length)
        return fail("err.sdList.membersClosed", { codes: closed.map((c) => c.code).join(", ") });
      const earlier = (await publishedBatchesOfYear(trx, batch.year)).at(-1);
      if (earlier?.publishedOn && publishedOn < earlier.publishedOn)
        return fieldFail({
          publishedOn: [
            msg("err.sdList.dateBeforePrevious", {
              number: earlier.number,
              date: earlier.publishedOn,
            }),
          ],
        });
      await refreshMemberRevisions(trx, batch.id);
      const frozen = await memberRows(trx, batch.id);
      const published = await markBatchPublished(trx, batch.id, {
        publishedBy: actor.id,
        publishedOn,
        publishedAt: now,
      });
      if (!published) throw new Error(`sd batch ${batch.id}: the locked draft could not be published`);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd_batch.publish",
        entityType: ENTITY,
        entityId: batch.id,
        before: { status: "draft" },
        after: {
          status: "published",
          year: batch.year,
          number: batch.number,
          publishedOn,
          composedBy: batch.composedBy,
          publishedBy: actor.id,
          items: frozen.map((row) => ({
            itemId: row.itemId,
            revisionId: row.revisionId,
            position: row.position,
          })),
        },
        ip: actor.ip,
      });
      return { ok: true as const, value: { items: frozen.length } };
    });
}

/** Discards a draft batch (its items become available again). */
export async function discardBatch(actor: Actor, batchId: number): Promise<Outcome<{ year: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { batch, refusal } = await draftBatch(trx, batchId);
      if (!batch) return refusal;
      const members = await memberRows(trx, batch.id);
      await deleteDraftBatch(trx, batch.id);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd_batch.discard",
        entityType: ENTITY,
        entityId: batch.id,
        before: { year: batch.year, number: batch.number, items: members.map((m) => m.itemId) },
        ip: actor.ip,
      });
      return { ok: true as const, value: { year: batch.year } };
    });
}
