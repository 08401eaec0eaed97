import ExcelJS from "exceljs";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { msg, translateMessage } from "../../app/i18n/i18n";
import { approveAward } from "../../app/server/awards/awards.server";
import { createUser } from "../../app/server/demo/factories.server";
import { attachmentForViewer } from "../../app/server/files/attachment-access.server";
import { saveBankAccount } from "../../app/server/payouts/bank/bank-accounts.server";
import {
  batchForDownload,
  buildBatch,
  confirmPayment,
  exportBatch,
  recordFailure,
  recordPayment,
  recordReturn,
  removeFromBatch,
} from "../../app/server/payouts/bank/batches.server";
import { treasuryWorkbook } from "../../app/server/payouts/bank/treasury-file.server";
import { getDb } from "../../db/client";
import { insertConflict } from "../../db/repositories/assessment";
import { awardPositions, balancesOf, unbalancedPostings } from "../../db/repositories/ledger";
import { payoutFilterCounts } from "../../db/repositories/payouts-bank";
import { computedAward } from "../support/assessment";
import { findSessionUserById } from "../support/session-user";
import { must } from "../support/outcome";
import { staffActor } from "../support/bidding";

let serial = 0;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const voucher = () => ({
  fileName: "回单.pdf",
  bytes: PDF,
  sizeBytes: PDF.byteLength,
  sha256: "b".repeat(64),
  contentType: "application/pdf" as const,
});

async function financeStaff() {
  const user = await createUser(getDb(), {
    email: `finance-${++serial}-${Date.now()}@example.com`,
    name: `财务${serial}`,
    password: "finance-password-1",
    roles: ["staff", "finance"],
  });
  return { id: user.id, ip: "198.51.100.30" };
}

const payoutsOf = (awardId: number) =>
  getDb().selectFrom("payouts").selectAll().where("awardId", "=", awardId).orderBy("id").execute();
const awardStatus = async (awardId: number) =>
  (await getDb().selectFrom("awards").select("status").where("id", "=", awardId).executeTakeFirstOrThrow())
    .status;
const batchStatus = async (batchId: number) =>
  (
    await getDb()
      .selectFrom("paymentBatches")
      .select("status")
      .where("id", "=", batchId)
      .executeTakeFirstOrThrow()
  ).status;

/** An approved award whose two consortium members have recorded their bank accounts. */
async function approvedWithAccounts(year: number) {
  const setup = await computedAward(year);
  must(await approveAward(await staffActor(), setup.project.id, setup.award.version));
  const numbers = ["6222 0202 0000 1111", "6217-0000-0000-2222"];
  for (const [index, party] of [setup.lead, setup.member].entries())
    must(
      await saveBankAccount(party.actor, {
        accountName: party.organization.name,
        bankName: "中国工商银行武汉东湖支行",
        accountNumber: numbers[index]!.replace(/[\s-]/g, ""),
      }),
    );
  return { ...setup, payouts: await payoutsOf(setup.award.id) };
}

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("the bank rail, from batch to paid", () => {
  it("exports the batch for the treasury, records, refuses the recorder's own confirmation, pays on the second person's", async () => {
    const { award, payouts, lead, member } = await approvedWithAccounts(2081);
    // The status filters' counts (the first file of this database: nothing else is pending yet).
    expect(await payoutFilterCounts(getDb())).toEqual({
      pending_ready: 2,
      pending_no_account: 0,
      scheduled: 0,
      processing: 0,
      awaiting: 0,
      paid: 0,
      failed: 0,
      returned: 0,
    });
    const [officer, checker] = [await financeStaff(), await financeStaff()];
    const { id: batchId } = must(
      await buildBatch(
        officer,
        payouts.map((p) => p.id),
      ),
    );
    const scheduled = await payoutsOf(award.id);
    expect(scheduled.map((p) => [p.status, p.rail, p.batchId, p.bankAccountNumber])).toEqual([
      ["scheduled", "bank", batchId, "6222020200001111"],
      ["scheduled", "bank", batchId, "6217000000002222"],
    ]);

    // A change of the account after scheduling does not touch the payout's snapshot.
    must(
      await saveBankAccount(lead.actor, {
        accountName: lead.organization.name,
        bankName: "招商银行武汉分行",
        accountNumber: "9999888877776666",
      }),
    );
    expect((await payoutsOf(award.id))[0]!.bankAccountNumber).toBe("6222020200001111");

    // No file before the export; the export hands the batch to the bank.
    expect(await batchForDownload(officer, batchId)).toBeUndefined();
    must(await exportBatch(officer, batchId));
    expect(await batchStatus(batchId)).toBe("exported");
    expect((await payoutsOf(award.id)).map((p) => p.status)).toEqual(["processing", "processing"]);
    expect(await exportBatch(officer, batchId)).toEqual({
      ok: false,
      formError: msg("err.payBank.batchNotDraft"),
    });

    const download = (await batchForDownload(checker, batchId))!;
    const rows = await readBack(await treasuryWorkbook(batchId, download.rows));
    expect(rows[0]).toEqual([
      "收款人名称",
      "收款人开户行",
      "收款人账号",
      "金额（元）",
      "金额（分）",
      "用途",
      "拨付编号",
    ]);
    expect(rows.slice(1, 3)).toEqual([
      [
        lead.organization.name,
        "中国工商银行武汉东湖支行",
        "6222020200001111",
        1_200_000,
        1_200_000_00,
        `揭榜挂帅奖励 ${download.rows[0]!.taskCode}`,
        payouts[0]!.id,
      ],
      [
        member.organization.name,
        "中国工商银行武汉东湖支行",
        "6217000000002222",
        800_000,
        800_000_00,
        `揭榜挂帅奖励 ${download.rows[0]!.taskCode}`,
        payouts[1]!.id,
      ],
    ]);
    expect(typeof rows[1]![3]).toBe("number");
    expect(rows[3]).toEqual(["合计", undefined, undefined, 2_000_000, 2_000_000_00]);
    const downloads = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "payment_batch")
      .where("entityId", "=", String(batchId))
      .orderBy("seq")
      .execute();
    expect(downloads.map((d) => d.action)).toEqual([
      "payment_batch.create",
      "payment_batch.export",
      "payment_batch.download",
    ]);

    for (const payout of payouts)
      must(await recordPayment(officer, payout.id, `HX${payout.id}2026`, voucher()));
    const recorded = await payoutsOf(award.id);
    expect(recorded.map((p) => [p.status, p.recordedBy, p.bankReference])).toEqual([
      ["processing", officer.id, `HX${payouts[0]!.id}2026`],
      ["processing", officer.id, `HX${payouts[1]!.id}2026`],
    ]);

    const refused = await confirmPayment(officer, payouts[0]!.id);
    expect(refused).toEqual({ ok: false, formError: msg("err.payBank.samePerson") });
    expect(translateMessage(msg("err.payBank.samePerson"), "en")).toContain("Two-person rule");
    // The database refuses it too, whatever the code does.
    await expect(
      getDb()
        .updateTable("payouts")
        .set({ confirmedBy: officer.id })
        .where("id", "=", payouts[0]!.id)
        .execute(),
    ).rejects.toMatchObject({ constraint_name: "payouts_two_person" });

    must(await confirmPayment(checker, payouts[0]!.id));
    expect(await awardStatus(award.id)).toBe("disbursing");
    expect(await batchStatus(batchId)).toBe("exported");
    must(await confirmPayment(checker, payouts[1]!.id));
    const paid = await payoutsOf(award.id);
    expect(paid.map((p) => [p.status, p.confirmedBy, p.paidAt !== null])).toEqual([
      ["paid", checker.id, true],
      ["paid", checker.id, true],
    ]);
    expect(await awardStatus(award.id)).toBe("disbursed");
    expect(await batchStatus(batchId)).toBe("closed");
    expect((await awardPositions(getDb(), [award.id])).get(award.id)).toEqual({
      reservedFen: 0,
      paidFen: 2_000_000_00,
    });
    const balances = await balancesOf(getDb(), [
      `paid:${lead.organization.id}`,
      `paid:${member.organization.id}`,
    ]);
    expect([...balances.values()]).toEqual([1_200_000_00, 800_000_00]);
    expect(await unbalancedPostings(getDb())).toEqual([]);

    // The timeline: scheduled, sent, recorded (reference, never the account number), paid.
    const steps = await getDb()
      .selectFrom("payoutSteps")
      .select(["toStatus", "detail"])
      .where("payoutId", "=", payouts[0]!.id)
      .orderBy("id")
      .execute();
    expect(steps.map((s) => [s.toStatus, (s.detail as { event: string }).event])).toEqual([
      ["scheduled", "schedule"],
      ["processing", "send"],
      ["processing", "note"],
      ["paid", "settle"],
    ]);
    expect(JSON.stringify(steps)).not.toContain("6222020200001111");
    expect(JSON.stringify(steps)).toContain(`HX${payouts[0]!.id}2026`);
  });

  it("reopens failed and returned payouts for a new batch", async () => {
    const { award, payouts, lead } = await approvedWithAccounts(2082);
    const [officer, checker] = [await financeStaff(), await financeStaff()];
    const { id: first } = must(
      await buildBatch(
        officer,
        payouts.map((p) => p.id),
      ),
    );
    must(await exportBatch(officer, first));
    must(await recordFailure(officer, payouts[0]!.id, "户名与账号不符"));
    must(await recordPayment(officer, payouts[1]!.id, "HX-OK-1", voucher()));
    must(await confirmPayment(checker, payouts[1]!.id));
    expect(await batchStatus(first)).toBe("closed");
    must(await recordReturn(checker, payouts[1]!.id, { reason: "收款账户已销户", reference: "TH-0001" }));
    const reopened = await payoutsOf(award.id);
    expect(reopened.map((p) => [p.status, p.failureReason])).toEqual([
      ["failed", "户名与账号不符"],
      ["returned", "收款账户已销户"],
    ]);
    expect(await awardStatus(award.id)).toBe("disbursing");
    expect((await awardPositions(getDb(), [award.id])).get(award.id)).toEqual({
      reservedFen: 2_000_000_00,
      paidFen: 0,
    });

    // Both go into a new batch, with the account as it is now and nothing of the earlier attempt.
    must(
      await saveBankAccount(lead.actor, {
        accountName: lead.organization.name,
        bankName: "招商银行武汉分行",
        accountNumber: "9999888877776666",
      }),
    );
    const { id: second } = must(
      await buildBatch(
        officer,
        payouts.map((p) => p.id),
      ),
    );
    const again = await payoutsOf(award.id);
    expect(again.map((p) => [p.status, p.batchId, p.bankReference, p.recordedBy, p.confirmedBy])).toEqual([
      ["scheduled", second, null, null, null],
      ["scheduled", second, null, null, null],
    ]);
    expect(again[0]!.bankAccountNumber).toBe("9999888877776666");
    // While the batch is a draft a payout can leave it.
    must(await removeFromBatch(officer, second, payouts[0]!.id));
    expect((await payoutsOf(award.id))[0]).toMatchObject({ status: "pending", batchId: null, rail: null });
    expect(await unbalancedPostings(getDb())).toEqual([]);
  });

  it("refuses a batch with a payout whose organization has no bank account, and conflicted staff, writing nothing", async () => {
    const setup = await computedAward(2083);
    must(await approveAward(await staffActor(), setup.project.id, setup.award.version));
    const payouts = await payoutsOf(setup.award.id);
    const officer = await financeStaff();
    const batches = async () =>
      Number(
        (
          await getDb()
            .selectFrom("paymentBatches")
            .select(sql<string>`count(*)`.as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await batches();
    expect(await buildBatch(officer, [payouts[0]!.id])).toEqual({
      ok: false,
      formError: msg("err.payBank.noAccount", { id: payouts[0]!.id }),
    });
    must(
      await saveBankAccount(setup.lead.actor, {
        accountName: setup.lead.organization.name,
        bankName: "中国银行武汉分行",
        accountNumber: "12345678901234",
      }),
    );
    const conflicted = await financeStaff();
    await insertConflict(getDb(), {
      userId: conflicted.id,
      organizationId: setup.lead.organization.id,
      reason: "曾在该单位任职",
    });
    const refusal = { ok: false, formError: msg("err.assessment.staffConflicted") };
    expect(await buildBatch(conflicted, [payouts[0]!.id])).toEqual(refusal);
    expect(await batches()).toBe(before);
    expect((await payoutsOf(setup.award.id))[0]!.status).toBe("pending");

    // Scheduled and sent by someone else: the conflicted staff member can neither record nor confirm.
    const { id: batchId } = must(await buildBatch(officer, [payouts[0]!.id]));
    expect(await exportBatch(conflicted, batchId)).toEqual(refusal);
    expect(await batchStatus(batchId)).toBe("draft");
    must(await exportBatch(officer, batchId));
    expect(await recordPayment(conflicted, payouts[0]!.id, "HX-1", voucher())).toEqual(refusal);
    must(await recordPayment(officer, payouts[0]!.id, "HX-2", voucher()));
    expect(await confirmPayment(conflicted, payouts[0]!.id)).toEqual(refusal);
    expect((await payoutsOf(setup.award.id))[0]).toMatchObject({ status: "processing", confirmedBy: null });
    const vouchers = await getDb()
      .selectFrom("attachments")
      .select("id")
      .where("payoutId", "=", payouts[0]!.id)
      .execute();
    expect(vouchers).toHaveLength(1);

    // The voucher: finance staff and the payee organization; not the other member, not plain staff.
    const sees = async (userId: number) =>
      (await attachmentForViewer(await findSessionUserById(userId), vouchers[0]!.id)) !== undefined;
    expect(await sees(officer.id)).toBe(true);
    expect(await sees(setup.lead.owner.id)).toBe(true);
    expect(await sees(setup.member.owner.id)).toBe(false);
    expect(await sees(setup.staff.id)).toBe(false);
  });
});

describe("the organization's bank account", () => {
  it("refuses a name other than the registered one and a malformed number, writing nothing", async () => {
    const setup = await computedAward(2084);
    const { lead } = setup;
    const refused = await saveBankAccount(lead.actor, {
      accountName: `${lead.organization.name}（分公司）`,
      bankName: "中国银行",
      accountNumber: "12345678",
    });
    expect(refused).toEqual({
      ok: false,
      fieldErrors: { accountName: [msg("err.payBank.accountName", { name: lead.organization.name })] },
    });
    expect(translateMessage(msg("err.payBank.accountName", { name: "某单位" }), "en")).toBe(
      "The account name must be exactly the organization's registered name: 某单位",
    );
    const { bankAccountSchema } = await import("../../app/forms/payouts-bank");
    const parsed = bankAccountSchema.safeParse({
      accountName: "x",
      bankName: "y",
      accountNumber: "1234 567",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["err.payBank.accountNumber"]);
    expect(
      bankAccountSchema.safeParse({ accountName: "x", bankName: "y", accountNumber: "6222 0202-0000 1111" })
        .data?.accountNumber,
    ).toBe("6222020200001111");
    const count = await getDb()
      .selectFrom("bankAccounts")
      .select("organizationId")
      .where("organizationId", "=", lead.organization.id)
      .execute();
    expect(count).toEqual([]);
    const audits = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "bank_account")
      .where("entityId", "=", String(lead.organization.id))
      .execute();
    expect(audits).toEqual([]);
  });
});
