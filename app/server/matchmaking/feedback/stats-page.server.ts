import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent } from "../../../../db/repositories/matchmaking";
import { mmStatsInput } from "../../../../db/repositories/mm-stats";
import { computeMmStats, mmStatsCsv } from "../../../domain/mm-stats";
import { requireStaff } from "../../identity/auth.server";
import { attachmentDisposition, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";

async function statsOf(eventId: number) {
  const db = getDb();
  const event = await findEvent(db, eventId);
  if (!event) throw notFound();
  return { event, stats: computeMmStats(await mmStatsInput(db, eventId)) };
}

/** /staff/events/:id/stats — the conference in numbers (staff only: organizations get 403). */
export async function mmStatsLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const { event, stats } = await statsOf(idParam(params.id));
  return {
    event: {
      id: event.id,
      year: event.year,
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      status: event.status,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
    },
    stats,
  };
}

/** /staff/events/:id/stats.csv — the same numbers as a spreadsheet. */
export async function mmStatsCsvLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const { event, stats } = await statsOf(idParam(params.id));
  return new Response(mmStatsCsv(event, stats), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(
        `matchmaking-stats-${event.year}-${event.id}.csv`,
        `供需对接大会统计-${event.year}-${event.id}.csv`,
      ),
      "cache-control": "no-store",
    },
  });
}
