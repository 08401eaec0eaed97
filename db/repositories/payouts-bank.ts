import { sql, type RawBuilder } from "kysely";
import type { DbOrTrx } from "../client";
import { PAYOUT_FILTERS, type PayoutFilter } from "../../app/domain/payouts-bank";

/** The bank rail (国库集中支付): organizations' bank accounts, payment batches and the payouts in them. */

export async function findBankAccount(db: DbOrTrx, organizationId: number, { lock = false } = {}) {
  return db
    .selectFrom("bankAccounts")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function upsertBankAccount(
  db: DbOrTrx,
  row: {
    organizationId: number;
    accountName: string;
    bankName: string;
    accountNumber: string;
    updatedBy: number;
  },
) {
  return db
    .insertInto("bankAccounts")
    .values(row)
    .onConflict((oc) =>
      oc.column("organizationId").doUpdateSet({
        accountName: row.accountName,
        bankName: row.bankName,
        accountNumber: row.accountNumber,
        updatedBy: row.updatedBy,
        updatedAt: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function organizationForBank(db: DbOrTrx, organizationId: number) {
  return db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("id", "=", organizationId)
    .executeTakeFirst();
}

/* ---------- payouts as finance staff list them ---------- */

export { PAYOUT_FILTERS, type PayoutFilter };

const FILTER_SQL: Record<PayoutFilter, RawBuilder<boolean>> = {
  pending_ready: sql<boolean>`payouts.status = 'pending' AND ba.organization_id IS NOT NULL`,
  pending_no_account: sql<boolean>`payouts.status = 'pending' AND ba.organization_id IS NULL`,
  scheduled: sql<boolean>`payouts.status = 'scheduled'`,
  processing: sql<boolean>`payouts.status = 'processing' AND payouts.recorded_at IS NULL`,
  awaiting: sql<boolean>`payouts.status = 'processing' AND payouts.recorded_at IS NOT NULL`,
  paid: sql<boolean>`payouts.status = 'paid'`,
  failed: sql<boolean>`payouts.status = 'failed'`,
  returned: sql<boolean>`payouts.status = 'returned'`,
};

function payoutRows(db: DbOrTrx) {
  return db
    .selectFrom("payouts")
    .innerJoin("awards", "awards.id", "payouts.awardId")
    .innerJoin("projects", "projects.id", "awards.projectId")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .innerJoin("organizations", "organizations.id", "payouts.organizationId")
    .leftJoin("bankAccounts as ba", "ba.organizationId", "payouts.organizationId");
}

const payoutColumns = [
  "payouts.id",
  "payouts.awardId",
  "payouts.organizationId",
  "payouts.amountFen",
  "payouts.status",
  "payouts.rail",
  "payouts.batchId",
  "payouts.bankAccountName",
  "payouts.bankName",
  "payouts.bankAccountNumber",
  "payouts.bankReference",
  "payouts.recordedBy",
  "payouts.recordedAt",
  "payouts.confirmedBy",
  "payouts.confirmedAt",
  "payouts.failureReason",
  "payouts.paidAt",
  "payouts.updatedAt",
  "awards.projectId",
  "tasks.code as taskCode",
  "tasks.title as taskTitle",
  "organizations.name as organizationName",
] as const;

export async function payoutsByFilter(
  db: DbOrTrx,
  filter: PayoutFilter,
  { limit, offset }: { limit: number; offset: number },
) {
  const base = payoutRows(db).where(FILTER_SQL[filter]);
  const [rows, total] = await Promise.all([
    base
      .select(payoutColumns)
      .select(sql<boolean>`ba.organization_id IS NOT NULL`.as("hasBankAccount"))
      .orderBy("payouts.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** How many payouts each filter holds (the tabs' counts). */
export async function payoutFilterCounts(db: DbOrTrx): Promise<Record<PayoutFilter, number>> {
  // Aliases without underscores: the camel-case plugin would turn "pending_ready" into "pendingReady".
  const row: Record<string, number> = await payoutRows(db)
    .select(
      PAYOUT_FILTERS.map((filter, index) =>
        sql<number>`(count(*) FILTER (WHERE ${FILTER_SQL[filter]}))::int`.as(`count${index}`),
      ),
    )
    .executeTakeFirstOrThrow();
  return Object.fromEntries(PAYOUT_FILTERS.map((filter, index) => [filter, row[`count${index}`]!])) as Record<
    PayoutFilter,
    number
  >;
}

/** The payouts of a batch, oldest first, with what the export and the batch page need. */
export async function payoutsOfBatch(db: DbOrTrx, batchId: number) {
  return payoutRows(db)
    .select(payoutColumns)
    .select(sql<boolean>`ba.organization_id IS NOT NULL`.as("hasBankAccount"))
    .where("payouts.batchId", "=", batchId)
    .orderBy("payouts.id")
    .execute();
}

/** The payouts to schedule, locked, with the organization's current bank account and the award's project. */
export async function payoutsToSchedule(db: DbOrTrx, payoutIds: readonly number[]) {
  if (payoutIds.length === 0) return [];
  return db
    .selectFrom("payouts")
    .innerJoin("awards", "awards.id", "payouts.awardId")
    .leftJoin("bankAccounts as ba", "ba.organizationId", "payouts.organizationId")
    .selectAll("payouts")
    .select([
      "awards.projectId",
      "ba.accountName as currentAccountName",
      "ba.bankName as currentBankName",
      "ba.accountNumber as currentAccountNumber",
    ])
    .where("payouts.id", "in", payoutIds as number[])
    .orderBy("payouts.id")
    .forUpdate("payouts")
    .execute();
}

/* ---------- batches ---------- */

export async function insertBatch(db: DbOrTrx, createdBy: number) {
  return db.insertInto("paymentBatches").values({ createdBy }).returningAll().executeTakeFirstOrThrow();
}

export async function findPaymentBatch(db: DbOrTrx, batchId: number, { lock = false } = {}) {
  return db
    .selectFrom("paymentBatches")
    .selectAll()
    .where("id", "=", batchId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function paymentBatchView(db: DbOrTrx, batchId: number) {
  return db
    .selectFrom("paymentBatches")
    .innerJoin("users as creator", "creator.id", "paymentBatches.createdBy")
    .leftJoin("users as exporter", "exporter.id", "paymentBatches.exportedBy")
    .selectAll("paymentBatches")
    .select(["creator.name as creatorName", "exporter.name as exporterName"])
    .where("paymentBatches.id", "=", batchId)
    .executeTakeFirst();
}

export async function paymentBatches(db: DbOrTrx, { limit, offset }: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("paymentBatches")
      .leftJoin("payouts", "payouts.batchId", "paymentBatches.id")
      .select([
        "paymentBatches.id",
        "paymentBatches.status",
        "paymentBatches.createdAt",
        "paymentBatches.exportedAt",
        "paymentBatches.closedAt",
        sql<number>`count(payouts.id)::int`.as("payoutCount"),
        sql<number>`coalesce(sum(payouts.amount_fen), 0)::bigint`.as("totalFen"),
      ])
      .groupBy("paymentBatches.id")
      .orderBy("paymentBatches.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("paymentBatches")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, totalFen: Number(r.totalFen) })), total: total.n };
}

export async function markBatchExported(db: DbOrTrx, batchId: number, exportedBy: number) {
  return db
    .updateTable("paymentBatches")
    .set({ status: "exported", exportedBy, exportedAt: new Date() })
    .where("id", "=", batchId)
    .where("status", "=", "draft")
    .returningAll()
    .executeTakeFirst();
}

/** Closes an exported batch once none of its payouts is still scheduled or with the bank. */
export async function closeBatchIfSettled(db: DbOrTrx, batchId: number) {
  return db
    .updateTable("paymentBatches")
    .set({ status: "closed", closedAt: new Date() })
    .where("id", "=", batchId)
    .where("status", "=", "exported")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("payouts")
            .select("payouts.id")
            .where("payouts.batchId", "=", batchId)
            .where("payouts.status", "in", ["scheduled", "processing"]),
        ),
      ),
    )
    .returningAll()
    .executeTakeFirst();
}

/* ---------- vouchers ---------- */

export async function insertVoucher(
  db: DbOrTrx,
  voucher: {
    storageKey: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    uploadedBy: number;
    payoutId: number;
  },
) {
  return db.insertInto("attachments").values(voucher).returningAll().executeTakeFirstOrThrow();
}

export async function vouchersOfPayouts(db: DbOrTrx, payoutIds: readonly number[]) {
  if (payoutIds.length === 0) return [];
  return db
    .selectFrom("attachments")
    .select(["id", "payoutId", "fileName", "sizeBytes", "createdAt"])
    .where("payoutId", "in", payoutIds as number[])
    .orderBy("id")
    .execute();
}

/* ---------- the organization's own payouts ---------- */

export async function payoutsOfOrganization(db: DbOrTrx, organizationId: number) {
  return payoutRows(db)
    .select(payoutColumns)
    .select(sql<boolean>`ba.organization_id IS NOT NULL`.as("hasBankAccount"))
    .where("payouts.organizationId", "=", organizationId)
    .orderBy("payouts.id", "desc")
    .execute();
}

export async function userNames(db: DbOrTrx, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom("users")
    .select(["id", "name"])
    .where("id", "in", ids as number[])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
