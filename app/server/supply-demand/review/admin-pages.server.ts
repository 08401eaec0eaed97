import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { sdScopeSchema } from "../../../forms/sd-review";
import { DISTRICTS } from "../../../domain/districts";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { attachmentDisposition, notFound } from "../../platform/http.server";
import { reviewerList, setReviewerScope } from "./reviewers.server";
import { sdStatistics, statisticsCsv } from "./stats.server";

/** /staff/supply-demand/reviewers: every staff member and what they review. */
export async function reviewersLoader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  return { reviewers: await reviewerList(), districts: [...DISTRICTS], viewerId: user.id };
}

export async function reviewersAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent !== "scope") throw notFound();
  const submission = parseWithZod(formData, { schema: sdScopeSchema });
  const target = Number(formData.get("userId")) || null;
  if (submission.status !== "success")
    return actionReply(
      intent,
      { ok: false, fieldErrors: schemaFieldErrors(submission.error ?? undefined) },
      { target },
    );
  return actionReply(intent, await setReviewerScope(actor, submission.value.userId, submission.value.scope), {
    target,
  });
}

/** The list year asked for (?year=2026), or undefined for every year. */
export function yearFromUrl(url: URL): number | undefined {
  const value = Number(url.searchParams.get("year"));
  return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : undefined;
}

/** /staff/supply-demand/stats */
export async function statsLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return sdStatistics(yearFromUrl(new URL(request.url)));
}

/** /staff/supply-demand/stats.csv — the same numbers as a spreadsheet. */
export async function statsCsvLoader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const year = yearFromUrl(new URL(request.url));
  const stats = await sdStatistics(year);
  return new Response(statisticsCsv(stats), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(
        `supply-demand-stats-${year ?? "all"}.csv`,
        `供需清单统计-${year ?? "全部"}.csv`,
      ),
      "cache-control": "no-store",
    },
  });
}
