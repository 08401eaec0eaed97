import type { Updateable } from "kysely";
import type { PayoutEvent, PayoutStatus } from "../../app/domain/payouts";
import type { DbOrTrx } from "../client";
import { jsonb } from "../jsonb";
import type { PayoutsTable } from "../schema-payouts";

export async function insertPayouts(
  db: DbOrTrx,
  awardId: number,
  parts: readonly { organizationId: number; amountFen: number }[],
) {
  const rows = parts.filter((part) => part.amountFen > 0).map((part) => ({ awardId, ...part }));
  if (rows.length === 0) return [];
  return db.insertInto("payouts").values(rows).returningAll().execute();
}

export async function findPayout(db: DbOrTrx, payoutId: number, { lock = false } = {}) {
  return db
    .selectFrom("payouts")
    .selectAll()
    .where("id", "=", payoutId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Moves the payout if it is still in `from` (a concurrent change makes this return undefined). */
export async function updatePayoutStatus(
  db: DbOrTrx,
  payoutId: number,
  from: PayoutStatus,
  to: PayoutStatus,
  set: Omit<Updateable<PayoutsTable>, "status" | "id"> = {},
) {
  return db
    .updateTable("payouts")
    .set({ ...set, status: to, updatedAt: new Date() })
    .where("id", "=", payoutId)
    .where("status", "=", from)
    .returningAll()
    .executeTakeFirst();
}

export async function insertPayoutStep(
  db: DbOrTrx,
  step: {
    payoutId: number;
    fromStatus: PayoutStatus | null;
    toStatus: PayoutStatus;
    actorUserId: number | null;
    event: PayoutEvent | "note";
    detail?: Record<string, unknown>;
  },
) {
  const { event, detail, ...row } = step;
  return db
    .insertInto("payoutSteps")
    .values({ ...row, detail: jsonb({ event, ...detail }) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function payoutStatusesOfAward(db: DbOrTrx, awardId: number) {
  return (await db.selectFrom("payouts").select("status").where("awardId", "=", awardId).execute()).map(
    (row) => row.status,
  );
}

/** The payouts of awards (lead first as the split lists them is the caller's business), with the organization. */
export async function payoutsOfAwards(db: DbOrTrx, awardIds: readonly number[]) {
  if (awardIds.length === 0) return [];
  return db
    .selectFrom("payouts")
    .innerJoin("organizations", "organizations.id", "payouts.organizationId")
    .select([
      "payouts.id",
      "payouts.awardId",
      "payouts.organizationId",
      "organizations.name as organizationName",
      "payouts.amountFen",
      "payouts.status",
      "payouts.rail",
      "payouts.paidAt",
      "payouts.updatedAt",
    ])
    .where("payouts.awardId", "in", awardIds as number[])
    .orderBy("payouts.awardId")
    .orderBy("payouts.id")
    .execute();
}

export async function stepsOfPayouts(db: DbOrTrx, payoutIds: readonly number[]) {
  if (payoutIds.length === 0) return [];
  return db
    .selectFrom("payoutSteps")
    .select(["id", "payoutId", "fromStatus", "toStatus", "at", "detail"])
    .where("payoutId", "in", payoutIds as number[])
    .orderBy("payoutId")
    .orderBy("id")
    .execute();
}

export async function setAwardStatus(
  db: DbOrTrx,
  awardId: number,
  from: "approved" | "disbursing" | "disbursed",
  to: "approved" | "disbursing" | "disbursed",
) {
  return db
    .updateTable("awards")
    .set({ status: to })
    .where("id", "=", awardId)
    .where("status", "=", from)
    .returning("id")
    .executeTakeFirst();
}
