import { getDb } from "../../db/client";
import {
  createList,
  createOrganizationWithOwner,
  createTask,
  createUser,
} from "../../app/server/demo/factories.server";
import type { OrgActor } from "../../app/server/platform/actor.server";
import { PROPOSAL_SECTIONS, type BidContentInput } from "../../app/forms/bid";
import { must } from "./outcome";
import { appropriateBudget } from "../../app/server/payouts/budget.server";

let serial = 0;

/** A registered organization with its owner, as an actor for the bidding services. */
export async function orgWithOwner(name = `测试单位${++serial}`) {
  const email = `owner${++serial}-${Date.now()}@example.com`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name,
    owner: { email, name: `${name}负责人`, password: "owner-password-1" },
  });
  const actor: OrgActor = {
    id: owner.id,
    ip: "203.0.113.9",
    organization: { id: organization.id, name: organization.name, role: "owner" },
  };
  return { organization, owner, email, password: "owner-password-1", actor };
}

export async function staffActor() {
  const user = await createUser(getDb(), {
    email: `staff${++serial}-${Date.now()}@example.com`,
    name: `工作人员${serial}`,
    password: "staff-password-1",
    roles: ["staff"],
  });
  return { id: user.id, ip: "198.51.100.9", email: user.email, password: "staff-password-1" };
}

let budgetOfficer: Promise<number> | undefined;

/** Appropriates a year's budget (recorded by a finance user who never signs in: its password hash matches nothing). */
export async function appropriate(year: number, amountFen: number, documentRef = `测试预算 ${year}`) {
  budgetOfficer ??= createUser(getDb(), {
    email: `budget-officer-${Date.now()}@example.com`,
    name: "预算录入员",
    roles: ["staff", "finance"],
    passwordHash: "!no-sign-in",
  }).then((user) => user.id);
  return must(
    await appropriateBudget(
      { id: await budgetOfficer, ip: "198.51.100.7" },
      { year, amountFen, documentRef },
    ),
  );
}

/**
 * A published list and an open task on it (deadline given), each year its own list. The year gets a budget
 * (generous unless `budgetFen` says otherwise; 0 for none) so that approving its awards is not refused.
 */
export async function openTask({
  year,
  bidDeadline,
  maxWinners = 1,
  quotas = {},
  budgetFen = 1_000_000_000_00,
}: {
  year: number;
  bidDeadline: Date;
  maxWinners?: number;
  quotas?: { maxBidsPerOrg?: number; maxConsortiumMembers?: number; noticeDays?: number };
  budgetFen?: number;
}) {
  const db = getDb();
  if (budgetFen > 0) await appropriate(year, budgetFen);
  const list = await createList(db, { year, status: "published", publishedAt: new Date() });
  if (Object.keys(quotas).length)
    await db.updateTable("lists").set(quotas).where("id", "=", list.id).execute();
  const task = await createTask(db, list, {
    title: `测试任务 ${year}`,
    domain: "ai",
    bidDeadline,
    maxWinners,
    status: "published",
  });
  return { list, task };
}

/** Everything a bid needs to be submitted, for a task with the three default indicators. */
export function completeContent(plannedFen = 1_000_000_00): BidContentInput {
  return {
    summary: "基于边缘计算的跌倒识别方案",
    proposal: PROPOSAL_SECTIONS.map((heading) => ({
      heading,
      body: `${heading} 说明`,
    })),
    plannedInvestment: plannedFen,
    breakdown: [
      { item: "设备", amount: plannedFen - 100_00 },
      { item: "软件", amount: 100_00 },
    ],
    milestones: [{ date: "2099-06-30", deliverable: "试点上线" }],
    team: [{ name: "张三", role: "项目负责人", organization: "测试单位" }],
    responses: [0, 1, 2].map((position) => ({ position, response: `指标 ${position} 响应` })),
  };
}

/**
 * A task through bidding, selection and a final notice, leaving one project in progress carried by a lead and
 * members with the given shares (the lead's first; 60/40 by default). Times are explicit so the notice period
 * is already over.
 */
export async function projectInProgress(
  year: number,
  {
    sharesBp = [6000, 4000],
    budgetFen,
  }: { sharesBp?: [number, number, ...number[]]; budgetFen?: number } = {},
) {
  const { startBid, saveBidContent, submitBid } = await import("../../app/server/bidding/bids.server");
  const { inviteMember, answerInvitation } = await import("../../app/server/bidding/consortium.server");
  const { startReview, selectBid, publishResult } = await import("../../app/server/bidding/review.server");
  const { finalizeDueNotices } = await import("../../app/server/bidding/notices.server");
  const deadline = new Date(`${year}-03-31T09:00:00Z`);
  const before = new Date(deadline.getTime() - 3_600_000);
  const after = new Date(deadline.getTime() + 3_600_000);
  const { task } = await openTask({ year, bidDeadline: deadline, budgetFen });
  const lead = await orgWithOwner();
  const members = [];
  for (let i = 1; i < sharesBp.length; i++) members.push(await orgWithOwner());
  const { bidId } = must(await startBid(lead.actor, task.code, before));
  must(await saveBidContent(lead.actor, bidId, completeContent(), before));
  for (const [index, member] of members.entries()) {
    must(
      await inviteMember(
        lead.actor,
        bidId,
        { organizationId: member.organization.id, share: sharesBp[index + 1]!, workDivision: "硬件" },
        before,
      ),
    );
    must(await answerInvitation(member.actor, bidId, "accepted", before));
  }
  await getDb()
    .updateTable("consortiumMembers")
    .set({ shareBp: sharesBp[0] })
    .where("bidId", "=", bidId)
    .where("role", "=", "lead")
    .execute();
  must(await submitBid(lead.actor, bidId, before));
  const staff = await staffActor();
  must(await startReview(staff, task.code, after));
  must(await selectBid(staff, bidId, "综合最优", after));
  must(await publishResult(staff, task.code, after));
  await finalizeDueNotices(new Date(after.getTime() + 30 * 86_400_000));
  const project = await getDb()
    .selectFrom("projects")
    .selectAll()
    .where("bidId", "=", bidId)
    .executeTakeFirstOrThrow();
  return { task, lead, member: members[0]!, members, staff, bidId, project };
}
