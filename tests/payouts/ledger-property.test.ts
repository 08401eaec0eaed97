import fc from "fast-check";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { transitionIn } from "../../app/domain/lifecycle";
import {
  nextAwardStatus,
  PAYOUT_EVENTS,
  type PayoutEvent,
  type PayoutStatus,
} from "../../app/domain/payouts";
import { reserveAward } from "../../app/server/payouts/budget.server";
import { movePayout } from "../../app/server/payouts/transitions.server";
import { getDb, type DbOrTrx } from "../../db/client";
import { approveComputedAward, awardSplits } from "../../db/repositories/awards";
import { awardPositions, balancesOf, unbalancedPostings } from "../../db/repositories/ledger";
import { computedAward } from "../support/assessment";
import { staffActor } from "../support/bidding";

const YEAR = 2096;
const EVENTS = Object.keys(PAYOUT_EVENTS) as PayoutEvent[];

/** Thrown at the end of each run so that every run starts from the same two computed awards. */
class RollBack extends Error {}

type Award = Awaited<ReturnType<typeof computedAward>>["award"];
let awards: Award[];
let approver: { id: number; ip: string };

beforeAll(async () => {
  // A consortium of two (60 % / 40 %) and a single bidder: three payouts once both are approved.
  awards = [
    (await computedAward(YEAR, { sharesBp: [6000, 4000], actualFen: 5_000_000_00 })).award,
    (await computedAward(YEAR, { sharesBp: [10000] as never, actualFen: 3_333_333_33 })).award,
  ];
  approver = await staffActor();
}, 120_000);

async function approveAll(trx: DbOrTrx) {
  for (const award of awards) {
    const split = await awardSplits(trx, [award.id]);
    const reserved = await reserveAward(
      trx,
      approver,
      { id: award.id, year: YEAR, payableFen: award.payableFen },
      split.map((part) => ({ organizationId: part.organizationId, amountFen: part.amountFen })),
    );
    expect(reserved.ok).toBe(true);
    expect(await approveComputedAward(trx, award.id, award.version, approver.id, new Date())).toBeTruthy();
  }
}

/** The invariants after every step, with the deferred balance check forced now rather than at commit. */
async function checkInvariants(
  trx: DbOrTrx,
  appropriatedFen: number,
  awardStatus: Map<number, "approved" | "disbursing" | "disbursed">,
) {
  await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(trx);
  await sql`SET CONSTRAINTS ALL DEFERRED`.execute(trx);
  expect(await unbalancedPostings(trx)).toEqual([]);
  const payouts = await trx.selectFrom("payouts").selectAll().orderBy("id").execute();
  const positions = await awardPositions(
    trx,
    awards.map((a) => a.id),
  );
  // Each payout's money is where its status says: in clearing while processing, on paid once paid.
  const located = await trx
    .selectFrom("ledgerEntries")
    .select([
      "payoutId",
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE account LIKE 'clearing:%'), 0)::bigint`.as(
        "clearingFen",
      ),
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE account LIKE 'paid:%'), 0)::bigint`.as("paidFen"),
    ])
    .where("payoutId", "is not", null)
    .groupBy("payoutId")
    .execute();
  for (const payout of payouts) {
    const row = located.find((r) => r.payoutId === payout.id);
    expect([payout.status, row?.clearingFen ?? 0, row?.paidFen ?? 0]).toEqual([
      payout.status,
      payout.status === "processing" ? payout.amountFen : 0,
      payout.status === "paid" ? payout.amountFen : 0,
    ]);
  }
  let payableTotal = 0;
  for (const award of awards) {
    const own = payouts.filter((p) => p.awardId === award.id);
    const paidFen = own.filter((p) => p.status === "paid").reduce((sum, p) => sum + p.amountFen, 0);
    // reserved = payable − paid, and paid is exactly the payouts in status paid.
    expect(positions.get(award.id)).toEqual({ reservedFen: award.payableFen - paidFen, paidFen });
    // The award follows its payouts (a model of the rule, advanced step by step).
    const expected = nextAwardStatus(
      awardStatus.get(award.id)!,
      own.map((p) => p.status),
    );
    awardStatus.set(award.id, expected);
    const row = await trx
      .selectFrom("awards")
      .select("status")
      .where("id", "=", award.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe(expected);
    payableTotal += award.payableFen;
  }
  const budget = await balancesOf(trx, [`budget:${YEAR}`]);
  expect(budget.get(`budget:${YEAR}`)).toBe(appropriatedFen - payableTotal);
}

describe("the ledger under any sequence of payout steps (fast-check, real PostgreSQL)", () => {
  it("keeps every posting balanced and reserved = payable − paid per award; refused steps write nothing", async () => {
    const db = getDb();
    const appropriatedFen = -(await balancesOf(db, [`appropriation:${YEAR}`])).get(`appropriation:${YEAR}`)!;
    // Mostly a step the payout's status allows (so sequences go deep: paid, returned, scheduled again …), and one
    // in six a step it does not allow, which must be refused.
    const step = fc.record({
      payout: fc.nat({ max: 2 }),
      pick: fc.nat({ max: 11 }),
      refused: fc
        .boolean()
        .chain((b) => (b ? fc.boolean() : fc.constant(false)))
        .chain((b) => (b ? fc.boolean() : fc.constant(false))),
      rail: fc.constantFrom("bank" as const, "stripe" as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 40 }), async (steps) => {
        await db
          .transaction()
          .execute(async (trx) => {
            await approveAll(trx);
            const awardStatus = new Map<number, "approved" | "disbursing" | "disbursed">(
              awards.map((a) => [a.id, "approved"]),
            );
            await checkInvariants(trx, appropriatedFen, awardStatus);
            const ids = (await trx.selectFrom("payouts").select("id").orderBy("id").execute()).map(
              (p) => p.id,
            );
            expect(ids).toHaveLength(3);
            for (const { payout: index, pick, refused, rail } of steps) {
              const before = await trx
                .selectFrom("payouts")
                .selectAll()
                .where("id", "=", ids[index]!)
                .executeTakeFirstOrThrow();
              const allows = (e: PayoutEvent) =>
                transitionIn<PayoutStatus, typeof PAYOUT_EVENTS>(PAYOUT_EVENTS, before.status, e).ok;
              const candidates = EVENTS.filter((e) => allows(e) !== refused);
              const event = candidates[pick % candidates.length]!;
              const allowed = !refused;
              const set = event === "schedule" ? { rail } : event === "settle" ? { paidAt: new Date() } : {};
              const moved = await movePayout(trx, before, event, {
                actorId: approver.id,
                ip: approver.ip,
                set,
              });
              expect(moved.ok).toBe(allowed);
              if (!moved.ok) {
                const after = await trx
                  .selectFrom("payouts")
                  .select("status")
                  .where("id", "=", before.id)
                  .executeTakeFirstOrThrow();
                expect(after.status).toBe(before.status);
              }
              await checkInvariants(trx, appropriatedFen, awardStatus);
            }
            throw new RollBack();
          })
          .catch((error: unknown) => {
            if (!(error instanceof RollBack)) throw error;
          });
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});
