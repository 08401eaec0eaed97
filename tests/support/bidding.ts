import { getDb } from "../../db/client";
import { createList, createOrganizationWithOwner, createTask, createUser } from "../../db/factories";
import type { OrgActor } from "../../app/server/bids.server";
import { PROPOSAL_SECTIONS, type BidContentInput } from "../../app/forms/bid";

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

/** A published list and an open task on it (deadline given), each year its own list. */
export async function openTask({
  year,
  bidDeadline,
  maxWinners = 1,
  quotas = {},
}: {
  year: number;
  bidDeadline: Date;
  maxWinners?: number;
  quotas?: { maxBidsPerOrg?: number; maxConsortiumMembers?: number; noticeDays?: number };
}) {
  const db = getDb();
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
    milestones: [{ date: "2027-06-30", deliverable: "试点上线" }],
    team: [{ name: "张三", role: "项目负责人", organization: "测试单位" }],
    responses: [0, 1, 2].map((position) => ({ position, response: `指标 ${position} 响应` })),
  };
}
