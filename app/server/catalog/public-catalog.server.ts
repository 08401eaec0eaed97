import { getDb } from "../../../db/client";
import {
  currentScenarioList,
  domainCounts,
  findList,
  findTaskByCode,
  listLists,
  listPolicies,
  tasksClosingSoon,
  tasksOfList,
} from "../../../db/repositories/catalog";
import { effectiveTaskStatus, isPublicStatus } from "../../domain/task-lifecycle";
import { shanghaiDate, toShanghaiIso } from "../../domain/time";

/** What anyone may see. Drafts never leave this module. */

export async function publicPolicies() {
  const policies = await listPolicies(getDb());
  return policies.map((p) => ({
    code: p.code,
    title: p.title,
    issuer: p.issuer,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    rateBp: p.rateBp,
    capFen: p.capFen,
    clause: p.clause,
    isDemo: p.isDemo,
  }));
}

export async function publicLists() {
  const lists = await listLists(getDb(), { publicOnly: true });
  return lists.map((l) => ({
    id: l.id,
    year: l.year,
    kind: l.kind,
    title: l.title,
    status: l.status,
    policyCode: l.policyCode,
    policyIsDemo: l.policyIsDemo,
    taskCount: l.taskCount,
  }));
}

export async function publicTask(code: string, now = new Date()) {
  const task = await findTaskByCode(getDb(), code.toUpperCase());
  if (!task || !isPublicStatus(task.status)) return undefined;
  return { ...task, status: effectiveTaskStatus(task.status, task.bidDeadline, now) };
}

/** The JSON shape of GET /api/v1/tasks/:code. */
export function taskToApi(task: NonNullable<Awaited<ReturnType<typeof publicTask>>>) {
  return {
    code: task.code,
    title: task.title,
    domain: task.domain,
    year: task.year,
    status: task.status,
    district: task.district,
    demandUnit: task.demandUnit,
    bidDeadline: toShanghaiIso(task.bidDeadline),
    indicativeInvestmentFen: task.indicativeInvestmentFen,
    maxWinners: task.maxWinners,
    indicators: task.indicators.map((i) => ({
      name: i.name,
      target: i.target,
      weight: i.weight,
      veto: i.veto,
    })),
  };
}

export async function publicList(listId: number, now = new Date()) {
  const list = await findList(getDb(), listId);
  if (!list || list.status === "draft") return undefined;
  const tasks = await tasksOfList(getDb(), listId, { publicOnly: true });
  return {
    list,
    tasks: tasks.map((t) => ({ ...t, status: effectiveTaskStatus(t.status, t.bidDeadline, now) })),
  };
}

export async function homeOverview(now = new Date()) {
  const db = getDb();
  const year = Number(shanghaiDate(now).slice(0, 4));
  const list = await currentScenarioList(db, year);
  const [counts, closingSoon] = await Promise.all([
    list ? domainCounts(db, list.id) : Promise.resolve([]),
    tasksClosingSoon(db, now, 6),
  ]);
  return { list: list ?? null, counts, closingSoon };
}
