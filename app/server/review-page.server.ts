import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { bidReviewSchema, objectionResolutionSchema, selectionReasonSchema } from "../forms/bid";
import { wholeNumber } from "../forms/fields";
import { requireStaff, requireStaffActor } from "./auth.server";
import { notFound } from "./http.server";
import type { Outcome } from "./outcome.server";
import {
  publishResult,
  resolveObjectionAsStaff,
  saveBidReview,
  selectBid,
  startReview,
  taskBidsForStaff,
  unselectBid,
} from "./selection.server";

export async function reviewPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const now = new Date();
  const review = await taskBidsForStaff(params.code ?? "", now);
  if (!review) throw notFound();
  return { ...review, now: now.toISOString() };
}

const idSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

function reply(intent: string, target: number | null, outcome: Outcome<unknown>) {
  return data(
    {
      intent,
      target,
      ok: outcome.ok,
      formError: outcome.ok ? null : (outcome.formError ?? null),
      fieldErrors: outcome.ok ? null : (outcome.fieldErrors ?? null),
    },
    { status: outcome.ok ? 200 : 400 },
  );
}

/** Field errors from a schema, in the same reply shape as a service outcome. */
function invalid(intent: string, target: number | null, error: Record<string, string[] | null>) {
  const fieldErrors = Object.fromEntries(
    Object.entries(error).filter((e): e is [string, string[]] => Array.isArray(e[1])),
  );
  return reply(intent, target, { ok: false, fieldErrors });
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
      return reply(intent, null, await startReview(actor, code));
    case "publish":
      return reply(intent, null, await publishResult(actor, code));
  }
  if (id === null) throw notFound();
  switch (intent) {
    case "review": {
      const submission = parseWithZod(formData, { schema: bidReviewSchema });
      if (submission.status !== "success") return invalid(intent, id, submission.error ?? {});
      return reply(intent, id, await saveBidReview(actor, id, submission.value));
    }
    case "select": {
      const submission = parseWithZod(formData, { schema: selectionReasonSchema });
      if (submission.status !== "success") return invalid(intent, id, submission.error ?? {});
      return reply(intent, id, await selectBid(actor, id, submission.value.reason));
    }
    case "unselect":
      return reply(intent, id, await unselectBid(actor, id));
    case "resolve": {
      const submission = parseWithZod(formData, { schema: objectionResolutionSchema });
      if (submission.status !== "success") return invalid(intent, id, submission.error ?? {});
      return reply(intent, id, await resolveObjectionAsStaff(actor, id, submission.value));
    }
    default:
      throw notFound();
  }
}
