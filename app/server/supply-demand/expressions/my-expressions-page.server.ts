import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import {
  expressionsOfOrganization,
  findExpression,
  outcomesOf,
  type ExpressionSide,
} from "../../../../db/repositories/sd-expressions";
import { mayRecordOutcome } from "../../../domain/sd-expressions";
import { pageFromUrl } from "../../../forms/pagination";
import { sdExpressionAnswerSchema, sdOutcomeSchema } from "../../../forms/sd-expression";
import { readPdfUpload } from "../../files/uploads.server";
import { requireUser, type SessionUser } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { contactViewerOf, contactsFor } from "./contacts.server";
import { answerExpression } from "./expressions.server";
import { recordOutcome } from "./outcomes.server";

export const MY_EXPRESSIONS_PAGE_SIZE = 20;

/** /my/expressions: the organization's received or sent expressions (no contacts here: see the detail page). */
export async function myExpressionsPageLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const tab: ExpressionSide = url.searchParams.get("tab") === "sent" ? "sent" : "received";
  const page = pageFromUrl(url, "page");
  if (!user.organization)
    return { hasOrganization: false, tab, page, pageSize: MY_EXPRESSIONS_PAGE_SIZE, total: 0, rows: [] };
  const { rows, total } = await expressionsOfOrganization(getDb(), user.organization.id, tab, {
    limit: MY_EXPRESSIONS_PAGE_SIZE,
    offset: (page - 1) * MY_EXPRESSIONS_PAGE_SIZE,
  });
  return {
    hasOrganization: true,
    tab,
    page,
    pageSize: MY_EXPRESSIONS_PAGE_SIZE,
    total,
    rows: rows.map((row) => ({
      id: row.id,
      status: row.status,
      message: row.message,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      answeredAt: row.answeredAt?.toISOString() ?? null,
      targetCode: row.targetCode,
      targetKind: row.targetKind,
      targetTitle: row.targetTitle ?? "",
      counterpartName: tab === "received" ? row.fromOrganizationName : row.targetOrganizationName,
      fromItemCode: row.fromItemCode,
    })),
  };
}

/** The viewer's side of an expression: its owner, its sender, staff, or none (then it does not exist for them). */
function sideOf(user: SessionUser, e: { targetOrganizationId: number; fromOrganizationId: number }) {
  const org = user.organization?.id;
  if (org === e.targetOrganizationId) return "owner" as const;
  if (org === e.fromOrganizationId) return "sender" as const;
  if (user.roles.includes("staff")) return "staff" as const;
  return null;
}

/** /my/expressions/:id: the expression, the contacts contactsFor allows, the outcomes and the forms. */
export async function expressionPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const db = getDb();
  const e = await findExpression(db, id);
  if (!e) throw notFound();
  const side = sideOf(user, e);
  if (!side) throw notFound();
  const [contacts, outcomes] = await Promise.all([
    contactsFor(db, contactViewerOf(user), e),
    outcomesOf(db, e.id),
  ]);
  const now = new Date();
  const pending = e.status === "pending" && e.expiresAt > now;
  return {
    side,
    expression: {
      id: e.id,
      status: e.status,
      message: e.message,
      createdAt: e.createdAt.toISOString(),
      expiresAt: e.expiresAt.toISOString(),
      answeredAt: e.answeredAt?.toISOString() ?? null,
      answerNote: e.answerNote,
      targetCode: e.targetCode,
      targetKind: e.targetKind,
      targetTitle: e.targetTitle ?? "",
      targetOrganizationName: e.targetOrganizationName,
      fromOrganizationName: e.fromOrganizationName,
      fromItemCode: e.fromItemCode,
      fromItemTitle: e.fromItemTitle,
    },
    contacts,
    outcomes: outcomes.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    may: {
      answer: side === "owner" && pending,
      withdraw: side === "sender" && pending,
      recordOutcome: side !== "staff" && mayRecordOutcome(e.status),
    },
  };
}

export type ExpressionIntent = "accept" | "decline" | "withdraw" | "outcome";

export async function expressionPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const e = await findExpression(getDb(), id);
  if (!e) throw notFound();
  const side = sideOf(user, e);
  if (!side) throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (!actor || side === "staff") throw forbidden();

  if ((request.headers.get("content-type") ?? "").includes("multipart/form-data")) {
    // The outcome form is multipart (a contract may carry its signed PDF); the file is optional.
    const read = await readPdfUpload(request, "file", { optional: true });
    if (!read.formData)
      return actionReply("outcome", { ok: false, fieldErrors: read.ok ? {} : read.fieldErrors });
    const submission = parseWithZod(read.formData, { schema: sdOutcomeSchema });
    if (submission.status !== "success") return actionReply("outcome", { ok: false }, { submission });
    if (!read.ok) return actionReply("outcome", { ok: false, fieldErrors: read.fieldErrors }, { submission });
    return actionReply("outcome", await recordOutcome(actor, id, submission.value, read.upload), {
      submission,
      resetForm: true,
    });
  }

  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "") as ExpressionIntent;
  switch (intent) {
    case "accept":
    case "decline":
    case "withdraw": {
      const submission = parseWithZod(formData, { schema: sdExpressionAnswerSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await answerExpression(actor, id, intent, submission.value.note ?? null), {
        submission,
      });
    }
    case "outcome": {
      const submission = parseWithZod(formData, { schema: sdOutcomeSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await recordOutcome(actor, id, submission.value, null), {
        submission,
        resetForm: true,
      });
    }
    default:
      throw notFound();
  }
}
