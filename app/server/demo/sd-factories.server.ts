import type { DbOrTrx } from "../../../db/client";
import { insertSdItem } from "../../../db/repositories/supply-demand";
import { expiryAfter, type SdContent, type SdKind } from "../../domain/supply-demand";

/** Content good enough for a test or demo item; callers override what they care about. */
export function sdContent(kind: SdKind, overrides: Partial<SdContent> = {}): SdContent {
  const demand = kind === "demand";
  return {
    title: demand ? "智慧园区能耗监测平台建设需求" : "工业设备预测性维护解决方案",
    summary: demand ? "建设园区级能耗实时监测与分析平台" : "基于振动与温度数据的设备故障预测",
    description: demand
      ? "园区内 40 栋楼宇需要接入电、水、气计量数据，实现分项计量、异常告警与节能分析。"
      : "通过边缘网关采集设备振动与温度，利用机器学习模型提前 7 天预测故障。",
    domain: demand ? "iot" : "industrial_internet",
    tags: demand ? ["能耗", "物联网"] : ["预测性维护", "机器学习"],
    district: "洪山区",
    category: demand ? "digital_economy" : null,
    expectedOutcome: demand ? "年节能 10% 以上" : null,
    budgetMinFen: demand ? 50_000_000 : null,
    budgetMaxFen: demand ? 100_000_000 : null,
    wantedBy: demand ? "2027-06-30" : null,
    supplyKind: demand ? null : "solution",
    maturity: demand ? null : "deployed",
    deployedCustomers: demand ? null : 12,
    referenceCases: demand ? null : "某汽车零部件厂 200 台设备上线，故障停机减少 35%。",
    districtsServed: [],
    priceMinFen: demand ? null : 30_000_000,
    priceMaxFen: demand ? null : 80_000_000,
    contactName: demand ? "王主任" : "李经理",
    contactPhone: demand ? "027-11112222" : "13900001111",
    contactEmail: demand ? "wang.demand@example.cn" : "li.supply@example.cn",
    ...overrides,
  };
}

/**
 * An item as a test or the demo needs it: a draft, submitted, or published one (approved by `reviewerId`, or by
 * its creator when none is given — factories skip the review rules, not the lifecycle).
 */
export async function createSdItem(
  db: DbOrTrx,
  {
    kind,
    organizationId,
    createdBy,
    year = new Date().getUTCFullYear(),
    content = {},
    status = "published",
    reviewerId = createdBy,
    publishedAt = new Date(),
    isDemo = false,
  }: {
    kind: SdKind;
    organizationId: number;
    createdBy: number;
    year?: number;
    content?: Partial<SdContent>;
    status?: "draft" | "submitted" | "published";
    reviewerId?: number;
    publishedAt?: Date;
    isDemo?: boolean;
  },
) {
  const item = await insertSdItem(db, {
    kind,
    year,
    organizationId,
    createdBy,
    content: sdContent(kind, content),
    isDemo,
  });
  if (status === "draft") return item;
  const submittedAt = new Date(publishedAt.getTime() - 86_400_000);
  await db
    .updateTable("sdRevisions")
    .set({ status: "submitted", submittedAt })
    .where("id", "=", item.revisionId)
    .execute();
  await db.updateTable("sdItems").set({ status: "submitted" }).where("id", "=", item.id).execute();
  if (status === "submitted") return item;
  await db
    .updateTable("sdRevisions")
    .set({ status: "approved", reviewedBy: reviewerId, reviewedAt: publishedAt })
    .where("id", "=", item.revisionId)
    .execute();
  await db
    .updateTable("sdItems")
    .set({
      status: "published",
      publishedRevisionId: item.revisionId,
      publishedAt,
      expiresAt: expiryAfter(publishedAt),
      updatedAt: publishedAt,
    })
    .where("id", "=", item.id)
    .execute();
  return item;
}
