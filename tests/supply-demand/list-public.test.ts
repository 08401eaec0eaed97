import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { addItems, createBatch, publishBatch } from "../../app/server/supply-demand/list/batches.server";
import type { SearchEngine } from "../../search/engine";
import { relayAllDue } from "../../search/outbox-relay";
import { builtEntry, signedIn, TestBrowser } from "../support/app";

const YEAR = 2044;
const PASSWORD = "correct horse battery";
// Contacts of every item here: none of them may appear in any public page, loader data, API answer or export.
const CONTACT = {
  contactName: "保密联系人",
  contactPhone: "13912345678",
  contactEmail: "secret.contact@example.cn",
};
const HOSTILE = ['=HYPERLINK("http://evil.example")', '+1+WEBSERVICE("http://x")', "-2-1|calc", "@SUM(A1)"];

let engine: SearchEngine;
let composerEmail: string;
let publisherEmail: string;
const codes: Record<string, string> = {};
const browser = new TestBrowser("198.51.100.40");

async function staff(name: string) {
  const email = `list-staff-${Math.random().toString(36).slice(2)}@example.cn`;
  const user = await createUser(getDb(), { email, name, password: PASSWORD, roles: ["staff"] });
  return { id: user.id, ip: "127.0.0.1", email };
}

beforeAll(async () => {
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name: "公开清单测试单位",
    owner: { email: `public-list-${Date.now()}@example.cn`, name: "公开清单", password: PASSWORD },
  });
  const base = { organizationId: organization.id, createdBy: owner.id, year: YEAR } as const;
  const energy = await createSdItem(getDb(), {
    ...base,
    kind: "demand",
    content: { ...CONTACT, title: "智慧园区能耗监测平台", district: "江汉区" },
  });
  const hostile = await createSdItem(getDb(), {
    ...base,
    kind: "supply",
    content: { ...CONTACT, title: HOSTILE[0]!, summary: HOSTILE[1]!, district: null },
  });
  const second = await createSdItem(getDb(), {
    ...base,
    kind: "supply",
    content: { ...CONTACT, title: "政务数据共享交换服务", summary: "跨部门数据共享", district: "洪山区" },
  });
  const hostile2 = await createSdItem(getDb(), {
    ...base,
    kind: "demand",
    content: { ...CONTACT, title: HOSTILE[2]!, summary: HOSTILE[3]! },
  });
  const outside = await createSdItem(getDb(), {
    ...base,
    kind: "demand",
    content: { ...CONTACT, title: "智慧园区安防巡检（未入选清单）" },
  });
  Object.assign(codes, {
    energy: energy.code,
    hostile: hostile.code,
    second: second.code,
    outside: outside.code,
  });
  const composer = await staff("公开清单编制人");
  const publisher = await staff("公开清单签发人");
  composerEmail = composer.email;
  publisherEmail = publisher.email;
  const b1 = await createBatch(composer, YEAR);
  if (!b1.ok) throw new Error("batch 1");
  await addItems(composer, b1.value.id, [energy.id, hostile.id]);
  expect((await publishBatch(publisher, b1.value.id, `${YEAR}-03-15`)).ok).toBe(true);
  const b2 = await createBatch(composer, YEAR);
  if (!b2.ok) throw new Error("batch 2");
  await addItems(composer, b2.value.id, [second.id, hostile2.id]);
  expect((await publishBatch(publisher, b2.value.id, `${YEAR}-06-30`)).ok).toBe(true);
  engine = await (await builtEntry()).searchEngine();
  await relayAllDue(engine);
});

function expectNoContact(text: string) {
  expect(text).not.toContain(CONTACT.contactPhone);
  expect(text).not.toContain(CONTACT.contactEmail);
  expect(text).not.toContain(CONTACT.contactName);
}

describe("the public annual list", () => {
  it("lists the years and shows the year's batches from their frozen text, without contacts", async () => {
    const years = await browser.get("/supply-demand/lists");
    expect(years.status).toBe(200);
    expect(await years.text()).toContain(`/supply-demand/lists/${YEAR}`);

    const page = await browser.get(`/supply-demand/lists/${YEAR}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`《${YEAR}年度数字经济供需清单》`);
    expect(html).toContain("第一批");
    expect(html).toContain("第二批");
    expect(html).toContain(`href="/supply-demand/${codes.energy}"`);
    expect(html).toContain("智慧园区能耗监测平台");
    expect(html).not.toContain(codes.outside);
    expectNoContact(html);
    const data = await (await browser.get(`/supply-demand/lists/${YEAR}.data`)).text();
    expect(data).toContain(codes.energy);
    expectNoContact(data);

    expect((await browser.get(`/supply-demand/lists/${YEAR + 1}`)).status).toBe(404);
    expect((await browser.get("/supply-demand/lists/20x4")).status).toBe(404);
  });

  it("searches inside the year's list through the engine: segmented words and Traditional script", async () => {
    // Traditional script, and two words that are not adjacent in the title: only the engine finds these.
    for (const q of ["智慧園區 監測", "能耗 平台", "分项计量"]) {
      const data = await (
        await browser.get(`/supply-demand/lists/${YEAR}.data?q=${encodeURIComponent(q)}`)
      ).text();
      expect(data, q).toContain(codes.energy);
      expect(data, q).not.toContain(codes.second);
      // A published item outside every batch is never a result of the list's search.
      expect(data, q).not.toContain(codes.outside);
    }
    const none = await (
      await browser.get(`/supply-demand/lists/${YEAR}?q=${encodeURIComponent("量子计算")}`)
    ).text();
    expect(none).toContain("本年度清单中没有符合条件的项目");
  });

  it("exports CSV and Excel with formula-like cells defused and no contact data", async () => {
    const csvResponse = await browser.get(`/supply-demand/lists/${YEAR}/export.csv`);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("content-type")).toContain("text/csv");
    const csv = await csvResponse.text();
    expectNoContact(csv);
    expect(csv).toContain("第一批");
    for (const payload of HOSTILE) {
      const field = payload.replaceAll('"', '""');
      expect(csv).toContain(`'${field}`);
      // Never at the start of a field without the apostrophe.
      expect(csv).not.toContain(`,${field}`);
      expect(csv).not.toContain(`,"${field}`);
    }

    const xlsx = await browser.get(`/supply-demand/lists/${YEAR}/export.xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values: unknown[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        values.push(cell.value);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }),
    );
    for (const payload of HOSTILE) expect(values).toContain(payload);
    expect(values).toContain(codes.second);
    expectNoContact(JSON.stringify(values));
    expect((await browser.get(`/supply-demand/lists/${YEAR + 1}/export.csv`)).status).toBe(404);
  });

  it("renders the print view: the official title, batches with dates, no site navigation", async () => {
    const response = await browser.get(`/supply-demand/lists/${YEAR}/print`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`《${YEAR}年度数字经济供需清单》`);
    expect(html).toContain(`第一批（${YEAR}-03-15 发布）`);
    expect(html).toContain(`第二批（${YEAR}-06-30 发布）`);
    expect(html).toContain('class="sd-print"');
    expect(html).not.toContain("site-header");
    expect(html).not.toContain("site-footer");
    expectNoContact(html);
  });

  it("answers GET /api/v1/supply-demand/lists/:year with batches and items; 404 and 400 as JSON", async () => {
    const response = await browser.get(`/api/v1/supply-demand/lists/${YEAR}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as {
      year: number;
      batches: { number: number; publishedOn: string; items: Record<string, unknown>[] }[];
    };
    expect(body.year).toBe(YEAR);
    expect(body.batches.map((b) => [b.number, b.publishedOn, b.items.length])).toEqual([
      [1, `${YEAR}-03-15`, 2],
      [2, `${YEAR}-06-30`, 2],
    ]);
    expect(body.batches[0]!.items[0]).toMatchObject({
      code: codes.energy,
      kind: "demand",
      title: "智慧园区能耗监测平台",
      organization: "公开清单测试单位",
      district: "江汉区",
      domain: "iot",
    });
    expect(body.batches[0]!.items[1]).toMatchObject({ code: codes.hostile, district: "全市" });
    expectNoContact(JSON.stringify(body));

    const missing = await browser.get(`/api/v1/supply-demand/lists/${YEAR + 1}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { field: "year" } });
    for (const bad of ["20x4", "1999", "12345"]) {
      const response = await browser.get(`/api/v1/supply-demand/lists/${bad}`);
      expect(response.status, bad).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { field: "year", message: { zh: expect.any(String), en: expect.any(String) } },
      });
    }
  });
});

describe("the staff batch pages", () => {
  it("compose through the pages and refuse the composer as publisher with a clear message", async () => {
    expect((await browser.get("/staff/supply-demand/batches")).status).toBe(302);
    const composer = await signedIn(composerEmail, PASSWORD, "198.51.100.41");
    const index = await composer.get(`/staff/supply-demand/batches?year=${YEAR}`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("第二批");

    const created = await composer.post(`/staff/supply-demand/batches?year=${YEAR}`, { year: String(YEAR) });
    expect(created.status).toBe(302);
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/staff\/supply-demand\/batches\/\d+$/);
    const page = await (await composer.get(location)).text();
    expect(page).toContain("第三批");
    expect(page).toContain(codes.outside); // the one published item in no batch is the candidate
    expect(page).not.toContain(`>${codes.energy}<`);

    const itemId = (
      await getDb()
        .selectFrom("sdItems")
        .select("id")
        .where("code", "=", codes.outside!)
        .executeTakeFirstOrThrow()
    ).id;
    const added = await composer.post(location, { intent: "add", itemId: String(itemId) });
    expect(added.status).toBe(200);
    const refused = await composer.post(location, { intent: "publish", publishedOn: `${YEAR}-09-01` });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("编制人不能签发自己编制的批次");

    const publisher = await signedIn(publisherEmail, PASSWORD, "198.51.100.42");
    const published = await publisher.post(location, { intent: "publish", publishedOn: `${YEAR}-09-01` });
    expect(published.status).toBe(200);
    const after = await (await publisher.get(location)).text();
    expect(after).toContain("该批次已发布");
    const api = (await (await browser.get(`/api/v1/supply-demand/lists/${YEAR}`)).json()) as {
      batches: unknown[];
    };
    expect(api.batches).toHaveLength(3);
  });
});
