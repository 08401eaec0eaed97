import { prefixed, type Labels } from "./sd-messages";
import type { DifferenceCode } from "../domain/payouts-reconcile";

/** What a reconciliation difference means, by its code (the run stores codes, the page names them). */
export const DIFFERENCE_LABEL: Labels<DifferenceCode> = {
  "posting.unbalanced": {
    zh: "记账凭证借贷不平",
    en: "A posting whose debits and credits differ",
  },
  "award.position": {
    zh: "奖励的在途预留 + 已付 ≠ 应付",
    en: "An award whose reserved + paid ≠ payable",
  },
  "award.payouts": {
    zh: "奖励的拨付合计 ≠ 应付",
    en: "An award whose payouts do not add up to its payable amount",
  },
  "payout.ledger": {
    zh: "拨付状态与账簿不符",
    en: "A payout whose status disagrees with the ledger",
  },
  "payout.paidAt": { zh: "已拨付但无拨付时间", en: "Paid, but no payment time" },
  "bank.batchStatus": {
    zh: "拨付状态与其批次状态不符",
    en: "A payout whose status does not fit its batch's",
  },
  "bank.noBatch": { zh: "银行拨付中但不在任何批次中", en: "Sent by bank but in no batch" },
  "bank.paidIncomplete": {
    zh: "银行已拨付但缺少银行流水号、录入人或复核人",
    en: "Paid by bank without a bank reference, a recorder or a second signature",
  },
  "rail.error": { zh: "通道核对程序出错", en: "The rail's check failed to run" },
  "rail.mismatch": { zh: "与支付通道记录不符", en: "Disagrees with the rail's records" },
};

/** The budget page, the ledger view, the reconciliation page, and what organizations and the public see of payouts. */
export const payoutsViewsMessages = {
  ...prefixed("payViews.diff", DIFFERENCE_LABEL),

  // The staff console's funds section.
  "payViews.funds": { zh: "资金", en: "Funds" },
  "payViews.fundsLead": {
    zh: "预算、账簿、拨付与对账：仅财务人员可见。",
    en: "Budget, ledger, payouts and reconciliation: finance staff only.",
  },
  "payViews.nav.budget": { zh: "资金预算", en: "Budget" },
  "payViews.nav.ledger": { zh: "资金账簿", en: "Ledger" },
  "payViews.nav.payouts": { zh: "拨付", en: "Payouts" },
  "payViews.nav.reconciliation": { zh: "对账", en: "Reconciliation" },

  // /staff/budget
  "payViews.budget.title": { zh: "资金预算", en: "Programme budget" },
  "payViews.budget.lead": {
    zh: "每年的资金预算按下达文件录入；审批奖励时从当年预算中预留应付金额，超出剩余预算的审批会被拒绝。",
    en: "Each year's budget is recorded from the document that grants it; approving an award reserves its payable amount against the year's budget, and an approval beyond what remains is refused.",
  },
  "payViews.budget.years": { zh: "各年度预算", en: "Budget by year" },
  "payViews.budget.none": {
    zh: "尚未录入任何年度预算。",
    en: "No budget has been recorded yet.",
  },
  "payViews.budget.year": { zh: "年度", en: "Year" },
  "payViews.budget.appropriated": { zh: "已下达", en: "Appropriated" },
  "payViews.budget.reserved": { zh: "已审批预留", en: "Reserved by approved awards" },
  "payViews.budget.paid": { zh: "已拨付", en: "Paid" },
  "payViews.budget.remaining": { zh: "剩余可用", en: "Remaining" },
  "payViews.budget.appropriationsOf": { zh: "{year} 年预算下达记录", en: "Appropriations for {year}" },
  "payViews.budget.amount": { zh: "金额", en: "Amount" },
  "payViews.budget.documentRef": { zh: "文号", en: "Document reference" },
  "payViews.budget.recordedBy": { zh: "录入人", en: "Recorded by" },
  "payViews.budget.recordedAt": { zh: "录入时间", en: "Recorded at" },
  "payViews.budget.new": { zh: "录入预算下达", en: "Record an appropriation" },
  "payViews.budget.newLead": {
    zh: "下达记录一经录入不可修改或删除；如有差错，请录入一笔新的记录并在文号中说明。",
    en: "An appropriation cannot be changed or deleted once recorded; to correct one, record another and say so in its reference.",
  },
  "payViews.budget.amountHint": {
    zh: "单位：元，例如 5000000 或 500万元",
    en: "In yuan, e.g. 5000000 or 500万元",
  },
  "payViews.budget.documentRefHint": {
    zh: "例如：武财企〔2026〕12号",
    en: "E.g. 武财企〔2026〕12号",
  },
  "payViews.budget.submit": { zh: "录入", en: "Record" },
  "payViews.budget.recorded": {
    zh: "已录入 {year} 年预算下达 {amount}。",
    en: "Recorded: {amount} appropriated for {year}.",
  },

  // /staff/ledger
  "payViews.ledger.title": { zh: "资金账簿", en: "Ledger" },
  "payViews.ledger.lead": {
    zh: "复式记账，金额以分计，只增不改。每张凭证的借方合计等于贷方合计（数据库在提交时检查）。",
    en: "Double entry in integer fen, append-only. Every posting's debits equal its credits (the database checks at commit).",
  },
  "payViews.ledger.balances": { zh: "科目余额", en: "Account balances" },
  "payViews.ledger.noBalances": { zh: "账簿中尚无记录。", en: "The ledger is empty." },
  "payViews.ledger.account": { zh: "科目", en: "Account" },
  "payViews.ledger.code": { zh: "科目代码", en: "Code" },
  "payViews.ledger.balance": { zh: "余额（借 + / 贷 −）", en: "Balance (debit + / credit −)" },
  "payViews.ledger.groupTotal": { zh: "小计", en: "Subtotal" },
  "payViews.ledger.total": { zh: "全部科目合计", en: "All accounts" },
  "payViews.ledger.group.budget": { zh: "预算", en: "Budget" },
  "payViews.ledger.group.payable": { zh: "应付（已审批未拨付）", en: "Payable (approved, not sent)" },
  "payViews.ledger.group.clearing": { zh: "在途", en: "In transit" },
  "payViews.ledger.group.paid": { zh: "已拨付", en: "Paid" },
  "payViews.ledger.account.budget": { zh: "{year} 年预算（可用）", en: "Budget {year} (available)" },
  "payViews.ledger.account.appropriation": { zh: "{year} 年预算下达", en: "Appropriated for {year}" },
  "payViews.ledger.account.payable": { zh: "应付 · {org}", en: "Payable · {org}" },
  "payViews.ledger.account.paid": { zh: "已付 · {org}", en: "Paid · {org}" },
  "payViews.ledger.account.clearing": { zh: "在途 · {rail}", en: "In transit · {rail}" },
  "payViews.ledger.postings": { zh: "最近的记账凭证", en: "Latest postings" },
  "payViews.ledger.noPostings": { zh: "尚无记账凭证。", en: "No postings yet." },
  "payViews.ledger.posting": { zh: "凭证 #{id}", en: "Posting #{id}" },
  "payViews.ledger.postedAt": { zh: "记账时间", en: "Posted at" },
  "payViews.ledger.postedBy": { zh: "记账人", en: "Posted by" },
  "payViews.ledger.system": { zh: "系统（支付通道回调）", en: "System (the rail's webhook)" },
  "payViews.ledger.memo": { zh: "摘要", en: "Memo" },
  "payViews.ledger.debit": { zh: "借方", en: "Debit" },
  "payViews.ledger.credit": { zh: "贷方", en: "Credit" },
  "payViews.ledger.totals": { zh: "合计", en: "Totals" },
  "payViews.ledger.balanced": { zh: "借贷平衡", en: "Balanced" },
  "payViews.ledger.unbalanced": { zh: "借贷不平！", en: "Not balanced!" },
  "payViews.ledger.award": { zh: "奖励 #{id}", en: "Award #{id}" },
  "payViews.ledger.payout": { zh: "拨付 #{id}", en: "Payout #{id}" },
  "payViews.kind.appropriate": { zh: "预算下达", en: "Appropriation" },
  "payViews.kind.approve": { zh: "审批预留", en: "Approval reserves" },
  "payViews.kind.send": { zh: "拨出", en: "Sent" },
  "payViews.kind.settle": { zh: "到账", en: "Settled" },
  "payViews.kind.fail": { zh: "拨付失败", en: "Failed" },
  "payViews.kind.return": { zh: "退回", en: "Returned" },

  // /staff/payouts/reconciliation
  "payViews.recon.title": { zh: "对账", en: "Reconciliation" },
  "payViews.recon.lead": {
    zh: "核对账簿本身（每张凭证借贷平衡，每项奖励预留 + 已付 = 应付），拨付状态与账簿是否一致，以及各支付通道的记录（银行批次、Stripe 转账）。",
    en: "Checks the ledger itself (every posting balanced, every award's reserved + paid = payable), that payouts' statuses agree with it, and each rail's records (bank batches, Stripe transfers).",
  },
  "payViews.recon.none": {
    zh: "尚未对过账。",
    en: "No reconciliation has been run yet.",
  },
  "payViews.recon.last": { zh: "最近一次对账", en: "Last run" },
  "payViews.recon.finishedAt": { zh: "完成时间", en: "Finished" },
  "payViews.recon.runBy": { zh: "执行人", en: "Run by" },
  "payViews.recon.script": {
    zh: "命令行（npm run payouts:reconcile）",
    en: "Command line (npm run payouts:reconcile)",
  },
  "payViews.recon.rails": { zh: "核对的通道", en: "Rails checked" },
  "payViews.recon.checked": { zh: "核对项数", en: "Items checked" },
  "payViews.recon.clean": { zh: "未发现差异。", en: "No differences found." },
  "payViews.recon.differences": {
    zh: "发现 {count} 处差异",
    en: "{count, plural, one {# difference} other {# differences}} found",
  },
  "payViews.recon.check": { zh: "差异", en: "Difference" },
  "payViews.recon.subject": { zh: "对象", en: "Subject" },
  "payViews.recon.expected": { zh: "应为", en: "Expected" },
  "payViews.recon.found": { zh: "实际", en: "Found" },
  "payViews.recon.run": { zh: "立即对账", en: "Run now" },
  "payViews.recon.ran": {
    zh: "对账完成：核对 {checked} 项，差异 {count} 处。",
    en: "Reconciliation done: {checked} items checked, {count} differences.",
  },

  // The organization's project page, and /results.
  "payViews.project.title": { zh: "奖励拨付", en: "Award payments" },
  "payViews.project.lead": {
    zh: "联合体各成员的拨付状态。本单位的拨付可查看完整进度；其他成员只显示状态。",
    en: "The payment status of each consortium member. Your organization's payments show their full timeline; other members' show their status only.",
  },
  "payViews.project.none": {
    zh: "奖励尚未生成拨付记录。",
    en: "No payment has been set up for this award yet.",
  },
  "payViews.project.member": { zh: "成员单位", en: "Member" },
  "payViews.project.amount": { zh: "拨付金额", en: "Amount" },
  "payViews.project.status": { zh: "状态", en: "Status" },
  "payViews.project.paidAt": { zh: "到账时间", en: "Paid at" },
  "payViews.project.ours": { zh: "本单位", en: "Your organization" },
  "payViews.project.timeline": { zh: "本单位拨付进度", en: "Your organization's payment timeline" },
  "payViews.project.rail": { zh: "支付方式", en: "Rail" },
  "payViews.project.account": { zh: "收款账户", en: "Receiving account" },
  "payViews.project.reference": { zh: "银行流水号（后 4 位）", en: "Bank reference (last 4)" },
  "payViews.project.reason": { zh: "原因", en: "Reason" },
  "payViews.project.noSteps": { zh: "尚无进展。", en: "Nothing has happened yet." },
  "payViews.project.step": { zh: "{from} → {to}", en: "{from} → {to}" },
  "payViews.project.opened": { zh: "已生成（{to}）", en: "Opened ({to})" },
  "payViews.results.payout": { zh: "拨付", en: "Payment" },
  "payViews.results.paidOn": { zh: "{date} 已拨付", en: "Paid on {date}" },
  "payViews.results.noPayout": { zh: "无需拨付", en: "Nothing to pay" },
};
