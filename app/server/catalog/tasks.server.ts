import { msg } from "../../i18n/i18n";
import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import {
  advanceTaskSerial,
  publishedTasksPastDeadline,
  existingTaskCodes,
  findList,
  findTaskByCode,
  insertTask,
  insertTasksInBulk,
  reserveTaskSerials,
  updateDraftTask,
  type IndicatorFields,
  type TaskFields,
} from "../../../db/repositories/catalog";
import { formatTaskCode, TASK_CODE_PATTERN, type TaskDomain } from "../../domain/task-domains";
import type { ImportResult, ImportRowError } from "../../forms/import";
import type { TaskInput } from "../../forms/task";
import { transitionTask, transitionTasks } from "./task-transitions.server";
import { fail, fieldFail, isUniqueViolation, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";

/* ---------- tasks ---------- */

function taskFields(input: TaskInput): { fields: TaskFields; indicators: IndicatorFields[] } {
  // Named one by one: whatever else rides along on the input (e.g. the spreadsheet row) never reaches SQL.
  return {
    fields: {
      title: input.title,
      domain: input.domain,
      demandUnit: input.demandUnit,
      district: input.district,
      scenarioNeed: input.scenarioNeed,
      goals: input.goals,
      eligibility: input.eligibility,
      indicativeInvestmentFen: input.indicativeInvestment,
      bidDeadline: input.bidDeadline,
      maxWinners: input.maxWinners,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
    },
    indicators: input.indicators,
  };
}

/** An explicit code must belong to the list's year; otherwise the next free serial of year+domain is used. */
async function assignCode(
  trx: DbOrTrx,
  year: number,
  domain: TaskDomain,
  explicit: string | undefined,
): Promise<Outcome<string>> {
  if (!explicit)
    return { ok: true, value: formatTaskCode(year, domain, await reserveTaskSerials(trx, year, domain)) };
  const match = TASK_CODE_PATTERN.exec(explicit);
  if (!match || Number(match[1]) !== year) return fieldFail({ code: [msg("err.task.codeYear", { year })] });
  if ((await existingTaskCodes(trx, [explicit])).size)
    return fieldFail({ code: [msg("err.task.codeTaken")] });
  await advanceTaskSerial(trx, year, domain, Number(match[3]));
  return { ok: true, value: explicit };
}

export async function createTask(
  actor: Actor,
  listId: number,
  input: TaskInput,
): Promise<Outcome<{ code: string }>> {
  try {
    return await getDb()
      .transaction()
      .execute((trx) => createTaskIn(trx, actor, listId, input));
  } catch (error) {
    if (isUniqueViolation(error)) return fieldFail({ code: [msg("err.task.codeTaken")] });
    throw error;
  }
}

/**
 * The task creation itself, inside the caller's transaction (a task made from a supply–demand item records the
 * item as its source in the same insert).
 */
export async function createTaskIn(
  trx: DbOrTrx,
  actor: Actor,
  listId: number,
  input: TaskInput,
  { sourceSdItemId = null }: { sourceSdItemId?: number | null } = {},
): Promise<Outcome<{ code: string }>> {
  const list = await findList(trx, listId);
  if (!list) return fail("err.list.notFound");
  if (list.status === "closed") return fail("err.list.closed");
  const code = await assignCode(trx, list.year, input.domain, input.code);
  if (!code.ok) return code;
  const { fields, indicators } = taskFields(input);
  const task = await insertTask(trx, { ...fields, code: code.value, listId, sourceSdItemId }, indicators);
  await appendAudit(trx, {
    actorUserId: actor.id,
    action: "task.create",
    entityType: "task",
    entityId: task.code,
    after: { ...task, indicators },
    ip: actor.ip,
  });
  return { ok: true as const, value: { code: task.code } };
}

export async function updateTask(
  actor: Actor,
  code: string,
  input: TaskInput,
): Promise<Outcome<{ code: string }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const before = await findTaskByCode(trx, code);
      if (!before) return fail("err.task.notFound");
      if (before.status !== "draft") return fail("err.task.notDraft");
      const { fields, indicators } = taskFields(input);
      const after = await updateDraftTask(trx, before.id, fields, indicators);
      if (!after) return fail("err.task.notDraft");
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "task.update",
        entityType: "task",
        entityId: code,
        before,
        after: { ...after, indicators },
        ip: actor.ip,
      });
      return { ok: true as const, value: { code } };
    });
}

/** Opens a single draft task of an already published list (tasks added after publication). */
export async function publishTask(actor: Actor, code: string, now = new Date()): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const task = await findTaskByCode(trx, code);
      if (!task) return fail("err.task.notFound");
      if (task.listStatus !== "published") return fail("err.task.listNotPublished");
      if (task.bidDeadline.getTime() <= now.getTime()) return fail("err.deadline.past");
      return settled(await transitionTask(trx, task, "publish", actor, { now, extra: { publishedAt: now } }));
    });
}

export async function cancelTask(actor: Actor, code: string, reason: string): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const task = await findTaskByCode(trx, code);
      if (!task) return fail("err.task.notFound");
      return settled(await transitionTask(trx, task, "cancel", actor, { extra: { cancelReason: reason } }));
    });
}

/** Moves every published task past its deadline to bidding_closed; run by the server every minute. */
export async function closeBiddingAtDeadlines(now = new Date()): Promise<string[]> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const due = await publishedTasksPastDeadline(trx, now);
      const closed = await transitionTasks(trx, due, "closeBidding", null, { now });
      if (!closed.ok) throw new Error("closing bidding at the deadline failed for locked published tasks");
      return due.map((t) => t.code);
    });
}

/** A transition's outcome as a command's answer: done, or the refusal. */
function settled(outcome: Outcome<unknown>): Outcome<null> {
  return outcome.ok ? { ok: true, value: null } : outcome;
}

/* ---------- import ---------- */

/** Inserts parsed tasks all together or not at all; duplicate codes against the database are row errors. */
export async function importTasks(
  actor: Actor,
  listId: number,
  tasks: (TaskInput & { row: number })[],
  sheetName: string,
): Promise<ImportResult> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const list = await findList(trx, listId);
      if (!list)
        return {
          ok: false as const,
          errors: [{ sheet: "", row: null, column: null, message: msg("err.list.notFound") }],
        };
      if (list.status !== "draft")
        return {
          ok: false as const,
          errors: [{ sheet: "", row: null, column: null, message: msg("err.list.notDraft") }],
        };
      const explicit = tasks.filter((t) => t.code).map((t) => t.code!);
      const taken = await existingTaskCodes(trx, explicit);
      const errors: ImportRowError[] = [];
      for (const task of tasks) {
        if (!task.code) continue;
        const match = TASK_CODE_PATTERN.exec(task.code);
        const row = task.row;
        if (!match || Number(match[1]) !== list.year)
          errors.push({
            sheet: sheetName,
            row,
            column: "任务编号",
            message: msg("err.task.codeYear", { year: list.year }),
          });
        else if (taken.has(task.code))
          errors.push({ sheet: sheetName, row, column: "任务编号", message: msg("err.task.codeTaken") });
      }
      if (errors.length) return { ok: false as const, errors };

      for (const task of tasks) {
        const match = task.code ? TASK_CODE_PATTERN.exec(task.code) : null;
        if (match) await advanceTaskSerial(trx, list.year, task.domain, Number(match[3]));
      }
      const needCodes = new Map<TaskDomain, number>();
      for (const task of tasks)
        if (!task.code) needCodes.set(task.domain, (needCodes.get(task.domain) ?? 0) + 1);
      const nextSerial = new Map<TaskDomain, number>();
      for (const [domain, count] of needCodes)
        nextSerial.set(domain, await reserveTaskSerials(trx, list.year, domain, count));
      const rows = tasks.map((task) => {
        let code = task.code;
        if (!code) {
          const serial = nextSerial.get(task.domain)!;
          nextSerial.set(task.domain, serial + 1);
          code = formatTaskCode(list.year, task.domain, serial);
        }
        const { fields, indicators } = taskFields(task);
        return { ...fields, code, listId, indicators };
      });
      await insertTasksInBulk(trx, rows);
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "list.import",
        entityType: "list",
        entityId: listId,
        after: { created: rows.length, codes: rows.map((r) => r.code) },
        ip: actor.ip,
      });
      return { ok: true as const, created: rows.length };
    });
}
