import type { ProjectStatusName } from "../app/domain/assessment";
import type { AwardStatusName } from "../app/domain/award";
import type { BidStatusName } from "../app/domain/bidding";
import type { TaskDomain } from "../app/domain/task-domains";
import type { TaskStatus } from "../app/domain/task-lifecycle";
import type { ColumnType, Generated, Insertable, RawBuilder, Selectable, Updateable } from "kysely";
import type { MatchmakingTables } from "./schema-matchmaking";
import type { PayoutTables } from "./schema-payouts";
import type { SupplyDemandTables } from "./schema-supply-demand";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = unknown;

export type OrganizationType = "enterprise" | "university" | "research_institute" | "government_unit";
export type MembershipRole = "owner" | "member";
export type PlatformRole = "staff" | "assessor" | "finance";

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  type: OrganizationType;
  uscc: string;
  district: string;
  contactName: string;
  contactPhone: string;
  createdAt: CreatedAt;
  /** Set by staff once the registration (USCC) was checked; only verified organizations may file objections. */
  verifiedAt: Generated<Date | null>;
  verifiedBy: Generated<number | null>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: CreatedAt;
  passwordChangedAt: ColumnType<Date, Date | undefined, Date>;
  /** When the owner of the address opened the verification link; null until then. */
  emailVerifiedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** SHA-256 of the current verification link's token (null once verified or never issued). */
  emailVerificationHash: ColumnType<string | null, string | null | undefined, string | null>;
  emailVerificationExpiresAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface MembershipsTable {
  userId: number;
  organizationId: number;
  role: MembershipRole;
  createdAt: CreatedAt;
}

export interface PlatformRolesTable {
  userId: number;
  role: PlatformRole;
}

export interface SessionsTable {
  idHash: string;
  userId: number;
  createdAt: CreatedAt;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** rate-limiter-flexible's PostgreSQL store: key "<limit>:<subject>", points used, expiry in epoch milliseconds. */
export interface RateLimitsTable {
  key: string;
  points: number;
  expire: number | null;
}

export interface InvitationsTable {
  id: Generated<number>;
  tokenHash: string;
  organizationId: number;
  email: string;
  invitedBy: number;
  createdAt: CreatedAt;
  expiresAt: Date;
  acceptedAt: Date | null;
}

/** The chain head published for an Asia/Shanghai day ("YYYY-MM-DD"); append-only. */
export interface AuditHeadsTable {
  day: string;
  seq: number;
  hash: string;
  publishedAt: Date;
}

export interface AuditLogTable {
  seq: number;
  occurredAt: Date;
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: ColumnType<Json | null, RawBuilder<unknown> | null, never>;
  after: ColumnType<Json | null, RawBuilder<unknown> | null, never>;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export interface PoliciesTable {
  id: Generated<number>;
  code: string;
  title: string;
  issuer: string;
  effectiveFrom: string;
  effectiveTo: string;
  rateBp: number;
  capFen: number;
  clause: string;
  isDemo: Generated<boolean>;
  createdAt: CreatedAt;
}

export type ListKind = "scenario" | "supply_demand";
export type ListStatus = "draft" | "published" | "closed";

export interface ListsTable {
  id: Generated<number>;
  year: number;
  kind: ListKind;
  title: string;
  policyId: number;
  status: Generated<ListStatus>;
  noticeDays: Generated<number>;
  maxBidsPerOrg: Generated<number>;
  maxConsortiumMembers: Generated<number>;
  publishedAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: Generated<Date>;
}

export interface TaskCodeCountersTable {
  year: number;
  domain: string;
  lastSerial: number;
}

export interface TasksTable {
  id: Generated<number>;
  code: string;
  listId: number;
  title: string;
  domain: TaskDomain;
  demandUnit: string;
  district: string;
  scenarioNeed: string;
  goals: string;
  eligibility: string;
  indicativeInvestmentFen: number;
  bidDeadline: Date;
  maxWinners: number;
  contactName: string;
  contactPhone: string;
  status: Generated<TaskStatus>;
  cancelReason: string | null;
  publishedAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: Generated<Date>;
  /** The published demand this task was made from (issue 13), if any. */
  sourceSdItemId: Generated<number | null>;
}

export interface TaskIndicatorsTable {
  id: Generated<number>;
  taskId: number;
  position: number;
  name: string;
  target: string;
  measurement: string;
  weight: number;
  veto: boolean;
}

export interface SearchOutboxTable {
  id: Generated<number>;
  indexUid: string;
  documentId: string;
  createdAt: CreatedAt;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastError: string | null;
  doneAt: Date | null;
  /** The writing transaction (xid8, as text): which rows a process tailing the outbox has not seen yet. */
  xact: Generated<string>;
}

export type BidStatus = BidStatusName;
export type ConsortiumRole = "lead" | "member";
export type ConsortiumMemberStatus = "invited" | "accepted" | "declined";
export type NoticeStatus = "open" | "final" | "revoked";
export type ObjectionStatus = "pending" | "upheld" | "dismissed";

/** jsonb columns: written through `jsonb()` (db/jsonb.ts), read back as the parsed value. */
type JsonColumn<T> = ColumnType<T, RawBuilder<T> | undefined, RawBuilder<T>>;

export interface ProposalSection {
  heading: string;
  body: string;
}
export interface InvestmentLine {
  item: string;
  amountFen: number;
}
export interface Milestone {
  date: string; // "YYYY-MM-DD", Shanghai calendar day
  deliverable: string;
}
export interface TeamMember {
  name: string;
  role: string;
  organization: string;
}
export interface IndicatorResponse {
  position: number; // the task indicator's position: indicators are fixed once the task is published
  response: string;
}

export interface BidsTable {
  id: Generated<number>;
  taskId: number;
  leadOrgId: number;
  status: Generated<BidStatus>;
  summary: Generated<string>;
  proposal: JsonColumn<ProposalSection[]>;
  plannedInvestmentFen: Generated<number>;
  investmentBreakdown: JsonColumn<InvestmentLine[]>;
  milestones: JsonColumn<Milestone[]>;
  team: JsonColumn<TeamMember[]>;
  indicatorResponses: JsonColumn<IndicatorResponse[]>;
  createdBy: number;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  decidedAt: Date | null;
  decidedBy: number | null;
  decisionReason: string | null;
  staffNote: Generated<string>;
  shortlisted: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: Generated<Date>;
}

export interface ConsortiumMembersTable {
  bidId: number;
  organizationId: number;
  role: ConsortiumRole;
  shareBp: number;
  workDivision: Generated<string>;
  status: ConsortiumMemberStatus;
  invitedBy: number;
  invitedAt: Generated<Date>;
  respondedBy: number | null;
  respondedAt: Date | null;
  /** The terms the member last accepted; a change of terms sends it back to `invited`. */
  acceptedTerms: ColumnType<
    AcceptedTerms | null,
    RawBuilder<AcceptedTerms> | null | undefined,
    RawBuilder<AcceptedTerms> | null
  >;
}

export interface AcceptedTerms {
  shareBp: number;
  workDivision: string;
}

export interface AttachmentsTable {
  id: Generated<number>;
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  bidId: number | null;
  objectionId: number | null;
  projectId: Generated<number | null>;
  sdItemId: Generated<number | null>;
  sdOutcomeId: Generated<number | null>;
  payoutId: Generated<number | null>;
  uploadedBy: number;
  createdAt: CreatedAt;
}

export interface NoticesTable {
  id: Generated<number>;
  taskId: number;
  startsAt: Date;
  endsAt: Date;
  status: Generated<NoticeStatus>;
  finalizedAt: Date | null;
  createdBy: number;
  createdAt: CreatedAt;
}

export interface ObjectionsTable {
  id: Generated<number>;
  noticeId: number;
  bidId: number;
  filedBy: number;
  reasons: string;
  evidence: Generated<string>;
  status: Generated<ObjectionStatus>;
  resolution: string | null;
  resolvedBy: number | null;
  resolvedAt: Date | null;
  createdAt: CreatedAt;
}

export interface ProjectsTable {
  id: Generated<number>;
  taskId: number;
  bidId: number;
  leadOrgId: number;
  status: Generated<ProjectStatus>;
  createdAt: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<number>;
  userId: number;
  kind: string;
  params: JsonColumn<Record<string, string | number>>;
  link: string;
  createdAt: CreatedAt;
  readAt: Date | null;
  mailSentAt: Date | null;
  mailAttempts: Generated<number>;
  mailNextAttemptAt: Generated<Date>;
  mailError: string | null;
}

export type ProjectStatus = ProjectStatusName;
export type ReportStatus = "draft" | "submitted" | "returned" | "accepted";
export type AssessmentStatus = "assigned" | "declared" | "conflicted" | "submitted";
export type AwardStatus = AwardStatusName;

export interface IndicatorResult {
  position: number;
  result: string;
  evidence: string;
}

export interface AssessorProfilesTable {
  userId: number;
  affiliation: string;
  affiliationOrgId: number | null;
  domains: string[];
  active: Generated<boolean>;
}

export interface ConflictsTable {
  id: Generated<number>;
  userId: number;
  organizationId: number | null;
  projectId: number | null;
  reason: string;
  declaredAt: Generated<Date>;
}

export interface CompletionReportsTable {
  projectId: number;
  status: Generated<ReportStatus>;
  actualInvestmentFen: Generated<number>;
  summary: Generated<string>;
  indicatorResults: JsonColumn<IndicatorResult[]>;
  submittedAt: Date | null;
  checkedBy: number | null;
  checkedAt: Date | null;
  returnReason: string | null;
  updatedAt: Generated<Date>;
}

export interface InvestmentEvidenceTable {
  id: Generated<number>;
  projectId: number;
  spentOn: string;
  counterparty: string;
  reference: string;
  amountFen: number;
  attachmentId: number | null;
}

export interface AssessmentsTable {
  id: Generated<number>;
  projectId: number;
  assessorId: number;
  method: "manual" | "draw";
  assignedBy: number;
  assignedAt: Generated<Date>;
  status: Generated<AssessmentStatus>;
  declaredAt: Date | null;
  submittedAt: Date | null;
  scoreCenti: number | null;
  vetoRaised: Generated<boolean>;
}

export interface AssessmentScoresTable {
  assessmentId: number;
  position: number;
  score: number;
  veto: boolean;
  comment: string;
}

export interface ProjectResultsTable {
  projectId: number;
  computedScoreCenti: number;
  computedPassed: boolean;
  method: "mean" | "trimmed_mean";
  assessorCount: number;
  scoreCenti: number;
  passed: boolean;
  overrideReason: string | null;
  finalizedBy: number;
  finalizedAt: Date;
}

export interface OtherSupportTable {
  id: Generated<number>;
  projectId: number;
  policyName: string;
  amountFen: number;
  grantedOn: string;
  reference: string;
  recordedBy: number;
  recordedAt: Generated<Date>;
}

export interface AwardsTable {
  id: Generated<number>;
  projectId: number;
  policyId: number;
  basisFen: number;
  rateBp: number;
  rawFen: number;
  capFen: number;
  cappedFen: number;
  otherSupportFen: number;
  payableFen: number;
  boundBy: "rate" | "cap" | "other";
  explanationZh: string;
  explanationEn: string;
  status: Generated<AwardStatus>;
  /** Grows with each computation and invalidation: an approval names the version it approves. */
  version: Generated<number>;
  computedBy: number;
  computedAt: Date;
  approvedBy: number | null;
  approvedAt: Date | null;
}

export interface AwardSplitsTable {
  awardId: number;
  organizationId: number;
  shareBp: number;
  amountFen: number;
}

/** The edges of each guarded lifecycle, written from app/domain by db/lifecycles.ts; read by the status triggers. */
export interface LifecycleTransitionsTable {
  machine: string;
  event: string;
  fromStatus: string;
  toStatus: string;
}

export interface Database extends SupplyDemandTables, MatchmakingTables, PayoutTables {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  platformRoles: PlatformRolesTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  auditLog: AuditLogTable;
  auditHeads: AuditHeadsTable;
  policies: PoliciesTable;
  lists: ListsTable;
  taskCodeCounters: TaskCodeCountersTable;
  tasks: TasksTable;
  taskIndicators: TaskIndicatorsTable;
  searchOutbox: SearchOutboxTable;
  bids: BidsTable;
  consortiumMembers: ConsortiumMembersTable;
  attachments: AttachmentsTable;
  notices: NoticesTable;
  objections: ObjectionsTable;
  projects: ProjectsTable;
  notifications: NotificationsTable;
  assessorProfiles: AssessorProfilesTable;
  conflicts: ConflictsTable;
  completionReports: CompletionReportsTable;
  investmentEvidence: InvestmentEvidenceTable;
  assessments: AssessmentsTable;
  assessmentScores: AssessmentScoresTable;
  projectResults: ProjectResultsTable;
  otherSupport: OtherSupportTable;
  awards: AwardsTable;
  lifecycleTransitions: LifecycleTransitionsTable;
  awardSplits: AwardSplitsTable;
  rateLimits: RateLimitsTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type NewOrganization = Insertable<OrganizationsTable>;
export type OrganizationUpdate = Updateable<OrganizationsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type AuditHead = Selectable<AuditHeadsTable>;
export type Policy = Selectable<PoliciesTable>;
export type List = Selectable<ListsTable>;
export type Task = Selectable<TasksTable>;
export type TaskIndicator = Selectable<TaskIndicatorsTable>;
export type Bid = Selectable<BidsTable>;
export type ConsortiumMember = Selectable<ConsortiumMembersTable>;
export type Attachment = Selectable<AttachmentsTable>;
export type Notice = Selectable<NoticesTable>;
export type Objection = Selectable<ObjectionsTable>;
export type Notification = Selectable<NotificationsTable>;
