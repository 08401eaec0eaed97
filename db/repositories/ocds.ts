import { sql } from "kysely";
import { APPROVED_AWARD_STATUSES } from "../../app/domain/award";
import type { OcdsOrg, OcdsTaskSnapshot, TenderContent } from "../../app/domain/ocds-types";
import { isTaskDomain } from "../../app/domain/task-domains";
import type { DbOrTrx } from "../client";

/**
 * Which public tasks to load: a list year, a set of task codes, and/or a page (codes after `afterCode`, at most
 * `limit`, in code order). Drafts never appear: a task is public from publication on.
 */
export interface OcdsScope {
  year?: number;
  codes?: readonly string[];
  afterCode?: string;
  limit?: number;
}

function scopedTasks(db: DbOrTrx, scope: OcdsScope) {
  return db
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .where("tasks.status", "<>", "draft")
    .where("tasks.publishedAt", "is not", null)
    .$if(scope.year !== undefined, (q) => q.where("lists.year", "=", scope.year!))
    .$if(scope.codes !== undefined, (q) =>
      scope.codes!.length ? q.where("tasks.code", "in", scope.codes!) : q.where(sql<boolean>`false`),
    )
    .$if(scope.afterCode !== undefined, (q) => q.where("tasks.code", ">", scope.afterCode!))
    .$if(scope.limit !== undefined, (q) => q.orderBy("tasks.code").limit(scope.limit!));
}

/** The years that have at least one public task (for the yearly bulk files). */
export async function ocdsYears(db: DbOrTrx): Promise<number[]> {
  const rows = await scopedTasks(db, {}).select("lists.year").distinct().orderBy("lists.year").execute();
  return rows.map((r) => r.year);
}

/**
 * Everything the OCDS builders need for the tasks in scope, in nine set-based queries whatever the number of
 * tasks (each joined to the scope as a subquery; no query per task). Only publishable columns are selected.
 */
export async function loadOcdsSnapshots(db: DbOrTrx, scope: OcdsScope): Promise<OcdsTaskSnapshot[]> {
  const ids = () => scopedTasks(db, scope).select("tasks.id");
  const tasks = await scopedTasks(db, scope)
    .innerJoin("policies", "policies.id", "lists.policyId")
    .select([
      "tasks.id",
      "tasks.code",
      "tasks.title",
      "tasks.domain",
      "tasks.demandUnit",
      "tasks.district",
      "tasks.scenarioNeed",
      "tasks.goals",
      "tasks.eligibility",
      "tasks.bidDeadline",
      "tasks.maxWinners",
      "tasks.status",
      "tasks.publishedAt",
      "tasks.cancelReason",
      "tasks.updatedAt",
      "tasks.listId",
      "lists.year as listYear",
      "policies.capFen",
    ])
    .orderBy("tasks.code")
    .execute();
  if (tasks.length === 0) return [];

  const [members, notices, revoked, projects, awards, payments, audits] = await Promise.all([
    db
      .selectFrom("bids")
      .innerJoin("consortiumMembers as cm", "cm.bidId", "bids.id")
      .innerJoin("organizations as o", "o.id", "cm.organizationId")
      .where("bids.taskId", "in", ids())
      .where("bids.status", "in", ["submitted", "selected", "not_selected"])
      .where("bids.submittedAt", "is not", null)
      .where("cm.status", "=", "accepted")
      .select([
        "bids.id as bidId",
        "bids.taskId",
        "bids.status",
        "bids.submittedAt",
        "cm.role",
        "cm.shareBp",
        "o.id as orgId",
        "o.name as orgName",
        "o.uscc",
      ])
      .orderBy("bids.id")
      .orderBy(sql`cm.role = 'lead'`, "desc")
      .orderBy("o.id")
      .execute(),
    db
      .selectFrom("notices")
      .where("notices.taskId", "in", ids())
      .select(["id", "taskId", "startsAt", "status", "finalizedAt"])
      .orderBy("startsAt")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("objections")
      .innerJoin("notices", "notices.id", "objections.noticeId")
      .where("notices.taskId", "in", ids())
      .where("objections.status", "=", "upheld")
      .where("objections.resolvedAt", "is not", null)
      .select(["objections.id", "objections.noticeId", "objections.bidId", "objections.resolvedAt"])
      .orderBy("objections.id")
      .execute(),
    db
      .selectFrom("projects")
      .where("projects.taskId", "in", ids())
      .select(["id", "taskId", "bidId"])
      .orderBy("id")
      .execute(),
    db
      .selectFrom("awards")
      .innerJoin("projects", "projects.id", "awards.projectId")
      .where("projects.taskId", "in", ids())
      .where("awards.status", "in", APPROVED_AWARD_STATUSES)
      .where("awards.approvedAt", "is not", null)
      .select([
        "projects.taskId",
        "awards.projectId",
        "awards.version",
        "awards.payableFen",
        "awards.approvedAt",
      ])
      .orderBy("awards.projectId")
      .execute(),
    db
      .selectFrom("payoutSteps as s")
      .innerJoin("payouts as p", "p.id", "s.payoutId")
      .innerJoin("awards as a", "a.id", "p.awardId")
      .innerJoin("projects", "projects.id", "a.projectId")
      .innerJoin("organizations as o", "o.id", "p.organizationId")
      .where("projects.taskId", "in", ids())
      .where("s.toStatus", "in", ["paid", "returned"])
      .select([
        "projects.taskId",
        "projects.id as projectId",
        "s.id as stepId",
        "s.payoutId",
        "s.toStatus",
        "s.at",
        "p.amountFen",
        "o.id as orgId",
        "o.name as orgName",
        "o.uscc",
      ])
      .orderBy("s.id")
      .execute(),
    // Corrections and cancellations of public tasks, as the audit trail recorded them (entity id = task code).
    db
      .selectFrom("auditLog")
      .where("entityType", "=", "task")
      .where("action", "in", ["task.update", "task.cancel"])
      .where("entityId", "in", scopedTasks(db, scope).select("tasks.code"))
      .select(["seq", "occurredAt", "action", "entityId", "before", "after"])
      .orderBy("seq")
      .execute(),
  ]);

  const byTask = <T extends { taskId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) {
      const list = map.get(row.taskId);
      if (list) list.push(row);
      else map.set(row.taskId, [row]);
    }
    return map;
  };
  const membersOf = byTask(members);
  const noticesOf = byTask(notices);
  const projectsOf = byTask(projects);
  const awardsOf = byTask(awards);
  const paymentsOf = byTask(payments);
  const revokedOf = new Map<number, typeof revoked>();
  for (const o of revoked) revokedOf.set(o.noticeId, [...(revokedOf.get(o.noticeId) ?? []), o]);
  const auditsOf = new Map<string, typeof audits>();
  for (const a of audits) {
    const list = auditsOf.get(a.entityId);
    if (list) list.push(a);
    else auditsOf.set(a.entityId, [a]);
  }
  const org = (r: { orgId: number; orgName: string; uscc: string }): OcdsOrg => ({
    id: r.orgId,
    name: r.orgName,
    uscc: r.uscc,
  });

  return tasks.map((t) => {
    const publishedAt = t.publishedAt!;
    const bids = new Map<number, OcdsTaskSnapshot["bids"][number]>();
    for (const m of membersOf.get(t.id) ?? []) {
      const bid = bids.get(m.bidId) ?? {
        id: m.bidId,
        status: m.status as "submitted" | "selected" | "not_selected",
        submittedAt: m.submittedAt!,
        members: [],
      };
      bid.members.push({ org: org(m), role: m.role, shareBp: m.shareBp });
      bids.set(m.bidId, bid);
    }
    const taskAudits = auditsOf.get(t.code) ?? [];
    const cancel = taskAudits.filter((a) => a.action === "task.cancel").at(-1);
    const corrections = taskAudits.flatMap((a) => {
      if (a.action !== "task.update" || a.occurredAt <= publishedAt) return [];
      const before = tenderContent(a.before);
      const after = tenderContent(a.after);
      return before && after ? [{ seq: a.seq, at: a.occurredAt, before, after }] : [];
    });
    return {
      task: {
        code: t.code,
        title: t.title,
        domain: t.domain,
        demandUnit: t.demandUnit,
        district: t.district,
        scenarioNeed: t.scenarioNeed,
        goals: t.goals,
        eligibility: t.eligibility,
        bidDeadline: t.bidDeadline,
        maxWinners: t.maxWinners,
        status: t.status,
        publishedAt,
        cancelReason: t.cancelReason,
        listId: t.listId,
        listYear: t.listYear,
      },
      capFen: Number(t.capFen),
      // The audited moment of cancellation (the transition's own clock); without an audit entry, the row's last
      // change — a cancelled task changes no more.
      cancelledAt:
        t.status === "cancelled" ? (auditedAt(cancel?.after) ?? cancel?.occurredAt ?? t.updatedAt) : null,
      corrections,
      bids: [...bids.values()],
      notices: (noticesOf.get(t.id) ?? []).map((n) => ({
        id: n.id,
        startsAt: n.startsAt,
        status: n.status,
        finalizedAt: n.finalizedAt,
        revoked: (revokedOf.get(n.id) ?? []).map((o) => ({
          objectionId: o.id,
          bidId: o.bidId,
          at: o.resolvedAt!,
        })),
      })),
      projects: (projectsOf.get(t.id) ?? []).map((p) => ({ id: p.id, bidId: p.bidId })),
      awards: (awardsOf.get(t.id) ?? []).map((a) => ({
        projectId: a.projectId,
        version: a.version,
        payableFen: Number(a.payableFen),
        approvedAt: a.approvedAt!,
      })),
      payments: (paymentsOf.get(t.id) ?? []).map((p) => ({
        stepId: p.stepId,
        payoutId: p.payoutId,
        projectId: p.projectId,
        payee: org(p),
        amountFen: Number(p.amountFen),
        kind: p.toStatus as "paid" | "returned",
        at: p.at,
      })),
    };
  });
}

function auditedAt(after: unknown): Date | null {
  const at = (after as { at?: unknown } | null)?.at;
  if (typeof at !== "string") return null;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A task row as the audit trail stored it (JSON), read back as tender content; null if it is not one. */
function tenderContent(value: unknown): TenderContent | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const text = (key: string) => (typeof v[key] === "string" ? (v[key] as string) : null);
  const deadline = new Date(String(v.bidDeadline));
  const domain = text("domain");
  const fields = [text("title"), text("demandUnit"), text("district"), text("scenarioNeed"), text("goals")];
  if (fields.some((f) => f === null) || !domain || !isTaskDomain(domain) || Number.isNaN(deadline.getTime()))
    return null;
  return {
    title: text("title")!,
    domain,
    demandUnit: text("demandUnit")!,
    district: text("district")!,
    scenarioNeed: text("scenarioNeed")!,
    goals: text("goals")!,
    eligibility: text("eligibility") ?? "",
    bidDeadline: deadline,
    maxWinners: typeof v.maxWinners === "number" ? v.maxWinners : 1,
  };
}
