import { sql, type Kysely } from "kysely";
import type { DbOrTrx } from "../client";
import type { Database } from "../schema";
import type { SdAgency } from "../../app/domain/supply-demand";

/**
 * The programme dashboard's figures: SQL aggregates over the stats_* views (migration 2026-12-06T21), which
 * decide what is public. Staff may narrow them by district (tasks and supply–demand items carry one) and by the
 * reviewing agency (supply–demand items only); each function says which filter applies to it.
 */

type StatsViews = {
  statsTasks: {
    taskId: number;
    year: number;
    domain: string;
    district: string;
    status: string;
    biddingOver: boolean;
    bids: number;
  };
  statsConsortia: { bidId: number; year: number; domain: string; district: string; size: number };
  statsProjects: { projectId: number; year: number; domain: string; district: string; passed: boolean };
  statsAwards: {
    awardId: number;
    year: number;
    domain: string;
    district: string;
    basisFen: number;
    payableFen: number;
    paidFen: number;
  };
  statsBudget: { year: number; appropriatedFen: number; reservedFen: number; paidFen: number };
  statsSdItems: {
    itemId: number;
    year: number;
    kind: string;
    state: string;
    district: string | null;
    agency: SdAgency | null;
  };
  statsSdExpressions: {
    expressionId: number;
    year: number;
    kind: string;
    district: string | null;
    agency: SdAgency | null;
    status: string;
    answerDays: number | null;
  };
  statsSdOutcomes: {
    source: "online" | "conference";
    eventId: number | null;
    kind: string;
    amountFen: number | null;
    year: number;
    district: string | null;
    agency: SdAgency | null;
  };
  statsSdReviews: {
    revisionId: number;
    year: number;
    kind: string;
    district: string | null;
    agency: SdAgency | null;
    decision: string;
    reviewDays: number;
  };
  statsEvents: {
    eventId: number;
    year: number;
    titleZh: string;
    titleEn: string;
    startsOn: string;
    meetingsHeld: number;
    intents: number;
    contracts: number;
    contractFen: number;
  };
};

type StatsDb = Kysely<Database & StatsViews>;

export interface StatsFilter {
  /** One district (tasks: the task's; supply–demand: the published revision's, city-wide items never match). */
  district?: string;
  /** The agency whose staff published the item (supply–demand figures only). */
  agency?: SdAgency;
}

const views = (db: DbOrTrx): StatsDb => db.withTables<StatsViews>() as unknown as StatsDb;
const n = (value: unknown): number => Number(value ?? 0);
const orNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** The district filter, for the task-side views (tasks, bids, projects, awards). */
function taskWhere(filter: StatsFilter) {
  const d = filter.district ?? null;
  return sql<boolean>`(${d}::text IS NULL OR district = ${d})`;
}

/** Both filters, for the supply–demand views. */
function sdWhere(filter: StatsFilter) {
  const d = filter.district ?? null;
  const a = filter.agency ?? null;
  return sql<boolean>`(${d}::text IS NULL OR district = ${d}) AND (${a}::text IS NULL OR agency = ${a})`;
}

/** Tasks per year and domain (district filter). */
export async function tasksByYearDomain(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsTasks")
    .select(["year", "domain", sql<number>`count(*)::int`.as("tasks")])
    .where(taskWhere(filter))
    .groupBy(["year", "domain"])
    .orderBy("year")
    .orderBy("domain")
    .execute();
  return rows.map((r) => ({ year: r.year, domain: r.domain, tasks: n(r.tasks) }));
}

/** Submitted bids per task whose bidding closed, per year: tasks, bids, the average (district filter). */
export async function bidsPerTask(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsTasks")
    .select([
      "year",
      sql<number>`count(*)::int`.as("tasks"),
      sql<number>`sum(bids)::int`.as("bids"),
      sql<string>`round(avg(bids), 2)`.as("average"),
    ])
    .where("biddingOver", "=", true)
    .where(taskWhere(filter))
    .groupBy("year")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({ year: r.year, tasks: n(r.tasks), bids: n(r.bids), average: n(r.average) }));
}

/** How many bids had a consortium of each size (1: a single organization) (district filter). */
export async function consortiumSizes(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsConsortia")
    .select(["size", sql<number>`count(*)::int`.as("bids")])
    .where(taskWhere(filter))
    .groupBy("size")
    .orderBy("size")
    .execute();
  return rows.map((r) => ({ size: r.size, bids: n(r.bids) }));
}

/** Projects assessed and successful per year, and the rate (district filter). */
export async function successRate(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsProjects")
    .select([
      "year",
      sql<number>`count(*)::int`.as("assessed"),
      sql<number>`count(*) FILTER (WHERE passed)::int`.as("succeeded"),
      sql<string>`round(count(*) FILTER (WHERE passed)::numeric / count(*), 4)`.as("rate"),
    ])
    .where(taskWhere(filter))
    .groupBy("year")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    assessed: n(r.assessed),
    succeeded: n(r.succeeded),
    rate: n(r.rate),
  }));
}

/**
 * Awards with money paid, per year: how many, the amount paid, the audited total investment of their projects,
 * and the leverage ratio 投资带动比 = investment ÷ paid (district filter).
 */
export async function awardsPaid(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsAwards")
    .select([
      "year",
      sql<number>`count(*)::int`.as("awards"),
      sql<number>`sum(paid_fen)::bigint`.as("paidFen"),
      sql<number>`sum(basis_fen)::bigint`.as("investmentFen"),
      sql<string>`round(sum(basis_fen)::numeric / sum(paid_fen), 2)`.as("leverage"),
    ])
    .where("paidFen", ">", 0)
    .where(taskWhere(filter))
    .groupBy("year")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    awards: n(r.awards),
    paidFen: n(r.paidFen),
    investmentFen: n(r.investmentFen),
    leverage: n(r.leverage),
  }));
}

/** The budget per year: appropriated, reserved by approved awards, paid (city-wide: no filter applies). */
export async function budgetUse(db: DbOrTrx) {
  const rows = await views(db)
    .selectFrom("statsBudget")
    .select(["year", "appropriatedFen", "reservedFen", "paidFen"])
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    appropriatedFen: n(r.appropriatedFen),
    reservedFen: n(r.reservedFen),
    paidFen: n(r.paidFen),
  }));
}

/** Published supply–demand items per year, kind and state (published, or why it closed) (both filters). */
export async function sdItems(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsSdItems")
    .select(["year", "kind", "state", sql<number>`count(*)::int`.as("items")])
    .where(sdWhere(filter))
    .groupBy(["year", "kind", "state"])
    .orderBy("year")
    .orderBy("kind")
    .orderBy("state")
    .execute();
  return rows.map((r) => ({ year: r.year, kind: r.kind, state: r.state, items: n(r.items) }));
}

/**
 * Expressions of interest per year (of the item they target) by status, and the acceptance rate: accepted ÷
 * (accepted + declined + expired), the definition of the staff statistics (app/domain/sd-review.ts) (both filters).
 */
export async function sdMatches(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsSdExpressions")
    .select([
      "year",
      sql<number>`count(*)::int`.as("sent"),
      sql<number>`count(*) FILTER (WHERE status = 'pending')::int`.as("pending"),
      sql<number>`count(*) FILTER (WHERE status = 'accepted')::int`.as("accepted"),
      sql<number>`count(*) FILTER (WHERE status = 'declined')::int`.as("declined"),
      sql<number>`count(*) FILTER (WHERE status = 'withdrawn')::int`.as("withdrawn"),
      sql<number>`count(*) FILTER (WHERE status = 'expired')::int`.as("expired"),
      sql<string | null>`round(count(*) FILTER (WHERE status = 'accepted')::numeric
          / nullif(count(*) FILTER (WHERE status IN ('accepted', 'declined', 'expired')), 0), 4)`.as(
        "acceptance",
      ),
    ])
    .where(sdWhere(filter))
    .groupBy("year")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    sent: n(r.sent),
    pending: n(r.pending),
    accepted: n(r.accepted),
    declined: n(r.declined),
    withdrawn: n(r.withdrawn),
    expired: n(r.expired),
    acceptance: orNull(r.acceptance),
  }));
}

/** Contracts (and intents) per year: online (after an expression) and at conferences, with amounts (both filters). */
export async function sdContracts(db: DbOrTrx, filter: StatsFilter) {
  const rows = await views(db)
    .selectFrom("statsSdOutcomes")
    .select([
      "year",
      sql<number>`count(*) FILTER (WHERE kind = 'intent')::int`.as("intents"),
      sql<number>`count(*) FILTER (WHERE kind = 'contract' AND source = 'online')::int`.as("onlineContracts"),
      sql<number>`count(*) FILTER (WHERE kind = 'contract' AND source = 'conference')::int`.as(
        "conferenceContracts",
      ),
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE kind = 'contract'), 0)::bigint`.as("amountFen"),
    ])
    .where(sdWhere(filter))
    .groupBy("year")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    intents: n(r.intents),
    onlineContracts: n(r.onlineContracts),
    conferenceContracts: n(r.conferenceContracts),
    amountFen: n(r.amountFen),
  }));
}

/**
 * Median response times per year, in days: expression sent → answered (accepted or declined), and a revision
 * submitted → review decision (approved, returned or rejected) (both filters).
 */
export async function medianResponseTimes(db: DbOrTrx, filter: StatsFilter) {
  const answers = views(db)
    .selectFrom("statsSdExpressions")
    .select(["year", sql<number>`percentile_cont(0.5) WITHIN GROUP (ORDER BY answer_days)`.as("days")])
    .where("answerDays", "is not", null)
    .where(sdWhere(filter))
    .groupBy("year");
  const reviews = views(db)
    .selectFrom("statsSdReviews")
    .select(["year", sql<number>`percentile_cont(0.5) WITHIN GROUP (ORDER BY review_days)`.as("days")])
    .where(sdWhere(filter))
    .groupBy("year");
  const rows = await views(db)
    .with("a", () => answers)
    .with("r", () => reviews)
    .selectFrom("a")
    .fullJoin("r", "r.year", "a.year")
    .select([
      sql<number>`coalesce(a.year, r.year)`.as("year"),
      sql<string | null>`round(a.days::numeric, 2)`.as("answerDays"),
      sql<string | null>`round(r.days::numeric, 2)`.as("reviewDays"),
    ])
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    year: r.year,
    answerDays: orNull(r.answerDays),
    reviewDays: orNull(r.reviewDays),
  }));
}

/** Each public conference: meetings held, intents, contracts and their amount (no filter applies). */
export async function conferenceOutcomes(db: DbOrTrx) {
  const rows = await views(db)
    .selectFrom("statsEvents")
    .select(["eventId", "year", "titleZh", "titleEn", "meetingsHeld", "intents", "contracts", "contractFen"])
    .orderBy("startsOn")
    .orderBy("eventId")
    .execute();
  return rows.map((r) => ({
    eventId: n(r.eventId),
    year: r.year,
    titleZh: r.titleZh,
    titleEn: r.titleEn,
    meetingsHeld: n(r.meetingsHeld),
    intents: n(r.intents),
    contracts: n(r.contracts),
    contractFen: n(r.contractFen),
  }));
}

/** The headline figures over every year, in one statement (filters as for the charts they summarise). */
export async function headline(db: DbOrTrx, filter: StatsFilter) {
  const tw = taskWhere(filter);
  const sw = sdWhere(filter);
  const { rows } = await sql<{
    tasks: number;
    assessed: number;
    succeeded: number;
    paidFen: number;
    investmentFen: number;
    items: number;
    accepted: number;
    decided: number;
    contracts: number;
    contractFen: number;
  }>`SELECT
      (SELECT count(*) FROM stats_tasks WHERE ${tw})::int AS tasks,
      (SELECT count(*) FROM stats_projects WHERE ${tw})::int AS assessed,
      (SELECT count(*) FROM stats_projects WHERE passed AND ${tw})::int AS succeeded,
      (SELECT coalesce(sum(paid_fen), 0) FROM stats_awards WHERE paid_fen > 0 AND ${tw})::bigint AS paid_fen,
      (SELECT coalesce(sum(basis_fen), 0) FROM stats_awards WHERE paid_fen > 0 AND ${tw})::bigint
        AS investment_fen,
      (SELECT count(*) FROM stats_sd_items WHERE ${sw})::int AS items,
      (SELECT count(*) FROM stats_sd_expressions WHERE status = 'accepted' AND ${sw})::int AS accepted,
      (SELECT count(*) FROM stats_sd_expressions
        WHERE status IN ('accepted', 'declined', 'expired') AND ${sw})::int AS decided,
      (SELECT count(*) FROM stats_sd_outcomes WHERE kind = 'contract' AND ${sw})::int AS contracts,
      (SELECT coalesce(sum(amount_fen), 0) FROM stats_sd_outcomes WHERE kind = 'contract' AND ${sw})::bigint
        AS contract_fen`.execute(db);
  const r = rows[0]!;
  return {
    tasks: n(r.tasks),
    assessed: n(r.assessed),
    succeeded: n(r.succeeded),
    paidFen: n(r.paidFen),
    investmentFen: n(r.investmentFen),
    items: n(r.items),
    accepted: n(r.accepted),
    decided: n(r.decided),
    contracts: n(r.contracts),
    contractFen: n(r.contractFen),
  };
}

/** The districts that occur in the figures, for the staff filter. */
export async function statsDistricts(db: DbOrTrx): Promise<string[]> {
  const { rows } = await sql<{ district: string }>`
    SELECT district FROM stats_tasks UNION SELECT district FROM stats_sd_items WHERE district IS NOT NULL
    ORDER BY district`.execute(db);
  return rows.map((r) => r.district);
}
