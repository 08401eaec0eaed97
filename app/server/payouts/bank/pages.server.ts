import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import {
  PAYOUT_FILTERS,
  paymentBatches,
  paymentBatchView,
  payoutFilterCounts,
  payoutsByFilter,
  payoutsOfBatch,
  userNames,
  vouchersOfPayouts,
  type PayoutFilter,
} from "../../../../db/repositories/payouts-bank";
import { pageFromUrl } from "../../../forms/pagination";
import {
  bankAccountSchema,
  bankReferenceSchema,
  failureSchema,
  returnSchema,
} from "../../../forms/payouts-bank";
import { wholeNumber } from "../../../forms/fields";
import { maskAccountNumber } from "../../../domain/payouts";
import { requireUser } from "../../identity/auth.server";
import { attachment } from "../../catalog/export.server";
import { readPdfUpload } from "../../files/uploads.server";
import { actionReply, invalidReply } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { fail } from "../../platform/outcome.server";
import { idParam } from "../../platform/params.server";
import { requireFinance, requireFinanceActor } from "../access.server";
import { organizationBankView, saveBankAccount } from "./bank-accounts.server";
import {
  batchForDownload,
  buildBatch,
  confirmPayment,
  exportBatch,
  recordFailure,
  recordPayment,
  recordReturn,
  removeFromBatch,
} from "./batches.server";
import { treasuryWorkbook } from "./treasury-file.server";

/* ---------- /org/bank-account ---------- */

export async function bankAccountPageLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.organization) return { view: null, isOwner: false };
  return {
    view: await organizationBankView(user.organization.id),
    isOwner: user.organization.role === "owner",
  };
}

/**
 * The owner saves the account. The number is never sent back, not even with a refusal: the owner retypes it
 * (the page shows only its last four digits).
 */
export async function bankAccountPageAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const actor = orgActor(user, context.clientIp);
  if (!actor || actor.organization.role !== "owner") throw forbidden();
  const submission = parseWithZod(await request.formData(), { schema: bankAccountSchema });
  const hideFields = ["accountNumber"];
  if (submission.status !== "success") return invalidReply("bankAccount", submission, { hideFields });
  return actionReply("bankAccount", await saveBankAccount(actor, submission.value), {
    submission,
    hideFields,
    resetForm: true,
  });
}

/* ---------- /staff/payouts ---------- */

const PAYOUTS_PER_PAGE = 25;
const BATCHES_PER_PAGE = 10;

function filterOf(url: URL): PayoutFilter {
  const value = url.searchParams.get("status") ?? "";
  return (PAYOUT_FILTERS as readonly string[]).includes(value) ? (value as PayoutFilter) : "pending_ready";
}

/** A payout row as finance pages show it: the account masked (the full number is only in the treasury file). */
function financeRow<
  R extends {
    id: number;
    bankAccountNumber: string | null;
    status: string;
    recordedAt: Date | null;
  },
>(row: R) {
  const { bankAccountNumber, ...rest } = row;
  return {
    ...rest,
    accountNumberMasked: bankAccountNumber ? maskAccountNumber(bankAccountNumber) : null,
    awaitingConfirmation: row.status === "processing" && row.recordedAt !== null,
  };
}

export async function payoutsPageLoader({ request }: LoaderFunctionArgs) {
  await requireFinance(request);
  const url = new URL(request.url);
  const filter = filterOf(url);
  const page = pageFromUrl(url, "page");
  const batchPage = pageFromUrl(url, "batches");
  const db = getDb();
  const [counts, payouts, batches] = await Promise.all([
    payoutFilterCounts(db),
    payoutsByFilter(db, filter, { limit: PAYOUTS_PER_PAGE, offset: (page - 1) * PAYOUTS_PER_PAGE }),
    paymentBatches(db, { limit: BATCHES_PER_PAGE, offset: (batchPage - 1) * BATCHES_PER_PAGE }),
  ]);
  return {
    filter,
    counts,
    page,
    perPage: PAYOUTS_PER_PAGE,
    total: payouts.total,
    payouts: payouts.rows.map((row) => ({
      ...financeRow(row),
      // Only these may go into a new batch (pending needs a bank account).
      schedulable: ["pending", "failed", "returned"].includes(row.status) && row.hasBankAccount,
    })),
    batchPage,
    batchesPerPage: BATCHES_PER_PAGE,
    batchTotal: batches.total,
    batches: batches.rows,
  };
}

function ids(values: FormDataEntryValue[]): number[] {
  return values.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
}

export async function payoutsPageAction({ request, context }: ActionFunctionArgs) {
  const actor = await requireFinanceActor(request, context.clientIp);
  const form = await request.formData();
  if (form.get("intent") !== "build") return actionReply("unknown", fail("err.payBank.unknownIntent"));
  const outcome = await buildBatch(actor, ids(form.getAll("payoutId")));
  if (!outcome.ok) return actionReply("build", outcome);
  return redirect(`/staff/payouts/batches/${outcome.value.id}`);
}

/* ---------- /staff/payouts/batches/:id ---------- */

export async function batchPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireFinance(request);
  const db = getDb();
  const batch = await paymentBatchView(db, idParam(params.id));
  if (!batch) throw notFound();
  const rows = await payoutsOfBatch(db, batch.id);
  const vouchers = await vouchersOfPayouts(
    db,
    rows.map((r) => r.id),
  );
  const names = await userNames(db, [
    ...new Set(rows.flatMap((r) => [r.recordedBy, r.confirmedBy]).filter((id): id is number => id !== null)),
  ]);
  return {
    viewerId: user.id,
    batch: {
      id: batch.id,
      status: batch.status,
      createdAt: batch.createdAt,
      creatorName: batch.creatorName,
      exportedAt: batch.exportedAt,
      exporterName: batch.exporterName,
      closedAt: batch.closedAt,
    },
    totalFen: rows.reduce((sum, r) => sum + r.amountFen, 0),
    payouts: rows.map((row) => ({
      ...financeRow(row),
      recordedByName: row.recordedBy ? (names.get(row.recordedBy) ?? null) : null,
      confirmedByName: row.confirmedBy ? (names.get(row.confirmedBy) ?? null) : null,
      vouchers: vouchers
        .filter((v) => v.payoutId === row.id)
        .map((v) => ({ id: v.id, fileName: v.fileName })),
    })),
  };
}

const payoutIdSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export async function batchPageAction({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireFinanceActor(request, context.clientIp);
  const batchId = idParam(params.id);
  // The record form is multipart (its voucher PDF); every other form is not.
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  const upload = multipart ? await readPdfUpload(request, "file") : null;
  if (upload && !upload.ok && !upload.formData)
    return actionReply("record", { ok: false, fieldErrors: upload.fieldErrors });
  const form = upload?.formData ?? (await request.formData());
  const intent = String(form.get("intent") ?? "");
  const parsedId = payoutIdSchema.safeParse(form.get("payoutId"));
  const payoutId = parsedId.success ? parsedId.data : null;
  switch (intent) {
    case "export":
      return actionReply("export", await exportBatch(actor, batchId));
    case "remove":
      if (payoutId === null) throw notFound();
      return actionReply("remove", await removeFromBatch(actor, batchId, payoutId), { target: payoutId });
    case "record": {
      if (payoutId === null || !upload) throw notFound();
      const submission = parseWithZod(form, { schema: bankReferenceSchema });
      if (submission.status !== "success") return invalidReply("record", submission, { target: payoutId });
      if (!upload.ok)
        return actionReply(
          "record",
          { ok: false, fieldErrors: upload.fieldErrors },
          { submission, target: payoutId },
        );
      return actionReply(
        "record",
        await recordPayment(actor, payoutId, submission.value.reference, upload.upload),
        { submission, target: payoutId },
      );
    }
    case "confirm":
      if (payoutId === null) throw notFound();
      return actionReply("confirm", await confirmPayment(actor, payoutId), { target: payoutId });
    case "fail": {
      if (payoutId === null) throw notFound();
      const submission = parseWithZod(form, { schema: failureSchema });
      if (submission.status !== "success") return invalidReply("fail", submission, { target: payoutId });
      return actionReply("fail", await recordFailure(actor, payoutId, submission.value.reason), {
        submission,
        target: payoutId,
      });
    }
    case "return": {
      if (payoutId === null) throw notFound();
      const submission = parseWithZod(form, { schema: returnSchema });
      if (submission.status !== "success") return invalidReply("return", submission, { target: payoutId });
      return actionReply("return", await recordReturn(actor, payoutId, submission.value), {
        submission,
        target: payoutId,
      });
    }
    default:
      return actionReply("unknown", fail("err.payBank.unknownIntent"));
  }
}

/* ---------- /staff/payouts/batches/:id/export.xlsx ---------- */

/** The treasury file of an exported batch (full account numbers: finance staff only; every download audited). */
export async function batchFileLoader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireFinanceActor(request, context.clientIp);
  const found = await batchForDownload(actor, idParam(params.id));
  if (!found) throw notFound();
  return attachment(
    `支付批次-${found.batch.id}.xlsx`,
    new Uint8Array(await treasuryWorkbook(found.batch.id, found.rows)),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
}
