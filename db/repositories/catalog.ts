import { sql } from "kysely";
import { DOMAIN_CODE, type TaskDomain } from "../../app/domain/task-domains";
import type { TaskStatus } from "../../app/domain/task-lifecycle";
import type { DbOrTrx } from "../client";
import type { Insertable } from "kysely";
import type { ListKind, ListStatus, PoliciesTable, TasksTable } from "../schema";

/* ---------- policies ---------- */

export async function listPolicies(db: DbOrTrx) {
  return db.selectFrom("policies").selectAll().orderBy("effectiveFrom", "desc").orderBy("code").execute();
}

export async function findPolicyByCode(db: DbOrTrx, code: string) {
  return db.selectFrom("policies").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function findPolicyById(db: DbOrTrx, id: number) {
  return db.selectFrom("policies").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertPolicy(db: DbOrTrx, policy: Insertable<PoliciesTable>) {
  return db.insertInto("policies").values(policy).returningAll().executeTakeFirstOrThrow();
}

/* ---------- lists ---------- */

export interface NewList {
  year: number;
  kind: ListKind;
  title: string;
  policyId: number;
  noticeDays: number;
  maxBidsPerOrg: number;
  maxConsortiumMembers: number;
}

export async function insertList(db: DbOrTrx, list: NewList) {
  return db.insertInto("lists").values(list).returningAll().executeTakeFirstOrThrow();
}

export async function updateDraftList(db: DbOrTrx, id: number, list: NewList) {
  return db
    .updateTable("lists")
    .set({ ...list, updatedAt: new Date() })
    .where("id", "=", id)
    .where("status", "=", "draft")
    .returningAll()
    .executeTakeFirst();
}

export async function setListStatus(db: DbOrTrx, id: number, from: ListStatus, to: ListStatus, at: Date) {
  return db
    .updateTable("lists")
    .set({ status: to, updatedAt: at, ...(to === "published" ? { publishedAt: at } : {}) })
    .where("id", "=", id)
    .where("status", "=", from)
    .returningAll()
    .executeTakeFirst();
}

export async function findList(db: DbOrTrx, id: number) {
  return db
    .selectFrom("lists")
    .innerJoin("policies", "policies.id", "lists.policyId")
    .selectAll("lists")
    .select([
      "policies.code as policyCode",
      "policies.title as policyTitle",
      "policies.effectiveFrom as policyEffectiveFrom",
      "policies.effectiveTo as policyEffectiveTo",
      "policies.rateBp as policyRateBp",
      "policies.capFen as policyCapFen",
      "policies.isDemo as policyIsDemo",
    ])
    .where("lists.id", "=", id)
    .executeTakeFirst();
}

/** Lists with their policy code and how many tasks they hold (only public tasks when `publicOnly`). */
export async function listLists(db: DbOrTrx, { publicOnly }: { publicOnly: boolean }) {
  let query = db
    .selectFrom("lists")
    .innerJoin("policies", "policies.id", "lists.policyId")
    .select((eb) => [
      "lists.id",
      "lists.year",
      "lists.kind",
      "lists.title",
      "lists.status",
      "lists.publishedAt",
      "policies.code as policyCode",
      "policies.isDemo as policyIsDemo",
      eb
        .selectFrom("tasks")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("tasks.listId", "=", "lists.id")
        .$if(publicOnly, (q) => q.where("tasks.status", "!=", "draft"))
        .as("taskCount"),
    ])
    .orderBy("lists.year", "desc")
    .orderBy("lists.id", "desc");
  if (publicOnly) query = query.where("lists.status", "!=", "draft");
  return query.execute();
}

/* ---------- tasks ---------- */

/** What staff write about a task (everything but its code, list and lifecycle). */
export type TaskFields = Pick<
  TasksTable,
  | "title"
  | "domain"
  | "demandUnit"
  | "district"
  | "scenarioNeed"
  | "goals"
  | "eligibility"
  | "indicativeInvestmentFen"
  | "bidDeadline"
  | "maxWinners"
  | "contactName"
  | "contactPhone"
>;

export interface IndicatorFields {
  name: string;
  target: string;
  measurement: string;
  weight: number;
  veto: boolean;
}

/**
 * Reserves `count` consecutive serials for year+domain atomically and returns the first one (two staff adding
 * AI tasks at once get 001 and 002; an import of 40 AI tasks gets a block of 40). The block starts after both
 * the counter and the highest code of year+domain already stored, read while the counter row is locked: codes
 * written before the counter knew of them (older data, a code under the wrong domain) can never collide.
 */
export async function reserveTaskSerials(
  db: DbOrTrx,
  year: number,
  domain: TaskDomain,
  count = 1,
): Promise<number> {
  // Lock the counter row first, so that the highest code read next cannot change until the transaction ends.
  await db
    .insertInto("taskCodeCounters")
    .values({ year, domain, lastSerial: 0 })
    .onConflict((oc) =>
      oc.columns(["year", "domain"]).doUpdateSet({ lastSerial: sql`task_code_counters.last_serial` }),
    )
    .execute();
  const prefix = `${year}-${DOMAIN_CODE[domain]}-`;
  const highest = await db
    .selectFrom("tasks")
    .select(
      sql<number>`coalesce(max(substring(code from ${prefix.length + 1}::integer)::integer), 0)`.as("serial"),
    )
    .where("code", "like", `${prefix}%`)
    // At most nine digits, so the cast cannot overflow.
    .where(sql<boolean>`code ~ ${`^${prefix}[0-9]{1,9}$`}`)
    .executeTakeFirstOrThrow();
  const row = await db
    .updateTable("taskCodeCounters")
    .set({ lastSerial: sql`greatest(last_serial, ${highest.serial}::integer) + ${count}::integer` })
    .where("year", "=", year)
    .where("domain", "=", domain)
    .returning("lastSerial")
    .executeTakeFirstOrThrow();
  return row.lastSerial - count + 1;
}

/** After a code was given explicitly, later generated codes continue after it rather than collide. */
export async function advanceTaskSerial(db: DbOrTrx, year: number, domain: TaskDomain, serial: number) {
  await db
    .insertInto("taskCodeCounters")
    .values({ year, domain, lastSerial: serial })
    .onConflict((oc) =>
      oc
        .columns(["year", "domain"])
        .doUpdateSet({ lastSerial: sql`greatest(task_code_counters.last_serial, ${serial})` }),
    )
    .execute();
}

export async function existingTaskCodes(db: DbOrTrx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom("tasks").select("code").where("code", "in", codes).execute();
  return new Set(rows.map((r) => r.code));
}

export type NewTask = TaskFields & {
  code: string;
  listId: number;
  status?: TaskStatus;
  publishedAt?: Date | null;
  cancelReason?: string | null;
  /** The supply–demand item (a published demand) the task was made from. */
  sourceSdItemId?: number | null;
};

export async function insertTask(db: DbOrTrx, task: NewTask, indicators: IndicatorFields[]) {
  const row = await db.insertInto("tasks").values(task).returningAll().executeTakeFirstOrThrow();
  await insertIndicators(db, row.id, indicators);
  return row;
}

/** Many tasks in a few statements (an import of thousands stays well under a second of SQL). */
export async function insertTasksInBulk(db: DbOrTrx, tasks: (NewTask & { indicators: IndicatorFields[] })[]) {
  const BATCH = 500;
  const ids: number[] = [];
  for (let start = 0; start < tasks.length; start += BATCH) {
    const batch = tasks.slice(start, start + BATCH);
    const rows = await db
      .insertInto("tasks")
      .values(batch.map(({ indicators: _, ...task }) => task))
      .returning("id")
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  const indicatorRows = tasks.flatMap((task, index) =>
    task.indicators.map((indicator, position) => ({ ...indicator, taskId: ids[index]!, position })),
  );
  for (let start = 0; start < indicatorRows.length; start += BATCH * 2) {
    await db
      .insertInto("taskIndicators")
      .values(indicatorRows.slice(start, start + BATCH * 2))
      .execute();
  }
  return ids;
}

async function insertIndicators(db: DbOrTrx, taskId: number, indicators: IndicatorFields[]) {
  if (indicators.length === 0) return;
  await db
    .insertInto("taskIndicators")
    .values(indicators.map((indicator, position) => ({ ...indicator, taskId, position })))
    .execute();
}

/** Replaces a draft task's fields and indicators; undefined when it is no longer a draft. */
export async function updateDraftTask(
  db: DbOrTrx,
  taskId: number,
  task: TaskFields,
  indicators: IndicatorFields[],
) {
  const row = await db
    .updateTable("tasks")
    .set({ ...task, updatedAt: new Date() })
    .where("id", "=", taskId)
    .where("status", "=", "draft")
    .returningAll()
    .executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom("taskIndicators").where("taskId", "=", taskId).execute();
  await insertIndicators(db, taskId, indicators);
  return row;
}

/** Moves a task only if it is still in `from` (a concurrent change makes this return undefined). */
/** Moves these tasks from one status to another; only those still in `from` move (the rest changed meanwhile). */
export async function setTasksStatus(
  db: DbOrTrx,
  taskIds: readonly number[],
  from: TaskStatus,
  to: TaskStatus,
  extra: { cancelReason?: string; publishedAt?: Date; updatedAt: Date },
) {
  if (taskIds.length === 0) return [];
  return db
    .updateTable("tasks")
    .set({ status: to, ...extra })
    .where("id", "in", taskIds)
    .where("status", "=", from)
    .returning(["id", "code"])
    .execute();
}

export async function draftTasksOfList(db: DbOrTrx, listId: number) {
  return db
    .selectFrom("tasks")
    .select(["id", "code", "status", "bidDeadline"])
    .where("listId", "=", listId)
    .where("status", "=", "draft")
    .forUpdate()
    .execute();
}

/** Published tasks whose deadline has passed, locked: the sweeper closes their bidding. */
export async function publishedTasksPastDeadline(db: DbOrTrx, now: Date) {
  return db
    .selectFrom("tasks")
    .select(["id", "code", "status", "bidDeadline"])
    .where("status", "=", "published")
    .where("bidDeadline", "<=", now)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function findTaskByCode(db: DbOrTrx, code: string) {
  const task = await db
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .innerJoin("policies", "policies.id", "lists.policyId")
    .selectAll("tasks")
    .select([
      "lists.year",
      "lists.title as listTitle",
      "lists.status as listStatus",
      "policies.code as policyCode",
      "policies.rateBp as policyRateBp",
      "policies.capFen as policyCapFen",
    ])
    .where("tasks.code", "=", code)
    .executeTakeFirst();
  if (!task) return undefined;
  const indicators = await indicatorsOf(db, task.id);
  return { ...task, indicators };
}

export async function findTaskById(db: DbOrTrx, id: number) {
  return db.selectFrom("tasks").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function indicatorsOf(db: DbOrTrx, taskId: number) {
  return db
    .selectFrom("taskIndicators")
    .select(["name", "target", "measurement", "weight", "veto"])
    .where("taskId", "=", taskId)
    .orderBy("position")
    .execute();
}

/** Every task of a list with its indicators, in code order (two queries, whatever the list's size). */
export async function tasksOfList(db: DbOrTrx, listId: number, { publicOnly }: { publicOnly: boolean }) {
  const tasks = await db
    .selectFrom("tasks")
    .selectAll()
    .where("listId", "=", listId)
    .$if(publicOnly, (q) => q.where("status", "!=", "draft"))
    .orderBy("code")
    .execute();
  if (tasks.length === 0) return [];
  const indicators = await db
    .selectFrom("taskIndicators")
    .select(["taskId", "name", "target", "measurement", "weight", "veto"])
    .where(
      "taskId",
      "in",
      tasks.map((t) => t.id),
    )
    .orderBy("taskId")
    .orderBy("position")
    .execute();
  const byTask = new Map<number, IndicatorFields[]>();
  for (const { taskId, ...indicator } of indicators) {
    const list = byTask.get(taskId) ?? [];
    list.push(indicator);
    byTask.set(taskId, list);
  }
  return tasks.map((task) => ({ ...task, indicators: byTask.get(task.id) ?? [] }));
}

/** The newest published scenario list of a year, for the home page. */
export async function currentScenarioList(db: DbOrTrx, year: number) {
  return db
    .selectFrom("lists")
    .selectAll()
    .where("year", "<=", year)
    .where("kind", "=", "scenario")
    .where("status", "!=", "draft")
    .orderBy("year", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function domainCounts(db: DbOrTrx, listId: number) {
  return db
    .selectFrom("tasks")
    .select(["domain", sql<number>`count(*)::int`.as("count")])
    .where("listId", "=", listId)
    .where("status", "!=", "draft")
    .groupBy("domain")
    .execute();
}

export async function tasksClosingSoon(db: DbOrTrx, now: Date, limit: number) {
  return db
    .selectFrom("tasks")
    .select(["code", "title", "domain", "bidDeadline", "district"])
    .where("status", "=", "published")
    .where("bidDeadline", ">", now)
    .orderBy("bidDeadline")
    .limit(limit)
    .execute();
}

/** Published tasks still taking bids, nearest deadline first; only in these domains when any are given. */
export async function openTasksByDeadline(
  db: DbOrTrx,
  now: Date,
  domains: readonly TaskDomain[],
  limit: number,
) {
  let query = db
    .selectFrom("tasks")
    .select(["code", "title", "domain", "bidDeadline", "district"])
    .where("status", "=", "published")
    .where("bidDeadline", ">", now);
  if (domains.length) query = query.where("domain", "in", domains);
  return query.orderBy("bidDeadline").orderBy("code").limit(limit).execute();
}
