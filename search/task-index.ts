import type { IndexDefinition, SearchDocument } from "./engine";

/** The tasks index: settings kept in code and applied idempotently at start-up. */
export const TASK_INDEX: IndexDefinition = {
  uid: "tasks",
  primaryKey: "id",
  searchableAttributes: ["title", "code", "demandUnit", "scenarioNeed", "goals", "district", "domainLabel"],
  filterableAttributes: ["domain", "year", "district", "status"],
  sortableAttributes: ["openDeadlineOrder", "bidDeadlineTs", "publishedAtTs", "indicativeInvestmentFen"],
  synonymGroups: [
    ["人工智能", "人工智慧", "AI"],
    ["互联网", "网际网路"],
    ["数字化", "数位化"],
    ["工业互联网", "工业网际网路", "IIoT"],
    ["大数据", "巨量资料"],
    ["云计算", "云端运算"],
    ["元宇宙", "metaverse"],
    ["软件", "软体"],
    ["智能", "智慧型"],
    ["5G", "第五代移动通信"],
  ],
  chineseAttributes: ["title", "demandUnit", "scenarioNeed", "goals", "district", "domainLabel"],
};

export interface TaskForIndex {
  code: string;
  title: string;
  domain: string;
  domainLabel: string;
  year: number;
  status: string;
  district: string;
  demandUnit: string;
  scenarioNeed: string;
  goals: string;
  bidDeadline: Date;
  bidDeadlineIso: string;
  publishedAt: Date | null;
  indicativeInvestmentFen: number;
}

/**
 * Ascending: the tasks open for bids (揭榜中) by nearest deadline, then the others by latest deadline. A
 * published task's deadline is ahead of now (the server closes bidding within a minute of it), so "nearest
 * deadline" means the nearest one still ahead, and the order needs no clock at query time.
 */
export function openDeadlineOrder(status: string, bidDeadline: Date): number {
  const ts = bidDeadline.getTime();
  return status === "published" ? ts : CLOSED_AFTER - ts;
}

/** Above every deadline in milliseconds (until the year 2286), so closed tasks sort after open ones. */
const CLOSED_AFTER = 2e13;

/** One task as a search document (ids are task codes). Drafts never reach this function. */
export function taskDocument(task: TaskForIndex): SearchDocument {
  return {
    id: task.code,
    code: task.code,
    title: task.title,
    domain: task.domain,
    domainLabel: task.domainLabel,
    year: task.year,
    status: task.status,
    district: task.district,
    demandUnit: task.demandUnit,
    scenarioNeed: task.scenarioNeed,
    goals: task.goals,
    bidDeadline: task.bidDeadlineIso,
    bidDeadlineTs: task.bidDeadline.getTime(),
    openDeadlineOrder: openDeadlineOrder(task.status, task.bidDeadline),
    publishedAtTs: task.publishedAt?.getTime() ?? 0,
    indicativeInvestmentFen: task.indicativeInvestmentFen,
  };
}
