import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { findEvent, slotsOfEvent, tablesOfEvent } from "../../../../db/repositories/matchmaking";
import { placeableRequests, placedMeetingsOfEvent } from "../../../../db/repositories/mm-meetings";
import { shanghaiDate } from "../../../domain/time";
import { mmGridPlaceSchema, mmMeetingReasonSchema } from "../../../forms/mm-meetings";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply, schemaFieldErrors } from "../../platform/action-reply.server";
import { notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { staffCancelMeeting, staffPlaceMeeting } from "./schedule.server";

/**
 * /staff/events/:id/grid: one day of the event as tables × slots, each cell a meeting (two organizations) or free;
 * staff place a waiting request into a free cell, move a meeting to another free cell, or cancel one. Every write
 * goes through placeMeeting, so a cell cannot hold two meetings nor an attendee two cells in one slot.
 */
export async function gridPageLoader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const eventId = idParam(params.id);
  const db = getDb();
  const event = await findEvent(db, eventId);
  if (!event) throw notFound();
  const [slots, tables, placed, waiting] = await Promise.all([
    slotsOfEvent(db, eventId),
    tablesOfEvent(db, eventId),
    placedMeetingsOfEvent(db, eventId),
    placeableRequests(db, eventId),
  ]);
  const now = new Date();
  const days = [...new Set(slots.map((s) => shanghaiDate(s.startsAt)))];
  const url = new URL(request.url);
  const asked = url.searchParams.get("day");
  const today = shanghaiDate(now);
  const day = asked && days.includes(asked) ? asked : (days.find((d) => d >= today) ?? days[0] ?? null);
  const daySlots = slots.filter((s) => shanghaiDate(s.startsAt) === day);
  const byCell = new Map(placed.map((m) => [`${m.slotId}:${m.tableId}`, m]));
  const grid = daySlots.map((s) => ({
    slotId: s.id,
    startsAt: s.startsAt.toISOString(),
    past: s.startsAt <= now,
    cells: tables.map((t) => {
      const m = byCell.get(`${s.id}:${t.id}`);
      return {
        tableId: t.id,
        meeting: m
          ? { id: m.id, status: m.status, from: m.fromOrganizationName, to: m.toOrganizationName }
          : null,
      };
    }),
  }));
  const freeCells = grid
    .filter((row) => !row.past)
    .flatMap((row) =>
      row.cells
        .filter((c) => c.meeting === null)
        .map((c) => ({
          value: `${row.slotId}:${c.tableId}`,
          startsAt: row.startsAt,
          table: tables.find((t) => t.id === c.tableId)!.name,
        })),
    );
  const upcoming = placed
    .filter((m) => m.status === "scheduled" && m.slotStartsAt !== null && m.slotStartsAt > now)
    .sort((a, b) => a.slotStartsAt!.getTime() - b.slotStartsAt!.getTime())
    .map((m) => ({
      id: m.id,
      from: m.fromOrganizationName,
      to: m.toOrganizationName,
      startsAt: m.slotStartsAt!.toISOString(),
      table: m.tableName ?? "",
    }));
  return {
    event: { id: event.id, titleZh: event.titleZh, titleEn: event.titleEn, status: event.status },
    days,
    day,
    tables: tables.map((t) => ({ id: t.id, name: t.name })),
    grid,
    counts: {
      placed: grid.reduce((n, row) => n + row.cells.filter((c) => c.meeting).length, 0),
      free: freeCells.length,
    },
    freeCells,
    cell: url.searchParams.get("cell"),
    waiting: waiting.map((r) => ({
      id: r.id,
      status: r.status,
      from: r.fromOrganizationName,
      fromAttendee: r.fromAttendeeName,
      to: r.toOrganizationName,
      toAttendee: r.toAttendeeName,
      message: r.message,
    })),
    upcoming,
  };
}

export async function gridPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  idParam(params.id);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "place" || intent === "move") {
    const submission = parseWithZod(formData, { schema: mmGridPlaceSchema });
    if (submission.status !== "success")
      return actionReply(intent, {
        ok: false,
        fieldErrors: schemaFieldErrors(submission.error ?? undefined),
      });
    const [slotId, tableId] = submission.value.cell.split(":").map(Number) as [number, number];
    return actionReply(intent, await staffPlaceMeeting(actor, submission.value.request, { slotId, tableId }));
  }
  if (intent === "cancel") {
    const submission = parseWithZod(formData, { schema: mmMeetingReasonSchema });
    if (submission.status !== "success")
      return actionReply(intent, {
        ok: false,
        fieldErrors: schemaFieldErrors(submission.error ?? undefined),
      });
    return actionReply(
      intent,
      await staffCancelMeeting(actor, submission.value.request, submission.value.reason ?? null),
    );
  }
  throw notFound();
}
