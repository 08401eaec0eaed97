import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { appropriationsOf, budgetYears } from "../../../../db/repositories/budgets";
import { shanghaiDate } from "../../../domain/time";
import { appropriationSchema } from "../../../forms/payouts-views";
import { actionReply, invalidReply } from "../../platform/action-reply.server";
import { requireFinance, requireFinanceActor } from "../access.server";
import { appropriateBudget } from "../budget.server";

/* ---------- /staff/budget (finance staff) ---------- */

/**
 * Each year's figures from the ledger (appropriated, reserved by approved awards, paid, remaining) and its
 * appropriations, newest first. Reserved counts every approved award's payable amount, paid or not:
 * appropriated − remaining.
 */
export async function budgetPageLoader({ request }: LoaderFunctionArgs) {
  await requireFinance(request);
  const db = getDb();
  const years = await budgetYears(db);
  const appropriations = await Promise.all(years.map((y) => appropriationsOf(db, y.year)));
  return {
    currentYear: Number(shanghaiDate(new Date()).slice(0, 4)),
    years: years.map((y, index) => ({
      year: y.year,
      appropriatedFen: y.appropriatedFen,
      reservedFen: y.appropriatedFen - y.remainingFen,
      paidFen: y.paidFen,
      remainingFen: y.remainingFen,
      appropriations: appropriations[index]!.map((a) => ({
        id: a.id,
        amountFen: a.amountFen,
        documentRef: a.documentRef,
        recordedByName: a.recordedByName,
        recordedAt: a.recordedAt,
      })),
    })),
  };
}

export async function budgetPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireFinanceActor(request, context.clientIp);
  const submission = parseWithZod(await request.formData(), { schema: appropriationSchema });
  if (submission.status !== "success") return invalidReply("appropriate", submission);
  const { year, amount, documentRef } = submission.value;
  const outcome = await appropriateBudget(actor, { year, amountFen: amount, documentRef });
  return actionReply(
    "appropriate",
    outcome.ok ? { ok: true, value: { ...outcome.value, year, amountFen: amount } } : outcome,
    { submission, resetForm: true },
  );
}
