import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  assignSchema,
  drawSchema,
  finalizeSchema,
  otherSupportSchema,
  reportCheckSchema,
} from "../forms/assessment";
import {
  assignAssessor,
  checkCompletionReport,
  drawAssessorsForProject,
  finalizeAssessment,
  projectForStaff,
} from "./assessment.server";
import { requireStaff, requireStaffActor } from "./auth.server";
import { approveAward, awardOfProject, computeProjectAward, recordOtherSupport } from "./awards.server";
import { notFound } from "./http.server";
import type { Outcome } from "./outcome.server";
import { idParam } from "./params.server";

export async function staffProjectLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const projectId = idParam(params.id);
  const view = await projectForStaff(user, projectId);
  if (!view) throw notFound();
  const { splits } = await awardOfProject(projectId);
  return { ...view, splits, viewerId: user.id };
}

function reply(intent: string, outcome: Outcome<unknown>, submission?: { reply: (o?: object) => unknown }) {
  return data(
    {
      intent,
      ok: outcome.ok,
      formError: outcome.ok ? null : (outcome.formError ?? null),
      result: submission?.reply(
        outcome.ok ? { resetForm: true } : { formErrors: outcome.formError ? [outcome.formError] : [] },
      ),
    },
    { status: outcome.ok ? 200 : 400 },
  );
}

export async function staffProjectAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const projectId = idParam(params.id);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "check": {
      const submission = parseWithZod(formData, { schema: reportCheckSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      const decision =
        submission.value.decision === "accept"
          ? ({ accept: true } as const)
          : ({ accept: false, reason: submission.value.reason } as const);
      return reply(intent, await checkCompletionReport(actor, projectId, decision), submission);
    }
    case "assign": {
      const submission = parseWithZod(formData, { schema: assignSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      return reply(intent, await assignAssessor(actor, projectId, submission.value.assessorId), submission);
    }
    case "draw": {
      const submission = parseWithZod(formData, { schema: drawSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      return reply(
        intent,
        await drawAssessorsForProject(actor, projectId, submission.value.count),
        submission,
      );
    }
    case "finalize": {
      const submission = parseWithZod(formData, { schema: finalizeSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      const value = submission.value;
      const override =
        value.override === "yes"
          ? { scoreCenti: value.overrideScore, passed: value.overridePassed, reason: value.overrideReason }
          : null;
      return reply(intent, await finalizeAssessment(actor, projectId, override), submission);
    }
    case "otherSupport": {
      const submission = parseWithZod(formData, { schema: otherSupportSchema });
      if (submission.status !== "success") return reply(intent, { ok: false }, submission);
      const { amount, ...rest } = submission.value;
      return reply(
        intent,
        await recordOtherSupport(actor, projectId, { ...rest, amountFen: amount }),
        submission,
      );
    }
    case "computeAward":
      return reply(intent, await computeProjectAward(actor, projectId));
    case "approveAward":
      return reply(intent, await approveAward(actor, projectId));
    default:
      throw notFound();
  }
}
