import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { GUARDED_LIFECYCLES } from "../../db/lifecycles";
import { edgesOf } from "../../app/domain/lifecycle";
import { TASK_EVENTS } from "../../app/domain/task-lifecycle";
import { createList, createTask } from "../../app/server/demo/factories.server";
import { transitionTask } from "../../app/server/catalog/task-transitions.server";
import { projectInProgress } from "../support/bidding";

/** Runs a raw UPDATE as someone bypassing the services would, and returns the database's refusal (or null). */
async function rawUpdate(statement: ReturnType<typeof sql>) {
  try {
    await statement.execute(getDb());
    return null;
  } catch (error) {
    return error as { code?: string; message: string };
  }
}

async function draftTask(year: number) {
  const list = await createList(getDb(), { year, status: "published", publishedAt: new Date() });
  return createTask(getDb(), list, {
    title: `状态机测试 ${year}`,
    domain: "ai",
    status: "draft",
    bidDeadline: new Date(Date.now() + 86_400_000),
  });
}

describe("the lifecycle tables in the database", () => {
  it("hold exactly the domain's edges after migration", async () => {
    const rows = await getDb().selectFrom("lifecycleTransitions").selectAll().execute();
    const expected = Object.entries(GUARDED_LIFECYCLES).flatMap(([machine, table]) =>
      edgesOf(table).map((e) => ({ machine, event: e.event, fromStatus: e.from, toStatus: e.to })),
    );
    const key = (r: { machine: string; event: string; fromStatus: string }) =>
      `${r.machine}.${r.event}.${r.fromStatus}`;
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
    expect(rows.find((r) => r.machine === "task" && r.event === "publish")).toMatchObject({
      fromStatus: "draft",
      toStatus: "published",
    });
  });
});

describe("the task status trigger", () => {
  it("refuses a raw UPDATE to a status the lifecycle does not lead to, and allows an edge", async () => {
    const task = await draftTask(2041);
    const forbidden = await rawUpdate(sql`UPDATE tasks SET status = 'succeeded' WHERE id = ${task.id}`);
    expect(forbidden?.code).toBe("23514");
    expect(forbidden?.message).toContain("draft → succeeded is not a transition");
    const row = await getDb()
      .selectFrom("tasks")
      .select("status")
      .where("id", "=", task.id)
      .executeTakeFirst();
    expect(row?.status).toBe("draft");
    expect(await rawUpdate(sql`UPDATE tasks SET status = 'published' WHERE id = ${task.id}`)).toBeNull();
    // Other columns change freely.
    expect(await rawUpdate(sql`UPDATE tasks SET title = '改名' WHERE id = ${task.id}`)).toBeNull();
  });

  it("transitionTask refuses an illegal event without writing, audits a legal one", async () => {
    const task = await draftTask(2042);
    const refused = await transitionTask(getDb(), task, "finalize", null);
    expect(refused.ok).toBe(false);
    const moved = await transitionTask(getDb(), task, "publish", { id: 0, ip: "127.0.0.1" }, {});
    expect(moved).toEqual({ ok: true, value: "published" });
    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "before", "after"])
      .where("entityType", "=", "task")
      .where("entityId", "=", task.code)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["task.publish"]);
  });

  it("every status the lifecycle names is reachable from draft", () => {
    const reached = new Set<string>(["draft"]);
    for (let changed = true; changed;) {
      changed = false;
      for (const rule of Object.values(TASK_EVENTS))
        if (rule.from.some((from) => reached.has(from)) && !reached.has(rule.to)) {
          reached.add(rule.to);
          changed = true;
        }
    }
    expect([...reached].sort()).toHaveLength(12);
  });
});

describe("the bid and award status triggers", () => {
  it("refuse a selected bid going back to draft, allow revoking it", async () => {
    const { bidId } = await projectInProgress(2043);
    const back = await rawUpdate(sql`UPDATE bids SET status = 'draft' WHERE id = ${bidId}`);
    expect(back?.code).toBe("23514");
    expect(back?.message).toContain("selected → draft");
    const revoked = await rawUpdate(sql`UPDATE bids SET status = 'not_selected' WHERE id = ${bidId}`);
    expect(revoked).toBeNull();
  });

  it("refuse an award skipping approval or going back to computed", async () => {
    const { project, staff, lead } = await projectInProgress(2044);
    const { id: awardId } = await getDb()
      .insertInto("awards")
      .values({
        projectId: project.id,
        policyId: sql<number>`(SELECT id FROM policies LIMIT 1)`,
        basisFen: 1_000_000_00,
        rateBp: 3000,
        rawFen: 300_000_00,
        capFen: 200_000_000,
        cappedFen: 300_000_00,
        otherSupportFen: 0,
        payableFen: 300_000_00,
        boundBy: "rate",
        explanationZh: "测试",
        explanationEn: "test",
        computedBy: staff.id,
        computedAt: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const skipped = await rawUpdate(sql`UPDATE awards SET status = 'disbursed' WHERE id = ${awardId}`);
    expect(skipped?.message).toContain("computed → disbursed");
    expect(
      await rawUpdate(
        sql`UPDATE awards SET status = 'approved', approved_by = ${lead.owner.id}, approved_at = now() WHERE id = ${awardId}`,
      ),
    ).toBeNull();
    const back = await rawUpdate(sql`UPDATE awards SET status = 'computed' WHERE id = ${awardId}`);
    expect(back?.code).toBe("23514");
  });
});
