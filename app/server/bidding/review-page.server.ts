import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { bidReviewSchema, objectionResolutionSchema, selectionReasonSchema } from "../../forms/bid";
import { wholeNumber } from "../../forms/fields";
import { actionReply, schemaFieldErrors } from "../platform/action-reply.server";
import { requireStaff, requireStaffActor } from "../identity/auth.server";
import { notFound } from "../platform/http.server";
import {
  publishResult,
  saveBidReview,
  selectBid,
  startReview,
  taskBidsForStaff,
  unselectBid,
} from "./review.server";
import { resolveObjectionAsStaff } from "./notices.server";

export async function reviewPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const now = new Date();
  const review = await taskBidsForStaff(params.code ?? "", now);
  if (!review) throw notFound();
  return { ...review, now: now.toISOString() };
}

const idSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

/** Field errors from a schema, in the same reply shape as a service outcome. */
function invalid(intent: string, target: number | null, error: Record<string, string[] | null>) {
  return actionReply(intent, { ok: false, fieldErrors: schemaFieldErrors(error) }, { target });
}

export async function reviewPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const code = params.code ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const target = idSchema.safeParse(formData.get("id"));
  const id = target.success ? target.data : null;
  switch (intent) {
    case "startReview":
      return actionReply(intent, await startReview(actor, code), { target: null });
    case "publish":
      return actionReply(intent, await publishResult(actor, code), { target: null });
  }
  if (id === null) throw notFound();
  switch (intent) {
    case "review": {
      const submission = parseWithZod(formData, { schema: bidReviewSchema });
      if (submission.status !== "success") return invalid(intent, id, submission.error ?? {});
      return actionReply(intent, await saveBidReview(actor, id, submission.value), { target: id });
    }
    case "select": {
      const submission = parseWithZod(formData, { schema: selectionReasonSchema });
      if (submission.status !== "success") return invalid(intent, id, submission.error ?? {});
      return actionReply(intent, await selectBid(actor, id, submission.value.reason), { target: id });
    }
    case "unselect":
      return actionReply(intent, await unselectBid(actor, id), { target: id });
    case "resolve": {
      const submission = parseWithZod(formData, { schema: objectionResolutionSchema });
      if (submission.status !== "success") return invalid(intent, id, submission.error ?? {});
      return actionReply(intent, await resolveObjectionAsStaff(actor, id, submission.value), { target: id });
    }
    default:
      throw notFound();
  }
}
