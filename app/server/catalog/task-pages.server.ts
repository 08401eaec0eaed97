import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { cancelTaskSchema } from "../../forms/catalog";
import { myBidOnTask } from "../bidding/bid-views.server";
import { startBid } from "../bidding/bids.server";
import { getSessionUser, requireStaff, requireStaffActor, requireUser } from "../identity/auth.server";
import { orgActor } from "../platform/actor.server";
import { actionReply, invalidReply } from "../platform/action-reply.server";
import { notFound } from "../platform/http.server";
import { fail } from "../platform/outcome.server";
import { publicTask } from "./public-catalog.server";
import { staffTask } from "./staff-catalog.server";
import { taskProvenance } from "../supply-demand/listops/pages.server";
import { handleTaskForm } from "./task-form.server";
import { cancelTask, publishTask, updateTask } from "./tasks.server";

/* ---------- /tasks/:code ---------- */

export async function publicTaskPageLoader({ request, params }: LoaderFunctionArgs) {
  const now = new Date();
  const task = await publicTask(params.code ?? "", now);
  if (!task) throw notFound();
  const user = await getSessionUser(request);
  const myBidId = user?.organization ? await myBidOnTask(user.organization.id, task.id) : null;
  return {
    task,
    now: now.toISOString(),
    signedIn: user !== null,
    hasOrganization: Boolean(user?.organization),
    myBidId,
  };
}

/** 揭榜: an organization starts (or returns to) its bid on the task. */
export async function publicTaskPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const actor = orgActor(user, context.clientIp);
  if (!actor) return actionReply("startBid", fail("bid.noOrg"), { failureStatus: 403 });
  const outcome = await startBid(actor, params.code ?? "");
  if (!outcome.ok) return actionReply("startBid", outcome);
  throw redirect(`/bids/${outcome.value.bidId}`);
}

/* ---------- /staff/tasks/:code ---------- */

export async function staffTaskPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const now = new Date();
  const task = await staffTask(params.code ?? "", now);
  if (!task) throw notFound();
  return { task, now: now.toISOString(), source: await taskProvenance(task.code) };
}

export async function staffTaskPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const code = (params.code ?? "").toUpperCase();
  const formData = await request.formData();
  if (formData.get("intent") === "publish") return actionReply("publish", await publishTask(actor, code));
  const submission = parseWithZod(formData, { schema: cancelTaskSchema });
  if (submission.status !== "success") return invalidReply("cancel", submission);
  return actionReply("cancel", await cancelTask(actor, code, submission.value.reason), {
    submission,
    resetForm: true,
  });
}

/* ---------- /staff/tasks/:code/edit ---------- */

export async function editTaskPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const task = await staffTask(params.code ?? "");
  if (!task) throw notFound();
  if (task.storedStatus !== "draft") throw redirect(`/staff/tasks/${task.code}`);
  return { task };
}

export async function editTaskPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const code = (params.code ?? "").toUpperCase();
  return handleTaskForm(request, (input) => updateTask(actor, code, input));
}
