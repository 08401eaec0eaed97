import type { DbOrTrx } from "../../../db/client";
import { shanghaiDate, shanghaiLocalToUtc } from "../../domain/time";
import { createList, createTask, DEMO_POLICY, ensurePolicy } from "./factories.server";
import { TASKS_2023 } from "./seed-data/tasks-2023";
import { TASKS_2024 } from "./seed-data/tasks-2024";
import { TASKS_2026 } from "./seed-data/tasks-2026";
import type { SeedTask } from "./seed-data/types";

/**
 * Where each demo task's story ends. A task is inserted as a draft or open for bids and every later state is
 * reached through the services (seed-stories.server.ts). `winner_chosen` is a task under review whose winner
 * staff have picked but not yet published: publishing goes through `selected` to `notice` in one step, so no
 * task rests in `selected`.
 */
export type Stage =
  | "draft"
  | "published"
  | "cancelled"
  | "bidding_closed"
  | "under_review"
  | "winner_chosen"
  | "notice"
  | "in_progress"
  | "completion_submitted"
  | "assessing"
  | "succeeded"
  | "failed";

export interface SeededTask {
  id: number;
  code: string;
  title: string;
  year: number;
  bidDeadline: Date;
  indicativeInvestmentFen: number;
  maxWinners: number;
  /** How many assessment indicators, and which positions are veto items. */
  vetoes: boolean[];
  stage: Stage;
  /** Position of the task in its year's seed data, for varying the stories. */
  index: number;
  /** The winning consortium's member shares, when the story needs particular ones. */
  members?: number[];
  /** A losing bidder objects to the winner during the notice, and staff have not yet resolved it. */
  objected?: boolean;
}

export const at = (shanghai: string) => shanghaiLocalToUtc(shanghai)!;
export const DAY = 24 * 60 * 60 * 1000;
/** `days` before `now`, at `time` Beijing time on that calendar day. */
export const daysBefore = (now: Date, days: number, time = "10:00") =>
  at(`${shanghaiDate(new Date(now.getTime() - days * DAY))} ${time}`);

/**
 * The past lists hold some of their year's seed tasks, each with its whole history (a complete one takes some
 * twenty-five service calls, and the seed runs at every first start): 2023 is done, with awards approved;
 * 2024's projects are being carried out and assessed. The live stages (bids under review, 公示) are on the
 * current list, whose dates follow the clock. `index` is the task's position in the seed data, ascending, so
 * each domain's codes run -001, -002… in this order; `members` are the consortium members' shares (basis points).
 */
interface PastTask {
  index: number;
  stage: Stage;
  members?: number[];
}

export const PAST_2023: PastTask[] = [
  { index: 0, stage: "succeeded" }, // 2023-AI-001, alpha leads with beta
  { index: 1, stage: "succeeded", members: [] },
  { index: 4, stage: "succeeded", members: [3000, 2000] }, // the 2,000,000-yuan cap binds
  { index: 5, stage: "failed" },
  { index: 8, stage: "succeeded", members: [4000] }, // other city support binds (就高不重复)
  { index: 9, stage: "cancelled" },
  { index: 12, stage: "succeeded", members: [3500] },
  { index: 16, stage: "assessing" },
  { index: 20, stage: "failed" },
  { index: 24, stage: "completion_submitted" },
  { index: 28, stage: "succeeded", members: [] },
  { index: 29, stage: "cancelled" },
];
export const PAST_2024: PastTask[] = [
  { index: 0, stage: "in_progress" },
  { index: 1, stage: "completion_submitted" },
  { index: 4, stage: "in_progress" },
  { index: 5, stage: "cancelled" },
  { index: 6, stage: "assessing" }, // 2024-5G-003, alpha leads with beta
  { index: 8, stage: "in_progress" },
  { index: 9, stage: "completion_submitted" },
  { index: 12, stage: "cancelled" },
  { index: 16, stage: "assessing" },
  { index: 17, stage: "in_progress" },
  { index: 20, stage: "in_progress" },
  { index: 21, stage: "cancelled" },
  { index: 24, stage: "completion_submitted" },
  { index: 25, stage: "in_progress" },
  { index: 28, stage: "in_progress" },
  { index: 29, stage: "cancelled" },
];

/** The current list's notice whose winner a rival objects to. */
const OBJECTED_NOTICE = 19;

export function currentStage(index: number): Stage {
  if (index >= 28) return "draft";
  if (index >= 24) return "bidding_closed";
  if (index >= 22) return "under_review";
  if (index >= 20) return "winner_chosen";
  if (index >= 18) return "notice";
  return "published";
}

/** How many days before `now` bidding closed on the current list's tasks that are past it. */
function currentDeadlineDaysAgo(index: number): number {
  if (index >= 24) return index - 22;
  if (index >= 22) return 10;
  if (index >= 20) return 14;
  return 16;
}

async function seedYear(
  db: DbOrTrx,
  list: { id: number; year: number },
  tasks: SeedTask[],
  plan: (index: number) => { stage: Stage; bidDeadline: Date; publishedAt: Date | null },
): Promise<SeededTask[]> {
  const seeded: SeededTask[] = [];
  for (const [index, task] of tasks.entries()) {
    const { stage, bidDeadline, publishedAt } = plan(index);
    const indicativeInvestmentFen = task.indicativeInvestmentYuan * 100;
    const row = await createTask(db, list, {
      ...task,
      indicativeInvestmentFen,
      status: stage === "draft" ? "draft" : "published",
      bidDeadline,
      publishedAt,
    });
    seeded.push({
      id: row.id,
      code: row.code,
      title: row.title,
      year: list.year,
      bidDeadline,
      indicativeInvestmentFen,
      maxWinners: task.maxWinners,
      vetoes: task.indicators.map((i) => i.veto),
      stage,
      index,
    });
  }
  return seeded;
}

/** A past year's list under WH-DE-2022: published in spring, bids closed on 31 May. */
async function seedPastYear(
  db: DbOrTrx,
  year: number,
  publishedAt: Date,
  status: "published" | "closed",
  data: SeedTask[],
  plan: PastTask[],
) {
  const title = `${year}年武汉市数字经济应用场景揭榜挂帅榜单（演示）`;
  const list = await createList(db, { year, status, publishedAt, title });
  const bidDeadline = at(`${year}-05-31 17:00`);
  const tasks = plan.map((p) => data[p.index]!);
  const seeded = await seedYear(db, list, tasks, (i) => ({
    stage: plan[i]!.stage,
    bidDeadline,
    publishedAt,
  }));
  return seeded.map((task, i) => ({ ...task, index: plan[i]!.index, members: plan[i]!.members }));
}

/** The three demo lists with their tasks, each task open for bids (or a draft) and told where its story ends. */
export async function seedLists(db: DbOrTrx, now: Date): Promise<SeededTask[]> {
  await ensurePolicy(db, DEMO_POLICY);
  const past2023 = await seedPastYear(db, 2023, at("2023-03-20 09:00"), "closed", TASKS_2023, PAST_2023);
  const past2024 = await seedPastYear(db, 2024, at("2024-03-15 09:00"), "published", TASKS_2024, PAST_2024);

  const year = Number(now.toISOString().slice(0, 4));
  const publishedNow = new Date(now.getTime() - 30 * DAY);
  const current = await createList(db, {
    policyCode: DEMO_POLICY.code,
    year,
    status: "published",
    publishedAt: publishedNow,
    title: `${year}年数字经济应用场景揭榜挂帅榜单（演示）`,
  });
  const thisYear = await seedYear(db, current, TASKS_2026, (i) => {
    const stage = currentStage(i);
    if (stage === "draft" || stage === "published") {
      // Deadlines at 17:00 Beijing time, spread over the coming weeks.
      const day = new Date(now.getTime() + ((i % 8) * 7 + 2) * DAY);
      const bidDeadline = at(`${shanghaiDate(day)} 17:00`);
      return { stage, bidDeadline, publishedAt: stage === "draft" ? null : publishedNow };
    }
    return {
      stage,
      bidDeadline: daysBefore(now, currentDeadlineDaysAgo(i), "17:00"),
      publishedAt: publishedNow,
    };
  });
  const withObjection = thisYear.map((task) => ({ ...task, objected: task.index === OBJECTED_NOTICE }));
  return [...past2023, ...past2024, ...withObjection];
}
