import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { sdApproveSchema, sdDuplicateSchema, sdReasonSchema } from "../../../forms/sd-review";
import { pageFromUrl } from "../../../forms/pagination";
import { CITY_WIDE, SD_KINDS, type SdKind } from "../../../domain/supply-demand";
import { isConflicted } from "../../conflicts/conflicts.server";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { notFound } from "../../platform/http.server";
import { approveRevision, markDuplicate, rejectRevision, returnRevision } from "./review.server";
import { queueView, reviewView } from "./review-views.server";

/** /staff/supply-demand/review: what waits for this reviewer, oldest first, filtered by kind and district. */
export async function reviewQueueLoader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const url = new URL(request.url);
  const kindParam = url.searchParams.get("kind") ?? "";
  const kind = (SD_KINDS as readonly string[]).includes(kindParam) ? (kindParam as SdKind) : undefined;
  const districtParam = (url.searchParams.get("district") ?? "").trim().slice(0, 40);
  const district = districtParam === "" ? undefined : districtParam === CITY_WIDE ? "" : districtParam;
  const view = await queueView(user.id, { kind, district }, pageFromUrl(url, "page"));
  // A row of the reviewer's own organization stays listed (the counts are the scope's) but says it is not theirs.
  const conflicted = await Promise.all(
    view.rows.map((row) => isConflicted(getDb(), user.id, { sdItemId: row.itemId })),
  );
  return {
    ...view,
    rows: view.rows.map((row, index) => ({ ...row, conflicted: conflicted[index]! })),
    filter: { kind: kind ?? "", district: districtParam },
  };
}

/** /staff/supply-demand/review/:code — 403 with the reason when the scope or the conflict rule refuses. */
export async function reviewItemLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const view = await reviewView(user.id, params.code ?? "");
  if (!view) throw notFound();
  if (view.refusal) return data(view, { status: 403 });
  return data(view);
}

/** Field errors from a schema, in the same reply shape as a service outcome. */
function invalid(intent: string, error: Record<string, string[] | null> | null | undefined) {
  return actionReply(intent, { ok: false, fieldErrors: schemaFieldErrors(error ?? undefined) });
}

export async function reviewItemAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const code = params.code ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "approve": {
      const submission = parseWithZod(formData, { schema: sdApproveSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      return actionReply(intent, await approveRevision(actor, code, submission.value.revision));
    }
    case "return":
    case "reject": {
      const submission = parseWithZod(formData, { schema: sdReasonSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      const { revision, reason } = submission.value;
      const decide = intent === "return" ? returnRevision : rejectRevision;
      return actionReply(intent, await decide(actor, code, revision, reason));
    }
    case "duplicate": {
      const submission = parseWithZod(formData, { schema: sdDuplicateSchema });
      if (submission.status !== "success") return invalid(intent, submission.error);
      const { revision, canonical } = submission.value;
      return actionReply(intent, await markDuplicate(actor, code, revision, canonical));
    }
    default:
      throw notFound();
  }
}
