import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import {
  attendeesWithContacts,
  itemsOfRegistrations,
  registrationQueue,
} from "../../../../db/repositories/mm-registration";
import { MM_REGISTRATION_STATUSES, type MmRegistrationStatus } from "../../../domain/matchmaking";
import { pageFromUrl } from "../../../forms/pagination";
import { mmRefuseSchema } from "../../../forms/mm-registration";
import { requireStaff, requireStaffActor } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { fail } from "../../platform/outcome.server";
import { idParam } from "../../platform/params.server";
import { visibleEvent } from "./register-page.server";
import { decideRegistration, staffConflictedWithOrganization } from "./review.server";

export const QUEUE_PAGE_SIZE = 20;

function statusFilter(url: URL): MmRegistrationStatus | null {
  const value = url.searchParams.get("status");
  if (value === "all") return null;
  return (MM_REGISTRATION_STATUSES as readonly string[]).includes(value ?? "")
    ? (value as MmRegistrationStatus)
    : "pending";
}

/** /staff/events/:id/registrations: the queue (status filter, pages), with contacts for staff. */
export async function staffRegistrationsLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const {
    registrationOpensAtDate: _o,
    registrationClosesAtDate: _c,
    ...event
  } = await visibleEvent(idParam(params.id), true);
  const url = new URL(request.url);
  const status = statusFilter(url);
  const page = pageFromUrl(url, "page");
  const db = getDb();
  const { rows, total } = await registrationQueue(db, event.id, {
    status,
    limit: QUEUE_PAGE_SIZE,
    offset: (page - 1) * QUEUE_PAGE_SIZE,
  });
  const ids = rows.map((r) => r.id);
  const [attendees, items, conflicted] = await Promise.all([
    attendeesWithContacts(db, ids),
    itemsOfRegistrations(db, ids),
    Promise.all(rows.map((r) => staffConflictedWithOrganization(db, user.id, r.organizationId))),
  ]);
  return {
    event,
    status: status ?? "all",
    page,
    pageSize: QUEUE_PAGE_SIZE,
    total,
    rows: rows.map((r, i) => ({
      id: r.id,
      status: r.status,
      note: r.note,
      refuseReason: r.refuseReason,
      createdAt: r.createdAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      organizationName: r.organizationName,
      district: r.district,
      conflicted: conflicted[i] ?? false,
      attendees: attendees
        .filter((a) => a.registrationId === r.id)
        .map((a) => ({ id: a.id, name: a.name, jobTitle: a.jobTitle, phone: a.phone, email: a.email })),
      items: items
        .filter((it) => it.registrationId === r.id)
        .map((it) => ({ code: it.code, kind: it.kind, title: it.title, domain: it.domain })),
    })),
  };
}

export async function staffRegistrationsAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const eventId = idParam(params.id);
  const formData = await request.formData();
  const target = Number(formData.get("registrationId"));
  if (!Number.isSafeInteger(target) || target <= 0)
    return actionReply("decide", fail("err.mmRegistration.notFound"));
  if (formData.get("intent") === "refuse") {
    const submission = parseWithZod(formData, { schema: mmRefuseSchema });
    if (submission.status !== "success") return actionReply("refuse", { ok: false }, { submission, target });
    const outcome = await decideRegistration(actor, eventId, target, {
      event: "refuse",
      reason: submission.value.reason,
    });
    return actionReply("refuse", outcome, { submission, target });
  }
  const outcome = await decideRegistration(actor, eventId, target, { event: "validate" });
  return actionReply("validate", outcome, { target });
}
