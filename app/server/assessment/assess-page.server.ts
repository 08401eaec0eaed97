import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { declarationSchema, scoresSchema } from "../../forms/assessment";
import { actionReply } from "../platform/action-reply.server";
import { declareConflict, submitScores } from "./assessment.server";
import { assessmentForAssessor } from "./views.server";
import { isOwnAssessment } from "./access.server";
import { requireUser } from "../identity/auth.server";
import { notFound } from "../platform/http.server";
import { idParam } from "../platform/params.server";

export async function assessPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const view = await assessmentForAssessor(user, idParam(params.id));
  if (!view) throw notFound();
  return view;
}

export async function assessPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const assessmentId = idParam(params.id);
  // Someone else's assessment does not exist for this user.
  if (!(await isOwnAssessment(user, assessmentId))) throw notFound();
  const actor = { id: user.id, ip: context.clientIp };
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "declare") {
    const submission = parseWithZod(formData, { schema: declarationSchema });
    if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
    const declaration =
      submission.value.conflict === "yes"
        ? ({ conflict: true, reason: submission.value.reason } as const)
        : ({ conflict: false } as const);
    return actionReply(intent, await declareConflict(actor, assessmentId, declaration), { submission });
  }
  if (intent === "score") {
    const submission = parseWithZod(formData, { schema: scoresSchema });
    if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
    return actionReply(intent, await submitScores(actor, assessmentId, submission.value.scores), {
      submission,
    });
  }
  throw notFound();
}
