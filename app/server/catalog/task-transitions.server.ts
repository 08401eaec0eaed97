import type { DbOrTrx } from "../../../db/client";
import { appendAudits } from "../../../db/repositories/audit";
import { setTasksStatus } from "../../../db/repositories/catalog";
import { eventBetween } from "../../domain/lifecycle";
import { TASK_EVENTS, transition, type TaskEvent, type TaskStatus } from "../../domain/task-lifecycle";
import type { Actor } from "../platform/actor.server";
import { fail, type Outcome } from "../platform/outcome.server";

export interface TaskRef {
  id: number;
  code: string;
  status: TaskStatus;
}

interface TransitionOptions {
  now?: Date;
  /** Columns that change with the status, recorded in the audit entry too. */
  extra?: { cancelReason?: string; publishedAt?: Date };
}

/**
 * The only way a task's status changes: the lifecycle table decides whether `event` may happen from the task's
 * status, the row moves only if it is still in that status, and every move is audited as `task.<event>`. The
 * database refuses any other change (trigger `tasks_lifecycle`). Callers lock the task rows first.
 */
export async function transitionTasks(
  trx: DbOrTrx,
  tasks: readonly TaskRef[],
  event: TaskEvent,
  actor: Actor | null,
  { now = new Date(), extra = {} }: TransitionOptions = {},
): Promise<Outcome<TaskStatus>> {
  const from = tasks[0]?.status;
  if (from === undefined) return { ok: true, value: TASK_EVENTS[event].to };
  if (tasks.some((task) => task.status !== from))
    throw new Error("transitionTasks: tasks in different states");
  const step = transition(from, event);
  if (!step.ok) return fail("err.task.illegalTransition", { from: { status: from }, event: { event } });
  const moved = await setTasksStatus(
    trx,
    tasks.map((task) => task.id),
    from,
    step.to,
    { ...extra, updatedAt: now },
  );
  if (moved.length !== tasks.length) return fail("err.task.changedMeanwhile");
  await appendAudits(
    trx,
    tasks.map((task) => ({
      actorUserId: actor?.id ?? null,
      action: `task.${event}`,
      entityType: "task",
      entityId: task.code,
      before: { status: from },
      after: { status: step.to, ...extra, at: now.toISOString() },
      ip: actor?.ip ?? null,
    })),
  );
  return { ok: true, value: step.to };
}

export function transitionTask(
  trx: DbOrTrx,
  task: TaskRef,
  event: TaskEvent,
  actor: Actor | null,
  options: TransitionOptions = {},
): Promise<Outcome<TaskStatus>> {
  return transitionTasks(trx, [task], event, actor, options);
}

/** Moves a task to a status its projects imply, by the one lifecycle event that leads there. */
export async function transitionTaskTo(
  trx: DbOrTrx,
  task: TaskRef,
  target: TaskStatus,
  actor: Actor | null,
  options: TransitionOptions = {},
): Promise<Outcome<TaskStatus>> {
  if (task.status === target) return { ok: true, value: target };
  const event = eventBetween<TaskStatus, typeof TASK_EVENTS>(TASK_EVENTS, task.status, target);
  if (!event) throw new Error(`task ${task.code}: no lifecycle event leads from ${task.status} to ${target}`);
  return transitionTask(trx, task, event, actor, options);
}
