import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { itemForExpression } from "../../../../db/repositories/sd-expressions";
import { SD_CODE_PATTERN } from "../../../domain/supply-demand";
import { sdExpressionSchema } from "../../../forms/sd-expression";
import { getSessionUser, requireUser } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { expressionLink, sendExpression } from "./expressions.server";
import { expressionPanelFor } from "./panel.server";

async function publishedItem(code: string | undefined) {
  const upper = (code ?? "").toUpperCase();
  if (!SD_CODE_PATTERN.test(upper)) throw notFound();
  const item = await itemForExpression(getDb(), { code: upper });
  if (!item || item.status === "draft" || item.status === "submitted" || item.title === null)
    throw notFound();
  return item;
}

/**
 * /supply-demand/:code/interest: the expression form as a page of its own (the item page embeds the same panel
 * and posts here). Signed-in only; the loader carries the panel, which holds a contact only when allowed.
 */
export async function interestPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const item = await publishedItem(params.code);
  const panel = await expressionPanelFor(await getSessionUser(request), item.id);
  if (!panel) throw notFound();
  return {
    item: {
      code: item.code,
      kind: item.kind,
      title: item.title ?? "",
      organizationName: item.organizationName,
    },
    panel,
  };
}

export async function interestPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const item = await publishedItem(params.code);
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: sdExpressionSchema });
  if (submission.status !== "success") return actionReply("express", { ok: false }, { submission });
  const outcome = await sendExpression(actor, item.code, submission.value);
  if (outcome.ok) throw redirect(`${expressionLink(outcome.value.expressionId)}?sent=1`);
  return actionReply("express", outcome, { submission });
}
