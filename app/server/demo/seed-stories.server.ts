import { getDb } from "../../../db/client";
import { projectsOfTask } from "../../../db/repositories/notices";
import { cancelTask, closeBiddingAtDeadlines } from "../catalog/tasks.server";
import type { Actor } from "../platform/actor.server";
import {
  chooseWinners,
  finalizeDemoNotice,
  objectToWinner,
  publishNotice,
  submitDemoBid,
  type Consortium,
  type DemoOrg,
} from "./seed-bidding.server";
import { at, DAY, daysBefore, type SeededTask } from "./seed-lists.server";
import {
  acceptReport,
  assess,
  awardProject,
  finalizeDemoAssessment,
  reportCompletion,
  type Evidence,
  type OtherSupport,
} from "./seed-projects.server";

export interface DemoCast {
  admin: Actor;
  approver: Actor;
  /** Finance staff (issue 15): one records payments, the other confirms them (two-person rule). */
  finance: { officer: Actor; checker: Actor };
  /** Experts 1–5; expert 6 (beta's) is never assigned, so the conflict demo stays clean. */
  assessors: Actor[];
  alpha: DemoOrg;
  beta: DemoOrg;
  partners: DemoOrg[];
}

/** The task alpha and beta carry to assessment, left for a visitor to assess (tests/e2e/assessment.spec.ts). */
export const ALPHA_BETA_ASSESSING = "2024-5G-003";
/** The 2023 task alpha and beta completed together: its approved award is on alpha's and beta's project pages. */
const ALPHA_BETA_SUCCEEDED = "2023-AI-001";

/** Member shares (basis points) by story, the lead keeping the rest: consortia and single bidders alternate. */
const SHAPES: number[][] = [[4000], [], [], [3000, 2000], [], [3500], [], []];
const WORK = ["数据采集终端部署与现场实施", "算法模型训练与优化", "系统集成与运维保障"];

/** Other city support for the same project (就高不重复), by task code. */
const OTHER_SUPPORT: Record<string, OtherSupport> = {
  "2023-IIOT-001": {
    policyName: "武汉市工业互联网专项资金（演示）",
    amountFen: 50_000_000,
    grantedOn: "2024-06-28",
    reference: "武经信〔2024〕36号（演示）",
  },
};

const roundTo = (fen: number, step: number) => Math.round(fen / step) * step;

/** One bid per organization and list: each list hands out the partners in turn, starting at its own offset. */
class Roster {
  private taken = 0;
  constructor(
    private readonly partners: DemoOrg[],
    private readonly offset: number,
  ) {}
  take(): DemoOrg {
    if (this.taken >= this.partners.length) throw new Error("demo seed: not enough demo organizations");
    return this.partners[(this.offset + this.taken++) % this.partners.length]!;
  }
}

/**
 * The calendar of a past list's projects: bids in May, 公示 in June; 2023's projects reported and were assessed
 * in autumn 2024 and paid in January 2025, 2024's reported in autumn 2026.
 */
function pastCalendar(year: number, index: number) {
  const day = (d: number) => String(d).padStart(2, "0");
  const later = year === 2023 ? 2024 : 2026;
  return {
    reviewedAt: at(`${year}-06-12 10:00`),
    noticeAt: at(`${year}-06-17 10:00`),
    finalAt: at(`${year}-06-24 09:00`),
    spentOn: `${year}-09-${day(10 + (index % 15))}`,
    reportAt: at(`${later}-09-${day(1 + (index % 20))} 15:00`),
    submittedAt: at(`${later}-09-${day(8 + (index % 20))} 15:00`),
    checkedAt: at(`${later}-10-${day(1 + (index % 20))} 10:00`),
    scoredAt: at(`${later}-10-${day(8 + (index % 20))} 14:00`),
    finalizedAt: at(`${later}-11-${day(3 + (index % 20))} 10:00`),
    computedAt: at(`${later + 1}-01-${day(6 + (index % 10))} 10:00`),
    approvedAt: at(`${later + 1}-01-${day(16 + (index % 10))} 10:00`),
  };
}

/** Every demo task's story, from the bids to where its stage says it rests, through the product's services. */
export async function tellStories(cast: DemoCast, tasks: SeededTask[], now: Date) {
  const rosters = new Map<number, Roster>();
  const rosterOf = (year: number) => {
    if (!rosters.has(year)) rosters.set(year, new Roster(cast.partners, rosters.size * 11));
    return rosters.get(year)!;
  };
  let story = 0;
  for (const task of tasks) {
    if (task.stage === "draft" || task.stage === "published") continue;
    if (task.stage === "cancelled") {
      await cancelTask(cast.admin, task.code, "需求单位调整建设计划，经研究决定取消该任务（演示）。");
      continue;
    }
    if (task.stage === "bidding_closed") {
      // Half of the tasks just past their deadline have a bid waiting for review; the sweeper closes them all.
      if (task.index % 2 === 0)
        await bid(task, consortiumFor(task, rosterOf(task.year), story++), task.bidDeadline);
      continue;
    }
    await tellOne(cast, task, rosterOf(task.year), story++, now);
  }
  await closeBiddingAtDeadlines(now);
}

function consortiumFor(
  task: SeededTask,
  roster: Roster,
  story: number,
  shape = SHAPES[story % SHAPES.length]!,
): Consortium {
  const lead = roster.take();
  const planned = roundTo(task.indicativeInvestmentFen * (0.9 + 0.05 * (story % 4)), 1_000_000);
  return {
    lead,
    leadWork: "总体方案设计、平台开发与项目管理",
    members: shape.map((shareBp, i) => ({ org: roster.take(), shareBp, work: WORK[i % WORK.length]! })),
    plannedFen: planned,
    summary: `${task.title}：${lead.name.replace(/（演示）$/, "")}牵头的实施方案（演示）`,
  };
}

/** Drafted a week or more before the deadline, submitted a day or two before it. */
function bid(task: SeededTask, consortium: Consortium, deadline: Date) {
  return submitDemoBid(task, consortium, {
    draftedAt: new Date(deadline.getTime() - (8 + (task.index % 5)) * DAY),
    submittedAt: new Date(deadline.getTime() - (1 + (task.index % 3)) * DAY),
  });
}

async function tellOne(cast: DemoCast, task: SeededTask, roster: Roster, story: number, now: Date) {
  const staff = cast.admin;
  const winner =
    task.code === ALPHA_BETA_ASSESSING || task.code === ALPHA_BETA_SUCCEEDED
      ? alphaAndBeta(cast, task)
      : consortiumFor(task, roster, story, task.members);
  const winnerBid = await bid(task, winner, task.bidDeadline);
  // A competing bid from a single organization wherever the result is still live, and on some finished tasks.
  const live = ["under_review", "winner_chosen", "notice"].includes(task.stage);
  const finished = task.stage === "succeeded" || task.stage === "failed";
  const rival = live || (finished && story % 3 === 0) ? consortiumFor(task, roster, story, []) : null;
  const rivalBid = rival ? await bid(task, rival, task.bidDeadline) : null;

  const past = pastCalendar(task.year, task.index);
  const reason = "技术路线成熟，实施基础扎实，投资测算合理，联合体分工明确（演示）。";
  if (live) {
    const reviewedAt = daysBefore(now, task.stage === "notice" ? 8 : task.stage === "winner_chosen" ? 4 : 5);
    await chooseWinners(
      staff,
      task,
      task.stage === "under_review" ? [] : [{ bidId: winnerBid, reason }],
      reviewedAt,
    );
    if (task.stage !== "notice") return;
    const noticeId = await publishNotice(staff, task, daysBefore(now, 3));
    if (task.objected && rival && rivalBid)
      await objectToWinner(rival.lead.actor, noticeId, winnerBid, daysBefore(now, 1, "15:00"));
    return;
  }
  await chooseWinners(staff, task, [{ bidId: winnerBid, reason }], past.reviewedAt);
  const noticeId = await publishNotice(staff, task, past.noticeAt);
  await finalizeDemoNotice(noticeId, past.finalAt);
  const [project] = await projectsOfTask(getDb(), task.id);
  if (!project) throw new Error(`demo seed: ${task.code} has no project`);

  if (task.stage === "in_progress") return;
  const evidence =
    task.code === ALPHA_BETA_ASSESSING ? ALPHA_BETA_EVIDENCE : report(task, winner, story, past.spentOn);
  await reportCompletion(winner.lead, project.id, task, evidence, {
    savedAt: past.reportAt,
    submittedAt: past.submittedAt,
  });
  if (task.stage === "completion_submitted") return;
  await acceptReport(staff, project.id, past.checkedAt);
  if (task.code === ALPHA_BETA_ASSESSING) return;
  const assessors = [0, 1, 2].map((i) => cast.assessors[(story + i) % cast.assessors.length]!);
  const failing = task.stage === "failed";
  await assess(staff, project.id, task, assessors, {
    scorers: task.stage === "assessing" ? 1 : 3,
    quality: failing ? 48 : 78 + (story % 4) * 4,
    at: past.scoredAt,
  });
  if (task.stage === "assessing") return;
  const passed = await finalizeDemoAssessment(staff, project.id, past.finalizedAt);
  if (passed !== !failing) throw new Error(`demo seed: ${task.code} was meant to ${task.stage}`);
  if (failing) return;
  await awardProject({ computer: cast.admin, approver: cast.approver }, project.id, {
    otherSupport: OTHER_SUPPORT[task.code],
    computedAt: past.computedAt,
    approvedAt: past.approvedAt,
  });
}

function alphaAndBeta(cast: DemoCast, task: SeededTask): Consortium {
  const assessing = task.code === ALPHA_BETA_ASSESSING;
  return {
    lead: cast.alpha,
    leadWork: "总体设计与平台开发",
    members: [{ org: cast.beta, shareBp: assessing ? 4000 : 3000, work: "现场接入与运维" }],
    plannedFen: assessing ? 800_000_000 : 380_000_000,
    summary: assessing
      ? "5G救护车车载改造与院前院内协同救治平台方案（演示）"
      : "肺结节CT影像智能检出与结构化报告方案（演示）",
  };
}

/** The report the e2e assessment journey expects: ¥8,200,000.00 actual investment in two evidence lines. */
const ALPHA_BETA_EVIDENCE = {
  summary: "已完成32辆救护车5G车载改造，协同救治平台与3家医院对接并上线运行（演示）。",
  evidence: [
    {
      spentOn: "2024-08-15",
      counterparty: "某服务器厂商（演示）",
      reference: "HT-2024-018",
      amountFen: 520_000_000,
    },
    {
      spentOn: "2024-11-30",
      counterparty: "某软件公司（演示）",
      reference: "FP-2024-2231",
      amountFen: 300_000_000,
    },
  ],
};

/** The actual investment, a little off the plan, with the contract that evidences it. */
function report(task: SeededTask, consortium: Consortium, story: number, spentOn: string) {
  const actual = roundTo(consortium.plannedFen * [1.02, 0.96, 1.0, 1.05][story % 4]!, 100_000);
  const evidence: Evidence[] = [
    { spentOn, counterparty: "某软件与集成服务商（演示）", reference: `HT-${task.code}`, amountFen: actual },
  ];
  return { summary: `${task.title}已建成并稳定运行，主要指标均达到任务要求（演示）。`, evidence };
}
