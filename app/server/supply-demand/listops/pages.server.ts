import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import {
  demandForConversion,
  scenarioListsForConversion,
  sourceSdItemOfTask,
  taskFromSdItem,
} from "../../../../db/repositories/sd-listops";
import { showcaseYear } from "../../../domain/sd-listops";
import { shanghaiDate } from "../../../domain/time";
import { removeShowcaseSchema, showcaseSchema, toTaskSchema } from "../../../forms/sd-listops";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { attachment } from "../../catalog/export.server";
import { actionReply, invalidReply, reportReply } from "../../platform/action-reply.server";
import { notFound } from "../../platform/http.server";
import { importUploadedSdWorkbook } from "./import.server";
import { buildSdTemplate } from "./sheet-writer.server";
import { featureInShowcase, removeFromShowcase, showcaseGroups, yearsWithShowcase } from "./showcase.server";
import { convertDemandToTask } from "./to-task.server";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const currentYear = (now = new Date()) => Number(shanghaiDate(now).slice(0, 4));

/* ---------- /staff/supply-demand/import ---------- */

export async function sdImportPageLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return {};
}

/** Without JavaScript the form posts here; the upload widget posts to /staff/supply-demand/import/upload. */
export async function sdImportPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const result = await importUploadedSdWorkbook(actor, request);
  return reportReply("import", result.ok, result);
}

/** The same import, answering JSON for the upload-with-progress widget. */
export async function sdImportUploadAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const result = await importUploadedSdWorkbook(actor, request);
  return Response.json(result, { status: result.ok ? 200 : 400 });
}

export async function sdImportTemplateLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return attachment("供需清单导入模板.xlsx", new Uint8Array(await buildSdTemplate()), XLSX);
}

/* ---------- /staff/supply-demand/showcase ---------- */

export async function staffShowcasePageLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const now = new Date();
  const asked = new URL(request.url).searchParams.get("year") ?? undefined;
  const year = showcaseYear(asked, now) ?? currentYear(now);
  const [groups, years] = await Promise.all([showcaseGroups(year), yearsWithShowcase()]);
  return { year, groups, years: [...new Set([currentYear(now), ...years])].sort((a, b) => b - a) };
}

export async function staffShowcasePageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const formData = await request.formData();
  if (formData.get("intent") === "remove") {
    const submission = parseWithZod(formData, { schema: removeShowcaseSchema });
    if (submission.status !== "success") return invalidReply("remove", submission);
    return actionReply("remove", await removeFromShowcase(actor, submission.value.id), {
      target: submission.value.id,
    });
  }
  const submission = parseWithZod(formData, { schema: showcaseSchema });
  if (submission.status !== "success") return invalidReply("feature", submission);
  return actionReply("feature", await featureInShowcase(actor, submission.value), {
    submission,
    resetForm: true,
  });
}

/* ---------- /supply-demand/showcase/:year ---------- */

export async function publicShowcasePageLoader({ params }: LoaderFunctionArgs) {
  const year = showcaseYear(params.year, new Date());
  if (year === null) throw notFound();
  const [groups, years] = await Promise.all([showcaseGroups(year), yearsWithShowcase()]);
  return { year, groups, years };
}

/* ---------- /staff/supply-demand/:code/to-task ---------- */

export async function toTaskPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const demand = await demandForConversion(getDb(), (params.code ?? "").toUpperCase());
  if (!demand) throw notFound();
  const [lists, task] = await Promise.all([
    scenarioListsForConversion(getDb()),
    taskFromSdItem(getDb(), demand.id),
  ]);
  return {
    demand: {
      code: demand.code,
      kind: demand.kind,
      status: demand.status,
      title: demand.title,
      summary: demand.summary,
      organizationName: demand.organizationName,
      district: demand.district,
    },
    task,
    lists,
  };
}

export async function toTaskPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const submission = parseWithZod(await request.formData(), { schema: toTaskSchema });
  if (submission.status !== "success") return invalidReply("toTask", submission);
  const outcome = await convertDemandToTask(actor, (params.code ?? "").toUpperCase(), submission.value);
  if (!outcome.ok) return actionReply("toTask", outcome, { submission });
  throw redirect(`/staff/tasks/${outcome.value.code}/edit`);
}

/* ---------- the staff task page's provenance line ---------- */

/** The demand a task was made from ("来源需求 D-2026-0004"), or null. */
export async function taskProvenance(taskCode: string) {
  return (await sourceSdItemOfTask(getDb(), taskCode)) ?? null;
}
