import { reportProblems } from "../../domain/assessment";
import { msg } from "../../i18n/i18n";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { evidenceSchema, reportSchema } from "../../forms/assessment";
import { wholeNumber } from "../../forms/fields";
import {
  addInvestmentEvidence,
  removeInvestmentEvidence,
  saveCompletionReport,
  submitCompletionReport,
} from "./completion-report.server";
import { consortiumRole } from "./access.server";
import { projectForConsortium } from "./views.server";
import { actionReply } from "../platform/action-reply.server";
import { requireUser } from "../identity/auth.server";
import { orgActor } from "../platform/actor.server";
import { forbidden, notFound } from "../platform/http.server";
import { idParam } from "../platform/params.server";
import { readPdfUpload } from "../files/uploads.server";
import { ownPayoutsOfProject } from "../payouts/bank/project-status.server";

export async function projectPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const projectId = idParam(params.id);
  const view = await projectForConsortium(user, projectId);
  if (!view) throw notFound();
  const evidenceTotalFen = view.evidence.reduce((sum, e) => sum + e.amountFen, 0);
  return {
    ...view,
    evidenceTotalFen,
    editable: view.isLead && view.project.status === "in_progress",
    problems: reportProblems(view.report, evidenceTotalFen, view.indicators.length),
    ownPayouts: await ownPayoutsOfProject(user.organization?.id, projectId),
  };
}

export async function projectPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const projectId = idParam(params.id);
  const role = await consortiumRole(user, projectId);
  if (!role) throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (!actor || role !== "lead") throw forbidden();
  // The evidence form is multipart (its contract or invoice PDF is optional); every other form is not.
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  const upload = multipart ? await readPdfUpload(request, "file", { optional: true }) : null;
  // Too large or unreadable: there is no form to read the other fields from.
  if (upload && !upload.ok && !upload.formData)
    return actionReply("addEvidence", { ok: false, fieldErrors: upload.fieldErrors });
  const formData = upload?.formData ?? (await request.formData());
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "saveReport": {
      const submission = parseWithZod(formData, { schema: reportSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      const { actualInvestment, summary, results } = submission.value;
      return actionReply(
        intent,
        await saveCompletionReport(actor, projectId, {
          actualInvestmentFen: actualInvestment,
          summary,
          indicatorResults: results,
        }),
        { submission },
      );
    }
    case "addEvidence": {
      const submission = parseWithZod(formData, { schema: evidenceSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      if (upload && !upload.ok)
        return actionReply(intent, { ok: false, fieldErrors: upload.fieldErrors }, { submission });
      const { amount, ...line } = submission.value;
      return actionReply(
        intent,
        await addInvestmentEvidence(actor, projectId, { ...line, amountFen: amount }, upload?.upload ?? null),
        { submission, resetForm: true },
      );
    }
    case "removeEvidence": {
      const evidenceId = wholeNumber(1, Number.MAX_SAFE_INTEGER).safeParse(formData.get("evidenceId"));
      if (!evidenceId.success)
        return actionReply(intent, { ok: false, formError: msg("err.report.noSuchEvidence") });
      return actionReply(intent, await removeInvestmentEvidence(actor, projectId, evidenceId.data));
    }
    case "submitReport":
      return actionReply(intent, await submitCompletionReport(actor, projectId));
    default:
      throw notFound();
  }
}
