import { getDb } from "../../../db/client";
import { PROPOSAL_SECTIONS, type BidContentInput } from "../../forms/bid";
import { startBid, saveBidContent, submitBid } from "../bidding/bids.server";
import { answerInvitation, inviteMember, setMemberTerms } from "../bidding/consortium.server";
import { fileObjection, finalizeNotice } from "../bidding/notices.server";
import { publishResult, selectBid, startReview } from "../bidding/review.server";
import type { OrgActor } from "../platform/actor.server";
import type { Outcome } from "../platform/outcome.server";
import type { Actor } from "../platform/actor.server";
import type { SeededTask } from "./seed-lists.server";
import { shanghaiDate } from "../../domain/time";

/** A demo organization with its owner, acting as the product's services expect. */
export interface DemoOrg {
  id: number;
  name: string;
  contact: string;
  actor: OrgActor;
}

export interface Consortium {
  lead: DemoOrg;
  leadWork: string;
  /** The lead keeps what the members' shares leave (basis points). */
  members: { org: DemoOrg; shareBp: number; work: string }[];
  plannedFen: number;
  summary: string;
}

/** The seed tells a story the services must accept: a refusal is a bug in the seed, so it stops loudly. */
export function must<T>(what: string, outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`demo seed: ${what} was refused: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

const SECTION_TEXT: Record<(typeof PROPOSAL_SECTIONS)[number], string> = {
  approach: "需求调研、方案设计、试点部署、全面推广四个阶段推进，关键节点由需求单位参与评审（演示）。",
  innovation: "自主研发的核心算法与平台，适配本地业务流程，支持后续推广复制（演示）。",
  capacity: "牵头单位具备同类项目交付经验，联合体成员在数据接入与运维方面各有所长（演示）。",
  risks: "设立项目管理办公室，按月报告进度；数据安全按等级保护三级要求建设（演示）。",
};

const DAY_MS = 86_400_000;

function bidContent(task: SeededTask, consortium: Consortium): BidContentInput {
  const equipment = Math.round((consortium.plannedFen * 0.6) / 100) * 100;
  return {
    summary: consortium.summary,
    proposal: PROPOSAL_SECTIONS.map((heading) => ({ heading, body: SECTION_TEXT[heading] })),
    plannedInvestment: consortium.plannedFen,
    breakdown: [
      { item: "软硬件采购", amount: equipment },
      { item: "研发与实施", amount: consortium.plannedFen - equipment },
    ],
    // After the bid deadline, as the bid form requires.
    milestones: [
      {
        date: shanghaiDate(new Date(task.bidDeadline.getTime() + 120 * DAY_MS)),
        deliverable: "试点上线运行",
      },
      {
        date: shanghaiDate(new Date(task.bidDeadline.getTime() + 400 * DAY_MS)),
        deliverable: "全面推广并具备验收条件",
      },
    ],
    team: [
      { name: consortium.lead.contact, role: "项目负责人", organization: consortium.lead.name },
      ...consortium.members.map((m) => ({
        name: m.org.contact,
        role: "成员单位负责人",
        organization: m.org.name,
      })),
    ],
    responses: task.vetoes.map((_, position) => ({
      position,
      response: "方案针对该指标给出实现路径与测试方法，预计可达到或优于目标值（演示）。",
    })),
  };
}

/** The lead drafts the bid, invites its members (each accepts), sets its own share of the work and submits. */
export async function submitDemoBid(
  task: SeededTask,
  consortium: Consortium,
  { draftedAt, submittedAt }: { draftedAt: Date; submittedAt: Date },
): Promise<number> {
  const lead = consortium.lead.actor;
  const { bidId } = must("startBid", await startBid(lead, task.code, draftedAt));
  must("saveBidContent", await saveBidContent(lead, bidId, bidContent(task, consortium), draftedAt));
  for (const member of consortium.members) {
    const terms = { organizationId: member.org.id, share: member.shareBp, workDivision: member.work };
    must("inviteMember", await inviteMember(lead, bidId, terms, draftedAt));
    must("answerInvitation", await answerInvitation(member.org.actor, bidId, "accepted", draftedAt));
  }
  if (consortium.members.length > 0) {
    const leadShare = 10000 - consortium.members.reduce((sum, m) => sum + m.shareBp, 0);
    const leadTerms = {
      organizationId: consortium.lead.id,
      share: leadShare,
      workDivision: consortium.leadWork,
    };
    must("setMemberTerms", await setMemberTerms(lead, bidId, leadTerms, draftedAt));
  }
  must("submitBid", await submitBid(lead, bidId, submittedAt));
  return bidId;
}

/** Staff open the review once bidding has closed and pick the winners, with their reasons. */
export async function chooseWinners(
  staff: Actor,
  task: SeededTask,
  winners: { bidId: number; reason: string }[],
  reviewedAt: Date,
) {
  must("startReview", await startReview(staff, task.code, reviewedAt));
  for (const winner of winners)
    must("selectBid", await selectBid(staff, winner.bidId, winner.reason, reviewedAt));
}

/** 公示: the other bids are told they were not selected, and the notice runs for the list's noticeDays. */
export async function publishNotice(staff: Actor, task: SeededTask, publishedAt: Date): Promise<number> {
  return must("publishResult", await publishResult(staff, task.code, publishedAt)).noticeId;
}

/** The notice period is over with nothing pending: as the minute sweeper would, the selection becomes final. */
export async function finalizeDemoNotice(noticeId: number, at: Date): Promise<void> {
  const done = await getDb()
    .transaction()
    .execute((trx) => finalizeNotice(trx, noticeId, at));
  if (!done) throw new Error(`demo seed: notice ${noticeId} could not be finalized at ${at.toISOString()}`);
}

export async function objectToWinner(
  objector: Actor,
  noticeId: number,
  bidId: number,
  filedAt: Date,
): Promise<void> {
  must(
    "fileObjection",
    await fileObjection(
      objector,
      noticeId,
      {
        bidId,
        reasons:
          "入选联合体牵头单位申报材料中所列同类项目业绩与公开信息不一致，请核实其案例合同及验收证明（演示）。",
        evidence: "公开招投标平台上的中标公告截图及项目编号（演示）。",
      },
      filedAt,
    ),
  );
}
