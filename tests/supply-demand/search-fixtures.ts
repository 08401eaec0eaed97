import { getDb } from "../../db/client";
import { insertSdRevision } from "../../db/repositories/supply-demand";
import { createList, createTask, DEMO_POLICY, ensurePolicy } from "../../app/server/demo/factories.server";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { createSdItem, sdContent } from "../../app/server/demo/sd-factories.server";
import type { EmbeddedSearchEngine } from "../../search/embedded-engine";
import { relayAllDue } from "../../search/outbox-relay";
import { builtEntry } from "../support/app";

/**
 * The supply–demand items the search tests read (part "search", issue 13). Every item's contacts are unique
 * strings, so a leak of any of them is found by a plain substring search of a response.
 */

export const PASSWORD = "correct horse battery staple";

const contacts = (n: number) => ({
  contactName: `保密联系人${n}号`,
  contactPhone: `027-5550${String(n).padStart(4, "0")}`,
  contactEmail: `hidden.contact.${n}@example.cn`,
});

/** Every contact value any fixture item holds. */
export const ALL_CONTACT_VALUES = Array.from({ length: 12 }, (_, i) => Object.values(contacts(i + 1))).flat();

export interface SearchFixtures {
  engine: EmbeddedSearchEngine;
  memberEmail: string;
  /** Published demand of a government department: 人工智能 (Simplified), with an attachment-able id. */
  aiDemand: { id: number; code: string };
  dataSupply: { id: number; code: string };
  submitted: { id: number; code: string };
  draft: { id: number; code: string };
  rejected: { id: number; code: string };
  fulfilled: { id: number; code: string };
  duplicate: { id: number; code: string };
  converted: { id: number; code: string };
  demo: { id: number; code: string };
  taskCode: string;
}

export async function createSearchFixtures(): Promise<SearchFixtures> {
  const db = getDb();
  const engine = (await (await builtEntry()).searchEngine()) as EmbeddedSearchEngine;
  const suffix = Math.random().toString(36).slice(2, 8);
  const department = await createOrganizationWithOwner(db, {
    name: "武汉市某区数据局（测试）",
    type: "government_unit",
    owner: { email: `dept-${suffix}@example.cn`, name: "部门管理员", password: PASSWORD },
  });
  const company = await createOrganizationWithOwner(db, {
    name: "武汉数治科技有限公司（测试）",
    owner: { email: `company-${suffix}@example.cn`, name: "企业管理员", password: PASSWORD },
  });
  const dept = { organizationId: department.organization.id, createdBy: department.owner.id };
  const comp = { organizationId: company.organization.id, createdBy: company.owner.id };

  const aiDemand = await createSdItem(db, {
    kind: "demand",
    year: 2026,
    ...dept,
    content: {
      ...contacts(1),
      title: "人工智能辅助政务审批需求",
      summary: "利用大模型对行政审批材料进行预审",
      domain: "ai",
      district: "江汉区",
      category: "digital_government",
      budgetMinFen: 100_000_000,
      budgetMaxFen: 300_000_000,
      tags: ["大模型", "政务服务"],
    },
  });
  // An edit under review: the item keeps showing revision 1.
  const second = await insertSdRevision(db, aiDemand.id, 2, dept.createdBy, {
    ...sdContent("demand", contacts(2)),
    title: "尚在审核中的修订标题",
  });
  await db.updateTable("sdRevisions").set({ status: "submitted" }).where("id", "=", second.id).execute();
  await db
    .updateTable("sdItems")
    .set({ latestRevisionId: second.id })
    .where("id", "=", aiDemand.id)
    .execute();

  const dataSupply = await createSdItem(db, {
    kind: "supply",
    year: 2025,
    ...comp,
    content: {
      ...contacts(3),
      title: "数据治理与共享交换平台",
      summary: "面向委办局的数据目录、清洗与共享交换",
      domain: "big_data",
      district: "洪山区",
      districtsServed: ["洪山区", "武昌区"],
      priceMinFen: 20_000_000,
      priceMaxFen: 40_000_000,
      maturity: "deployed",
      deployedCustomers: 8,
      referenceCases: "某区政务数据中台上线，共享接口 300 余个。",
    },
  });
  const submitted = await createSdItem(db, {
    kind: "demand",
    ...comp,
    status: "submitted",
    content: { ...contacts(4), title: "人工智能质检待审核需求", domain: "ai" },
  });
  const draft = await createSdItem(db, {
    kind: "demand",
    ...comp,
    status: "draft",
    content: { ...contacts(5), title: "人工智能草稿需求", domain: "ai" },
  });
  const rejected = await createSdItem(db, {
    kind: "supply",
    ...comp,
    status: "submitted",
    content: { ...contacts(6), title: "人工智能被驳回供给", domain: "ai" },
  });
  await db
    .updateTable("sdRevisions")
    .set({
      status: "rejected",
      reviewReason: "不属于数字经济范畴",
      reviewedBy: comp.createdBy,
      reviewedAt: new Date(),
    })
    .where("id", "=", rejected.revisionId)
    .execute();
  await db.updateTable("sdItems").set({ status: "rejected" }).where("id", "=", rejected.id).execute();

  const fulfilled = await createSdItem(db, {
    kind: "demand",
    year: 2025,
    ...comp,
    content: {
      ...contacts(7),
      title: "仓储物流机器人调度需求",
      domain: "smart_manufacturing",
      budgetMinFen: null,
      budgetMaxFen: null,
    },
  });
  await db
    .updateTable("sdItems")
    .set({ status: "closed", closeReason: "fulfilled", closedAt: new Date() })
    .where("id", "=", fulfilled.id)
    .execute();

  const duplicate = await createSdItem(db, {
    kind: "demand",
    ...dept,
    content: { ...contacts(8), title: "政务审批智能预审重复需求", domain: "ai" },
  });
  await db
    .updateTable("sdItems")
    .set({ status: "closed", closeReason: "duplicate", closedAt: new Date(), duplicateOfId: aiDemand.id })
    .where("id", "=", duplicate.id)
    .execute();

  const converted = await createSdItem(db, {
    kind: "demand",
    ...dept,
    content: { ...contacts(9), title: "城市内涝预警数字孪生需求", domain: "smart_city", district: null },
  });
  await ensurePolicy(db, { ...DEMO_POLICY });
  const list = await createList(db, {
    policyCode: DEMO_POLICY.code,
    year: 2026,
    status: "published",
    publishedAt: new Date(),
  });
  const task = await createTask(db, list, {
    title: "城市内涝预警数字孪生揭榜任务",
    domain: "other",
    status: "published",
    bidDeadline: new Date(Date.now() + 30 * 86_400_000),
  });
  await db.updateTable("tasks").set({ sourceSdItemId: converted.id }).where("id", "=", task.id).execute();

  const demo = await createSdItem(db, {
    kind: "supply",
    ...comp,
    isDemo: true,
    content: { ...contacts(10), title: "演示用边缘计算网关", domain: "iot" },
  });

  await relayAllDue(engine);
  return {
    engine,
    memberEmail: company.owner.email,
    aiDemand,
    dataSupply,
    submitted,
    draft,
    rejected,
    fulfilled,
    duplicate,
    converted,
    demo,
    taskCode: task.code,
  };
}
