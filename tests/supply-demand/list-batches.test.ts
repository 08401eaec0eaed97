import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { insertSdRevision } from "../../db/repositories/supply-demand";
import { batchCandidates } from "../../db/repositories/sd-list";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { createSdItem, sdContent } from "../../app/server/demo/sd-factories.server";
import {
  addItems,
  createBatch,
  discardBatch,
  moveItem,
  publishBatch,
  removeItem,
} from "../../app/server/supply-demand/list/batches.server";
import { publicYearList } from "../../app/server/supply-demand/list/public-list.server";
import type { Outcome } from "../../app/server/platform/outcome.server";

const YEAR = 2040;
const ip = "127.0.0.1";
let composer: { id: number; ip: string };
let publisher: { id: number; ip: string };
let org: { id: number };
let owner: { id: number };

async function staff(name: string) {
  const user = await createUser(getDb(), {
    email: `${name}-${Math.random().toString(36).slice(2)}@example.cn`,
    name,
    password: "correct horse battery",
    roles: ["staff"],
  });
  return { id: user.id, ip };
}

function item(kind: "demand" | "supply", extra: Partial<Parameters<typeof createSdItem>[1]> = {}) {
  return createSdItem(getDb(), { kind, organizationId: org.id, createdBy: owner.id, year: YEAR, ...extra });
}

function refusedWith(outcome: Outcome<unknown>, key: string, field?: string) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  const message = field ? outcome.fieldErrors?.[field]?.[0] : outcome.formError;
  expect(message?.key).toBe(key);
}

async function refusal(statement: ReturnType<typeof sql>) {
  try {
    await statement.execute(getDb());
    return null;
  } catch (error) {
    return (error as { message: string }).message;
  }
}

/** An owner's edit of a published item, reviewed and approved: a new revision replaces the published one. */
async function approveEdit(itemId: number, number: number, title: string) {
  const revision = await insertSdRevision(getDb(), itemId, number, owner.id, sdContent("demand", { title }));
  for (const status of ["submitted", "approved"] as const)
    await getDb().updateTable("sdRevisions").set({ status }).where("id", "=", revision.id).execute();
  const old = await getDb()
    .selectFrom("sdItems")
    .select("publishedRevisionId")
    .where("id", "=", itemId)
    .executeTakeFirstOrThrow();
  await getDb()
    .updateTable("sdRevisions")
    .set({ status: "superseded" })
    .where("id", "=", old.publishedRevisionId!)
    .execute();
  await getDb()
    .updateTable("sdItems")
    .set({ publishedRevisionId: revision.id, latestRevisionId: revision.id })
    .where("id", "=", itemId)
    .execute();
  return revision.id;
}

beforeAll(async () => {
  const created = await createOrganizationWithOwner(getDb(), {
    name: "清单测试单位",
    owner: {
      email: `list-owner-${Date.now()}@example.cn`,
      name: "清单测试",
      password: "correct horse battery",
    },
  });
  org = created.organization;
  owner = created.owner;
  composer = await staff("编制人");
  publisher = await staff("签发人");
});

describe("annual list batches: composition", () => {
  it("takes only published items of the batch's year, each into one batch at most", async () => {
    const published = await item("demand", { content: { title: "园区能耗监测平台" } });
    const supply = await item("supply");
    const submitted = await item("demand", { status: "submitted" });
    const draft = await item("supply", { status: "draft" });
    const otherYear = await item("demand", { year: YEAR + 1 });

    const created = await createBatch(composer, YEAR);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const batchId = created.value.id;
    const batch = await getDb()
      .selectFrom("sdBatches")
      .selectAll()
      .where("id", "=", batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ year: YEAR, number: 1, status: "draft", composedBy: composer.id });
    // One draft per year: the next batch waits until this one is published or discarded.
    refusedWith(await createBatch(publisher, YEAR), "err.sdList.draftExists", "year");

    refusedWith(await addItems(composer, batchId, [submitted.id]), "err.sdList.notPublished");
    refusedWith(await addItems(composer, batchId, [draft.id]), "err.sdList.notPublished");
    refusedWith(await addItems(composer, batchId, [otherYear.id]), "err.sdList.otherYear");
    // All or nothing: a refused item leaves the good one out too.
    refusedWith(await addItems(composer, batchId, [published.id, submitted.id]), "err.sdList.notPublished");
    expect(
      await getDb().selectFrom("sdBatchItems").selectAll().where("batchId", "=", batchId).execute(),
    ).toEqual([]);

    const candidatesBefore = await batchCandidates(getDb(), {
      year: YEAR,
      kind: null,
      domain: null,
      district: null,
      q: "",
      limit: 100,
      offset: 0,
    });
    const codes = candidatesBefore.rows.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining([published.code, supply.code]));
    expect(codes).not.toContain(submitted.code);
    expect(codes).not.toContain(draft.code);
    expect(codes).not.toContain(otherYear.code);
    const byKind = await batchCandidates(getDb(), {
      year: YEAR,
      kind: "supply",
      domain: null,
      district: null,
      q: "",
      limit: 100,
      offset: 0,
    });
    expect(byKind.rows.every((r) => r.kind === "supply")).toBe(true);
    const byText = await batchCandidates(getDb(), {
      year: YEAR,
      kind: null,
      domain: "iot",
      district: "洪山区",
      q: "能耗监测",
      limit: 100,
      offset: 0,
    });
    expect(byText.rows.map((r) => r.code)).toEqual([published.code]);

    const added = await addItems(composer, batchId, [published.id, supply.id]);
    expect(added).toEqual({ ok: true, value: { added: 2 } });
    const members = await getDb()
      .selectFrom("sdBatchItems")
      .selectAll()
      .where("batchId", "=", batchId)
      .orderBy("position")
      .execute();
    expect(members.map((m) => [m.itemId, m.revisionId, m.position])).toEqual([
      [published.id, published.revisionId, 1],
      [supply.id, supply.revisionId, 2],
    ]);
    refusedWith(await addItems(composer, batchId, [published.id]), "err.sdList.inBatch");

    expect(await moveItem(composer, batchId, supply.id, "up")).toEqual({ ok: true, value: null });
    refusedWith(await moveItem(composer, batchId, supply.id, "up"), "err.sdList.cannotMove");
    const order = await getDb()
      .selectFrom("sdBatchItems")
      .select("itemId")
      .where("batchId", "=", batchId)
      .orderBy("position")
      .execute();
    expect(order.map((r) => r.itemId)).toEqual([supply.id, published.id]);
    expect(await removeItem(composer, batchId, supply.id)).toEqual({ ok: true, value: null });
    expect(await addItems(composer, batchId, [supply.id])).toEqual({ ok: true, value: { added: 1 } });

    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "sd_batch")
      .where("entityId", "=", String(batchId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "sd_batch.create",
        "sd_batch.add_items",
        "sd_batch.reorder",
        "sd_batch.remove_item",
      ]),
    );
    await discardBatch(composer, batchId);
    expect(await getDb().selectFrom("sdBatches").select("id").where("id", "=", batchId).execute()).toEqual(
      [],
    );
  });
});

describe("annual list batches: publication", () => {
  it("needs a second, different signer, then freezes the batch against the app and raw SQL", async () => {
    const first = await item("demand", { content: { title: "首批需求原标题" } });
    const second = await item("supply", { content: { title: "首批供给" } });
    const created = await createBatch(composer, YEAR);
    if (!created.ok) throw new Error("no batch");
    const batchId = created.value.id;

    refusedWith(await publishBatch(publisher, batchId, "2040-03-01"), "err.sdList.empty");
    await addItems(composer, batchId, [first.id, second.id]);
    refusedWith(await publishBatch(publisher, batchId, "2040-02-30"), "err.sdList.date", "publishedOn");
    // The composer cannot sign the publication: the app says so first…
    refusedWith(await publishBatch(composer, batchId, "2040-03-01"), "err.sdList.secondSigner");
    // …and the database refuses it too.
    expect(
      await refusal(
        sql`UPDATE sd_batches SET status = 'published', published_by = ${composer.id}, published_at = now(), published_on = '2040-03-01' WHERE id = ${batchId}`,
      ),
    ).toMatch(/sd_batches_two_signatures/);

    // Between composition and publication the first item's edit is approved: publication records that revision.
    const edited = await approveEdit(first.id, 2, "首批需求（发布前修订）");
    const published = await publishBatch(publisher, batchId, "2040-03-01");
    expect(published).toEqual({ ok: true, value: { items: 2 } });
    const batch = await getDb()
      .selectFrom("sdBatches")
      .selectAll()
      .where("id", "=", batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      status: "published",
      composedBy: composer.id,
      publishedBy: publisher.id,
      publishedOn: "2040-03-01",
    });
    const frozen = await getDb()
      .selectFrom("sdBatchItems")
      .select(["itemId", "revisionId"])
      .where("batchId", "=", batchId)
      .orderBy("position")
      .execute();
    expect(frozen).toEqual([
      { itemId: first.id, revisionId: edited },
      { itemId: second.id, revisionId: second.revisionId },
    ]);

    // The app refuses every change…
    const third = await item("demand");
    refusedWith(await addItems(composer, batchId, [third.id]), "err.sdList.frozen");
    refusedWith(await removeItem(composer, batchId, first.id), "err.sdList.frozen");
    refusedWith(await moveItem(composer, batchId, second.id, "up"), "err.sdList.frozen");
    refusedWith(await publishBatch(publisher, batchId, "2040-03-02"), "err.sdList.frozen");
    refusedWith(await discardBatch(composer, batchId), "err.sdList.frozen");
    // …and so does the database, whoever writes.
    expect(
      await refusal(
        sql`UPDATE sd_batch_items SET revision_id = ${first.revisionId} WHERE batch_id = ${batchId} AND item_id = ${first.id}`,
      ),
    ).toMatch(/frozen/);
    expect(await refusal(sql`DELETE FROM sd_batch_items WHERE batch_id = ${batchId}`)).toMatch(/frozen/);
    expect(
      await refusal(
        sql`INSERT INTO sd_batch_items (batch_id, item_id, revision_id, position) VALUES (${batchId}, ${third.id}, ${third.revisionId}, 3)`,
      ),
    ).toMatch(/frozen/);
    expect(
      await refusal(sql`UPDATE sd_batches SET published_on = '2040-04-01' WHERE id = ${batchId}`),
    ).toMatch(/frozen/);
    expect(await refusal(sql`DELETE FROM sd_batches WHERE id = ${batchId}`)).toMatch(/frozen/);

    // A later edit of a member changes the item's page, never the published batch.
    await approveEdit(first.id, 3, "首批需求（发布后又修改）");
    const list = await publicYearList(YEAR);
    const shown = list!.batches.find((b) => b.id === batchId)!;
    expect(shown.items.map((i) => i.title)).toEqual(["首批需求（发布前修订）", "首批供给"]);

    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "after"])
      .where("entityType", "=", "sd_batch")
      .where("entityId", "=", String(batchId))
      .where("action", "=", "sd_batch.publish")
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      composedBy: composer.id,
      publishedBy: publisher.id,
      publishedOn: "2040-03-01",
    });

    // The next batch is number 2, may not be dated before the first, and cannot take the first's items.
    const next = await createBatch(composer, YEAR);
    if (!next.ok) throw new Error("no second batch");
    const row = await getDb()
      .selectFrom("sdBatches")
      .select("number")
      .where("id", "=", next.value.id)
      .executeTakeFirstOrThrow();
    expect(row.number).toBe(2);
    refusedWith(await addItems(composer, next.value.id, [first.id]), "err.sdList.inBatch");
    expect(
      await refusal(
        sql`INSERT INTO sd_batch_items (batch_id, item_id, revision_id, position) VALUES (${next.value.id}, ${first.id}, ${first.revisionId}, 1)`,
      ),
    ).toMatch(/unique|duplicate/i);
    await addItems(composer, next.value.id, [third.id]);
    refusedWith(
      await publishBatch(publisher, next.value.id, "2040-02-01"),
      "err.sdList.dateBeforePrevious",
      "publishedOn",
    );

    // A member closed after composition must leave the batch before it is published.
    await getDb()
      .updateTable("sdItems")
      .set({ status: "closed", closeReason: "withdrawn", closedAt: new Date() })
      .where("id", "=", third.id)
      .execute();
    refusedWith(await publishBatch(publisher, next.value.id, "2040-05-01"), "err.sdList.membersClosed");
    await discardBatch(composer, next.value.id);
  });
});
