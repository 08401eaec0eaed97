import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { approveAward } from "../../app/server/awards/awards.server";
import { createUser } from "../../app/server/demo/factories.server";
import { getDb } from "../../db/client";
import { insertMembership } from "../../db/repositories/identity";
import { signedIn, type TestBrowser } from "../support/app";
import { computedAward } from "../support/assessment";
import { staffActor } from "../support/bidding";
import { must } from "../support/outcome";

/**
 * The bank rail through the real handler (production build): who may open the finance pages, what loader data
 * holds (an account number appears only in the treasury file), the multipart record with its voucher, and the
 * second person's confirmation.
 */

const FULL_NUMBER = "6222020277775555"; // appears nowhere else
let ipSerial = 0;
const nextIp = () => `198.51.100.${150 + ++ipSerial}`;

async function financeBrowser(): Promise<TestBrowser & { userId: number }> {
  const email = `finance-page-${++ipSerial}-${Date.now()}@example.com`;
  const user = await createUser(getDb(), {
    email,
    name: `财务页面${ipSerial}`,
    password: "finance-password-1",
    roles: ["staff", "finance"],
  });
  return Object.assign(await signedIn(email, "finance-password-1", nextIp()), { userId: user.id });
}

const routeData = async (browser: TestBrowser, path: string) => {
  const response = await browser.get(`${path}.data`);
  return { status: response.status, text: await response.text() };
};

const payoutsOf = (awardId: number) =>
  getDb().selectFrom("payouts").selectAll().where("awardId", "=", awardId).orderBy("id").execute();

describe("the bank rail's pages", () => {
  it("keeps the account number out of loader data, lets only finance staff pay, two of them", async () => {
    const setup = await computedAward(2086);
    must(await approveAward(await staffActor(), setup.project.id, setup.award.version));
    const [leadPayout, memberPayout] = await payoutsOf(setup.award.id);
    const owner = await signedIn(setup.lead.email, setup.lead.password, nextIp());
    const memberOwner = await signedIn(setup.member.email, setup.member.password, nextIp());

    // A name other than the registered one: refused beside the field, nothing written, the number not echoed.
    const wrong = await owner.post("/org/bank-account", {
      accountName: "别的公司",
      bankName: "中国工商银行武汉东湖支行",
      accountNumber: FULL_NUMBER,
    });
    expect(wrong.status).toBe(400);
    const wrongText = await wrong.text();
    expect(wrongText).toContain("accountName");
    expect(wrongText).not.toContain(FULL_NUMBER);
    expect(await getDb().selectFrom("bankAccounts").selectAll().execute()).toEqual([]);
    const badNumber = await owner.post("/org/bank-account", {
      accountName: setup.lead.organization.name,
      bankName: "中国工商银行武汉东湖支行",
      accountNumber: "12-34",
    });
    expect(badNumber.status).toBe(400);
    expect(await getDb().selectFrom("bankAccounts").selectAll().execute()).toEqual([]);

    // A member of the organization (not its owner) cannot change it.
    const colleague = await createUser(getDb(), {
      email: `colleague-${Date.now()}@example.com`,
      name: "同事",
      password: "colleague-password-1",
      roles: [],
    });
    await insertMembership(getDb(), {
      userId: colleague.id,
      organizationId: setup.lead.organization.id,
      role: "member",
    });
    const colleagueBrowser = await signedIn(colleague.email, "colleague-password-1", nextIp());
    const byMember = await colleagueBrowser.post("/org/bank-account", {
      accountName: setup.lead.organization.name,
      bankName: "中国工商银行武汉东湖支行",
      accountNumber: FULL_NUMBER,
    });
    expect(byMember.status).toBe(403);
    expect(await getDb().selectFrom("bankAccounts").selectAll().execute()).toEqual([]);

    const saved = await owner.post("/org/bank-account", {
      accountName: setup.lead.organization.name,
      bankName: "中国工商银行武汉东湖支行",
      accountNumber: "6222 0202 7777 5555",
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).not.toContain(FULL_NUMBER);
    const ownView = await routeData(owner, "/org/bank-account");
    expect(ownView.status).toBe(200);
    expect(ownView.text).toContain("•••• 5555");
    expect(ownView.text).not.toContain(FULL_NUMBER);
    expect(ownView.text).not.toContain("62220202");

    // Not finance: plain staff get 403 on every finance page and on the file.
    const staff = await staffActor();
    const plainStaff = await signedIn(staff.email, staff.password, nextIp());
    expect((await plainStaff.get("/staff/payouts")).status).toBe(403);
    expect(
      (await plainStaff.post("/staff/payouts", { intent: "build", payoutId: String(leadPayout!.id) })).status,
    ).toBe(403);

    const officer = await financeBrowser();
    const checker = await financeBrowser();
    const built = await officer.post("/staff/payouts", { intent: "build", payoutId: String(leadPayout!.id) });
    expect(built.status).toBe(302);
    const batchPath = built.headers.get("location")!;
    expect(batchPath).toMatch(/^\/staff\/payouts\/batches\/\d+$/);
    expect((await plainStaff.get(batchPath)).status).toBe(403);
    expect((await plainStaff.get(`${batchPath}/export.xlsx`)).status).toBe(403);

    // Finance pages show the number masked too.
    const listData = await officer.get("/staff/payouts.data?status=scheduled");
    const listText = await listData.text();
    expect(listText).toContain("•••• 5555");
    expect(listText).not.toContain(FULL_NUMBER);
    const batchData = await routeData(officer, batchPath);
    expect(batchData.text).not.toContain(FULL_NUMBER);

    // No file for a draft; the export moves the batch, then the file holds the full number.
    expect((await officer.get(`${batchPath}/export.xlsx`)).status).toBe(404);
    expect((await officer.post(batchPath, { intent: "export" })).status).toBe(200);
    const file = await checker.get(`${batchPath}/export.xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file.arrayBuffer()) as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2).values as unknown[];
    expect(row.slice(1, 5)).toEqual([
      setup.lead.organization.name,
      "中国工商银行武汉东湖支行",
      FULL_NUMBER,
      1_200_000,
    ]);

    // Record with the voucher (multipart: the route takes uploads), then the recorder cannot confirm.
    const form = new FormData();
    form.set("intent", "record");
    form.set("payoutId", String(leadPayout!.id));
    form.set("reference", "HX20261205001");
    form.set("file", new Blob(["%PDF-1.4\n回单\n%%EOF\n"], { type: "application/pdf" }), "回单.pdf");
    expect((await officer.postMultipart(batchPath, form)).status).toBe(200);
    expect((await payoutsOf(setup.award.id))[0]).toMatchObject({
      status: "processing",
      recordedBy: officer.userId,
      bankReference: "HX20261205001",
    });
    const own = await officer.post(batchPath, { intent: "confirm", payoutId: String(leadPayout!.id) });
    expect(own.status).toBe(400);
    expect((await payoutsOf(setup.award.id))[0]!.status).toBe("processing");
    expect(
      (await checker.post(batchPath, { intent: "confirm", payoutId: String(leadPayout!.id) })).status,
    ).toBe(200);
    expect((await payoutsOf(setup.award.id))[0]).toMatchObject({
      status: "paid",
      confirmedBy: checker.userId,
    });

    // The organization sees its own payout paid, with its voucher; the other member sees neither.
    const after = await routeData(owner, "/org/bank-account");
    expect(after.text).toContain("HX20261205001");
    expect(after.text).not.toContain(FULL_NUMBER);
    const voucher = await getDb()
      .selectFrom("attachments")
      .select("id")
      .where("payoutId", "=", leadPayout!.id)
      .executeTakeFirstOrThrow();
    expect((await owner.get(`/attachments/${voucher.id}`)).status).toBe(200);
    expect((await memberOwner.get(`/attachments/${voucher.id}`)).status).toBe(404);
    const memberView = await routeData(memberOwner, "/org/bank-account");
    expect(memberView.text).not.toContain("HX20261205001");
    expect(memberView.text).toContain(String(memberPayout!.amountFen));
    expect(memberView.text).not.toContain(String(leadPayout!.amountFen));
  });
});
