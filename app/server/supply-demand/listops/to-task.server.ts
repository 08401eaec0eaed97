import { getDb, type DbOrTrx } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { findList } from "../../../../db/repositories/catalog";
import {
  demandForConversion,
  organizationIdsOfUser,
  taskFromSdItem,
} from "../../../../db/repositories/sd-listops";
import { lockSdItem } from "../../../../db/repositories/supply-demand";
import { isDistrict } from "../../../domain/districts";
import { fenToYuanString } from "../../../domain/money";
import { SD_TO_TASK_DOMAIN, TASK_DEADLINE_DAYS, clip } from "../../../domain/sd-listops";
import { isSdDomain } from "../../../domain/supply-demand";
import { shanghaiDate } from "../../../domain/time";
import type { ToTaskInput } from "../../../forms/sd-listops";
import { taskInputSchema, type TaskInputStrings } from "../../../forms/task";
import { msg } from "../../../i18n/i18n";
import { createTaskIn } from "../../catalog/tasks.server";
import type { Actor } from "../../platform/actor.server";
import { fail, fieldFail, isUniqueViolation, type Outcome } from "../../platform/outcome.server";

/**
 * 从需求到揭榜任务: staff turn a PUBLISHED demand into a DRAFT task of a scenario list through the task creation
 * service, the text carried over and the provenance kept both ways (tasks.source_sd_item_id, unique: a demand
 * becomes at most one task). What a demand does not say (eligibility, the deadline, indicators) is filled with
 * placeholders staff edit before publishing.
 */

type Demand = NonNullable<Awaited<ReturnType<typeof demandForConversion>>>;

/** The task form's strings for this demand, checked by the one task schema like any staff-written task. */
export function taskFieldsFromDemand(demand: Demand, district: string, now: Date): TaskInputStrings {
  const investment = demand.budgetMaxFen ?? demand.budgetMinFen ?? 0;
  const deadline = shanghaiDate(new Date(now.getTime() + TASK_DEADLINE_DAYS * 86_400_000));
  const outcome = demand.expectedOutcome ?? demand.summary ?? "";
  const domain = demand.domain !== null && isSdDomain(demand.domain) ? demand.domain : "other";
  return {
    title: clip(demand.title ?? demand.code, 100),
    domain: SD_TO_TASK_DOMAIN[domain],
    demandUnit: clip(demand.organizationName, 100),
    district,
    scenarioNeed: clip(`${demand.description ?? ""}\n\n${demand.summary ?? ""}`.trim(), 5000),
    goals: clip(outcome, 5000),
    eligibility: `在武汉市注册的独立法人单位或联合体（由需求 ${demand.code} 转入，发布前请核对揭榜条件）。`,
    indicativeInvestment: fenToYuanString(investment),
    bidDeadline: deadline,
    maxWinners: "1",
    contactName: demand.contactName ?? "",
    contactPhone: demand.contactPhone ?? "",
    indicators: [
      {
        name: "预期成效",
        target: clip(outcome, 200),
        measurement: "验收时核查（发布前请细化考核方式）",
        weight: "100",
      },
    ],
  };
}

async function refusal(trx: DbOrTrx, actor: Actor, demand: Demand | undefined) {
  if (!demand) return fail("err.sdToTask.unknown");
  if (demand.kind !== "demand") return fail("err.sdToTask.notDemand");
  if (demand.status !== "published") return fail("err.sdToTask.notPublished");
  if ((await organizationIdsOfUser(trx, actor.id)).has(demand.organizationId))
    return fail("err.sdListops.conflict");
  const existing = await taskFromSdItem(trx, demand.id);
  if (existing) return fail("err.sdToTask.already", { task: existing.code });
  return null;
}

export async function convertDemandToTask(
  actor: Actor,
  code: string,
  input: ToTaskInput,
  now = new Date(),
): Promise<Outcome<{ code: string }>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const found = await demandForConversion(trx, code);
        if (found) await lockSdItem(trx, found.id);
        const refused = await refusal(trx, actor, found);
        if (refused) return refused;
        const demand = found!;
        const list = await findList(trx, input.listId);
        if (!list || list.kind !== "scenario" || list.status === "closed")
          return fieldFail({ listId: [msg("err.sdToTask.list")] });
        const district = demand.district ?? input.district;
        if (!district || !isDistrict(district))
          return fieldFail({ district: [msg("err.sdToTask.district")] });
        const parsed = taskInputSchema({ now, year: list.year }).safeParse(
          taskFieldsFromDemand(demand, district, now),
        );
        if (!parsed.success)
          return fail("err.sdToTask.invalid", { field: String(parsed.error.issues[0]?.path[0] ?? "") });
        const created = await createTaskIn(trx, actor, list.id, parsed.data, { sourceSdItemId: demand.id });
        if (!created.ok) return created;
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "sd.item.toTask",
          entityType: "sd_item",
          entityId: demand.code,
          after: { task: created.value.code, listId: list.id },
          ip: actor.ip,
        });
        return created;
      });
  } catch (error) {
    // Two staff converting the same demand at once: the unique index keeps one task; name it.
    if (isUniqueViolation(error, "tasks_source_sd_item")) {
      const demand = await demandForConversion(getDb(), code);
      const existing = demand ? await taskFromSdItem(getDb(), demand.id) : undefined;
      return fail("err.sdToTask.already", { task: existing?.code ?? "" });
    }
    throw error;
  }
}
