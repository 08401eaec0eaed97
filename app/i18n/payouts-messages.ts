import type { PayoutStatus } from "../domain/payouts";
import type { Rail } from "../domain/ledger";
import { prefixed, type Labels } from "./sd-messages";

export const PAYOUT_STATUS_LABEL: Labels<PayoutStatus> = {
  pending: { zh: "待拨付", en: "Awaiting payment" },
  scheduled: { zh: "已排入批次", en: "Scheduled" },
  processing: { zh: "拨付中", en: "Being paid" },
  paid: { zh: "已拨付", en: "Paid" },
  failed: { zh: "拨付失败", en: "Failed" },
  returned: { zh: "已退回", en: "Returned" },
};

export const RAIL_LABEL: Labels<Rail> = {
  bank: { zh: "银行转账（国库集中支付）", en: "Bank transfer (treasury)" },
  stripe: { zh: "Stripe Connect", en: "Stripe Connect" },
};

/** The foundation's texts: statuses, rails, and the refusals of the budget and of payout moves. */
export const payoutsMessages = {
  ...prefixed("payout.status", PAYOUT_STATUS_LABEL),
  ...prefixed("payout.rail", RAIL_LABEL),
  "err.budget.none": {
    zh: "{year} 年尚未录入资金预算，无法审批奖励",
    en: "No budget has been appropriated for {year}: the award cannot be approved",
  },
  "err.budget.exceeded": {
    zh: "超出 {year} 年资金预算：本项应付 {payable}，预算剩余 {remaining}（已下达 {appropriated}）",
    en: "Over the {year} budget: this award needs {payable} but only {remaining} remains (of {appropriated} appropriated)",
  },
  "err.budget.finance": {
    zh: "只有财务人员可以操作资金",
    en: "Only finance staff may handle funds",
  },
  "err.payout.notFound": { zh: "拨付记录不存在", en: "No such payout" },
  "err.payout.transition": {
    zh: "该笔拨付当前的状态不允许此操作",
    en: "That step is not possible for this payout in its current state",
  },
  "err.payout.changed": {
    zh: "该笔拨付刚被他人处理，请刷新后重试",
    en: "Someone else just handled this payout: reload and try again",
  },
};
