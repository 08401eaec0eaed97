import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { shanghaiDate } from "../../domain/time";
import { listSchema, policySchema } from "../../forms/catalog";
import { requireStaff, requireStaffActor } from "../identity/auth.server";
import { actionReply, invalidReply, reportReply } from "../platform/action-reply.server";
import { notFound } from "../platform/http.server";
import { idParam } from "../platform/params.server";
import { importUploadedWorkbook } from "./import.server";
import { createList, createPolicy, publishList, updateList } from "./lists.server";
import { staffListDetail, staffLists, staffPolicies } from "./staff-catalog.server";
import { handleTaskForm } from "./task-form.server";
import { createTask } from "./tasks.server";

/* ---------- /staff/policies ---------- */

export async function policiesPageLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { policies: await staffPolicies() };
}

export async function policiesPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const submission = parseWithZod(await request.formData(), { schema: policySchema });
  if (submission.status !== "success") return invalidReply("create", submission);
  return actionReply("create", await createPolicy(actor, submission.value), { submission, resetForm: true });
}

/* ---------- /staff/lists ---------- */

export async function listsPageLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [lists, policies] = await Promise.all([staffLists(), staffPolicies()]);
  return { lists, policies, year: shanghaiDate(new Date()).slice(0, 4) };
}

export async function listsPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const submission = parseWithZod(await request.formData(), { schema: listSchema });
  if (submission.status !== "success") return invalidReply("create", submission);
  const outcome = await createList(actor, submission.value);
  if (!outcome.ok) return actionReply("create", outcome, { submission });
  return redirect(`/staff/lists/${outcome.value.id}`);
}

/* ---------- /staff/lists/:id ---------- */

export async function listPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const detail = await staffListDetail(idParam(params.id));
  if (!detail) throw notFound();
  return { ...detail, policies: await staffPolicies() };
}

/** Settings, publication, and (without JavaScript) the spreadsheet import, which the upload widget posts elsewhere. */
export async function listPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const listId = idParam(params.id);
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    const result = await importUploadedWorkbook(actor, listId, request);
    return reportReply("import", result.ok, result);
  }
  const formData = await request.formData();
  if (formData.get("intent") === "publish") return actionReply("publish", await publishList(actor, listId));
  const submission = parseWithZod(formData, { schema: listSchema });
  if (submission.status !== "success") return invalidReply("settings", submission);
  return actionReply("settings", await updateList(actor, listId, submission.value), { submission });
}

/* ---------- /staff/lists/:id/tasks/new ---------- */

export async function newTaskPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const detail = await staffListDetail(idParam(params.id));
  if (!detail) throw notFound();
  return { list: detail.list };
}

export async function newTaskPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const listId = idParam(params.id);
  return handleTaskForm(request, (input) => createTask(actor, listId, input));
}
