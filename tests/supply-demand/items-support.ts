import { getDb } from "../../db/client";
import { expiryAfter } from "../../app/domain/supply-demand";

/**
 * What a reviewer's approval does to an item (the review part builds the real service): the submitted revision is
 * approved and shown; an earlier published revision is superseded; a first approval publishes the item.
 */
export async function approveLatest(code: string, reviewerId: number, now = new Date()) {
  const db = getDb();
  const item = await db.selectFrom("sdItems").selectAll().where("code", "=", code).executeTakeFirstOrThrow();
  await db
    .updateTable("sdRevisions")
    .set({ status: "approved", reviewedBy: reviewerId, reviewedAt: now })
    .where("id", "=", item.latestRevisionId!)
    .execute();
  if (item.publishedRevisionId !== null) {
    await db
      .updateTable("sdRevisions")
      .set({ status: "superseded" })
      .where("id", "=", item.publishedRevisionId)
      .execute();
    await db
      .updateTable("sdItems")
      .set({ publishedRevisionId: item.latestRevisionId })
      .where("id", "=", item.id)
      .execute();
    return;
  }
  await db
    .updateTable("sdItems")
    .set({
      status: "published",
      publishedRevisionId: item.latestRevisionId,
      publishedAt: now,
      expiresAt: expiryAfter(now),
    })
    .where("id", "=", item.id)
    .execute();
}

/** A reviewer sends the newest revision back with a reason. */
export async function returnLatest(code: string, reviewerId: number, reason: string, now = new Date()) {
  const db = getDb();
  const item = await db.selectFrom("sdItems").selectAll().where("code", "=", code).executeTakeFirstOrThrow();
  await db
    .updateTable("sdRevisions")
    .set({ status: "returned", reviewReason: reason, reviewedBy: reviewerId, reviewedAt: now })
    .where("id", "=", item.latestRevisionId!)
    .execute();
  if (item.status === "submitted")
    await db.updateTable("sdItems").set({ status: "returned" }).where("id", "=", item.id).execute();
}

export function itemByCode(code: string) {
  return getDb().selectFrom("sdItems").selectAll().where("code", "=", code).executeTakeFirstOrThrow();
}

export function revisionsOf(itemId: number) {
  return getDb()
    .selectFrom("sdRevisions")
    .selectAll()
    .where("itemId", "=", itemId)
    .orderBy("number")
    .execute();
}

/** The text of the element with that id (its tags dropped), or null when the page has none. */
export function textOf(html: string, id: string): string | null {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return null;
  const open = html.lastIndexOf("<", start);
  const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
  const end = html.indexOf(`</${tag}>`, start);
  return html
    .slice(html.indexOf(">", start) + 1, end)
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');
}

export const demandFields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  title: "政务数据共享交换平台升级",
  summary: "升级全区政务数据共享交换平台",
  description: "现有平台接入 40 个部门，需要支持实时交换与数据质量监测。",
  domain: "e_government",
  tags: "数据共享，政务",
  district: "江汉区",
  category: "digital_government",
  expectedOutcome: "部门数据实时共享",
  budgetMin: "100万",
  budgetMax: "300万",
  wantedBy: "2099-06-30",
  contactName: "赵科长",
  contactPhone: "027-85550000",
  contactEmail: "zhao@jianghan.gov.example",
  ...overrides,
});
