import type { ColumnType, Generated, RawBuilder } from "kysely";
import type { LedgerAccount, PostingKind, Rail } from "../app/domain/ledger";
import type { PayoutStatus } from "../app/domain/payouts";

/** Paying awards (migration 2026-12-05T20); spread into `Database` in schema.ts. */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = unknown;

export interface BudgetsTable {
  year: number;
  createdAt: CreatedAt;
}

export interface BudgetAppropriationsTable {
  id: Generated<number>;
  year: number;
  amountFen: number;
  documentRef: string;
  recordedBy: number;
  recordedAt: CreatedAt;
}

export interface BankAccountsTable {
  organizationId: number;
  accountName: string;
  bankName: string;
  accountNumber: string;
  updatedBy: number;
  updatedAt: UpdatedAt;
}

export type PaymentBatchStatus = "draft" | "exported" | "closed";

export interface PaymentBatchesTable {
  id: Generated<number>;
  rail: Generated<"bank">;
  status: Generated<PaymentBatchStatus>;
  createdBy: number;
  createdAt: CreatedAt;
  exportedBy: number | null;
  exportedAt: Date | null;
  closedAt: Date | null;
}

export interface StripeAccountsTable {
  organizationId: number;
  accountId: string;
  detailsSubmitted: Generated<boolean>;
  payoutsEnabled: Generated<boolean>;
  transfersActive: Generated<boolean>;
  createdBy: number;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface PayoutsTable {
  id: Generated<number>;
  awardId: number;
  organizationId: number;
  amountFen: number;
  status: Generated<PayoutStatus>;
  rail: Rail | null;
  batchId: number | null;
  bankAccountName: string | null;
  bankName: string | null;
  bankAccountNumber: string | null;
  bankReference: string | null;
  recordedBy: number | null;
  recordedAt: Date | null;
  confirmedBy: number | null;
  confirmedAt: Date | null;
  stripeTransferId: string | null;
  idempotencyKey: string | null;
  idempotencyKeyAt: Date | null;
  attempts: Generated<number>;
  failureReason: string | null;
  paidAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface PayoutStepsTable {
  id: Generated<number>;
  payoutId: number;
  fromStatus: PayoutStatus | null;
  toStatus: PayoutStatus;
  at: CreatedAt;
  actorUserId: number | null;
  detail: ColumnType<Json, RawBuilder<unknown> | undefined, never>;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  account: string | null;
  createdAt: Date;
  receivedAt: CreatedAt;
  payoutId: number | null;
}

export interface LedgerPostingsTable {
  id: Generated<number>;
  kind: PostingKind;
  year: number | null;
  awardId: number | null;
  payoutId: number | null;
  memo: Generated<string>;
  postedBy: number | null;
  stripeEventId: string | null;
  postedAt: CreatedAt;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  postingId: number;
  account: LedgerAccount;
  amountFen: number;
  awardId: number | null;
  payoutId: number | null;
}

export interface ReconciliationRunsTable {
  id: Generated<number>;
  startedAt: Date;
  finishedAt: Date;
  rails: string[];
  checked: number;
  differences: ColumnType<Json, RawBuilder<unknown>, never>;
  runBy: number | null;
}

export interface PayoutTables {
  budgets: BudgetsTable;
  budgetAppropriations: BudgetAppropriationsTable;
  bankAccounts: BankAccountsTable;
  paymentBatches: PaymentBatchesTable;
  stripeAccounts: StripeAccountsTable;
  payouts: PayoutsTable;
  payoutSteps: PayoutStepsTable;
  stripeEvents: StripeEventsTable;
  ledgerPostings: LedgerPostingsTable;
  ledgerEntries: LedgerEntriesTable;
  reconciliationRuns: ReconciliationRunsTable;
}
