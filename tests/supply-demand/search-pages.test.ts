import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { localDiskStorage } from "../../app/server/files/storage.server";
import { signedIn, TestBrowser } from "../support/app";
import { ALL_CONTACT_VALUES, createSearchFixtures, PASSWORD, type SearchFixtures } from "./search-fixtures";

/** Issue 13, part "search": /supply-demand, /supply-demand/:code and its attachment downloads. */

// The built app's storage reads UPLOAD_DIR on first use.
const uploadDir = mkdtempSync(path.join(tmpdir(), "jiebang-sd-search-"));
process.env.UPLOAD_DIR = uploadDir;
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");

let f: SearchFixtures;

async function attach(itemId: number, fileName: string) {
  const key = `sd-items/${itemId}/${Math.random().toString(36).slice(2)}.pdf`;
  await localDiskStorage(uploadDir).put(key, PDF);
  const { id } = await getDb()
    .insertInto("attachments")
    .values({
      storageKey: key,
      fileName,
      contentType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: "0".repeat(64),
      bidId: null,
      objectionId: null,
      sdItemId: itemId,
      uploadedBy: (
        await getDb()
          .selectFrom("sdItems")
          .select("createdBy")
          .where("id", "=", itemId)
          .executeTakeFirstOrThrow()
      ).createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

let publicFile: number;
let draftFile: number;

beforeAll(async () => {
  f = await createSearchFixtures();
  publicFile = await attach(f.aiDemand.id, "需求说明书.pdf");
  draftFile = await attach(f.draft.id, "草稿附件.pdf");
});

const page = async (browser: TestBrowser, url: string) => {
  const response = await browser.get(url);
  return { status: response.status, html: await response.text() };
};

describe("/supply-demand", () => {
  it("works as a plain GET form: results, highlight, facets with counts, the chosen filter ticked", async () => {
    const { status, html } = await page(
      new TestBrowser(),
      `/supply-demand?q=${encodeURIComponent("人工智慧")}`,
    );
    expect(status).toBe(200);
    expect(html).toMatch(/<form method="get"[^>]*role="search"/);
    expect(html).toContain("<mark>人工智能</mark>");
    expect(html).toContain(`href="/supply-demand/${f.aiDemand.code}"`);
    expect(html).toMatch(/共 \d+ 条供需信息/);
    expect(html).not.toContain("待审核需求");

    const filtered = await page(new TestBrowser(), "/supply-demand?kind=supply&sort=newest");
    expect(filtered.html).toContain('name="kind" checked="" value="supply"');
    expect(filtered.html).toContain("数据治理与共享交换平台");
    expect(filtered.html).not.toContain("人工智能辅助政务审批需求");
    expect(filtered.html).toContain("共 2 条供需信息");
    // A demo item says so.
    expect(filtered.html).toContain("演示用边缘计算网关");
    expect(filtered.html).toContain(">演示<");
  });

  it("shows an empty state with suggestions, and a readable error for a bad parameter", async () => {
    const empty = await page(new TestBrowser(), `/supply-demand?q=${encodeURIComponent("数据治理潜水艇")}`);
    expect(empty.html).toContain("没有找到与“数据治理潜水艇”匹配的供需信息。");
    expect(empty.html).toContain("去掉“潜水艇”");
    const bad = await page(new TestBrowser(), "/supply-demand?hitsPerPage=101");
    expect(bad.status).toBe(200);
    expect(bad.html).toContain("hitsPerPage");
  });

  it("speaks English", async () => {
    const browser = new TestBrowser();
    await browser.get("/lang?to=en&next=/supply-demand");
    const { html } = await page(browser, "/supply-demand?kind=supply");
    expect(html).toContain("Supply &amp; demand");
    expect(html).toContain("2 items");
    expect(html).toContain("Big data");
  });

  it("offers members of an organization to save exactly the current search", async () => {
    const anonymous = await page(new TestBrowser(), "/supply-demand?q=%E6%95%B0%E6%8D%AE&kind=supply");
    expect(anonymous.html).not.toContain('action="/my/saved-searches"');
    const member = await signedIn(f.memberEmail, PASSWORD, "203.0.113.41");
    const { html } = await page(
      member,
      `/supply-demand?q=${encodeURIComponent("数据")}&kind=supply&domain=big_data&domain=iot&page=1&sort=newest`,
    );
    const form = /<form method="post" action="\/my\/saved-searches"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
    expect(form).not.toBe("");
    const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
    expect(hidden.filter((h) => !h.startsWith("csrf="))).toEqual([
      "intent=create",
      "q=数据",
      "kind=supply",
      "domain=big_data",
      "domain=iot",
    ]);
    expect(form).toMatch(/name="name"/);
  });
});

describe("/supply-demand/:code", () => {
  it("shows the published revision with its organization, status and facts", async () => {
    const { status, html } = await page(new TestBrowser(), `/supply-demand/${f.aiDemand.code}`);
    expect(status).toBe(200);
    expect(html).toContain("人工智能辅助政务审批需求");
    expect(html).not.toContain("尚在审核中的修订标题"); // revision 2 is under review
    expect(html).toContain("武汉市某区数据局（测试）");
    expect(html).toContain("政府部门");
    expect(html).toContain("第 1 版");
    expect(html).toContain("¥1,000,000.00 – ¥3,000,000.00");
    expect(html).toContain("数字政府");
    expect(html).toContain(`href="/supply-demand/${f.aiDemand.code}/files/${publicFile}"`);
    expect(html).toContain("相似供需");
    expect(html).toContain("相关揭榜任务");
  });

  it("says why an item closed, links a duplicate to its canonical item and a demand to its task", async () => {
    const duplicate = await page(new TestBrowser(), `/supply-demand/${f.duplicate.code}`);
    expect(duplicate.html).toContain("已关闭：重复条目");
    expect(duplicate.html).toContain(`href="/supply-demand/${f.aiDemand.code}"`);
    const fulfilled = await page(new TestBrowser(), `/supply-demand/${f.fulfilled.code}`);
    expect(fulfilled.html).toContain("已关闭：已对接成功");
    const converted = await page(new TestBrowser(), `/supply-demand/${f.converted.code}`);
    expect(converted.html).toContain(`已转为揭榜任务 ${f.taskCode}`);
    expect(converted.html).toContain(`href="/tasks/${f.taskCode}"`);
    const supply = await page(new TestBrowser(), `/supply-demand/${f.dataSupply.code}`);
    expect(supply.html).toContain("已规模应用");
    expect(supply.html).toContain("已在 8 家客户部署");
    expect(supply.html).toContain("某区政务数据中台上线");
  });

  it("is a 404 page for unknown, draft, under-review and rejected items", async () => {
    for (const code of [f.draft.code, f.submitted.code, f.rejected.code, "S-2099-0001", "x"]) {
      const { status, html } = await page(new TestBrowser(), `/supply-demand/${code}`);
      expect(status, code).toBe(404);
      expect(html, code).not.toContain("人工智能草稿需求");
      expect(html, code).not.toContain("人工智能质检待审核需求");
    }
  });

  it("serves a published item's PDF and nothing of an unpublished one", async () => {
    const response = await new TestBrowser().get(`/supply-demand/${f.aiDemand.code}/files/${publicFile}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("需求说明书.pdf")}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    for (const url of [
      `/supply-demand/${f.draft.code}/files/${draftFile}`,
      `/supply-demand/${f.aiDemand.code}/files/${draftFile}`, // another item's file under this code
      `/supply-demand/${f.dataSupply.code}/files/${publicFile}`,
      `/supply-demand/${f.aiDemand.code}/files/abc`,
    ]) {
      expect((await new TestBrowser().get(url)).status, url).toBe(404);
    }
  });
});

describe("contact privacy", () => {
  it("no contact name, phone or email in any page or its single-fetch loader data (/path.data; ?_data is not served by a single-fetch app)", async () => {
    // A member of an organization that owns none of the items (owners see their own item's contact, by design).
    const stranger = await createOrganizationWithOwner(getDb(), {
      name: "无关单位（隐私测试）",
      owner: { email: "stranger-privacy@example.cn", name: "路人", password: PASSWORD },
    });
    const member = await signedIn(stranger.owner.email, PASSWORD, "203.0.113.42");
    const items = [f.aiDemand, f.dataSupply, f.fulfilled, f.duplicate, f.converted, f.demo];
    const urls = [
      "/supply-demand",
      `/supply-demand?q=${encodeURIComponent("人工智能")}&hitsPerPage=100`,
      "/supply-demand.data?hitsPerPage=100",
      `/supply-demand.data?q=${encodeURIComponent("人工智能")}`,
      ...items.flatMap((item) => [`/supply-demand/${item.code}`, `/supply-demand/${item.code}.data`]),
    ];
    let checked = 0;
    for (const browser of [new TestBrowser(), member]) {
      for (const url of urls) {
        const response = await browser.get(url);
        expect(response.status, url).toBe(200);
        const text = await response.text();
        expect(text.length, url).toBeGreaterThan(100);
        for (const secret of ALL_CONTACT_VALUES) expect(text, `${url}: ${secret}`).not.toContain(secret);
        checked++;
      }
    }
    expect(checked).toBe(urls.length * 2);
    // The single-fetch data does carry the item (so the check above looked at the real payload).
    const data = await (await new TestBrowser().get(`/supply-demand/${f.aiDemand.code}.data`)).text();
    expect(data).toContain("人工智能辅助政务审批需求");
  });
});
