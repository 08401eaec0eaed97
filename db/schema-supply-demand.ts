import type { ColumnType, Generated, RawBuilder, Selectable } from "kysely";
import type {
  DemandCategory,
  Maturity,
  SdAgency,
  SdBatchStatus,
  SdCloseReason,
  SdExpressionStatus,
  SdItemStatus,
  SdKind,
  SdOutcomeKind,
  SdRevisionStatus,
  ShowcaseTheme,
  SupplyKind,
} from "../app/domain/supply-demand";

/** The supply–demand list's tables (migration 2026-12-04T16); spread into `Database` in schema.ts. */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type JsonColumn<T> = ColumnType<T, RawBuilder<T> | undefined, RawBuilder<T>>;

export interface StaffScopesTable {
  userId: number;
  agency: SdAgency | null;
  district: string | null;
}

export interface SdCodeCountersTable {
  kind: SdKind;
  year: number;
  lastSerial: number;
}

export interface SdItemsTable {
  id: Generated<number>;
  code: string;
  kind: SdKind;
  year: number;
  organizationId: number;
  createdBy: number;
  status: Generated<SdItemStatus>;
  closeReason: SdCloseReason | null;
  closedAt: Date | null;
  duplicateOfId: number | null;
  publishedRevisionId: number | null;
  latestRevisionId: number | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  expiryRemindedAt: Date | null;
  isDemo: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: Generated<Date>;
}

/** What an owner writes; demand-only and supply-only fields are null on the other kind. */
export interface SdContentColumns {
  title: string;
  summary: string;
  description: string;
  domain: string;
  tags: JsonColumn<string[]>;
  /** The item's district; null: city-wide (全市), reviewed by agency staff only. */
  district: string | null;
  category: DemandCategory | null;
  expectedOutcome: string | null;
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  /** YYYY-MM-DD (a calendar date, Asia/Shanghai). */
  wantedBy: string | null;
  supplyKind: SupplyKind | null;
  maturity: Maturity | null;
  deployedCustomers: number | null;
  referenceCases: string | null;
  /** Districts a supply serves; empty: the whole city. */
  districtsServed: JsonColumn<string[]>;
  priceMinFen: number | null;
  priceMaxFen: number | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export interface SdRevisionsTable extends SdContentColumns {
  id: Generated<number>;
  itemId: number;
  number: number;
  status: Generated<SdRevisionStatus>;
  reviewReason: string | null;
  reviewedBy: number | null;
  reviewedAt: Date | null;
  submittedAt: Date | null;
  createdBy: number;
  createdAt: CreatedAt;
}

export interface SdBatchesTable {
  id: Generated<number>;
  year: number;
  number: number;
  status: Generated<SdBatchStatus>;
  composedBy: number;
  publishedBy: number | null;
  /** YYYY-MM-DD: the date printed on the list. */
  publishedOn: string | null;
  publishedAt: Date | null;
  createdAt: CreatedAt;
}

export interface SdBatchItemsTable {
  batchId: number;
  itemId: number;
  /** The revision frozen into the batch when it was composed. */
  revisionId: number;
  position: number;
}

export interface SdShowcaseTable {
  id: Generated<number>;
  year: number;
  theme: ShowcaseTheme;
  itemId: number | null;
  taskId: number | null;
  citationZh: string;
  citationEn: string;
  featuredBy: number;
  createdAt: CreatedAt;
}

export interface SdExpressionsTable {
  id: Generated<number>;
  targetItemId: number;
  fromOrganizationId: number;
  fromUserId: number;
  fromItemId: number | null;
  message: string;
  status: Generated<SdExpressionStatus>;
  createdAt: CreatedAt;
  expiresAt: Date;
  answeredAt: Date | null;
  answeredBy: number | null;
  answerNote: string | null;
}

export interface SdOutcomesTable {
  id: Generated<number>;
  /** Exactly one of the two: an online expression of interest, or a conference meeting (migration T18). */
  expressionId: number | null;
  mmRequestId: Generated<number | null>;
  kind: SdOutcomeKind;
  amountFen: number | null;
  signedOn: string | null;
  reason: string | null;
  recordedBy: number;
  recordedByOrganizationId: number;
  createdAt: CreatedAt;
}

export interface SdSavedSearchesTable {
  id: Generated<number>;
  organizationId: number;
  userId: number;
  name: string;
  query: Generated<string>;
  filters: JsonColumn<Record<string, string[]>>;
  lastDigestAt: Generated<Date>;
  createdAt: CreatedAt;
}

export interface SupplyDemandTables {
  staffScopes: StaffScopesTable;
  sdCodeCounters: SdCodeCountersTable;
  sdItems: SdItemsTable;
  sdRevisions: SdRevisionsTable;
  sdBatches: SdBatchesTable;
  sdBatchItems: SdBatchItemsTable;
  sdShowcase: SdShowcaseTable;
  sdExpressions: SdExpressionsTable;
  sdOutcomes: SdOutcomesTable;
  sdSavedSearches: SdSavedSearchesTable;
}

export type SdItem = Selectable<SdItemsTable>;
export type SdRevision = Selectable<SdRevisionsTable>;
export type SdBatch = Selectable<SdBatchesTable>;
export type SdExpression = Selectable<SdExpressionsTable>;
export type SdOutcome = Selectable<SdOutcomesTable>;
