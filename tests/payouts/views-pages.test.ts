import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { signedIn, TestBrowser } from "../support/app";
import { staffActor } from "../support/bidding";
import { approvedAward, financeStaff, payoutsOf, throughBank } from "../support/payouts-views";

/**
 * Issue 15, part "views", through the real handler (production build): who may open the finance pages, the
 * budget form, the ledger, the reconciliation page, what a consortium member sees of payouts on its project page
 * (loader data, `/projects/:id.data`), and what the public sees (/results, GET /api/v1/awards).
 */

const count = async (table: "budgetAppropriations" | "ledgerPostings" | "reconciliationRuns") =>
  Number(
    (
      await getDb()
        .selectFrom(table)
        .select(sql<string>`count(*)`.as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

let finance: TestBrowser;
let plainStaff: TestBrowser;

beforeAll(async () => {
  const [f, s] = [await financeStaff(), await staffActor()];
  finance = await signedIn(f.email, f.password, "192.0.2.70");
  plainStaff = await signedIn(s.email, s.password, "192.0.2.71");
});

describe("the finance pages", () => {
  it("are refused to staff without the finance capability (403), reading and writing, and to visitors", async () => {
    const before = [await count("budgetAppropriations"), await count("reconciliationRuns")];
    for (const path of ["/staff/budget", "/staff/ledger", "/staff/payouts/reconciliation"]) {
      expect((await plainStaff.get(path)).status, path).toBe(403);
      expect((await plainStaff.get(`${path}.data`)).status, `${path}.data`).toBe(403);
      expect((await new TestBrowser().get(path)).status, `${path} signed out`).not.toBe(200);
    }
    const post = await plainStaff.post("/staff/budget", {
      year: "2070",
      amount: "1000",
      documentRef: "越权下达",
    });
    expect(post.status).toBe(403);
    expect((await plainStaff.post("/staff/payouts/reconciliation", { intent: "run" })).status).toBe(403);
    expect([await count("budgetAppropriations"), await count("reconciliationRuns")]).toEqual(before);
  });

  it("are linked from the staff console's funds section for finance staff only", async () => {
    const mine = await (await finance.get("/staff")).text();
    for (const href of ["/staff/budget", "/staff/ledger", "/staff/payouts", "/staff/payouts/reconciliation"])
      expect(mine).toContain(`href="${href}"`);
    expect(mine).toContain("资金");
    const theirs = await (await plainStaff.get("/staff")).text();
    expect(theirs).not.toContain('href="/staff/budget"');
    expect(theirs).not.toContain('href="/staff/payouts/reconciliation"');
  });
});

describe("the budget page", () => {
  it("refuses bad input beside the fields in both languages and writes nothing", async () => {
    const before = [await count("budgetAppropriations"), await count("ledgerPostings")];
    const bad = { year: "1999", amount: "一百块", documentRef: "  " };
    const zh = await finance.post("/staff/budget", bad);
    expect(zh.status).toBe(400);
    const zhHtml = await zh.text();
    expect(zhHtml).toContain("应在 2000 到 2100 之间");
    expect(zhHtml).toContain("金额格式不正确");
    expect(zhHtml).toContain("此项必填");
    const zero = await (await finance.post("/staff/budget", { ...bad, year: "2070", amount: "0" })).text();
    expect(zero).toContain("金额必须大于 0");

    await finance.get("/lang?to=en&next=/staff/budget");
    const en = await (await finance.post("/staff/budget", bad)).text();
    expect(en).toContain("Must be between 2000 and 2100");
    expect(en).toContain("Not a valid amount");
    expect(en).toContain("This field is required");
    await finance.get("/lang?to=zh&next=/staff/budget");
    expect([await count("budgetAppropriations"), await count("ledgerPostings")]).toEqual(before);
  });

  it("records an appropriation (audited, posted) and shows each year's figures and appropriations", async () => {
    const reply = await finance.post("/staff/budget", {
      year: "2074",
      amount: "500万元",
      documentRef: "武财企〔2074〕1号",
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain("已录入 2074 年预算下达 ¥5,000,000.00");
    const row = await getDb()
      .selectFrom("budgetAppropriations")
      .selectAll()
      .where("documentRef", "=", "武财企〔2074〕1号")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ year: 2074, amountFen: 5_000_000_00 });
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("action", "=", "budget.appropriate")
      .where("entityId", "=", "2074")
      .execute();
    expect(audit).toHaveLength(1);

    // 2075: ¥1,000,000,000 appropriated by openTask; an award of ¥2,000,000 approved, its lead's share paid.
    const { award } = await approvedAward(2075);
    const [leadPayout] = await payoutsOf(award.id);
    const [a, b] = [await financeStaff(), await financeStaff()];
    await throughBank(
      leadPayout!,
      { paid: { reference: "BUDGET-PAGE-1" } },
      { recorder: a.id, confirmer: b.id },
    );
    const html = await (await finance.get("/staff/budget")).text();
    const year = /<tr data-year="2075">([\s\S]*?)<\/tr>/.exec(html)![1]!;
    expect([...year.matchAll(/¥[\d,.]+/g)].map((m) => m[0])).toEqual([
      "¥1,000,000,000.00",
      "¥2,000,000.00",
      "¥1,200,000.00",
      "¥998,000,000.00",
    ]);
    expect(html).toContain("武财企〔2074〕1号");
    expect(html).toContain("2074 年预算下达记录");
  });
});

describe("the ledger and reconciliation pages", () => {
  it("shows balances labelled by organization and each posting's debits equal to its credits", async () => {
    const { award, lead } = await approvedAward(2076, { sharesBp: [10000] as never });
    const html = await (await finance.get("/staff/ledger")).text();
    expect(html).toContain(`data-account="award_payable:${lead.organization.id}"`);
    expect(html).toContain(`应付 · ${lead.organization.name}`);
    expect(html).toContain("2076 年预算（可用）");
    expect(html).toContain('data-ledger-total="0"');
    const approval = await getDb()
      .selectFrom("ledgerPostings")
      .select("id")
      .where("awardId", "=", award.id)
      .where("kind", "=", "approve")
      .executeTakeFirstOrThrow();
    const card = new RegExp(`data-posting="${approval.id}"([\\s\\S]*?)</li>`).exec(html)![1]!;
    expect(card).toContain('data-balanced="true"');
    expect(card).toContain('data-debit-fen="200000000"');
    expect(card).toContain('data-credit-fen="200000000"');
    expect(html).not.toContain('data-balanced="false"');
    await finance.get("/lang?to=en&next=/staff/ledger");
    const en = await (await finance.get("/staff/ledger")).text();
    expect(en).toContain(`Payable · ${lead.organization.name}`);
    expect(en).toContain("Balanced");
    await finance.get("/lang?to=zh&next=/staff/ledger");
  });

  it("runs a reconciliation from the page (audited) and shows the last run", async () => {
    const runs = await count("reconciliationRuns");
    const first = await (await finance.get("/staff/payouts/reconciliation")).text();
    if (runs === 0) expect(first).toContain("尚未对过账");
    const reply = await finance.post("/staff/payouts/reconciliation", { intent: "run" });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toMatch(/对账完成：核对 \d+ 项，差异 0 处/);
    expect(await count("reconciliationRuns")).toBe(runs + 1);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("actorUserId")
      .where("action", "=", "payouts.reconcile")
      .execute();
    expect(audit.length).toBe(runs + 1);
    const page = await (await finance.get("/staff/payouts/reconciliation")).text();
    expect(page).toContain("未发现差异");
    expect(page).toContain('data-differences="0"');
  });
});

describe("what a consortium and the public see of payouts", () => {
  let setup: Awaited<ReturnType<typeof approvedAward>>;
  const LEAD_REF = "LEADREF-98764321";
  const MEMBER_REF = "MEMBERREF-55558765";
  const MEMBER2_REASON = "成员二的失败原因（保密）";

  beforeAll(async () => {
    setup = await approvedAward(2077, { sharesBp: [5000, 3000, 2000] });
    const [leadPayout, memberPayout, member2Payout] = await payoutsOf(setup.award.id);
    const [a, b] = [await financeStaff(), await financeStaff()];
    const people = { recorder: a.id, confirmer: b.id };
    await throughBank(leadPayout!, { paid: { reference: LEAD_REF } }, people);
    await throughBank(memberPayout!, { paid: { reference: MEMBER_REF } }, people);
    await throughBank(member2Payout!, { failed: { reason: MEMBER2_REASON } }, people);
  });

  it("shows the viewer's own payout with its timeline and only the status of the others (loader data)", async () => {
    const lead = await signedIn(setup.lead.email, setup.lead.password, "192.0.2.72");
    const data = await (await lead.get(`/projects/${setup.project.id}.data`)).text();
    expect(data).toContain("•••• 4321");
    expect(data).toContain("•••• 2333"); // the account number, masked
    for (const secret of [LEAD_REF, MEMBER_REF, "8765", MEMBER2_REASON, "6217000011112222333"])
      expect(data, secret).not.toContain(secret);

    const html = await (await lead.get(`/projects/${setup.project.id}`)).text();
    expect(html).toContain("奖励拨付");
    expect(html.match(/class="stack payout-own"/g)).toHaveLength(1);
    expect(html).toContain("待拨付 → 已排入批次");
    expect(html).toContain("已排入批次 → 拨付中");
    expect(html).toContain("拨付中 → 已拨付");
    expect(html).toContain("拨付失败"); // member 2's status, without its reason
    expect(html).not.toContain(MEMBER2_REASON);

    const member2 = await signedIn(setup.members[1]!.email, setup.members[1]!.password, "192.0.2.73");
    const theirs = await (await member2.get(`/projects/${setup.project.id}.data`)).text();
    expect(theirs).toContain(MEMBER2_REASON);
    for (const secret of [LEAD_REF, MEMBER_REF, "•••• 4321", "•••• 8765"])
      expect(theirs, secret).not.toContain(secret);
    await member2.get("/lang?to=en&next=/");
    const en = await (await member2.get(`/projects/${setup.project.id}`)).text();
    expect(en).toContain("Award payments");
    expect(en).toContain("Being paid → Failed");
    expect(en).toContain("Paid");
  });

  it("publishes each split's payout status and paid time, and nothing of the bank", async () => {
    const response = await new TestBrowser().get("/api/v1/awards");
    const text = await response.text();
    const award = (
      JSON.parse(text) as {
        awards: { taskCode: string; split: Record<string, unknown>[] }[];
      }
    ).awards.find((a) => a.taskCode === setup.task.code)!;
    expect(award.split.map((s) => Object.keys(s).sort())).toEqual(
      Array(3).fill(["amountFen", "organizationName", "paidAt", "payoutStatus", "role", "shareBp"]),
    );
    expect(award.split.map((s) => s.payoutStatus)).toEqual(["paid", "paid", "failed"]);
    const payouts = await payoutsOf(setup.award.id);
    expect(award.split.map((s) => s.paidAt)).toEqual([
      payouts[0]!.paidAt!.toISOString(),
      payouts[1]!.paidAt!.toISOString(),
      null,
    ]);
    expect(award.split[0]!.paidAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    for (const secret of [LEAD_REF, MEMBER_REF, MEMBER2_REASON, "6217000011112222333", "2333"])
      expect(text).not.toContain(secret);

    const results = await (await new TestBrowser().get("/results")).text();
    const card = new RegExp(`data-task="${setup.task.code}">([\\s\\S]*?)</li>`).exec(results)![1]!;
    expect(card).toContain("已拨付");
    expect(card).toContain("拨付失败");
    expect(card).toMatch(/已拨付<\/span> <time dateTime="[^"]+Z">\d{4}-\d{2}-\d{2}<\/time>/);
    expect(card).not.toContain(MEMBER2_REASON);
  });
});
