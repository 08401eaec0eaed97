import { commitDurably, createDb, withDb, type DbOrTrx } from "../../../db/client";
import { upsertAssessorProfile } from "../../../db/repositories/assessment";
import { appendAudit } from "../../../db/repositories/audit";
import { countUsers } from "../../../db/repositories/identity";
import { deleteAllNotifications } from "../../../db/repositories/notifications";
import type { OrganizationType } from "../../../db/schema";
import { hashPassword } from "../identity/password.server";
import { createOrganizationWithOwner, createUser, makeUscc } from "./factories.server";
import type { DemoOrg } from "./seed-bidding.server";
import { PARTNER_ORGANIZATIONS } from "./seed-data/organizations";
import { seedBudgets } from "./seed-budgets.server";
import { seedLists } from "./seed-lists.server";
import { seedSdList } from "./seed-sd-list.server";
import { seedSdItems } from "./seed-sd-items.server";
import { seedSdListops } from "./seed-sd-listops.server";
import { seedSdExpressions } from "./seed-sd-expressions.server";
import { seedMmAgenda } from "./seed-mm-agenda.server";
import { seedMmEvents } from "./seed-mm-events.server";
import { seedMatchmaking } from "./seed-mm.server";
import { seedPayoutsBank } from "./seed-payouts-bank.server";
import { seedMmFeedback } from "./seed-mm-feedback.server";
import { seedMmMeetings } from "./seed-mm-meetings.server";
import { tellStories, type DemoCast } from "./seed-stories.server";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.local", role: "city staff / 市经信局工作人员" },
  { email: "approver@demo.local", role: "city staff, second signature on awards / 复核人" },
  { email: "finance@demo.local", role: "finance staff: budgets, payment batches / 财务人员" },
  { email: "finance2@demo.local", role: "finance staff, second signature on payments / 财务复核" },
  { email: "alpha@demo.local", role: "owner of 武汉阿尔法智能科技有限公司（演示）" },
  { email: "beta@demo.local", role: "owner of 武汉贝塔工业互联网有限公司（演示）" },
  ...[1, 2, 3, 4, 5].map((n) => ({ email: `expert${n}@demo.local`, role: "assessor / 评审专家" })),
  {
    email: "expert6@demo.local",
    role: "assessor affiliated with beta (conflict demo) / 与贝塔有利益关系的专家",
  },
  {
    email: "dept@demo.local",
    role: "owner of 洪山区政务服务和大数据管理局（演示）, a department / 政府部门",
  },
  { email: "district@demo.local", role: "district staff, reviews 洪山区 items / 区级审核员" },
] as const;

/** The actors of the story act from here in the audit trail. */
const SEED_IP = "127.0.0.1";

/**
 * Demo data for an empty database, fictitious and labelled 演示 / demo: the people and the lists in one
 * transaction, then every task's story through the product's own services (seed-stories.server.ts), each of
 * which commits on its own. Its own pool commits without waiting for the disk, which makes the story's many
 * small transactions several times faster; the closing audit entry commits synchronously, which makes all of
 * them durable. A failure half-way leaves a partial demo: start again on an empty database.
 */
export async function seedDemo(databaseUrl: string, now = new Date()): Promise<{ seeded: boolean }> {
  if (process.env.NODE_ENV === "production")
    throw new Error("Refusing to seed demo data when NODE_ENV=production");
  const db = createDb(databaseUrl, { max: 2, synchronousCommit: false });
  try {
    return await withDb(db, async () => {
      const setup = await db.transaction().execute(async (trx) => {
        if ((await countUsers(trx)) > 0) return null;
        const passwordHash = await hashPassword(DEMO_PASSWORD);
        const cast = await seedPeople(trx, passwordHash);
        return { cast, passwordHash, tasks: await seedLists(trx, now) };
      });
      if (!setup) return { seeded: false };
      try {
        // Each year's budget before the stories: their approvals reserve against it (issue 15).
        await seedBudgets(setup.cast, setup.tasks);
        await tellStories(setup.cast, setup.tasks, now);
        // The supply–demand list (issue 13): departments, reviewer scopes, demands and supplies of two years.
        const sd = await db
          .transaction()
          .execute((trx) => seedSdItems(trx, setup.cast, setup.passwordHash, now));
        await seedSdList(now); // after the demo items: batches of the annual list
        await seedSdListops(setup.cast, sd, now);
        await db.transaction().execute((trx) => seedSdExpressions(trx, setup.cast, sd, now));
        // The matchmaking conference (issue 14): the event and its participants; each part seeds its own rows.
        const conference = await db.transaction().execute((trx) => seedMatchmaking(trx, setup.cast, sd, now));
        // Meetings first: the feedback part's held meetings take the cells they leave free.
        await db.transaction().execute((trx) => seedMmMeetings(trx, setup.cast, conference, now));
        await db.transaction().execute((trx) => seedMmFeedback(trx, setup.cast, conference, now));
        await db.transaction().execute((trx) => seedMmAgenda(trx, setup.cast, conference, now));
        await db.transaction().execute((trx) => seedMmEvents(trx, setup.cast, conference, now));
        await seedPayoutsBank(setup.cast); // issue 15, bank rail: accounts, a closed batch (2023 paid), a draft one
        // The story's notifications would all be dated today and mailed to addresses that do not exist.
        await deleteAllNotifications(db);
        await db.transaction().execute(async (trx) => {
          await commitDurably(trx);
          await appendAudit(trx, {
            actorUserId: null,
            action: "demo.seed",
            entityType: "system",
            entityId: "demo",
            after: {
              tasks: setup.tasks.length,
              organizations: setup.cast.partners.length + 2 + Object.keys(sd.departments).length,
              sdItems: sd.items.size,
            },
          });
        });
      } catch (error) {
        throw new Error("demo seed failed half-way: start again on an empty database", { cause: error });
      }
      return { seeded: true };
    });
  } finally {
    await db.destroy();
  }
}

/** Staff, the two demo organizations, their partners, and the assessors (one of them affiliated with beta). */
async function seedPeople(trx: DbOrTrx, passwordHash: string): Promise<DemoCast> {
  const staff = (user: { id: number }) => ({ id: user.id, ip: SEED_IP });
  const admin = await createUser(trx, {
    email: "admin@demo.local",
    name: "王敏（市经信局·演示）",
    passwordHash,
    roles: ["staff"],
  });
  const approver = await createUser(trx, {
    email: "approver@demo.local",
    name: "刘复核（市经信局·演示）",
    passwordHash,
    roles: ["staff"],
  });
  const financeUser = (email: string, name: string) =>
    createUser(trx, { email, name, passwordHash, roles: ["staff", "finance"] });
  const finance = {
    officer: staff(await financeUser("finance@demo.local", "黄会计（市经信局财务·演示）")),
    checker: staff(await financeUser("finance2@demo.local", "吴出纳（市经信局财务·演示）")),
  };
  const organization = async (
    spec: { name: string; district: string; contact: string; type?: OrganizationType },
    serial: number,
    email: string,
  ): Promise<DemoOrg> => {
    const { organization, owner } = await createOrganizationWithOwner(trx, {
      name: spec.name,
      type: spec.type,
      uscc: makeUscc(serial),
      district: spec.district,
      owner: { email, name: `${spec.contact}（演示）`, passwordHash },
    });
    return {
      id: organization.id,
      name: organization.name,
      contact: spec.contact,
      actor: {
        id: owner.id,
        ip: SEED_IP,
        organization: { id: organization.id, name: organization.name, role: "owner" },
      },
    };
  };
  // The partners first: the staff console lists the newest organizations first, so alpha and beta lead it.
  const partners: DemoOrg[] = [];
  for (const [index, partner] of PARTNER_ORGANIZATIONS.entries())
    partners.push(
      await organization(
        partner,
        100000101 + index,
        `partner${String(index + 1).padStart(2, "0")}@demo.local`,
      ),
    );
  const alpha = await organization(
    { name: "武汉阿尔法智能科技有限公司（演示）", district: "东湖新技术开发区", contact: "李阿尔" },
    100000001,
    "alpha@demo.local",
  );
  const beta = await organization(
    { name: "武汉贝塔工业互联网有限公司（演示）", district: "武汉经济技术开发区", contact: "张贝塔" },
    100000002,
    "beta@demo.local",
  );
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
  const assessors = [];
  for (const [index, expert] of experts.entries()) {
    const user = await createUser(trx, {
      email: `expert${index + 1}@demo.local`,
      name: expert.name,
      passwordHash,
      roles: ["assessor"],
    });
    await upsertAssessorProfile(trx, {
      userId: user.id,
      affiliation: expert.affiliation,
      affiliationOrgId: null,
      domains: expert.domains,
    });
    assessors.push(staff(user));
  }
  const conflicted = await createUser(trx, {
    email: "expert6@demo.local",
    name: "吴凡（演示专家·贝塔公司）",
    passwordHash,
    roles: ["assessor"],
  });
  await upsertAssessorProfile(trx, {
    userId: conflicted.id,
    affiliation: beta.name,
    affiliationOrgId: beta.id,
    domains: ["ai", "industrial_internet"],
  });
  return { admin: staff(admin), approver: staff(approver), finance, assessors, alpha, beta, partners };
}
