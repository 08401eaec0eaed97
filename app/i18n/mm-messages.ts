import type {
  MmEventStatus,
  MmFeedbackOutcome,
  MmRegistrationStatus,
  MmRequestStatus,
} from "../domain/matchmaking";
import { prefixed, type Labels } from "./sd-messages";

export const MM_EVENT_STATUS_LABEL: Labels<MmEventStatus> = {
  draft: { zh: "草稿", en: "Draft" },
  published: { zh: "已发布", en: "Published" },
  cancelled: { zh: "已取消", en: "Cancelled" },
  closed: { zh: "已结束", en: "Closed" },
};

export const MM_REGISTRATION_STATUS_LABEL: Labels<MmRegistrationStatus> = {
  pending: { zh: "待审核", en: "Awaiting validation" },
  validated: { zh: "已通过", en: "Validated" },
  refused: { zh: "未通过", en: "Refused" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

export const MM_REQUEST_STATUS_LABEL: Labels<MmRequestStatus> = {
  requested: { zh: "待回复", en: "Requested" },
  accepted: { zh: "已接受（待排期）", en: "Accepted (to be scheduled)" },
  scheduled: { zh: "已排期", en: "Scheduled" },
  held: { zh: "已举行", en: "Held" },
  no_show: { zh: "缺席", en: "No-show" },
  cancelled: { zh: "已取消", en: "Cancelled" },
  declined: { zh: "已婉拒", en: "Declined" },
  expired: { zh: "已过期", en: "Expired" },
};

export const MM_FEEDBACK_OUTCOME_LABEL: Labels<MmFeedbackOutcome> = {
  intent: { zh: "达成意向", en: "Intent" },
  contract: { zh: "已签约", en: "Contract signed" },
  none: { zh: "无", en: "None" },
};

/** Labels of the conference's values, as message keys `mm.<group>.<value>`, and its section name. */
export const mmLabelMessages = {
  ...prefixed("mm.eventStatus", MM_EVENT_STATUS_LABEL),
  ...prefixed("mm.registrationStatus", MM_REGISTRATION_STATUS_LABEL),
  ...prefixed("mm.requestStatus", MM_REQUEST_STATUS_LABEL),
  ...prefixed("mm.feedbackOutcome", MM_FEEDBACK_OUTCOME_LABEL),
  "mm.conference": { zh: "供需对接大会", en: "Matchmaking conference" },
  "mm.demo": { zh: "演示", en: "Demo" },
};
