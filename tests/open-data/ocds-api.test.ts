import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createList, createTask } from "../../app/server/demo/factories.server";
import { listOcdsFiles, ocdsConfig } from "../../app/server/open-data/ocds.server";
import { TestBrowser } from "../support/app";
import { asOwner } from "../support/owner";
import { ocdsErrors } from "./ocds-schema";

const ORIGIN = "http://jiebang.test";
const prefix = () => ocdsConfig(ORIGIN).prefix;

interface Pkg {
  uri: string;
  publishedDate: string;
  releases: { ocid: string; id: string; date: string; tag: string[] }[];
  links?: { next: string };
}

const codes: Record<number, string[]> = { 2024: [], 2025: [] };
let draftCode: string;

/** Public tasks published on known days (2025: one a month from January), and one draft. */
beforeAll(async () => {
  const db = getDb();
  for (const year of [2024, 2025] as const) {
    const list = await createList(db, {
      year,
      status: "published",
      publishedAt: new Date(`${year}-01-01T00:00:00Z`),
    });
    const count = year === 2025 ? 5 : 2;
    for (let i = 0; i < count; i++) {
      const publishedAt = new Date(Date.UTC(year, i, 10, 2));
      const task = await createTask(db, list, {
        title: `开放数据测试 ${year}-${i}`,
        domain: "big_data",
        bidDeadline: new Date(Date.UTC(year, i + 2, 10, 9)),
        status: "published",
        publishedAt,
      });
      codes[year]!.push(task.code);
    }
    if (year === 2025)
      draftCode = (
        await createTask(db, list, { title: "草稿", domain: "ai", bidDeadline: new Date("2099-01-01") })
      ).code;
  }
  codes[2024]!.sort();
  codes[2025]!.sort();
});

async function getJson(browser: TestBrowser, path: string) {
  const response = await browser.get(path);
  return {
    status: response.status,
    body: (await response.json()) as Pkg & { error?: { field: string; message: { zh: string; en: string } } },
  };
}

describe("GET /api/v1/ocds/releases", () => {
  it("pages through a year with links.next, each page a valid release package", async () => {
    const browser = new TestBrowser("203.0.113.71");
    const seen: string[] = [];
    let path: string | null = "/api/v1/ocds/releases?year=2025&limit=2";
    let pages = 0;
    while (path) {
      const { status, body } = await getJson(browser, path);
      expect(status).toBe(200);
      expect(ocdsErrors("releasePackage", body)).toEqual([]);
      expect(body.uri).toBe(ORIGIN + path);
      seen.push(...new Set(body.releases.map((r) => r.ocid)));
      pages += 1;
      path = body.links ? body.links.next.slice(ORIGIN.length) : null;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(codes[2025]!.map((code) => `${prefix()}-${code}`));
  });

  it("filters by year, and by since (release date on or after; a bare date is a Shanghai day)", async () => {
    const browser = new TestBrowser("203.0.113.72");
    const { body: y2024 } = await getJson(browser, "/api/v1/ocds/releases?year=2024");
    expect(new Set(y2024.releases.map((r) => r.ocid))).toEqual(
      new Set(codes[2024]!.map((c) => `${prefix()}-${c}`)),
    );
    expect(y2024.links).toBeUndefined();
    // 2025 tasks were published on the 10th of January…May, 02:00 UTC: from 10 March on, three remain.
    const { body: since } = await getJson(browser, "/api/v1/ocds/releases?year=2025&since=2025-03-10");
    expect(ocdsErrors("releasePackage", since)).toEqual([]);
    expect(since.releases.map((r) => r.date)).toEqual([
      "2025-03-10T02:00:00.000Z",
      "2025-04-10T02:00:00.000Z",
      "2025-05-10T02:00:00.000Z",
    ]);
    const { body: exact } = await getJson(browser, "/api/v1/ocds/releases?since=2025-04-10T02:00:00.001Z");
    expect(exact.releases.map((r) => r.date)).toEqual(["2025-05-10T02:00:00.000Z"]);
    expect(exact.publishedDate).toBe("2025-05-10T02:00:00.000Z");
  });

  it("never lists a draft", async () => {
    const { body } = await getJson(new TestBrowser("203.0.113.73"), "/api/v1/ocds/releases");
    expect(JSON.stringify(body)).not.toContain(draftCode);
  });

  it.each([
    ["year=abc", "year"],
    ["year=1999", "year"],
    ["year=2025&year=2024", "year"],
    ["since=yesterday", "since"],
    ["since=2025-13-01", "since"],
    ["cursor=%3Cscript%3E", "cursor"],
    ["limit=0", "limit"],
    ["limit=501", "limit"],
    ["page=2", "page"],
  ])("answers 400 with a zh + en problem for %s", async (query, field) => {
    const { status, body } = await getJson(new TestBrowser("203.0.113.74"), `/api/v1/ocds/releases?${query}`);
    expect(status).toBe(400);
    expect(body.error!.field).toBe(field);
    expect(body.error!.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(body.error!.message.en.length).toBeGreaterThan(5);
  });
});

describe("GET /api/v1/ocds/records/:ocid", () => {
  it("answers a valid record package with the compiled release", async () => {
    const ocid = `${prefix()}-${codes[2025]![0]}`;
    const { status, body } = await getJson(new TestBrowser("203.0.113.75"), `/api/v1/ocds/records/${ocid}`);
    expect(status).toBe(200);
    expect(ocdsErrors("recordPackage", body)).toEqual([]);
    const record = (body as unknown as { records: { ocid: string; compiledRelease: { tag: string[] } }[] })
      .records[0]!;
    expect(record.ocid).toBe(ocid);
    expect(record.compiledRelease.tag).toEqual(["compiled"]);
  });

  it.each([
    () => `${prefix()}-2025-XX-999`,
    () => `ocds-abcdef-${codes[2025]![0]}`,
    () => `${prefix()}-${draftCode}`,
    () => "nonsense",
  ])("answers 404 (zh + en) for an unknown or non-public ocid", async (ocid) => {
    const { status, body } = await getJson(new TestBrowser("203.0.113.76"), `/api/v1/ocds/records/${ocid()}`);
    expect(status).toBe(404);
    expect(body.error!.message.zh).toBe("没有该 ocid 的公开记录");
    expect(body.error!.message.en).toBe("No public record has this ocid");
  });
});

describe("bulk files /open-data/ocds-<year>.jsonl.gz", () => {
  it("gunzips to one valid release package per process, and matches its sha256 file, byte for byte each time", async () => {
    const browser = new TestBrowser("203.0.113.77");
    const response = await browser.get("/open-data/ocds-2025.jsonl.gz");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gzip");
    const gz = Buffer.from(await response.arrayBuffer());
    const lines = gunzipSync(gz).toString("utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(codes[2025]!.length);
    for (const line of lines) expect(ocdsErrors("releasePackage", JSON.parse(line))).toEqual([]);
    const checksum = await (await browser.get("/open-data/ocds-2025.jsonl.gz.sha256")).text();
    const sha = createHash("sha256").update(gz).digest("hex");
    expect(checksum).toBe(`${sha}  ocds-2025.jsonl.gz\n`);
    const again = Buffer.from(await (await browser.get("/open-data/ocds-2025.jsonl.gz")).arrayBuffer());
    expect(again.equals(gz)).toBe(true);
    const listed = (await listOcdsFiles(ORIGIN)).find((f) => f.year === 2025)!;
    expect(listed).toMatchObject({
      name: "ocds-2025.jsonl.gz",
      sha256: sha,
      sizeBytes: gz.byteLength,
      processes: 5,
    });
  });

  it("changes the file and its checksum when a task of that year changes, and only then", async () => {
    const browser = new TestBrowser("203.0.113.78");
    const before = await (await browser.get("/open-data/ocds-2024.jsonl.gz.sha256")).text();
    expect(await (await browser.get("/open-data/ocds-2024.jsonl.gz.sha256")).text()).toBe(before);
    await asOwner((db) =>
      db.updateTable("tasks").set({ status: "cancelled" }).where("code", "=", codes[2025]![0]!).execute(),
    );
    expect(await (await browser.get("/open-data/ocds-2024.jsonl.gz.sha256")).text()).toBe(before);
    await asOwner((db) =>
      db.updateTable("tasks").set({ status: "cancelled" }).where("code", "=", codes[2024]![0]!).execute(),
    );
    expect(await (await browser.get("/open-data/ocds-2024.jsonl.gz.sha256")).text()).not.toBe(before);
  });

  it.each(["/open-data/ocds-1999.jsonl.gz", "/open-data/ocds-2025.json", "/open-data/secrets.txt"])(
    "answers 404 for %s",
    async (path) => {
      const response = await new TestBrowser("203.0.113.79").get(path);
      expect(response.status).toBe(404);
    },
  );

  it("is rate limited per address (429 with Retry-After, zh + en)", async () => {
    const browser = new TestBrowser("203.0.113.80");
    for (let i = 0; i < 30; i++)
      expect((await browser.get("/open-data/ocds-2024.jsonl.gz.sha256")).status).toBe(200);
    const refused = await browser.get("/open-data/ocds-2024.jsonl.gz.sha256");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { error: { message: { zh: string; en: string } } };
    expect(body.error.message.en).toMatch(/^Too many requests/);
    expect((await new TestBrowser("203.0.113.81").get("/open-data/ocds-2024.jsonl.gz.sha256")).status).toBe(
      200,
    );
  });
});
