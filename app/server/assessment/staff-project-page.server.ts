import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  approveAwardSchema,
  assignSchema,
  drawSchema,
  finalizeSchema,
  otherSupportSchema,
  reportCheckSchema,
} from "../../forms/assessment";
import { actionReply } from "../platform/action-reply.server";
import {
  assignAssessor,
  checkCompletionReport,
  drawAssessorsForProject,
  finalizeAssessment,
} from "./assessment.server";
import { projectForStaff } from "./views.server";
import { requireStaff, requireStaffActor } from "../identity/auth.server";
import { approveAward, computeProjectAward, recordOtherSupport } from "../awards/awards.server";
import { notFound } from "../platform/http.server";
import { idParam } from "../platform/params.server";

export async function staffProjectLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const projectId = idParam(params.id);
  const view = await projectForStaff(user, projectId);
  if (!view) throw notFound();
  return { ...view, viewerId: user.id };
}

export async function staffProjectAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const projectId = idParam(params.id);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "check": {
      const submission = parseWithZod(formData, { schema: reportCheckSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      const decision =
        submission.value.decision === "accept"
          ? ({ accept: true } as const)
          : ({ accept: false, reason: submission.value.reason } as const);
      return actionReply(intent, await checkCompletionReport(actor, projectId, decision), {
        submission,
        resetForm: true,
      });
    }
    case "assign": {
      const submission = parseWithZod(formData, { schema: assignSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await assignAssessor(actor, projectId, submission.value.assessorId), {
        submission,
        resetForm: true,
      });
    }
    case "draw": {
      const submission = parseWithZod(formData, { schema: drawSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await drawAssessorsForProject(actor, projectId, submission.value.count), {
        submission,
        resetForm: true,
      });
    }
    case "finalize": {
      const submission = parseWithZod(formData, { schema: finalizeSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      const value = submission.value;
      const override =
        value.override === "yes"
          ? { scoreCenti: value.overrideScore, passed: value.overridePassed, reason: value.overrideReason }
          : null;
      return actionReply(intent, await finalizeAssessment(actor, projectId, override), {
        submission,
        resetForm: true,
      });
    }
    case "otherSupport": {
      const submission = parseWithZod(formData, { schema: otherSupportSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      const { amount, ...rest } = submission.value;
      return actionReply(intent, await recordOtherSupport(actor, projectId, { ...rest, amountFen: amount }), {
        submission,
        resetForm: true,
      });
    }
    case "computeAward":
      return actionReply(intent, await computeProjectAward(actor, projectId));
    case "approveAward": {
      const submission = parseWithZod(formData, { schema: approveAwardSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await approveAward(actor, projectId, submission.value.version));
    }
    default:
      throw notFound();
  }
}
