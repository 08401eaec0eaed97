import { msg } from "../../i18n/i18n";
import type { z } from "zod";
import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  draftTasksOfList,
  findList,
  findPolicyByCode,
  insertList,
  insertPolicy,
  setListStatus,
  updateDraftList,
} from "../../../db/repositories/catalog";
import { policyInForce } from "../../domain/policy";
import type { listSchema, policySchema } from "../../forms/catalog";
import { transitionTasks } from "./task-transitions.server";
import { fail, isUniqueViolation, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";

/* ---------- policies ---------- */

export async function createPolicy(
  actor: Actor,
  input: z.infer<typeof policySchema>,
): Promise<Outcome<{ code: string }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        if (await findPolicyByCode(trx, input.code))
          return { ok: false as const, fieldErrors: { code: [msg("err.policy.codeTaken")] } };
        const policy = await insertPolicy(trx, {
          code: input.code,
          title: input.title,
          issuer: input.issuer,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo,
          rateBp: input.ratePercent,
          capFen: input.cap,
          clause: input.clause,
          isDemo: input.isDemo,
        });
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "policy.create",
          entityType: "policy",
          entityId: policy.id,
          after: policy,
          ip: actor.ip,
        });
        return { ok: true as const, value: { code: policy.code } };
      });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: [msg("err.policy.codeTaken")] } };
    throw error;
  }
}

/* ---------- lists ---------- */

export async function listValues(trx: DbOrTrx, input: z.infer<typeof listSchema>) {
  const policy = await findPolicyByCode(trx, input.policyCode);
  if (!policy) return null;
  const { policyCode: _, ...rest } = input;
  return { ...rest, policyId: policy.id };
}

export async function createList(
  actor: Actor,
  input: z.infer<typeof listSchema>,
): Promise<Outcome<{ id: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const values = await listValues(trx, input);
      if (!values) return { ok: false as const, fieldErrors: { policyCode: [msg("err.list.policy")] } };
      const list = await insertList(trx, values);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "list.create",
        entityType: "list",
        entityId: list.id,
        after: list,
        ip: actor.ip,
      });
      return { ok: true as const, value: { id: list.id } };
    });
}

export async function updateList(
  actor: Actor,
  listId: number,
  input: z.infer<typeof listSchema>,
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const before = await findList(trx, listId);
      if (!before) return fail("err.list.notFound");
      if (before.status !== "draft") return fail("err.list.notDraft");
      const values = await listValues(trx, input);
      if (!values) return { ok: false as const, fieldErrors: { policyCode: [msg("err.list.policy")] } };
      const after = await updateDraftList(trx, listId, values);
      if (!after) return fail("err.list.notDraft");
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "list.update",
        entityType: "list",
        entityId: listId,
        before,
        after,
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

/**
 * Publishes a draft list and opens its draft tasks, only while the list's policy is in force (Shanghai calendar
 * day of `now`) and only if every task can still take bids.
 */
export async function publishList(
  actor: Actor,
  listId: number,
  now = new Date(),
): Promise<Outcome<{ opened: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const list = await findList(trx, listId);
      if (!list) return fail("err.list.notFound");
      if (list.status !== "draft") return fail("err.list.notDraft");
      if (
        !policyInForce({ effectiveFrom: list.policyEffectiveFrom, effectiveTo: list.policyEffectiveTo }, now)
      ) {
        return fail("err.list.policyNotInForce", {
          code: list.policyCode,
          from: list.policyEffectiveFrom,
          to: list.policyEffectiveTo,
        });
      }
      const drafts = await draftTasksOfList(trx, listId);
      if (drafts.length === 0) return fail("err.list.noTasks");
      const expired = drafts.filter((t) => t.bidDeadline.getTime() <= now.getTime()).map((t) => t.code);
      if (expired.length) return fail("err.list.expiredTasks", { codes: expired.join(", ") });
      await setListStatus(trx, listId, "draft", "published", now);
      const opened = await transitionTasks(trx, drafts, "publish", actor, {
        now,
        extra: { publishedAt: now },
      });
      if (!opened.ok) throw new Error("publishing the locked draft tasks of a list failed");
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "list.publish",
        entityType: "list",
        entityId: listId,
        before: { status: "draft" },
        after: { status: "published", openedTasks: drafts.map((t) => t.code) },
        ip: actor.ip,
      });
      return { ok: true as const, value: { opened: drafts.length } };
    });
}
