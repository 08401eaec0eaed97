import { createHash } from "node:crypto";
import { getDb } from "../../../db/client";
import { saveBankAccount } from "../payouts/bank/bank-accounts.server";
import { buildBatch, confirmPayment, exportBatch, recordPayment } from "../payouts/bank/batches.server";
import type { OrgActor } from "../platform/actor.server";
import type { DemoCast } from "./seed-stories.server";

/** The 2023 award alpha leads with beta: alpha's payout stays pending for a visitor (and the e2e journey) to pay. */
const ALPHA_BETA_SUCCEEDED = "2023-AI-001";

const BANKS = [
  "中国工商银行武汉东湖支行",
  "中国建设银行武汉光谷支行",
  "招商银行武汉分行营业部",
  "汉口银行江汉支行",
  "中国银行武汉洪山支行",
];

/** A demo account number: 19 digits, the organization's id in the last ones (never a real account). */
const demoNumber = (organizationId: number) => `6222${String(organizationId).padStart(15, "0")}`;

function voucherPdf(reference: string) {
  const bytes = new TextEncoder().encode(
    `%PDF-1.4\n% 银行回单（演示） ${reference}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`,
  );
  return {
    fileName: `回单-${reference}.pdf`,
    bytes,
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    contentType: "application/pdf" as const,
  };
}

/**
 * The bank rail's demo (issue 15): bank accounts for alpha, beta and every organization an approved award pays;
 * 2023's awards paid through a closed batch (finance@ records, finance2@ confirms), beta's part of the
 * alpha–beta award in a draft batch, and alpha's part left pending.
 */
export async function seedPayoutsBank(cast: DemoCast): Promise<void> {
  const db = getDb();
  const payouts = await db
    .selectFrom("payouts")
    .innerJoin("awards", "awards.id", "payouts.awardId")
    .innerJoin("projects", "projects.id", "awards.projectId")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .select(["payouts.id", "payouts.organizationId", "tasks.code as taskCode"])
    .where("payouts.status", "=", "pending")
    .orderBy("payouts.id")
    .execute();

  const organizationIds = [
    ...new Set([cast.alpha.id, cast.beta.id, ...payouts.map((p) => p.organizationId)]),
  ];
  const owners = await db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organizationId")
    .select(["memberships.userId", "memberships.organizationId", "organizations.name"])
    .where("memberships.role", "=", "owner")
    .where("memberships.organizationId", "in", organizationIds)
    .orderBy("memberships.userId")
    .execute();
  for (const [index, organizationId] of organizationIds.entries()) {
    const owner = owners.find((o) => o.organizationId === organizationId);
    if (!owner) throw new Error(`demo bank accounts: organization ${organizationId} has no owner`);
    const actor: OrgActor = {
      id: owner.userId,
      ip: "127.0.0.1",
      organization: { id: organizationId, name: owner.name, role: "owner" },
    };
    const saved = await saveBankAccount(actor, {
      accountName: owner.name,
      bankName: BANKS[index % BANKS.length]!,
      accountNumber: demoNumber(organizationId),
    });
    if (!saved.ok) throw new Error(`demo bank account ${owner.name}: ${JSON.stringify(saved)}`);
  }

  const { officer, checker } = cast.finance;
  const must = <T>(what: string, outcome: { ok: true; value: T } | { ok: false }) => {
    if (!outcome.ok) throw new Error(`demo payouts: ${what} refused: ${JSON.stringify(outcome)}`);
    return outcome.value;
  };
  const paid = payouts.filter((p) => p.taskCode !== ALPHA_BETA_SUCCEEDED);
  if (paid.length > 0) {
    const { id: batchId } = must(
      "buildBatch",
      await buildBatch(
        officer,
        paid.map((p) => p.id),
      ),
    );
    must("exportBatch", await exportBatch(officer, batchId));
    for (const [index, payout] of paid.entries()) {
      const reference = `GK2024${String(batchId).padStart(3, "0")}${String(index + 1).padStart(4, "0")}`;
      must("recordPayment", await recordPayment(officer, payout.id, reference, voucherPdf(reference)));
      must("confirmPayment", await confirmPayment(checker, payout.id));
    }
  }
  const betaPart = payouts.find(
    (p) => p.taskCode === ALPHA_BETA_SUCCEEDED && p.organizationId === cast.beta.id,
  );
  if (betaPart) must("buildBatch (draft)", await buildBatch(officer, [betaPart.id]));
}
