import type { TaskEvent, TaskStatus } from "../domain/task-lifecycle";

/** How a task's status and lifecycle events read in each language. */
export const STATUS_LABEL: Record<TaskStatus, { zh: string; en: string }> = {
  draft: { zh: "草稿", en: "Draft" },
  published: { zh: "揭榜中", en: "Open for bids" },
  bidding_closed: { zh: "揭榜截止", en: "Bidding closed" },
  under_review: { zh: "评审中", en: "Under review" },
  selected: { zh: "已遴选", en: "Selected" },
  notice: { zh: "公示中", en: "Public notice" },
  in_progress: { zh: "实施中", en: "In progress" },
  completion_submitted: { zh: "已提交验收", en: "Completion submitted" },
  assessing: { zh: "评估中", en: "Being assessed" },
  succeeded: { zh: "成功实施", en: "Succeeded" },
  failed: { zh: "未通过评估", en: "Failed" },
  cancelled: { zh: "已取消", en: "Cancelled" },
};

export const EVENT_LABEL: Record<TaskEvent, { zh: string; en: string }> = {
  publish: { zh: "开放揭榜", en: "open for bids" },
  closeBidding: { zh: "截止揭榜", en: "close bidding" },
  startReview: { zh: "开始评审", en: "start review" },
  select: { zh: "遴选", en: "select winners" },
  startNotice: { zh: "公示", en: "start the public notice" },
  finalize: { zh: "确认结果", en: "finalize" },
  reopenReview: { zh: "重新评审", en: "reopen review" },
  submitCompletion: { zh: "提交验收", en: "submit completion" },
  returnCompletion: { zh: "退回验收材料", en: "return the completion report" },
  startAssessment: { zh: "开始评估", en: "start assessment" },
  pass: { zh: "评估通过", en: "pass" },
  fail: { zh: "评估不通过", en: "fail" },
  cancel: { zh: "取消", en: "cancel" },
};
