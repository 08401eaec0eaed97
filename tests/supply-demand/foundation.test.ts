import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { createEmbeddedEngine } from "../../search/embedded-engine";
import { relayAllDue } from "../../search/outbox-relay";
import { SD_INDEX } from "../../search/sd-index";
import { SD_COLLECTION } from "../../search/collections";
import { query } from "../search/contract";

async function owner(name: string) {
  const email = `${name}-${Math.random().toString(36).slice(2)}@example.cn`;
  return createOrganizationWithOwner(getDb(), {
    name,
    owner: { email, name, password: "correct horse battery" },
  });
}

async function refusal(statement: ReturnType<typeof sql>) {
  try {
    await statement.execute(getDb());
    return null;
  } catch (error) {
    return (error as { message: string }).message;
  }
}

describe("supply–demand foundation", () => {
  it("numbers items per kind and year and keeps the published revision", async () => {
    const { organization, owner: user } = await owner("基础需求单位");
    const a = await createSdItem(getDb(), {
      kind: "demand",
      year: 2031,
      organizationId: organization.id,
      createdBy: user.id,
    });
    const b = await createSdItem(getDb(), {
      kind: "demand",
      year: 2031,
      organizationId: organization.id,
      createdBy: user.id,
    });
    const s = await createSdItem(getDb(), {
      kind: "supply",
      year: 2031,
      organizationId: organization.id,
      createdBy: user.id,
    });
    expect([a.code, b.code, s.code]).toEqual(["D-2031-0001", "D-2031-0002", "S-2031-0001"]);
    const item = await getDb()
      .selectFrom("sdItems")
      .selectAll()
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({
      status: "published",
      publishedRevisionId: a.revisionId,
      latestRevisionId: a.revisionId,
    });
    const outbox = await getDb()
      .selectFrom("searchOutbox")
      .select("documentId")
      .where("indexUid", "=", "sd_items")
      .execute();
    expect(outbox.map((r) => r.documentId)).toContain("D-2031-0001");
  });

  it("refuses status changes outside the lifecycle and changes to a published batch", async () => {
    const { organization, owner: user } = await owner("基础供给单位");
    const draft = await createSdItem(getDb(), {
      kind: "supply",
      year: 2032,
      organizationId: organization.id,
      createdBy: user.id,
      status: "draft",
    });
    expect(await refusal(sql`UPDATE sd_items SET status = 'published' WHERE id = ${draft.id}`)).toMatch(
      /draft → published is not a transition/,
    );
    const published = await createSdItem(getDb(), {
      kind: "supply",
      year: 2032,
      organizationId: organization.id,
      createdBy: user.id,
    });
    const { owner: second } = await owner("第二签字人单位");
    const batch = await getDb()
      .insertInto("sdBatches")
      .values({ year: 2032, number: 1, composedBy: user.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await getDb()
      .insertInto("sdBatchItems")
      .values({ batchId: batch.id, itemId: published.id, revisionId: published.revisionId, position: 1 })
      .execute();
    expect(
      await refusal(
        sql`UPDATE sd_batches SET status = 'published', published_by = ${user.id}, published_at = now(), published_on = '2032-03-01' WHERE id = ${batch.id}`,
      ),
    ).toMatch(/sd_batches_two_signatures/);
    await sql`UPDATE sd_batches SET status = 'published', published_by = ${second.id}, published_at = now(), published_on = '2032-03-01' WHERE id = ${batch.id}`.execute(
      getDb(),
    );
    expect(await refusal(sql`DELETE FROM sd_batch_items WHERE batch_id = ${batch.id}`)).toMatch(/frozen/);
    expect(await refusal(sql`UPDATE sd_batches SET number = 9 WHERE id = ${batch.id}`)).toMatch(/frozen/);
  });

  it("indexes published items as public, first submissions as not public, and never drafts or contacts", async () => {
    const { organization, owner: user } = await owner("索引测试单位");
    const base = { organizationId: organization.id, createdBy: user.id, year: 2033 } as const;
    const published = await createSdItem(getDb(), { ...base, kind: "demand" });
    const submitted = await createSdItem(getDb(), { ...base, kind: "supply", status: "submitted" });
    const draft = await createSdItem(getDb(), { ...base, kind: "supply", status: "draft" });
    const engine = createEmbeddedEngine();
    await engine.applySettings(SD_INDEX);
    await relayAllDue(engine);
    const result = await engine.search(SD_INDEX.uid, query({ filters: { year: [2033] }, hitsPerPage: 100 }));
    const byId = new Map(result.hits.map((hit) => [hit.id, hit]));
    expect(byId.get(published.code)).toMatchObject({
      kind: "demand",
      visibility: "public",
      budgetBand: "500k_2m",
    });
    expect(byId.get(submitted.code)).toMatchObject({ kind: "supply", visibility: "review" });
    expect(byId.has(draft.code)).toBe(false);
    const documents = await SD_COLLECTION.documentsByIds(getDb(), [published.code, submitted.code]);
    expect(JSON.stringify(documents)).not.toMatch(/027-11112222|example\.cn|王主任/);
  });
});
