import type { TaskDomain } from "./task-domains";
import type { TaskStatus } from "./task-lifecycle";

/**
 * A challenge task as stored, reduced to what may be published (db/repositories/ocds.ts loads it): no bid
 * content, no contacts, no bank details, no assessor scores — those fields are simply not in these types, so
 * no builder can leak them.
 */
export interface OcdsOrg {
  id: number;
  name: string;
  uscc: string;
}

/** The task fields a tender is made of; also the shape of a correction's before/after in the audit trail. */
export interface TenderContent {
  title: string;
  domain: TaskDomain;
  demandUnit: string;
  district: string;
  scenarioNeed: string;
  goals: string;
  eligibility: string;
  bidDeadline: Date;
  maxWinners: number;
}

export interface OcdsTaskSnapshot {
  task: TenderContent & {
    code: string;
    status: TaskStatus;
    publishedAt: Date;
    cancelReason: string | null;
    listId: number;
    listYear: number;
  };
  /** The list's policy: the award ceiling per selected project. */
  capFen: number;
  /** When the task was cancelled (the audited `task.cancel`; null unless cancelled). */
  cancelledAt: Date | null;
  /** Corrections recorded (audit `task.update`) after publication, oldest first. */
  corrections: { seq: number; at: Date; before: TenderContent; after: TenderContent }[];
  /** Bids that stood at the deadline (submitted, later selected or not), with their accepted consortium. */
  bids: {
    id: number;
    status: "submitted" | "selected" | "not_selected";
    submittedAt: Date;
    members: { org: OcdsOrg; role: "lead" | "member"; shareBp: number }[];
  }[];
  /** Public notices (公示) of the result, oldest first, with the selections upheld objections revoked. */
  notices: {
    id: number;
    startsAt: Date;
    status: "open" | "final" | "revoked";
    finalizedAt: Date | null;
    revoked: { objectionId: number; bidId: number; at: Date }[];
  }[];
  projects: { id: number; bidId: number }[];
  /** Approved (or later) awards of money, one per project. */
  awards: { projectId: number; version: number; payableFen: number; approvedAt: Date }[];
  /** Payout steps that moved money: paid, or returned by the bank/Stripe. */
  payments: {
    stepId: number;
    payoutId: number;
    projectId: number;
    payee: OcdsOrg;
    amountFen: number;
    kind: "paid" | "returned";
    at: Date;
  }[];
}

/** Who publishes and buys: fixed per deployment (env OCDS_PREFIX, APP_ORIGIN; the buyer from the service). */
export interface OcdsConfig {
  prefix: string;
  origin: string;
  buyer: { name: string; uscc: string | null };
}

export type OcdsValue = { amount: number; currency: "CNY" };
export interface OcdsOrgRef {
  id: string;
  name: string;
}

/** A release as we emit it (JSON-ready: strings, numbers, arrays, objects only). */
export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: "tender";
  language?: string;
  parties?: Record<string, unknown>[];
  buyer?: OcdsOrgRef;
  tender?: Record<string, unknown>;
  awards?: Record<string, unknown>[];
  contracts?: Record<string, unknown>[];
  bids?: Record<string, unknown>;
}
