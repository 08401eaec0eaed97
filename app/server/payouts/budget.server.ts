import { getDb, type DbOrTrx } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { ensureBudgetYear, insertAppropriation, lockBudget } from "../../../db/repositories/budgets";
import { balancesOf, post } from "../../../db/repositories/ledger";
import { insertPayouts } from "../../../db/repositories/payouts";
import { account } from "../../domain/ledger";
import { formatFen } from "../../domain/money";
import { fail, type Outcome } from "../platform/outcome.server";
import type { Actor } from "../platform/actor.server";

/** Staff record an appropriation (资金预算下达) for a year, with the document that granted it. */
export async function appropriateBudget(
  actor: Actor,
  appropriation: { year: number; amountFen: number; documentRef: string },
): Promise<Outcome<{ id: number }>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      await ensureBudgetYear(trx, appropriation.year);
      const row = await insertAppropriation(trx, { ...appropriation, recordedBy: actor.id });
      await post(
        trx,
        { kind: "appropriate", year: appropriation.year, amountFen: appropriation.amountFen },
        { postedBy: actor.id, memo: appropriation.documentRef },
      );
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "budget.appropriate",
        entityType: "budget",
        entityId: appropriation.year,
        after: row,
        ip: actor.ip,
      });
      return { ok: true as const, value: { id: row.id } };
    });
}

/**
 * At approval, inside the approving transaction: reserves the award's payable amount against its year's budget
 * and opens one payout per consortium member with a non-zero part. The budget row is locked first, so of two
 * approvals racing for the last of the budget exactly one gets it; the other is refused with the figures.
 */
export async function reserveAward(
  trx: DbOrTrx,
  actor: Actor,
  award: { id: number; year: number; payableFen: number },
  parts: readonly { organizationId: number; amountFen: number }[],
): Promise<Outcome<null>> {
  if (parts.reduce((sum, part) => sum + part.amountFen, 0) !== award.payableFen)
    throw new Error(`award ${award.id}: the split does not add up to the payable amount`);
  const budget = await lockBudget(trx, award.year);
  if (!budget) return fail("err.budget.none", { year: award.year });
  const remainingFen = (await balancesOf(trx, [account.budget(award.year)])).get(account.budget(award.year))!;
  if (award.payableFen > remainingFen) {
    const appropriatedFen = -(await balancesOf(trx, [account.appropriation(award.year)])).get(
      account.appropriation(award.year),
    )!;
    return fail("err.budget.exceeded", {
      year: award.year,
      payable: formatFen(award.payableFen),
      remaining: formatFen(remainingFen),
      appropriated: formatFen(appropriatedFen),
    });
  }
  await post(
    trx,
    { kind: "approve", year: award.year, awardId: award.id, parts },
    { postedBy: actor.id, memo: `award ${award.id}` },
  );
  await insertPayouts(trx, award.id, parts);
  return { ok: true, value: null };
}
