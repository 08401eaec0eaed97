/** The Stripe Connect rail: the organization's onboarding page and finance staff's Stripe payouts (keys payStripe.*). */
export const payStripeMessages = {
  "payStripe.reach": {
    zh: "Stripe Connect 不能向中国大陆的银行账户付款：本市的奖补默认通过银行转账（国库集中支付）拨付；Stripe 通道只服务于 Stripe 开展业务的地区的部署。",
    en: "Stripe Connect cannot pay out to mainland-China bank accounts: awards are paid by bank transfer (treasury payment) by default; the Stripe rail only serves deployments where Stripe operates.",
  },
  "payStripe.notConfigured": {
    zh: "本平台未启用 Stripe 通道，奖补资金通过银行转账拨付。",
    en: "This platform has no Stripe rail: awards are paid by bank transfer.",
  },
  "payStripe.yes": { zh: "是", en: "Yes" },
  "payStripe.no": { zh: "否", en: "No" },

  "payStripe.org.title": { zh: "Stripe 收款账户", en: "Stripe receiving account" },
  "payStripe.org.back": { zh: "← 我的单位", en: "← My organization" },
  "payStripe.org.noOrganization": {
    zh: "您尚未加入任何单位。",
    en: "You do not belong to an organization.",
  },
  "payStripe.org.ownerOnly": {
    zh: "只有单位管理员可以设置收款账户。",
    en: "Only the organization's owner can set up the receiving account.",
  },
  "payStripe.org.lead": {
    zh: "单位在 Stripe 完成入驻（收款方协议）后，获批的奖补可通过 Stripe 转账到该账户。入驻资料由 Stripe 收集，本平台不保存。",
    en: "Once your organization has completed Stripe onboarding (recipient agreement), approved awards can be transferred to that account through Stripe. Stripe collects the onboarding details; this platform does not keep them.",
  },
  "payStripe.org.none": {
    zh: "尚未创建 Stripe 账户。",
    en: "No Stripe account yet.",
  },
  "payStripe.org.start": { zh: "在 Stripe 开始入驻", en: "Start onboarding at Stripe" },
  "payStripe.org.continue": { zh: "继续在 Stripe 入驻", en: "Continue onboarding at Stripe" },
  "payStripe.org.update": { zh: "在 Stripe 更新资料", en: "Update details at Stripe" },
  "payStripe.org.account": { zh: "Stripe 账户", en: "Stripe account" },
  "payStripe.org.detailsSubmitted": { zh: "资料已提交", en: "Details submitted" },
  "payStripe.org.payoutsEnabled": { zh: "可提现至银行", en: "Payouts to the bank enabled" },
  "payStripe.org.transfersActive": { zh: "可接收转账", en: "Can receive transfers" },
  "payStripe.org.ready": {
    zh: "账户已就绪：奖补可通过 Stripe 拨付到该账户。",
    en: "The account is ready: awards can be paid to it through Stripe.",
  },
  "payStripe.org.pending": {
    zh: "账户尚未就绪：请在 Stripe 完成入驻。状态以 Stripe 的通知为准，可能需要几分钟才更新。",
    en: "The account is not ready yet: complete onboarding at Stripe. The status follows Stripe's notifications and may take a few minutes to update.",
  },
  "payStripe.org.returned": {
    zh: "已从 Stripe 返回。Stripe 确认后此处的状态会更新。",
    en: "Back from Stripe. The status here updates once Stripe confirms.",
  },

  "payStripe.staff.title": { zh: "Stripe 转账拨付", en: "Stripe transfers" },
  "payStripe.staff.lead": {
    zh: "每笔拨付是一笔 Stripe 转账（转账组 award-<奖补编号>），幂等键在调用前写入数据库：中断后重试会找回同一笔转账，不会重复拨付。",
    en: "Each payout is one Stripe transfer (transfer group award-<award id>) whose idempotency key is stored before the call: a retry after an interruption finds the same transfer and never pays twice.",
  },
  "payStripe.staff.empty": {
    zh: "没有可通过 Stripe 拨付或撤回的款项。",
    en: "No payouts to pay or reverse through Stripe.",
  },
  "payStripe.staff.caption": { zh: "Stripe 通道的款项", en: "Payouts on the Stripe rail" },
  "payStripe.staff.award": { zh: "奖补", en: "Award" },
  "payStripe.staff.organization": { zh: "单位", en: "Organization" },
  "payStripe.staff.amount": { zh: "金额", en: "Amount" },
  "payStripe.staff.status": { zh: "状态", en: "Status" },
  "payStripe.staff.transfer": { zh: "Stripe 转账", en: "Stripe transfer" },
  "payStripe.staff.actions": { zh: "操作", en: "Actions" },
  "payStripe.staff.noAccount": { zh: "未就绪", en: "Not ready" },
  "payStripe.staff.pay": { zh: "通过 Stripe 拨付", en: "Pay through Stripe" },
  "payStripe.staff.payLabel": {
    zh: "通过 Stripe 向 {org} 拨付 {amount}",
    en: "Pay {amount} to {org} through Stripe",
  },
  "payStripe.staff.resume": { zh: "完成中断的拨付", en: "Finish the interrupted payout" },
  "payStripe.staff.reverse": { zh: "撤回转账", en: "Reverse the transfer" },
  "payStripe.staff.reverseLabel": {
    zh: "撤回向 {org} 的转账 {amount}",
    en: "Reverse the {amount} transfer to {org}",
  },
  "payStripe.staff.paid": {
    zh: "已通过 Stripe 转账 {transfer} 拨付。",
    en: "Paid through Stripe transfer {transfer}.",
  },
  "payStripe.staff.reversed": {
    zh: "转账已撤回，款项已退回。",
    en: "Transfer reversed; the payout is returned.",
  },

  "payStripe.err.notConfigured": {
    zh: "Stripe 通道未启用（缺少 STRIPE_SECRET_KEY 与 STRIPE_WEBHOOK_SECRET）。",
    en: "The Stripe rail is off (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are not set).",
  },
  "payStripe.err.notFound": { zh: "找不到该款项。", en: "No such payout." },
  "payStripe.err.noAccount": {
    zh: "该单位尚无可接收转账的 Stripe 账户。",
    en: "This organization has no Stripe account able to receive transfers.",
  },
  "payStripe.err.alreadyPaid": {
    zh: "该款项已拨付（或正在拨付），不会再次转账。",
    en: "This payout is already paid (or being paid): it is not transferred again.",
  },
  "payStripe.err.notPaid": {
    zh: "只有已通过 Stripe 拨付的款项可以撤回。",
    en: "Only a payout paid through Stripe can be reversed.",
  },
  "payStripe.err.otherRail": {
    zh: "该款项已通过银行通道处理。",
    en: "This payout is handled through the bank rail.",
  },
  "payStripe.err.unknownOutcome": {
    zh: "没有收到 Stripe 的答复，转账可能已经创建。请稍后重试：重试会找回同一笔转账，不会重复拨付。",
    en: "Stripe did not answer; the transfer may have been made. Try again later: the retry finds the same transfer and never pays twice.",
  },
  "payStripe.err.rejected": {
    zh: "Stripe 拒绝了该请求：{reason}",
    en: "Stripe refused the request: {reason}",
  },
  "payStripe.err.busy": {
    zh: "另一位工作人员正在处理该款项，请刷新后查看。",
    en: "Another staff member is handling this payout; reload to see where it stands.",
  },
  "payStripe.err.ownerOnly": {
    zh: "只有单位管理员可以设置收款账户。",
    en: "Only the organization's owner can set up the receiving account.",
  },
  "payStripe.err.unavailable": {
    zh: "暂时无法连接 Stripe，请稍后再试。",
    en: "Stripe cannot be reached right now; try again later.",
  },
} as const;
