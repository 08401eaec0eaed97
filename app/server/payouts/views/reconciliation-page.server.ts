import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { latestReconciliationRun } from "../../../../db/repositories/payouts-views";
import type { Difference } from "../../../domain/payouts-reconcile";
import { actionReply } from "../../platform/action-reply.server";
import { requireFinance, requireFinanceActor } from "../access.server";
import { reconcile } from "../reconcile.server";

/* ---------- /staff/payouts/reconciliation (finance staff) ---------- */

export async function reconciliationPageLoader({ request }: LoaderFunctionArgs) {
  await requireFinance(request);
  const run = await latestReconciliationRun(getDb());
  return {
    run: run
      ? {
          id: run.id,
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
          rails: run.rails,
          checked: run.checked,
          runByName: run.runByName,
          differences: run.differences as Difference[],
        }
      : null,
  };
}

/** Runs the reconciliation now, as the signed-in finance staff member (stored and audited by `reconcile`). */
export async function reconciliationPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireFinanceActor(request, context.clientIp);
  const report = await reconcile(getDb(), { runBy: actor.id, ip: actor.ip });
  return actionReply("run", {
    ok: true,
    value: { id: report.id, checked: report.checked, differences: report.differences.length },
  });
}
