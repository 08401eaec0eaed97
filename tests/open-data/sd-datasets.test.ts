import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../app/server/demo/seed.server";
import { SD_ITEM_CSV_COLUMNS, SD_OUTCOME_CSV_COLUMNS } from "../../app/domain/open-data-sd";
import { TestBrowser } from "../support/app";

/** The supply–demand open datasets on the demo data, through the real handler. */

const NOW = new Date("2026-11-29T02:00:00Z");
beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!, NOW);
}, 120_000);

async function fetchFile(name: string) {
  const response = await new TestBrowser().get(`/open-data/${name}`);
  expect(response.status, name).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return response;
}

/** The body with its byte-order mark kept (Response.text() drops it). */
async function textWithBom(response: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

type ItemJson = { code: string; status: string; kind: string; [key: string]: unknown };

describe("sd-items-<year>", () => {
  it("holds exactly the year's items that were ever published, as JSON and as CSV, without any contact", async () => {
    const db = getDb();
    const rows = await db
      .selectFrom("sdItems")
      .innerJoin("sdRevisions", "sdRevisions.itemId", "sdItems.id")
      .select([
        "sdItems.code",
        "sdItems.year",
        "sdItems.publishedAt",
        "contactName",
        "contactPhone",
        "contactEmail",
      ])
      .execute();
    const expected = [
      ...new Set(rows.filter((r) => r.year === 2026 && r.publishedAt !== null).map((r) => r.code)),
    ].sort();
    expect(expected.length).toBeGreaterThan(5);

    const json = (await (await fetchFile("sd-items-2026.json")).json()) as {
      year: number;
      items: ItemJson[];
    };
    expect(json.year).toBe(2026);
    expect(json.items.map((i) => i.code)).toEqual(expected);

    const csvResponse = await fetchFile("sd-items-2026.csv");
    expect(csvResponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csvResponse.headers.get("content-disposition")).toBe('attachment; filename="sd-items-2026.csv"');
    const csv = await textWithBom(csvResponse);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${SD_ITEM_CSV_COLUMNS.map((c) => c.header).join(",")}`);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(expected);

    // Not one contact detail of any revision of any item, in either format.
    const text = JSON.stringify(json) + csv;
    for (const row of rows) {
      for (const contact of [row.contactPhone, row.contactEmail]) expect(text).not.toContain(contact);
    }
    for (const item of json.items) expect(Object.keys(item).join()).not.toMatch(/contact/i);
  });

  it("has no item of another year, and an empty year is an empty dataset, not an error", async () => {
    const json = (await (await fetchFile("sd-items-2025.json")).json()) as { items: ItemJson[] };
    expect(json.items.every((i) => i.code.includes("-2025-"))).toBe(true);
    const empty = (await (await fetchFile("sd-items-2031.json")).json()) as { items: ItemJson[] };
    expect(empty.items).toEqual([]);
  });
});

describe("sd-outcomes-<year>", () => {
  it("holds every outcome recorded in the year, amounts only for contracts, never a reason or a message", async () => {
    const db = getDb();
    const outcomes = await db
      .selectFrom("sdOutcomes")
      .select(["id", "kind", "amountFen", "reason"])
      .orderBy("id")
      .execute();
    const messages = await db.selectFrom("sdExpressions").select("message").execute();
    const json = (await (await fetchFile("sd-outcomes-2026.json")).json()) as {
      outcomes: { id: number; kind: string; amountFen: number | null }[];
    };
    expect(json.outcomes.map((o) => o.id).sort((a, b) => a - b)).toEqual(outcomes.map((o) => o.id));
    for (const outcome of json.outcomes) {
      const stored = outcomes.find((o) => o.id === outcome.id)!;
      expect(outcome.kind).toBe(stored.kind);
      expect(outcome.amountFen).toBe(stored.kind === "contract" ? stored.amountFen : null);
    }
    const csv = await textWithBom(await fetchFile("sd-outcomes-2026.csv"));
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${SD_OUTCOME_CSV_COLUMNS.map((c) => c.header).join(",")}`);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(outcomes.length + 1);
    const text = JSON.stringify(json) + csv;
    for (const { reason } of outcomes) if (reason) expect(text).not.toContain(reason);
    for (const { message } of messages) expect(text).not.toContain(message);
  });

  it("answers 404 for a name that is no dataset", async () => {
    for (const name of ["sd-items-2026.xlsx", "sd-contacts-2026.json", "sd-items-20266.json"]) {
      expect((await new TestBrowser().get(`/open-data/${name}`)).status, name).toBe(404);
    }
  });
});
