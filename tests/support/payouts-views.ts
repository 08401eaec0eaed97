import { approveAward } from "../../app/server/awards/awards.server";
import { createUser } from "../../app/server/demo/factories.server";
import { movePayout, type Payout } from "../../app/server/payouts/transitions.server";
import type { PayoutEvent } from "../../app/domain/payouts";
import { getDb } from "../../db/client";
import { computedAward } from "./assessment";
import { staffActor } from "./bidding";
import { must } from "./outcome";

let serial = 0;

/** A finance staff member (staff + finance) who can sign in. */
export async function financeStaff() {
  const email = `finance${++serial}-${Date.now()}@example.com`;
  const password = "finance-password-1";
  const user = await createUser(getDb(), {
    email,
    name: `财务${serial}`,
    password,
    roles: ["staff", "finance"],
  });
  return { id: user.id, ip: "198.51.100.30", email, password };
}

export const payoutsOf = (awardId: number) =>
  getDb().selectFrom("payouts").selectAll().where("awardId", "=", awardId).orderBy("id").execute();

/** An approved award (lead 60 % / member 40 % unless told) with one pending payout per member. */
export async function approvedAward(year: number, options: Parameters<typeof computedAward>[1] = {}) {
  const setup = await computedAward(year, options);
  must(await approveAward(await staffActor(), setup.project.id, setup.award.version));
  return setup;
}

export async function step(payout: Payout, event: PayoutEvent, actorId: number, set = {}) {
  return getDb()
    .transaction()
    .execute(async (trx) =>
      must(await movePayout(trx, payout, event, { actorId, ip: "198.51.100.30", set })),
    );
}

/** A draft bank batch made by `createdBy`. */
export async function bankBatch(createdBy: number) {
  return getDb().insertInto("paymentBatches").values({ createdBy }).returningAll().executeTakeFirstOrThrow();
}

export async function setBatchStatus(batchId: number, status: "draft" | "exported" | "closed") {
  await getDb().updateTable("paymentBatches").set({ status }).where("id", "=", batchId).execute();
}

/**
 * Through the bank rail as the bank-rail pages would: scheduled into a draft batch (the account snapshotted),
 * the batch exported (sent), then paid (reference recorded by one finance person, confirmed by another) or failed.
 */
export async function throughBank(
  payout: Payout,
  outcome: { paid: { reference: string } } | { failed: { reason: string } },
  people: { recorder: number; confirmer: number },
) {
  const batch = await bankBatch(people.recorder);
  const scheduled = await step(payout, "schedule", people.recorder, {
    rail: "bank",
    batchId: batch.id,
    bankAccountName: "收款单位",
    bankName: "中国银行武汉分行",
    bankAccountNumber: "6217000011112222333",
  });
  await setBatchStatus(batch.id, "exported");
  const sent = await step(scheduled, "send", people.recorder);
  if ("paid" in outcome) {
    const now = new Date();
    return step(sent, "settle", people.confirmer, {
      bankReference: outcome.paid.reference,
      recordedBy: people.recorder,
      recordedAt: now,
      confirmedBy: people.confirmer,
      confirmedAt: now,
      paidAt: now,
    });
  }
  return step(sent, "fail", people.recorder, { failureReason: outcome.failed.reason });
}
