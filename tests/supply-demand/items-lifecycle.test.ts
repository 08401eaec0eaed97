import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { sdYear } from "../../app/server/supply-demand/items/items.server";
import { signedIn, type TestBrowser } from "../support/app";
import { approveLatest, demandFields, itemByCode, returnLatest, revisionsOf, textOf } from "./items-support";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "jiebang-sd-items-"));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let serial = 0;

async function member(type: "government_unit" | "enterprise") {
  const email = `sd-owner-${++serial}-${Date.now()}@example.cn`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name: `${type === "government_unit" ? "江汉区数据局" : "测试科技"}${serial}`,
    type,
    owner: { email, name: `负责人${serial}`, password: "owner-password-1" },
  });
  const browser = await signedIn(email, "owner-password-1", `192.0.2.${60 + serial}`);
  return { organization, owner, browser };
}

async function createDemand(browser: TestBrowser, fields = demandFields()) {
  const response = await browser.post("/my/supply-demand/new?kind=demand", fields);
  expect(response.status).toBe(302);
  const location = response.headers.get("location")!;
  const code = /\/my\/supply-demand\/([DS]-\d{4}-\d{4})\?created=1$/.exec(location)?.[1];
  expect(code).toBeDefined();
  return code!;
}

let department: Awaited<ReturnType<typeof member>>;
let staffId: number;

beforeAll(async () => {
  department = await member("government_unit");
  staffId = department.owner.id; // approvals are simulated behind the app's back (the review part builds them)
});

describe("an owner's demand through the pages", () => {
  it("goes from draft to published, and an edit of it goes to review while the published revision stays", async () => {
    const { browser } = department;
    const code = await createDemand(browser);
    expect(code.startsWith(`D-${sdYear(new Date())}-`)).toBe(true);
    const created = await (await browser.get(`/my/supply-demand/${code}?created=1`)).text();
    expect(created).toContain("草稿已保存");
    expect(created).toContain("政务数据共享交换平台升级");

    const submitted = await browser.post(`/my/supply-demand/${code}`, { intent: "submit" });
    expect(submitted.status).toBe(200);
    const item = await itemByCode(code);
    expect(item.status).toBe("submitted");
    expect((await revisionsOf(item.id)).map((r) => r.status)).toEqual(["submitted"]);

    await approveLatest(code, staffId);
    const dashboard = await (await browser.get("/dashboard")).text();
    expect(dashboard).toContain("我的供需");
    expect(dashboard).toContain("已发布：需求 1，供给 0");
    expect(dashboard).toContain("暂无匹配的供给。");
    const publishedPage = await (await browser.get(`/my/supply-demand/${code}`)).text();
    expect(publishedPage).toContain("修改已发布内容");

    // An edit: a new revision, a copy of the published one, then changed and submitted.
    expect((await browser.post(`/my/supply-demand/${code}`, { intent: "edit" })).status).toBe(200);
    const [first, draft] = await revisionsOf(item.id);
    expect(draft).toMatchObject({
      number: 2,
      status: "draft",
      title: first!.title,
      contactEmail: first!.contactEmail,
    });
    const resubmitted = await browser.post(`/my/supply-demand/${code}`, {
      intent: "submit",
      ...demandFields({ title: "政务数据共享交换平台升级（二期）" }),
    });
    expect(resubmitted.status).toBe(200);
    const during = await itemByCode(code);
    expect(during.status).toBe("published");
    expect(during.publishedRevisionId).toBe(first!.id);
    expect(during.latestRevisionId).toBe(draft!.id);
    const [stillShown, underReview] = await revisionsOf(item.id);
    expect(stillShown).toMatchObject({ status: "approved", title: "政务数据共享交换平台升级" });
    expect(underReview).toMatchObject({ status: "submitted", title: "政务数据共享交换平台升级（二期）" });
    const list = await (await browser.get("/my/supply-demand?kind=demand")).text();
    expect(list).toContain("政务数据共享交换平台升级");
    expect(list).toContain("第 2 版修改：待审核");
    // A second edit cannot start while one is under review.
    expect((await browser.post(`/my/supply-demand/${code}`, { intent: "edit" })).status).toBe(400);

    await approveLatest(code, staffId);
    const after = await itemByCode(code);
    expect(after.publishedRevisionId).toBe(draft!.id);

    // Returned with a reason: the owner sees it, changes the revision and sends it again.
    await browser.post(`/my/supply-demand/${code}`, { intent: "edit" });
    await browser.post(`/my/supply-demand/${code}`, { intent: "submit" });
    await returnLatest(code, staffId, "请补充预算测算依据");
    const returnedPage = await (await browser.get(`/my/supply-demand/${code}`)).text();
    expect(returnedPage).toContain("请补充预算测算依据");
    expect(
      (
        await browser.post(`/my/supply-demand/${code}`, {
          intent: "submit",
          ...demandFields({ title: "政务数据共享交换平台升级（三期）" }),
        })
      ).status,
    ).toBe(200);
    const revisions = await revisionsOf(item.id);
    expect(revisions.map((r) => [r.number, r.status])).toEqual([
      [1, "superseded"],
      [2, "approved"],
      [3, "submitted"],
    ]);
    expect(revisions[2]!.reviewReason).toBe("请补充预算测算依据");
    const history = await (await browser.get(`/my/supply-demand/${code}`)).text();
    expect(history).toContain("第 3 版");
    expect(history).toContain("已被新版本取代");

    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "sd_item")
      .where("entityId", "=", String(item.id))
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "sd.item.create",
      "sd.item.submit",
      "sd.revision.start",
      "sd.revision.save",
      "sd.revision.submit",
      "sd.revision.start",
      "sd.revision.submit",
      "sd.revision.save",
      "sd.revision.submit",
    ]);
  });

  it("withdraws a draft and keeps PDF attachments on the item", async () => {
    const { browser } = department;
    const code = await createDemand(browser);
    const form = new FormData();
    form.set("intent", "upload");
    form.set("file", new Blob([PDF]), "需求说明.pdf");
    expect((await browser.postMultipart(`/my/supply-demand/${code}`, form)).status).toBe(200);
    const png = new FormData();
    png.set("intent", "upload");
    png.set("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]), "图.pdf");
    expect((await browser.postMultipart(`/my/supply-demand/${code}`, png)).status).toBe(400);
    const item = await itemByCode(code);
    const files = await getDb()
      .selectFrom("attachments")
      .selectAll()
      .where("sdItemId", "=", item.id)
      .execute();
    expect(files.map((f) => f.fileName)).toEqual(["需求说明.pdf"]);
    expect((await browser.get(`/attachments/${files[0]!.id}`)).status).toBe(200);

    expect((await browser.post(`/my/supply-demand/${code}`, { intent: "withdraw" })).status).toBe(200);
    expect(await itemByCode(code)).toMatchObject({ status: "closed", closeReason: "withdrawn" });
    expect((await browser.post(`/my/supply-demand/${code}`, { intent: "withdraw" })).status).toBe(400);
  });
});

describe("validation beside the fields, in both languages", () => {
  it("explains a range the wrong way round and a missing title in Chinese and in English", async () => {
    const { browser } = await member("government_unit");
    const fields = demandFields({ title: "", budgetMin: "300万", budgetMax: "100万" });
    const zh = await browser.post("/my/supply-demand/new?kind=demand", fields);
    expect(zh.status).toBe(400);
    const html = await zh.text();
    expect(textOf(html, "sd-item-demand-budgetMax-error")).toBe("上限不能低于下限");
    expect(textOf(html, "sd-item-demand-title-error")).toBe("此项必填");
    await browser.get("/lang?to=en&next=/");
    const en = await (await browser.post("/my/supply-demand/new?kind=demand", fields)).text();
    expect(textOf(en, "sd-item-demand-budgetMax-error")).toBe("The maximum cannot be lower than the minimum");
    expect(textOf(en, "sd-item-demand-title-error")).toBe("This field is required");
  });

  it("refuses a digital-government demand from an enterprise beside the category", async () => {
    const { browser } = await member("enterprise");
    const response = await browser.post("/my/supply-demand/new?kind=demand", demandFields());
    expect(response.status).toBe(400);
    expect(textOf(await response.text(), "sd-item-demand-category-error")).toBe(
      "数字政府类需求只能由政府部门发布",
    );
    const economy = await browser.post(
      "/my/supply-demand/new?kind=demand",
      demandFields({ category: "digital_economy", domain: "iot" }),
    );
    expect(economy.status).toBe(302);
  });
});

describe("authorization", () => {
  it("shows an item to members of its organization only, and lets no one else act on it", async () => {
    const code = await createDemand(department.browser);
    const outsider = await member("enterprise");
    expect((await outsider.browser.get(`/my/supply-demand/${code}`)).status).toBe(404);
    expect((await outsider.browser.post(`/my/supply-demand/${code}`, { intent: "withdraw" })).status).toBe(
      404,
    );
    expect((await outsider.browser.post(`/my/supply-demand/${code}`, { intent: "submit" })).status).toBe(404);
    expect((await itemByCode(code)).status).toBe("draft");
    const list = await (await outsider.browser.get("/my/supply-demand?kind=demand")).text();
    expect(list).not.toContain(code);
    const anonymous = await new (await import("../support/app")).TestBrowser().get(
      `/my/supply-demand/${code}`,
    );
    expect(anonymous.status).toBe(302);
  });

  it("refuses a submission while the user's email address is unverified", async () => {
    const { browser, owner } = await member("government_unit");
    const code = await createDemand(browser);
    await getDb().updateTable("users").set({ emailVerifiedAt: null }).where("id", "=", owner.id).execute();
    const response = await browser.post(`/my/supply-demand/${code}`, { intent: "submit" });
    expect(response.status).toBe(400);
    expect((await itemByCode(code)).status).toBe("draft");
  });
});
