import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { declarationSchema, scoresSchema } from "../forms/assessment";
import { assessmentForAssessor, declareConflict, submitScores } from "./assessment.server";
import { requireUser } from "./auth.server";
import { notFound } from "./http.server";
import type { Outcome } from "./outcome.server";
import { idParam } from "./params.server";

export async function assessPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const view = await assessmentForAssessor(user, idParam(params.id));
  if (!view) throw notFound();
  return view;
}

function reply(intent: string, outcome: Outcome<unknown>, submission?: { reply: (o?: object) => unknown }) {
  return data(
    {
      intent,
      ok: outcome.ok,
      formError: outcome.ok ? null : (outcome.formError ?? null),
      result: submission?.reply(
        outcome.ok ? undefined : { formErrors: outcome.formError ? [outcome.formError] : [] },
      ),
    },
    { status: outcome.ok ? 200 : 400 },
  );
}

export async function assessPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const assessmentId = idParam(params.id);
  // Someone else's assessment does not exist for this user.
  if (!(await assessmentForAssessor(user, assessmentId))) throw notFound();
  const actor = { id: user.id, ip: context.clientIp };
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "declare") {
    const submission = parseWithZod(formData, { schema: declarationSchema });
    if (submission.status !== "success") return reply(intent, { ok: false }, submission);
    const declaration =
      submission.value.conflict === "yes"
        ? ({ conflict: true, reason: submission.value.reason } as const)
        : ({ conflict: false } as const);
    return reply(intent, await declareConflict(actor, assessmentId, declaration), submission);
  }
  if (intent === "score") {
    const submission = parseWithZod(formData, { schema: scoresSchema });
    if (submission.status !== "success") return reply(intent, { ok: false }, submission);
    return reply(intent, await submitScores(actor, assessmentId, submission.value.scores), submission);
  }
  throw notFound();
}
