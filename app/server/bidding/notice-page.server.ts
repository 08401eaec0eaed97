import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { daysUntil } from "../../domain/time";
import { objectionSchema } from "../../forms/bid";
import { getSessionUser, requireUser } from "../identity/auth.server";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { notFound } from "../platform/http.server";
import { idParam } from "../platform/params.server";
import { fileObjection, objectorVerified, publicNotice } from "./notices.server";

export async function noticePageLoader({ request, params }: LoaderFunctionArgs) {
  const noticeId = idParam(params.id);
  const [found, user] = await Promise.all([publicNotice(noticeId, new Date()), getSessionUser(request)]);
  if (!found) throw notFound();
  const { notice, winners, objections, open } = found;
  // Only users of a verified organization may object (notices.server.ts fileObjection): say so before they type.
  const verified = user ? await objectorVerified(user.id) : false;
  return {
    notice: {
      id: notice.id,
      taskCode: notice.taskCode,
      taskTitle: notice.taskTitle,
      startsAt: notice.startsAt.toISOString(),
      endsAt: notice.endsAt.toISOString(),
      phase: notice.phase,
      // The period counts natural days from the day it started (app/domain/bidding.ts noticeEndsAt).
      days: daysUntil(notice.endsAt, notice.startsAt),
    },
    winners: winners.map((w) => ({
      bidId: w.bidId,
      leadOrgName: w.leadOrgName,
      memberOrgNames: w.memberOrgNames ?? [],
      decisionReason: w.decisionReason,
    })),
    objections: objections.map((o) => ({
      ...o,
      createdAt: o.createdAt.toISOString(),
      resolvedAt: o.resolvedAt?.toISOString() ?? null,
    })),
    open,
    signedIn: user !== null,
    verified,
    filed: new URL(request.url).searchParams.get("filed") === "1",
  };
}

export async function noticePageAction({ request, params, context }: ActionFunctionArgs) {
  const noticeId = idParam(params.id);
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: objectionSchema });
  if (submission.status !== "success") return invalidReply("object", submission);
  const outcome = await fileObjection({ id: user.id, ip: context.clientIp }, noticeId, submission.value);
  if (!outcome.ok && outcome.formError?.key === "err.notice.notFound") throw notFound();
  if (!outcome.ok) return actionReply("object", outcome, { submission });
  // Post/redirect/get: reloading the page must not file the objection twice.
  throw redirect(`/notices/${noticeId}?filed=1#objections`);
}
