import type { Db } from "./client";
import { createOrganizationWithOwner, createUser, makeUscc } from "./factories";
import { countUsers } from "./repositories/identity";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.local", role: "city staff / 市经信局工作人员" },
  { email: "alpha@demo.local", role: "owner of 武汉阿尔法智能科技有限公司（演示）" },
  { email: "beta@demo.local", role: "owner of 武汉贝塔工业互联网有限公司（演示）" },
  ...[1, 2, 3, 4, 5].map((n) => ({ email: `expert${n}@demo.local`, role: "assessor / 评审专家" })),
] as const;

/** Demo data for an empty database. Everything here is fictitious and labelled 演示 / demo. */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  if (process.env.NODE_ENV === "production")
    throw new Error("Refusing to seed demo data when NODE_ENV=production");
  return db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return { seeded: false };
    const password = DEMO_PASSWORD;
    await createUser(trx, {
      email: "admin@demo.local",
      name: "王敏（市经信局·演示）",
      password,
      roles: ["staff"],
    });
    await createOrganizationWithOwner(trx, {
      name: "武汉阿尔法智能科技有限公司（演示）",
      uscc: makeUscc(100000001),
      district: "东湖新技术开发区",
      owner: { email: "alpha@demo.local", name: "李阿尔（演示）", password },
    });
    await createOrganizationWithOwner(trx, {
      name: "武汉贝塔工业互联网有限公司（演示）",
      uscc: makeUscc(100000002),
      district: "武汉经济技术开发区",
      owner: { email: "beta@demo.local", name: "张贝塔（演示）", password },
    });
    const expertNames = [
      "陈立（演示专家）",
      "刘洋（演示专家）",
      "赵静（演示专家）",
      "孙浩（演示专家）",
      "周婷（演示专家）",
    ];
    for (const [index, name] of expertNames.entries()) {
      await createUser(trx, { email: `expert${index + 1}@demo.local`, name, password, roles: ["assessor"] });
    }
    return { seeded: true };
  });
}
