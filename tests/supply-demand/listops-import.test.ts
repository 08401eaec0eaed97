import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner, makeUscc } from "../../app/server/demo/factories.server";
import {
  SD_COLUMNS,
  SD_HEADER,
  SD_ITEM_SHEET,
  type SdColumnKey,
} from "../../app/server/supply-demand/listops/sheet-columns.server";
import { buildSdTemplate, templateRows } from "../../app/server/supply-demand/listops/sheet-writer.server";
import {
  BODY_LIMIT_BYTES,
  UPLOAD_BODY_LIMIT_BYTES,
  bodyLimitOf,
} from "../../app/server/platform/body-limit.server";
import { signedIn, TestBrowser } from "../support/app";
import { staffBrowser } from "../support/catalog";

type ImportJson =
  | { ok: true; created: number }
  | {
      ok: false;
      errors: { sheet: string; row: number | null; column: string | null; message: { key: string } }[];
    };

let serial = 0;
/** An enterprise, or a government department (政府部门, USCC starting with 1) when asked. */
async function organization(name: string, government = false) {
  const email = `listops-import-${++serial}-${Date.now()}@example.cn`;
  const created = await createOrganizationWithOwner(getDb(), {
    name,
    type: government ? "government_unit" : "enterprise",
    uscc: makeUscc(undefined, government ? "government" : "enterprise"),
    owner: { email, name, password: "correct horse battery" },
  });
  return { ...created, email, password: "correct horse battery" };
}

function xlsxForm(bytes: Uint8Array | Buffer): FormData {
  const form = new FormData();
  form.set(
    "file",
    new File([new Uint8Array(bytes)], "items.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  return form;
}

async function upload(browser: TestBrowser, bytes: Uint8Array | Buffer) {
  const response = await browser.postMultipart("/staff/supply-demand/import/upload", xlsxForm(bytes));
  return { status: response.status, body: (await response.json()) as ImportJson };
}

type Row = Partial<Record<SdColumnKey, string | null>>;

/** The template's example rows with these changes, plus any further rows. */
async function workbookFrom(template: Buffer, changes: Row[], extra: Row[] = []) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(template).buffer);
  const sheet = workbook.getWorksheet(SD_ITEM_SHEET)!;
  const columnOf = (key: SdColumnKey) => SD_COLUMNS.findIndex((c) => c.key === key) + 1;
  changes.forEach((change, index) => {
    const row = sheet.getRow(index + 2);
    for (const [key, value] of Object.entries(change))
      row.getCell(columnOf(key as SdColumnKey)).value = value;
    row.commit();
  });
  for (const values of extra) {
    const base = { ...templateRows()[0]!, ...values };
    sheet.addRow(SD_COLUMNS.map((c) => base[c.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function itemCount() {
  return (
    await getDb()
      .selectFrom("sdItems")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;
}

describe("supply–demand Excel import", () => {
  it("takes an upload-sized multipart body on its two routes only", () => {
    const request = (path: string, type = "multipart/form-data; boundary=x") =>
      new Request(`http://jiebang.test${path}`, { method: "POST", headers: { "content-type": type } });
    expect(bodyLimitOf(request("/staff/supply-demand/import"))).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(bodyLimitOf(request("/staff/supply-demand/import/upload"))).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(bodyLimitOf(request("/staff/supply-demand/import.data"))).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(bodyLimitOf(request("/staff/supply-demand/showcase"))).toBe(BODY_LIMIT_BYTES);
    expect(bodyLimitOf(request("/staff/supply-demand/import", "application/x-www-form-urlencoded"))).toBe(
      BODY_LIMIT_BYTES,
    );
  });

  it("round-trips the template: download it, fill rows, import them as published items reviewed by the importer", async () => {
    const staff = await staffBrowser();
    const department = await organization("某区数据局（导入测试）", true);
    const company = await organization("武汉导入测试科技有限公司");
    const download = await staff.get("/staff/supply-demand/import/template.xlsx");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toContain("spreadsheetml");
    const template = Buffer.from(await download.arrayBuffer());

    // The template explains itself: bilingual headers and a help sheet.
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(new Uint8Array(template).buffer);
    const headers = (check.getWorksheet(SD_ITEM_SHEET)!.getRow(1).values as string[]).filter(Boolean);
    expect(headers).toEqual(SD_COLUMNS.map((c) => c.header));
    expect(headers).toContain("类型 Kind");
    expect(check.worksheets.map((s) => s.name)).toEqual([SD_ITEM_SHEET, "填写说明 Help"]);

    const bytes = await workbookFrom(
      template,
      [{ uscc: department.organization.uscc }, { uscc: company.organization.uscc }],
      [
        {
          uscc: department.organization.uscc,
          title: '=HYPERLINK("http://evil.example","点击")',
          summary: "+86 开头的摘要",
          description: "@SUM(A1:A3) 按文本保存",
          district: "全市",
          budgetMin: null,
          budgetMax: "80万",
        },
      ],
    );
    const before = await itemCount();
    const { status, body } = await upload(staff, bytes);
    expect(body).toEqual({ ok: true, created: 3 });
    expect(status).toBe(200);
    expect(await itemCount()).toBe(before + 3);

    const items = await getDb()
      .selectFrom("sdItems")
      .innerJoin("sdRevisions", "sdRevisions.id", "sdItems.publishedRevisionId")
      .select([
        "sdItems.code",
        "sdItems.kind",
        "sdItems.status",
        "sdItems.organizationId",
        "sdItems.expiresAt",
        "sdRevisions.status as revisionStatus",
        "sdRevisions.reviewedBy",
        "sdRevisions.title",
        "sdRevisions.summary",
        "sdRevisions.description",
        "sdRevisions.district",
        "sdRevisions.budgetMaxFen",
        "sdRevisions.priceMinFen",
        "sdRevisions.supplyKind",
        "sdRevisions.maturity",
      ])
      .where("sdItems.organizationId", "in", [department.organization.id, company.organization.id])
      .orderBy("sdItems.id")
      .execute();
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item).toMatchObject({
        status: "published",
        revisionStatus: "approved",
        reviewedBy: staff.userId,
      });
      expect(item.expiresAt).not.toBeNull();
    }
    expect(items.map((i) => i.kind)).toEqual(["demand", "supply", "demand"]);
    expect(items[1]).toMatchObject({ supplyKind: "product", maturity: "deployed", priceMinFen: 18_000_000 });
    // Formula-looking cells stay text, exactly as written.
    expect(items[2]).toMatchObject({
      title: '=HYPERLINK("http://evil.example","点击")',
      summary: "+86 开头的摘要",
      description: "@SUM(A1:A3) 按文本保存",
      district: null,
      budgetMaxFen: 80_000_000,
    });
    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "after", "actorUserId"])
      .where("action", "=", "sd.import")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(audit.actorUserId).toBe(staff.userId);
    expect(audit.after).toMatchObject({ created: 3, codes: items.map((i) => i.code) });
    // The items entered the search index's outbox in the same transaction.
    const outbox = await getDb()
      .selectFrom("searchOutbox")
      .select("documentId")
      .where("indexUid", "=", "sd_items")
      .execute();
    expect(outbox.map((o) => o.documentId)).toEqual(expect.arrayContaining(items.map((i) => i.code)));
  }, 120_000);

  it("imports through the page form without JavaScript", async () => {
    const staff = await staffBrowser();
    const department = await organization("无脚本导入测试部门", true);
    const company = await organization("无脚本导入测试公司");
    const bytes = await workbookFrom(await buildSdTemplate(), [
      { uscc: department.organization.uscc },
      { uscc: company.organization.uscc },
    ]);
    const response = await staff.postMultipart("/staff/supply-demand/import", xlsxForm(bytes));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("已导入并发布 2 个条目");
  });

  it("imports nothing from a file with bad rows and names each error by row and column", async () => {
    const staff = await staffBrowser();
    const org = await organization("错误行测试部门", true);
    const company = await organization("错误行测试公司");
    const unregistered = makeUscc();
    const bytes = await workbookFrom(
      await buildSdTemplate(),
      [
        { uscc: "91420100MA4K0XAM01" }, // row 2: bad check character
        { uscc: unregistered }, // row 3: well formed, registered nowhere
      ],
      [
        { uscc: org.organization.uscc, domain: "量子计算" }, // row 4: no such domain
        { uscc: org.organization.uscc, budgetMin: "500万", budgetMax: "100万" }, // row 5: min above max
        { uscc: org.organization.uscc, kind: "合作" }, // row 6: no such kind
        { uscc: org.organization.uscc, title: "=1+1" }, // row 7: valid (formula-looking text)
        { uscc: company.organization.uscc }, // row 8: a digital-government demand from a company
      ],
    );
    const before = await itemCount();
    const { status, body } = await upload(staff, bytes);
    expect(status).toBe(400);
    expect(body.ok).toBe(false);
    if (body.ok) return;
    const at = (row: number) => body.errors.filter((e) => e.row === row);
    expect(at(2)).toEqual([
      { sheet: SD_ITEM_SHEET, row: 2, column: SD_HEADER.uscc, message: { key: "err.uscc.checkCharacter" } },
    ]);
    expect(at(3)).toEqual([
      {
        sheet: SD_ITEM_SHEET,
        row: 3,
        column: SD_HEADER.uscc,
        message: { key: "err.sdImport.unknownOrg", params: { uscc: unregistered } },
      },
    ]);
    expect(at(4)).toEqual([
      { sheet: SD_ITEM_SHEET, row: 4, column: SD_HEADER.domain, message: { key: "err.sd.domain" } },
    ]);
    expect(at(5)).toEqual([
      { sheet: SD_ITEM_SHEET, row: 5, column: SD_HEADER.budgetMax, message: { key: "err.sd.rangeOrder" } },
    ]);
    expect(at(6)).toEqual([
      { sheet: SD_ITEM_SHEET, row: 6, column: SD_HEADER.kind, message: { key: "err.sdImport.kind" } },
    ]);
    expect(at(7)).toEqual([]);
    expect(at(8)).toEqual([
      {
        sheet: SD_ITEM_SHEET,
        row: 8,
        column: SD_HEADER.category,
        message: { key: "err.sd.digitalGovernmentOrgType" },
      },
    ]);
    expect(body.errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 8]);
    expect(await itemCount()).toBe(before);

    // Both languages name the same cell: the page shows the row and the bilingual column header.
    const page = await staff.postMultipart("/staff/supply-demand/import", xlsxForm(bytes));
    const html = await page.text();
    expect(page.status).toBe(400);
    expect(html).toContain("统一社会信用代码 USCC");
    expect(html).toContain(unregistered);
  });

  it("refuses a row of an organization the importing staff member belongs to", async () => {
    const staff = await staffBrowser();
    const org = await organization("工作人员所属单位", true);
    await getDb()
      .insertInto("memberships")
      .values({ userId: staff.userId, organizationId: org.organization.id, role: "member" })
      .execute();
    const bytes = await workbookFrom(await buildSdTemplate(), [
      { uscc: org.organization.uscc },
      { uscc: org.organization.uscc },
    ]);
    const { body } = await upload(staff, bytes);
    const error = (row: number) => ({
      sheet: SD_ITEM_SHEET,
      row,
      column: SD_HEADER.uscc,
      message: { key: "err.sdImport.ownOrg" },
    });
    expect(body).toEqual({ ok: false, errors: [error(2), error(3)] });
  });

  it("is for staff only: organizations get 403, visitors the sign-in page", async () => {
    const org = await organization("非工作人员单位");
    const member = await signedIn(org.email, org.password, "198.51.100.77");
    const bytes = await workbookFrom(await buildSdTemplate(), [
      { uscc: org.organization.uscc },
      { uscc: org.organization.uscc },
    ]);
    const before = await itemCount();
    expect((await member.get("/staff/supply-demand/import")).status).toBe(403);
    expect((await member.get("/staff/supply-demand/import/template.xlsx")).status).toBe(403);
    expect((await member.postMultipart("/staff/supply-demand/import/upload", xlsxForm(bytes))).status).toBe(
      403,
    );
    expect((await member.postMultipart("/staff/supply-demand/import", xlsxForm(bytes))).status).toBe(403);
    const visitor = new TestBrowser();
    expect((await visitor.postMultipart("/staff/supply-demand/import/upload", xlsxForm(bytes))).status).toBe(
      302,
    );
    expect(await itemCount()).toBe(before);
  });
});
