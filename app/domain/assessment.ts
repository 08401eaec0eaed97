import type { TaskStatus } from "./task-lifecycle";
import type { Problem } from "./problem";
/** Completion assessment (DESIGN.md "Completion assessment") as pure functions: scores are integers. */

export const MIN_ASSESSORS = 3;
export const TRIM_FROM = 5;
export const DEFAULT_PASS_SCORE_CENTI = 6000;
export const OUTLIER_DISTANCE_CENTI = 2000;

export interface CriterionScore {
  position: number;
  score: number; // 0–100
}

/**
 * An assessor's score: the weighted sum of 0–100 criterion scores with weights summing to 100, in hundredths
 * of a point — Σ score × weight is exactly that, so no rounding happens here.
 */
export function weightedScoreCenti(scores: readonly CriterionScore[], weights: readonly number[]): number {
  if (weights.reduce((sum, w) => sum + w, 0) !== 100) throw new RangeError("weights must sum to 100");
  return weights.reduce((sum, weight, position) => {
    const score = scores.find((s) => s.position === position)?.score;
    if (score === undefined || !Number.isInteger(score) || score < 0 || score > 100)
      throw new RangeError(`missing or invalid score for criterion ${position}`);
    return sum + score * weight;
  }, 0);
}

export interface ProjectScore {
  scoreCenti: number;
  method: "mean" | "trimmed_mean";
  counted: number;
}

/**
 * The project score: the mean of the assessors' scores, or — with five or more — the mean after dropping one
 * highest and one lowest. Rounded half up to a hundredth of a point.
 */
export function projectScore(assessorScoresCenti: readonly number[]): ProjectScore {
  if (assessorScoresCenti.length === 0) throw new RangeError("no scores");
  const sorted = [...assessorScoresCenti].sort((a, b) => a - b);
  const trimmed = sorted.length >= TRIM_FROM;
  const counted = trimmed ? sorted.slice(1, -1) : sorted;
  const total = counted.reduce((sum, s) => sum + s, 0);
  return {
    scoreCenti: Math.floor((2 * total + counted.length) / (2 * counted.length)),
    method: trimmed ? "trimmed_mean" : "mean",
    counted: counted.length,
  };
}

/** Pass: at least the pass score, and no assessor raised a veto item (一票否决). */
export function projectPasses(
  scoreCenti: number,
  vetoRaised: boolean,
  passScoreCenti = DEFAULT_PASS_SCORE_CENTI,
) {
  return !vetoRaised && scoreCenti >= passScoreCenti;
}

export function medianCenti(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Scores more than 20 points from the median, flagged for staff (not removed). */
export function isOutlier(scoreCenti: number, all: readonly number[]): boolean {
  return all.length >= 3 && Math.abs(scoreCenti - medianCenti(all)) > OUTLIER_DISTANCE_CENTI;
}

export interface ConflictFacts {
  /** Organizations of the consortium (lead and accepted members). */
  consortiumOrgIds: readonly number[];
  /** The person's own organization(s): an assessor's affiliation, a staff member's memberships. */
  affiliationOrgIds: readonly number[];
  /** Organizations the person declared a standing conflict with. */
  declaredOrgIds: readonly number[];
  /** Whether the person declared a conflict with this project. */
  declaredProject: boolean;
}

/** A conflict of interest bars assignment, opening the project, and (for staff) finalizing or approving. */
export function hasConflict(facts: ConflictFacts): boolean {
  const consortium = new Set(facts.consortiumOrgIds);
  return (
    facts.declaredProject ||
    facts.affiliationOrgIds.some((id) => consortium.has(id)) ||
    facts.declaredOrgIds.some((id) => consortium.has(id))
  );
}

export interface PoolCandidate {
  userId: number;
  domains: readonly string[];
  load: number; // open assessments already assigned
  conflicted: boolean;
}

/**
 * The automatic draw: conflicted experts never; experts of the task's domain first (others only if too few);
 * within that, the lightest load first; ties broken by the random numbers given (recorded in the audit trail).
 */
export function drawAssessors(
  pool: readonly PoolCandidate[],
  { domain, needed, random }: { domain: string; needed: number; random: () => number },
): number[] {
  const eligible = pool
    .filter((c) => !c.conflicted)
    .map((c) => ({ ...c, matches: c.domains.includes(domain), tieBreak: random() }));
  eligible.sort(
    (a, b) => Number(b.matches) - Number(a.matches) || a.load - b.load || a.tieBreak - b.tieBreak,
  );
  return eligible.slice(0, needed).map((c) => c.userId);
}

/** A small seeded generator (mulberry32), so a draw can be replayed from the seed stored in the audit trail. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A project moves through the later states of its task, which follows the least advanced of its projects. */
export type ProjectStatusName = Extract<
  TaskStatus,
  "in_progress" | "completion_submitted" | "assessing" | "succeeded" | "failed"
>;
const PROGRESS: Record<ProjectStatusName, number> = {
  in_progress: 0,
  completion_submitted: 1,
  assessing: 2,
  succeeded: 3,
  failed: 3,
};

/**
 * A task with several winning projects (赛马) is as far along as its least advanced project; once all are
 * assessed it succeeded if any project succeeded.
 */
export function taskStatusFromProjects(statuses: readonly ProjectStatusName[]): ProjectStatusName {
  if (statuses.length === 0) throw new RangeError("a task in progress has at least one project");
  const least = statuses.reduce((a, b) => (PROGRESS[b] < PROGRESS[a] ? b : a));
  if (PROGRESS[least] < 3) return least;
  return statuses.includes("succeeded") ? "succeeded" : "failed";
}

type ReportProblemKey =
  "err.report.missing" | "err.report.investment" | "err.report.evidenceSum" | "err.report.results";

/** What a completion report still lacks: evidence lines adding up to the actual investment, a result for each indicator. */
export function reportProblems(
  report: {
    actualInvestmentFen: number;
    indicatorResults: readonly { position: number; result: string }[];
  } | null,
  evidenceTotalFen: number,
  indicatorCount: number,
): Problem<ReportProblemKey>[] {
  if (!report) return [{ key: "err.report.missing" }];
  const problems: Problem<ReportProblemKey>[] = [];
  if (report.actualInvestmentFen <= 0) problems.push({ key: "err.report.investment" });
  if (evidenceTotalFen !== report.actualInvestmentFen)
    problems.push({
      key: "err.report.evidenceSum",
      params: { total: evidenceTotalFen / 100, actual: report.actualInvestmentFen / 100 },
    });
  const answered = new Set(report.indicatorResults.filter((r) => r.result.trim()).map((r) => r.position));
  for (let position = 0; position < indicatorCount; position += 1)
    if (!answered.has(position)) {
      problems.push({ key: "err.report.results" });
      break;
    }
  return problems;
}
