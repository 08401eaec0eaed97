import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  createList,
  createOrganizationWithOwner,
  createTask,
  DEMO_POLICY,
  ensurePolicy,
} from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import {
  counterpartSuggestions,
  possibleDuplicates,
  relatedChallengeTasks,
  similarPublishedItems,
} from "../../app/server/supply-demand/matching/matching.server";
import { relayAllDue } from "../../search/outbox-relay";
import { searchEngine } from "../../search/runtime";
import { HIGHLIGHT_START } from "../../search/engine";

/** The matching module through the real database, outbox and (embedded) engine. */

const items: Record<string, { id: number; code: string }> = {};

beforeAll(async () => {
  const db = getDb();
  const org = async (name: string, type: "enterprise" | "government_unit" = "enterprise") =>
    createOrganizationWithOwner(db, {
      name,
      type,
      owner: { email: `${name}@test.local`, name, password: "matching-test-pw" },
    });
  const water = await org("水务部门", "government_unit");
  const emergency = await org("应急部门", "government_unit");
  const vendor = await org("物联网企业");
  const other = await org("区块链企业");
  const make = async (
    key: string,
    owner: Awaited<ReturnType<typeof org>>,
    kind: "demand" | "supply",
    content: Record<string, unknown>,
    status: "published" | "submitted" | "draft" = "published",
  ) => {
    items[key] = await createSdItem(db, {
      kind,
      organizationId: owner.organization.id,
      createdBy: owner.owner.id,
      year: 2026,
      status,
      content: { contactPhone: "13912345678", contactEmail: `secret-${key}@contact.test`, ...content },
    });
  };
  const waterlogging = {
    domain: "iot",
    district: null,
    budgetMinFen: 300_000_000,
    budgetMaxFen: 600_000_000,
  } as const;
  await make("demandA", water, "demand", {
    ...waterlogging,
    title: "城市道路积水点物联网监测与内涝预警",
    summary: "易积水路段积水监测与内涝预警",
    tags: ["积水监测", "内涝预警", "物联网", "防汛"],
  });
  await make(
    "demandB",
    emergency,
    "demand",
    {
      ...waterlogging,
      title: "城区易涝点积水监测预警平台",
      summary: "城区易涝点积水实时监测和分级预警",
      tags: ["积水监测", "易涝点", "内涝预警", "应急联动"],
    },
    "submitted",
  );
  await make(
    "demandDraft",
    emergency,
    "demand",
    {
      ...waterlogging,
      title: "积水监测内涝预警草稿",
      tags: ["积水监测", "内涝预警"],
    },
    "draft",
  );
  await make("demandOther", other, "demand", {
    title: "农产品质量安全区块链溯源",
    summary: "一物一码溯源",
    domain: "blockchain",
    tags: ["农产品溯源", "区块链"],
  });
  await make("supplyGood", vendor, "supply", {
    title: "城市积水监测与内涝预警系统",
    summary: "道路积水深度监测终端和内涝预警平台",
    domain: "iot",
    tags: ["积水监测", "内涝预警", "物联网", "防汛"],
    priceMinFen: 100_000_000,
    priceMaxFen: 400_000_000,
    maturity: "deployed",
    deployedCustomers: 8,
  });
  await make("supplyOther", other, "supply", {
    title: "农产品区块链溯源系统",
    summary: "一物一码、全流程上链",
    domain: "blockchain",
    tags: ["农产品溯源", "区块链"],
  });
  await make(
    "supplyPending",
    vendor,
    "supply",
    { title: "积水监测终端（审核中）", domain: "iot", tags: ["积水监测", "内涝预警"] },
    "submitted",
  );
  await ensurePolicy(db, DEMO_POLICY);
  const list = await createList(db, { year: 2026, status: "published", publishedAt: new Date() });
  await createTask(db, list, {
    title: "城市内涝积水监测预警场景",
    domain: "other",
    scenarioNeed: "汛期积水监测与内涝预警。",
    bidDeadline: new Date(Date.now() + 30 * 86_400_000),
    status: "published",
    publishedAt: new Date(),
  });
  await relayAllDue(await searchEngine());
}, 60_000);

describe("matching on the database", () => {
  it("suggests published supplies for a demand, best first, with reasons and highlighted shared terms", async () => {
    const suggestions = await counterpartSuggestions(items.demandA!.id);
    expect(suggestions[0]).toMatchObject({ code: items.supplyGood!.code, kind: "supply" });
    expect(suggestions.map((s) => s.code)).not.toContain(items.supplyPending!.code);
    const kinds = suggestions[0]!.reasons.map((r) => r.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["sharedTerms", "sameDomain", "budgetFits", "cityWide", "mature"]),
    );
    expect(suggestions[0]!.highlightedTitle).toContain(HIGHLIGHT_START);
    expect(suggestions[0]!.score).toBeGreaterThan(0.6);
    const other = suggestions.find((s) => s.code === items.supplyOther!.code);
    if (other) expect(other.score).toBeLessThan(suggestions[0]!.score);
  });

  it("suggests published demands for a supply", async () => {
    const suggestions = await counterpartSuggestions(items.supplyGood!.id);
    expect(suggestions[0]?.code).toBe(items.demandA!.code);
    // Pending and draft demands are not suggested to the public.
    expect(suggestions.map((s) => s.code)).not.toContain(items.demandB!.code);
    expect(suggestions.map((s) => s.code)).not.toContain(items.demandDraft!.code);
  });

  it("shows a pending near-duplicate from another department as a possible duplicate, never the item itself", async () => {
    const duplicates = await possibleDuplicates(items.demandA!.id);
    expect(duplicates.map((d) => d.code)).toContain(items.demandB!.code);
    expect(duplicates.map((d) => d.code)).not.toContain(items.demandA!.code);
    expect(duplicates.find((d) => d.code === items.demandB!.code)).toMatchObject({ public: false });
    expect(duplicates.length).toBeLessThanOrEqual(5);
    expect(duplicates.every((d) => d.kind === "demand" && d.similarity >= 0.4 && d.similarity <= 1)).toBe(
      true,
    );
    // The submitted item sees the published one the same way.
    expect((await possibleDuplicates(items.demandB!.id)).map((d) => d.code)).toContain(items.demandA!.code);
  });

  it("lists similar published items only on public pages", async () => {
    const similar = await similarPublishedItems(items.demandA!.id);
    expect(similar.map((d) => d.code)).not.toContain(items.demandB!.code);
    expect(similar.every((d) => d.public && d.kind === "demand")).toBe(true);
  });

  it("finds the related challenge task of a demand", async () => {
    const tasks = await relatedChallengeTasks(items.demandA!.id);
    expect(tasks[0]?.title).toBe("城市内涝积水监测预警场景");
    expect(tasks[0]!.reasons.map((r) => r.kind)).toContain("sharedTerms");
  });

  it("never carries contact details, and gives nothing for an unknown item", async () => {
    const all = JSON.stringify([
      await counterpartSuggestions(items.demandA!.id),
      await counterpartSuggestions(items.supplyGood!.id),
      await possibleDuplicates(items.demandA!.id),
      await similarPublishedItems(items.demandA!.id),
    ]);
    expect(all).not.toMatch(/13912345678|contact\.test|王主任|李经理/);
    expect(await counterpartSuggestions(99_999_999)).toEqual([]);
  });
});
