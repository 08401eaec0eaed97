import { getDb } from "../../../db/client";
import { listAudit } from "../../../db/repositories/audit";
import {
  findList,
  findTaskByCode,
  listLists,
  listPolicies,
  tasksOfList,
} from "../../../db/repositories/catalog";
import { listOrganizations } from "../../../db/repositories/identity";
import { effectiveTaskStatus } from "../../domain/task-lifecycle";

export async function staffOverview({
  orgPage,
  auditPage,
  pageSize,
}: {
  orgPage: number;
  auditPage: number;
  pageSize: number;
}) {
  const db = getDb();
  const [organizations, audit] = await Promise.all([
    listOrganizations(db, { limit: pageSize, offset: (orgPage - 1) * pageSize }),
    listAudit(db, { limit: pageSize, offset: (auditPage - 1) * pageSize }),
  ]);
  return { organizations, audit };
}

export async function staffLists() {
  return listLists(getDb(), { publicOnly: false });
}

export async function staffListDetail(listId: number, now = new Date()) {
  const list = await findList(getDb(), listId);
  if (!list) return undefined;
  const tasks = await tasksOfList(getDb(), listId, { publicOnly: false });
  return {
    list,
    tasks: tasks.map((t) => ({ ...t, status: effectiveTaskStatus(t.status, t.bidDeadline, now) })),
  };
}

/** A task in any state, drafts included, for preview and actions. */
export async function staffTask(code: string, now = new Date()) {
  const task = await findTaskByCode(getDb(), code.toUpperCase());
  if (!task) return undefined;
  return {
    ...task,
    status: effectiveTaskStatus(task.status, task.bidDeadline, now),
    storedStatus: task.status,
  };
}

export async function staffPolicies() {
  return listPolicies(getDb());
}
