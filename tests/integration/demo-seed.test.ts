import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { verifyAuditChain } from "../../db/repositories/audit";
import { publicAwards } from "../../app/server/awards/awards.server";
import { seedDemo } from "../../app/server/demo/seed.server";
import { TestBrowser } from "../support/app";

/** The seed tells its story against this clock (the current list's dates follow it). */
const NOW = new Date("2026-11-29T02:00:00Z");

async function demoTasks() {
  return getDb()
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .select(["tasks.id", "tasks.code", "tasks.status", "tasks.bidDeadline", "tasks.maxWinners", "lists.year"])
    .orderBy("tasks.code")
    .execute();
}

let seeded: { seeded: boolean };
beforeAll(async () => {
  seeded = await seedDemo(process.env.DATABASE_URL!, NOW);
}, 120_000);

describe("demo seed", () => {
  it("seeds an empty database once", async () => {
    expect(seeded).toEqual({ seeded: true });
    const before = await getDb()
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(await seedDemo(process.env.DATABASE_URL!, NOW)).toEqual({ seeded: false });
    const after = await getDb()
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });

  it("has a task in every state a task can rest in", async () => {
    const statuses = new Set((await demoTasks()).map((t) => t.status));
    expect([...statuses].sort()).toEqual(
      [
        "assessing",
        "bidding_closed",
        "cancelled",
        "completion_submitted",
        "draft",
        "failed",
        "in_progress",
        "notice",
        "published",
        "succeeded",
        "under_review",
      ].sort(),
    );
  });

  it("gives each task the bids, notice and projects its status needs", async () => {
    const db = getDb();
    const [tasks, bids, notices, projects, reports] = await Promise.all([
      demoTasks(),
      db.selectFrom("bids").select(["id", "taskId", "status", "submittedAt"]).execute(),
      db.selectFrom("notices").select(["taskId", "status", "endsAt"]).execute(),
      db.selectFrom("projects").select(["id", "taskId", "bidId", "status"]).execute(),
      db.selectFrom("completionReports").select(["projectId", "status"]).execute(),
    ]);
    const members = await db.selectFrom("consortiumMembers").select(["bidId", "shareBp", "status"]).execute();
    for (const task of tasks) {
      const label = `${task.code} (${task.status})`;
      const own = bids.filter((b) => b.taskId === task.id);
      const selected = own.filter((b) => b.status === "selected");
      const notice = notices.filter((n) => n.taskId === task.id);
      const taskProjects = projects.filter((p) => p.taskId === task.id);
      for (const bid of own) {
        // Every bid that reached staff was submitted before the deadline, by a consortium holding 100 %.
        expect(bid.status, label).not.toBe("draft");
        expect(bid.submittedAt!.getTime(), label).toBeLessThan(task.bidDeadline.getTime());
        const shares = members.filter((m) => m.bidId === bid.id && m.status === "accepted");
        expect(
          shares.reduce((sum, m) => sum + m.shareBp, 0),
          label,
        ).toBe(10000);
      }
      expect(selected.length, label).toBeLessThanOrEqual(task.maxWinners);
      switch (task.status) {
        case "draft":
        case "published":
        case "cancelled":
        case "bidding_closed":
          expect(selected, label).toEqual([]);
          expect(notice, label).toEqual([]);
          if (task.status !== "bidding_closed") expect(own, label).toEqual([]);
          break;
        case "under_review":
          expect(own.length, label).toBeGreaterThan(0);
          expect(notice, label).toEqual([]);
          break;
        case "notice":
          expect(selected.length, label).toBe(1);
          expect(
            notice.map((n) => n.status),
            label,
          ).toEqual(["open"]);
          expect(notice[0]!.endsAt.getTime(), label).toBeGreaterThan(NOW.getTime());
          expect(taskProjects, label).toEqual([]);
          break;
        default: {
          // From in_progress on: a final notice, one project per winner, in the task's own state.
          expect(
            notice.map((n) => n.status),
            label,
          ).toEqual(["final"]);
          expect(taskProjects.map((p) => p.bidId).sort(), label).toEqual(selected.map((b) => b.id).sort());
          for (const project of taskProjects) {
            expect(project.status, label).toBe(task.status);
            const report = reports.find((r) => r.projectId === project.id);
            const expected =
              task.status === "in_progress"
                ? undefined
                : task.status === "completion_submitted"
                  ? "submitted"
                  : "accepted";
            expect(report?.status, label).toBe(expected);
          }
        }
      }
    }
    // Staff chose a winner on one task under review without publishing it yet.
    const underReview = tasks.filter((t) => t.status === "under_review").map((t) => t.id);
    expect(bids.some((b) => underReview.includes(b.taskId) && b.status === "selected")).toBe(true);
  });

  it("pays 2023's succeeded tasks: approved awards split to the fen, computed and approved by two people", async () => {
    const tasks = await demoTasks();
    const succeeded = tasks.filter((t) => t.status === "succeeded").map((t) => t.code);
    expect(succeeded.length).toBeGreaterThanOrEqual(5);
    expect(succeeded.every((code) => code.startsWith("2023-"))).toBe(true);
    const awards = await publicAwards();
    expect(awards.map((a) => a.taskCode).sort()).toEqual(succeeded);
    for (const award of awards) {
      expect(
        award.split.reduce((sum, part) => sum + part.amountFen, 0),
        award.taskCode,
      ).toBe(award.payableFen);
      expect(
        award.split.reduce((sum, part) => sum + part.shareBp, 0),
        award.taskCode,
      ).toBe(10000);
      expect(award.payableFen, award.taskCode).toBeGreaterThan(0);
    }
    // The rate, the 2,000,000-yuan cap and other city support (就高不重复) each decide at least one award.
    expect(new Set(awards.map((a) => a.boundBy))).toEqual(new Set(["rate", "cap", "other"]));
    expect(awards.find((a) => a.boundBy === "cap")!.payableFen).toBe(200_000_000);
    const other = awards.find((a) => a.boundBy === "other")!;
    expect(other.payableFen).toBe(other.cappedFen - other.otherSupportFen);
    // Consortia: a lead with one member, a lead with two, and single bidders.
    const sizes = awards.map((a) => a.split.length);
    expect(sizes).toContain(1);
    expect(sizes).toContain(2);
    expect(sizes).toContain(3);
    const people = await getDb()
      .selectFrom("awards")
      .innerJoin("users as computer", "computer.id", "awards.computedBy")
      .innerJoin("users as approver", "approver.id", "awards.approvedBy")
      .innerJoin("projects", "projects.id", "awards.projectId")
      .innerJoin("tasks", "tasks.id", "projects.taskId")
      .select(["computer.email as computedBy", "approver.email as approvedBy", "awards.status", "tasks.code"])
      .execute();
    expect(people).toHaveLength(awards.length);
    // Paid through the bank rail's closed batch (issue 15), but for alpha and beta's award, left to pay.
    for (const { code, ...row } of people)
      expect(row).toEqual({
        computedBy: "admin@demo.local",
        approvedBy: "approver@demo.local",
        status: code === "2023-AI-001" ? "approved" : "disbursed",
      });
  });

  it("shows the awards and the notices to the public", async () => {
    const visitor = new TestBrowser();
    const api = (await (await visitor.get("/api/v1/awards")).json()) as {
      awards: { taskCode: string; payableFen: number; split: { amountFen: number }[] }[];
    };
    expect(api.awards.length).toBeGreaterThanOrEqual(5);
    const results = await (await visitor.get("/results")).text();
    for (const award of api.awards) expect(results).toContain(`data-task="${award.taskCode}"`);
    const notices = await (await visitor.get("/notices")).text();
    const live = (await demoTasks()).filter((t) => t.status === "notice");
    for (const task of live) expect(notices).toContain(task.code);
  });

  it("has one objection pending on a notice still running", async () => {
    const objections = await getDb()
      .selectFrom("objections")
      .innerJoin("notices", "notices.id", "objections.noticeId")
      .innerJoin("bids", "bids.id", "objections.bidId")
      .select([
        "objections.status",
        "notices.status as noticeStatus",
        "notices.endsAt",
        "bids.status as bidStatus",
      ])
      .execute();
    expect(objections).toEqual([
      { status: "pending", noticeStatus: "open", endsAt: expect.any(Date), bidStatus: "selected" },
    ]);
    expect(objections[0]!.endsAt.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it("leaves 2024-5G-003 ready for the assessment journey: alpha 60 %, beta 40 %, report accepted, nobody assigned", async () => {
    const db = getDb();
    const project = await db
      .selectFrom("projects")
      .innerJoin("tasks", "tasks.id", "projects.taskId")
      .innerJoin("completionReports", "completionReports.projectId", "projects.id")
      .select([
        "projects.id",
        "projects.bidId",
        "projects.status",
        "completionReports.status as report",
        "completionReports.actualInvestmentFen",
      ])
      .where("tasks.code", "=", "2024-5G-003")
      .executeTakeFirstOrThrow();
    expect(project).toMatchObject({
      status: "assessing",
      report: "accepted",
      actualInvestmentFen: 820_000_000,
    });
    const consortium = await db
      .selectFrom("consortiumMembers")
      .innerJoin("organizations", "organizations.id", "consortiumMembers.organizationId")
      .select(["organizations.name", "consortiumMembers.role", "consortiumMembers.shareBp"])
      .where("bidId", "=", project.bidId)
      .orderBy("consortiumMembers.role")
      .execute();
    expect(consortium).toEqual([
      { name: "武汉阿尔法智能科技有限公司（演示）", role: "lead", shareBp: 6000 },
      { name: "武汉贝塔工业互联网有限公司（演示）", role: "member", shareBp: 4000 },
    ]);
    const assigned = await db
      .selectFrom("assessments")
      .select("id")
      .where("projectId", "=", project.id)
      .execute();
    expect(assigned).toEqual([]);
    // The expert who works for beta is never assigned anywhere, and alpha and beta can still bid this year.
    const expert6 = await db
      .selectFrom("assessments")
      .innerJoin("users", "users.id", "assessments.assessorId")
      .select("assessments.id")
      .where("users.email", "=", "expert6@demo.local")
      .execute();
    expect(expert6).toEqual([]);
    const thisYear = await db
      .selectFrom("consortiumMembers")
      .innerJoin("bids", "bids.id", "consortiumMembers.bidId")
      .innerJoin("tasks", "tasks.id", "bids.taskId")
      .innerJoin("lists", "lists.id", "tasks.listId")
      .innerJoin("organizations", "organizations.id", "consortiumMembers.organizationId")
      .select("organizations.name")
      .where("lists.year", "=", NOW.getUTCFullYear())
      .where("organizations.name", "in", [
        "武汉阿尔法智能科技有限公司（演示）",
        "武汉贝塔工业互联网有限公司（演示）",
      ])
      .execute();
    expect(thisYear).toEqual([]);
  });

  it("leaves no notification behind (the story's would be dated today and mailed to demo addresses)", async () => {
    const rows = await getDb().selectFrom("notifications").select("id").execute();
    expect(rows).toEqual([]);
  });
});
