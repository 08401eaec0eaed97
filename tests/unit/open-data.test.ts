import { describe, expect, it } from "vitest";
import { DATASET_KEYS, openDataCatalogue } from "../../app/domain/open-data-catalogue";
import {
  parseSdDatasetFile,
  SD_ITEM_CSV_COLUMNS,
  sdItemRecord,
  sdItemsCsv,
  sdOutcomeRecord,
  sdOutcomesCsv,
  type SdItemSource,
} from "../../app/domain/open-data-sd";
import { atomXml, sitemapXml, tagUri, xmlText } from "../../app/domain/open-data-xml";
import { messages } from "../../app/i18n/messages";

describe("XML text", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(xmlText("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\tg\nh")).toBe("abcdef\tg\nh");
    // A lone surrogate goes; a pair (an emoji) stays.
    expect(xmlText("x\uD800y\uDC00z😀")).toBe("xyz😀");
  });
});

describe("Atom feed", () => {
  const entry = {
    id: tagUri("jiebang.example", "2026", "notice-3"),
    title: "公示：2026-AI-001 <大模型>",
    updated: new Date("2026-11-26T02:00:00Z"),
    url: "https://jiebang.example/notices/3?a=1&b=2",
    summary: "公示期内可提出异议",
  };
  const feed = {
    id: "tag:jiebang.example,2026:feed-zh",
    title: "揭榜 · 发布动态",
    subtitle: "s",
    lang: "zh-CN" as const,
    selfUrl: "https://jiebang.example/feed.atom",
    alternateUrl: "https://jiebang.example/open-data",
    authorName: "揭榜平台",
    emptyUpdated: new Date("2026-01-01T00:00:00Z"),
  };

  it("carries each entry with its escaped title and link, and the newest entry's time as the feed's", () => {
    const older = {
      ...entry,
      id: "tag:jiebang.example,2026:list-1",
      updated: new Date("2025-01-01T00:00:00Z"),
    };
    const xml = atomXml({ ...feed, entries: [entry, older] });
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="zh-CN">/,
    );
    expect(xml).toContain("<id>tag:jiebang.example,2026:notice-3</id>");
    expect(xml).toContain("<title>公示：2026-AI-001 &lt;大模型&gt;</title>");
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" href="https://jiebang.example/notices/3?a=1&amp;b=2"/>',
    );
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    // The feed's <updated> is the newest entry's.
    expect(xml).toMatch(/<\/subtitle>\n {2}<updated>2026-11-26T02:00:00.000Z<\/updated>/);
  });

  it("still has an updated time when nothing was published", () => {
    const xml = atomXml({ ...feed, entries: [] });
    expect(xml).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
    expect(xml).not.toContain("<entry>");
  });
});

describe("sitemap", () => {
  it("lists each URL, escaped, with lastmod only when known", () => {
    const xml = sitemapXml([
      { loc: "https://x/tasks/2026-AI-001" },
      { loc: "https://x/a?b=1&c=2", lastmod: new Date("2026-11-01T00:00:00Z") },
    ]);
    expect(xml).toContain("<url><loc>https://x/tasks/2026-AI-001</loc></url>");
    expect(xml).toContain(
      "<url><loc>https://x/a?b=1&amp;c=2</loc><lastmod>2026-11-01T00:00:00.000Z</lastmod></url>",
    );
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });
});

describe("supply–demand dataset files", () => {
  it("are named <dataset>-<year>.<json|csv>, nothing else", () => {
    expect(parseSdDatasetFile("sd-items-2026.json")).toEqual({
      dataset: "sd-items",
      year: 2026,
      format: "json",
    });
    expect(parseSdDatasetFile("sd-outcomes-2025.csv")).toEqual({
      dataset: "sd-outcomes",
      year: 2025,
      format: "csv",
    });
    for (const bad of [
      "sd-items-2026.xlsx",
      "sd-items-26.json",
      "sd-items-1999.json",
      "../sd-items-2026.json",
      "sd-items-2026.json.gz",
      "ocds-2026.jsonl.gz",
    ]) {
      expect(parseSdDatasetFile(bad)).toBeNull();
    }
  });

  const item: SdItemSource = {
    code: "D-2026-0001",
    kind: "demand",
    year: 2026,
    status: "published",
    closeReason: null,
    closedAt: null,
    publishedAt: new Date("2026-02-20T02:00:00Z"),
    expiresAt: new Date("2027-02-20T02:00:00Z"),
    isDemo: false,
    duplicateOfCode: null,
    organizationName: '=HYPERLINK("http://evil")',
    organizationType: "government_unit",
    revisionNumber: 2,
    title: "12345热线, 工单",
    summary: "-1+1",
    domain: "ai",
    tags: ["大模型", "工单"],
    district: null,
    category: "digital_government",
    budgetMinFen: 200_000_000,
    budgetMaxFen: 400_000_000,
    wantedBy: "2027-12-31",
    supplyKind: null,
    maturity: null,
    deployedCustomers: null,
    districtsServed: [],
    priceMinFen: null,
    priceMaxFen: null,
    batchNumbers: [1, 3],
  };

  it("an item's record and its CSV row carry the same fields, formula-like text defused", () => {
    const record = sdItemRecord(item, "https://x");
    expect(record.url).toBe("https://x/supply-demand/D-2026-0001");
    expect(record.batches).toEqual([1, 3]);
    expect(record.publishedAt).toBe("2026-02-20T02:00:00.000Z");
    expect(Object.keys(record).some((key) => /contact/i.test(key))).toBe(false);
    const csv = sdItemsCsv([record]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, row] = csv.slice(1).split("\r\n");
    expect(header!.split(",")).toHaveLength(SD_ITEM_CSV_COLUMNS.length);
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`"12345热线, 工单"`);
    expect(row).toContain(",'-1+1,");
    expect(row).toContain(",大模型; 工单,");
    expect(row).toContain(",200000000,400000000,");
  });

  it("an outcome names the demand and the supply whichever side they were on, and an amount only for a contract", () => {
    const base = {
      id: 7,
      expressionId: null,
      mmRequestId: 12,
      channel: "conference" as const,
      amountFen: 45_000_000,
      signedOn: "2026-11-29",
      createdAt: new Date("2026-11-29T02:00:00Z"),
    };
    expect(
      sdOutcomeRecord({
        ...base,
        kind: "contract",
        aboutKind: "supply",
        aboutCode: "S-1",
        fromKind: "demand",
        fromCode: "D-1",
      }),
    ).toEqual({
      id: 7,
      talk: "meeting-12",
      kind: "contract",
      channel: "conference",
      demandCode: "D-1",
      supplyCode: "S-1",
      amountFen: 45_000_000,
      signedOn: "2026-11-29",
      recordedAt: "2026-11-29T02:00:00.000Z",
    });
    const intent = sdOutcomeRecord({
      ...base,
      kind: "intent",
      aboutKind: "demand",
      aboutCode: "D-2",
      fromKind: null,
      fromCode: null,
    });
    expect(intent).toMatchObject({ demandCode: "D-2", supplyCode: null, amountFen: null, signedOn: null });
    expect(sdOutcomesCsv([intent]).split("\r\n")[1]).toBe(
      "7,meeting-12,intent,conference,D-2,,,,2026-11-29T02:00:00.000Z",
    );
  });
});

describe("the open-data catalogue", () => {
  const catalogue = openDataCatalogue({
    origin: "https://x",
    listYears: [2026, 2024],
    ocdsFiles: [
      { year: 2026, name: "ocds-2026.jsonl.gz", sizeBytes: 2_345 },
      { year: 2024, name: "ocds-2024.jsonl.gz", sizeBytes: 900 },
    ],
    sdListYears: [2026],
    sdItemFiles: [{ year: 2026, json: "sd-items-2026.json", csv: "sd-items-2026.csv" }],
    sdOutcomeFiles: [],
  });

  it("lists every dataset once, each named and described in both languages", () => {
    expect(catalogue.map((d) => d.key)).toEqual([...DATASET_KEYS]);
    for (const key of DATASET_KEYS) {
      expect(messages[`openDataPage.ds.${key}`].zh).not.toBe("");
      expect(messages[`openDataPage.ds.${key}.desc`].en).not.toBe("");
    }
  });

  it("offers the yearly files of each year it has data for, and example requests on this origin", () => {
    const bulk = catalogue.find((d) => d.key === "ocdsBulk")!;
    expect(bulk.links.map((l) => l.text)).toEqual([
      "ocds-2026.jsonl.gz (2.3 KB)",
      "ocds-2026.jsonl.gz.sha256",
      "ocds-2024.jsonl.gz (900 B)",
      "ocds-2024.jsonl.gz.sha256",
    ]);
    expect(bulk.links.map((l) => l.href)).toEqual([
      "/open-data/ocds-2026.jsonl.gz",
      "/open-data/ocds-2026.jsonl.gz.sha256",
      "/open-data/ocds-2024.jsonl.gz",
      "/open-data/ocds-2024.jsonl.gz.sha256",
    ]);
    expect(catalogue.find((d) => d.key === "sdOutcomes")!.links).toEqual([]);
    for (const dataset of catalogue) expect(dataset.example).toContain("https://x/");
  });
});
