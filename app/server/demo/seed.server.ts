import type { Db } from "../../../db/client";
import type { TaskStatus } from "../../domain/task-lifecycle";
import { shanghaiLocalToUtc } from "../../domain/time";
import type { DbOrTrx } from "../../../db/client";
import {
  createList,
  createOrganizationWithOwner,
  createTask,
  createUser,
  DEMO_POLICY,
  ensurePolicy,
  makeUscc,
} from "./factories.server";
import { TASKS_2023 } from "./seed-data/tasks-2023";
import { TASKS_2024 } from "./seed-data/tasks-2024";
import { TASKS_2026 } from "./seed-data/tasks-2026";
import type { SeedTask } from "./seed-data/types";
import { jsonb } from "../../../db/jsonb";
import { upsertAssessorProfile } from "../../../db/repositories/assessment";
import { countUsers } from "../../../db/repositories/identity";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.local", role: "city staff / 市经信局工作人员" },
  { email: "approver@demo.local", role: "city staff, second signature on awards / 复核人" },
  { email: "alpha@demo.local", role: "owner of 武汉阿尔法智能科技有限公司（演示）" },
  { email: "beta@demo.local", role: "owner of 武汉贝塔工业互联网有限公司（演示）" },
  ...[1, 2, 3, 4, 5].map((n) => ({ email: `expert${n}@demo.local`, role: "assessor / 评审专家" })),
  {
    email: "expert6@demo.local",
    role: "assessor affiliated with beta (conflict demo) / 与贝塔有利益关系的专家",
  },
] as const;

/** Demo data for an empty database. Everything here is fictitious and labelled 演示 / demo. */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  if (process.env.NODE_ENV === "production")
    throw new Error("Refusing to seed demo data when NODE_ENV=production");
  return db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return { seeded: false };
    const password = DEMO_PASSWORD;
    const admin = await createUser(trx, {
      email: "admin@demo.local",
      name: "王敏（市经信局·演示）",
      password,
      roles: ["staff"],
    });
    await createUser(trx, {
      email: "approver@demo.local",
      name: "刘复核（市经信局·演示）",
      password,
      roles: ["staff"],
    });
    const alpha = await createOrganizationWithOwner(trx, {
      name: "武汉阿尔法智能科技有限公司（演示）",
      uscc: makeUscc(100000001),
      district: "东湖新技术开发区",
      owner: { email: "alpha@demo.local", name: "李阿尔（演示）", password },
    });
    const beta = await createOrganizationWithOwner(trx, {
      name: "武汉贝塔工业互联网有限公司（演示）",
      uscc: makeUscc(100000002),
      district: "武汉经济技术开发区",
      owner: { email: "beta@demo.local", name: "张贝塔（演示）", password },
    });
    // Expert 6 works for beta: the conflict rules keep them off beta's projects.
    const experts = [
      { name: "陈立（演示专家）", affiliation: "华中某大学计算机学院（演示）", domains: ["ai", "big_data"] },
      { name: "刘洋（演示专家）", affiliation: "某通信研究院（演示）", domains: ["5g", "ai"] },
      {
        name: "赵静（演示专家）",
        affiliation: "某工业软件研究所（演示）",
        domains: ["industrial_internet", "ai"],
      },
      {
        name: "孙浩（演示专家）",
        affiliation: "某区块链实验室（演示）",
        domains: ["blockchain", "cloud_computing"],
      },
      {
        name: "周婷（演示专家）",
        affiliation: "某智慧城市研究中心（演示）",
        domains: ["ai", "metaverse", "other"],
      },
    ];
    for (const [index, expert] of experts.entries()) {
      const user = await createUser(trx, {
        email: `expert${index + 1}@demo.local`,
        name: expert.name,
        password,
        roles: ["assessor"],
      });
      await upsertAssessorProfile(trx, {
        userId: user.id,
        affiliation: expert.affiliation,
        affiliationOrgId: null,
        domains: expert.domains,
      });
    }
    const conflicted = await createUser(trx, {
      email: "expert6@demo.local",
      name: "吴凡（演示专家·贝塔公司）",
      password,
      roles: ["assessor"],
    });
    await upsertAssessorProfile(trx, {
      userId: conflicted.id,
      affiliation: beta.organization.name,
      affiliationOrgId: beta.organization.id,
      domains: ["ai", "industrial_internet"],
    });
    await seedLists(trx, new Date());
    await seedProjectBeingAssessed(trx, {
      staffId: admin.id,
      lead: alpha.organization,
      member: beta.organization,
      leadUserId: alpha.owner.id,
    });
    return { seeded: true };
  });
}

const at = (shanghai: string) => shanghaiLocalToUtc(shanghai)!;
const DAY = 24 * 60 * 60 * 1000;

/** Past lists hold tasks in every later lifecycle state; the current one is mostly open for bids. */
const STATUSES_2023: TaskStatus[] = [
  "succeeded",
  "succeeded",
  "failed",
  "in_progress",
  "completion_submitted",
  "assessing",
  "cancelled",
  "succeeded",
];
const STATUSES_2024: TaskStatus[] = [
  "in_progress",
  "notice",
  "selected",
  "under_review",
  "bidding_closed",
  "completion_submitted",
  "assessing",
  "cancelled",
];

async function seedYear(
  db: DbOrTrx,
  list: { id: number; year: number },
  tasks: SeedTask[],
  plan: (index: number) => { status: TaskStatus; bidDeadline: Date; publishedAt: Date | null },
) {
  for (const [index, task] of tasks.entries()) {
    const { status, bidDeadline, publishedAt } = plan(index);
    await createTask(db, list, {
      ...task,
      indicativeInvestmentFen: task.indicativeInvestmentYuan * 100,
      status,
      bidDeadline,
      publishedAt,
      cancelReason: status === "cancelled" ? "需求单位调整建设计划，经研究决定取消该任务（演示）。" : null,
    });
  }
}

/** A past year's list under WH-DE-2022: published in spring, bids closed on 31 May, tasks in later states. */
async function seedPastYear(
  db: DbOrTrx,
  year: number,
  publishedAt: Date,
  status: "published" | "closed",
  tasks: SeedTask[],
  statuses: TaskStatus[],
) {
  const title = `${year}年武汉市数字经济应用场景揭榜挂帅榜单（演示）`;
  const list = await createList(db, { year, status, publishedAt, title });
  const bidDeadline = at(`${year}-05-31 17:00`);
  await seedYear(db, list, tasks, (i) => ({
    status: statuses[i % statuses.length]!,
    bidDeadline,
    publishedAt,
  }));
}

export async function seedLists(db: DbOrTrx, now: Date) {
  await ensurePolicy(db, DEMO_POLICY);
  await seedPastYear(db, 2023, at("2023-03-20 09:00"), "closed", TASKS_2023, STATUSES_2023);
  await seedPastYear(db, 2024, at("2024-03-15 09:00"), "published", TASKS_2024, STATUSES_2024);

  const year = Number(now.toISOString().slice(0, 4));
  const publishedNow = new Date(now.getTime() - 30 * DAY);
  const current = await createList(db, {
    policyCode: DEMO_POLICY.code,
    year,
    status: "published",
    publishedAt: publishedNow,
    title: `${year}年数字经济应用场景揭榜挂帅榜单（演示）`,
  });
  await seedYear(db, current, TASKS_2026, (i) => {
    // Deadlines at 17:00 Beijing time, spread over the coming weeks; a few already passed or still drafts.
    const day = new Date(now.getTime() + ((i % 8) * 7 + 2) * DAY);
    const bidDeadline = at(`${day.toISOString().slice(0, 10)} 17:00`);
    if (i >= 28) return { status: "draft", bidDeadline, publishedAt: null };
    if (i >= 24)
      return {
        status: "bidding_closed",
        bidDeadline: new Date(now.getTime() - (i - 22) * DAY),
        publishedAt: publishedNow,
      };
    if (i >= 22)
      return {
        status: "under_review",
        bidDeadline: new Date(now.getTime() - 10 * DAY),
        publishedAt: publishedNow,
      };
    return { status: "published", bidDeadline, publishedAt: publishedNow };
  });
}

/**
 * One 2024 task carried all the way to assessment, so the assessment and award pages have something to show:
 * alpha leads with beta as member (60/40), the notice is final, the completion report accepted.
 */
async function seedProjectBeingAssessed(
  db: DbOrTrx,
  {
    staffId,
    lead,
    member,
    leadUserId,
  }: { staffId: number; lead: { id: number }; member: { id: number }; leadUserId: number },
) {
  const task = await db
    .selectFrom("tasks")
    .innerJoin("lists", "lists.id", "tasks.listId")
    .select(["tasks.id", "tasks.bidDeadline"])
    .where("lists.year", "=", 2024)
    .where("tasks.status", "=", "assessing")
    .orderBy("tasks.code")
    .executeTakeFirstOrThrow();
  const decidedAt = new Date(task.bidDeadline.getTime() + 20 * DAY);
  const bid = await db
    .insertInto("bids")
    .values({
      taskId: task.id,
      leadOrgId: lead.id,
      createdBy: leadUserId,
      status: "selected",
      summary: "基于多源数据融合的智能识别方案（演示）",
      plannedInvestmentFen: 800_000_000,
      submittedAt: new Date(task.bidDeadline.getTime() - 3 * DAY),
      decidedAt,
      decidedBy: staffId,
      decisionReason: "技术路线成熟，联合体分工明确（演示）。",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("consortiumMembers")
    .values([
      {
        bidId: bid.id,
        organizationId: lead.id,
        role: "lead",
        shareBp: 6000,
        workDivision: "总体设计与平台开发",
        status: "accepted",
        invitedBy: leadUserId,
      },
      {
        bidId: bid.id,
        organizationId: member.id,
        role: "member",
        shareBp: 4000,
        workDivision: "现场接入与运维",
        status: "accepted",
        invitedBy: leadUserId,
      },
    ])
    .execute();
  const noticeStart = new Date(decidedAt.getTime() + DAY);
  await db
    .insertInto("notices")
    .values({
      taskId: task.id,
      startsAt: noticeStart,
      endsAt: new Date(noticeStart.getTime() + 7 * DAY),
      status: "final",
      finalizedAt: new Date(noticeStart.getTime() + 7 * DAY),
      createdBy: staffId,
    })
    .execute();
  const project = await db
    .insertInto("projects")
    .values({ taskId: task.id, bidId: bid.id, leadOrgId: lead.id, status: "assessing" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const indicators = await db
    .selectFrom("taskIndicators")
    .select("position")
    .where("taskId", "=", task.id)
    .execute();
  await db
    .insertInto("completionReports")
    .values({
      projectId: project.id,
      status: "accepted",
      actualInvestmentFen: 820_000_000,
      summary: "系统已在两个园区上线运行一年（演示）。",
      indicatorResults: jsonb(
        indicators.map((i) => ({
          position: i.position,
          result: "已达成（演示）",
          evidence: "第三方检测报告（演示）",
        })),
      ),
      submittedAt: new Date(noticeStart.getTime() + 300 * DAY),
      checkedBy: staffId,
      checkedAt: new Date(noticeStart.getTime() + 305 * DAY),
    })
    .execute();
  await db
    .insertInto("investmentEvidence")
    .values([
      {
        projectId: project.id,
        spentOn: "2024-08-15",
        counterparty: "某服务器厂商（演示）",
        reference: "HT-2024-018",
        amountFen: 520_000_000,
        attachmentId: null,
      },
      {
        projectId: project.id,
        spentOn: "2024-11-30",
        counterparty: "某软件公司（演示）",
        reference: "FP-2024-2231",
        amountFen: 300_000_000,
        attachmentId: null,
      },
    ])
    .execute();
}
