import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { evidenceSchema, reportSchema } from "../forms/assessment";
import { wholeNumber } from "../forms/fields";
import {
  addInvestmentEvidence,
  projectForConsortium,
  removeInvestmentEvidence,
  reportProblems,
  saveCompletionReport,
  submitCompletionReport,
} from "./assessment.server";
import { awardOfProject } from "./awards.server";
import { requireUser } from "./auth.server";
import { orgActor } from "./bids.server";
import { forbidden, notFound } from "./http.server";
import type { Outcome } from "./outcome.server";
import { idParam } from "./params.server";

export async function projectPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const projectId = idParam(params.id);
  const view = await projectForConsortium(user, projectId);
  if (!view) throw notFound();
  const evidenceTotalFen = view.evidence.reduce((sum, e) => sum + e.amountFen, 0);
  const award = view.award ? await awardOfProject(projectId) : null;
  return {
    ...view,
    evidenceTotalFen,
    splits: award?.splits ?? [],
    editable: view.isLead && view.project.status === "in_progress",
    problems: reportProblems(view.report, evidenceTotalFen, view.indicators.length),
  };
}

function reply(intent: string, outcome: Outcome<unknown>, submission?: { reply: (o?: object) => unknown }) {
  return data(
    {
      intent,
      ok: outcome.ok,
      formError: outcome.ok ? null : (outcome.formError ?? null),
      fieldErrors: outcome.ok ? null : (outcome.fieldErrors ?? null),
      result: submission?.reply(
        outcome.ok
          ? intent === "addEvidence"
            ? { resetForm: true }
            : undefined
          : { formErrors: outcome.formError ? [outcome.formError] : [] },
      ),
    },
    { status: outcome.ok ? 200 : 400 },
  );
}

export async function projectPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const projectId = idParam(params.id);
  const view = await projectForConsortium(user, projectId);
  if (!view) throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (!actor || !view.isLead) throw forbidden();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "saveReport": {
      const submission = parseWithZod(formData, { schema: reportSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      const { actualInvestment, summary, results } = submission.value;
      return reply(
        intent,
        await saveCompletionReport(actor, projectId, {
          actualInvestmentFen: actualInvestment,
          summary,
          indicatorResults: results,
        }),
        submission,
      );
    }
    case "addEvidence": {
      const submission = parseWithZod(formData, { schema: evidenceSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      const { amount, ...line } = submission.value;
      return reply(
        intent,
        await addInvestmentEvidence(actor, projectId, { ...line, amountFen: amount }),
        submission,
      );
    }
    case "removeEvidence": {
      const evidenceId = wholeNumber(1, Number.MAX_SAFE_INTEGER).safeParse(formData.get("evidenceId"));
      if (!evidenceId.success) return reply(intent, { ok: false, formError: "err.report.noSuchEvidence" });
      return reply(intent, await removeInvestmentEvidence(actor, projectId, evidenceId.data));
    }
    case "submitReport":
      return reply(intent, await submitCompletionReport(actor, projectId));
    default:
      throw notFound();
  }
}
