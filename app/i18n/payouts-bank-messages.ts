/** The bank rail's texts (国库集中支付): bank accounts, payment batches, recording and confirming payments. */
export const payoutsBankMessages = {
  // ---- refusals ----
  "err.payBank.accountName": {
    zh: "开户名必须与单位注册名称完全一致：{name}",
    en: "The account name must be exactly the organization's registered name: {name}",
  },
  "err.payBank.accountNumber": {
    zh: "账号应为 8 至 30 位数字（可含空格）",
    en: "The account number must be 8 to 30 digits (spaces allowed)",
  },
  "err.payBank.ownerOnly": {
    zh: "只有单位管理员可以修改收款账户",
    en: "Only the organization's owner may change its bank account",
  },
  "err.payBank.noneSelected": {
    zh: "请至少选择一笔拨付",
    en: "Select at least one payout",
  },
  "err.payBank.notSchedulable": {
    zh: "第 {id} 号拨付当前不能排入批次（只有待拨付、拨付失败或已退回的拨付可以）",
    en: "Payout {id} cannot go into a batch now (only awaiting, failed or returned payouts can)",
  },
  "err.payBank.noAccount": {
    zh: "第 {id} 号拨付的收款单位尚未登记银行账户",
    en: "The organization of payout {id} has not recorded a bank account",
  },
  "err.payBank.noBatch": { zh: "批次不存在", en: "No such batch" },
  "err.payBank.batchNotDraft": {
    zh: "批次已导出，不能再修改",
    en: "The batch has been exported and can no longer change",
  },
  "err.payBank.batchEmpty": {
    zh: "批次中没有拨付，无法导出",
    en: "The batch holds no payouts: nothing to export",
  },
  "err.payBank.alreadyRecorded": {
    zh: "该笔拨付已登记银行流水号，等待复核",
    en: "This payout's bank reference is already recorded and awaits confirmation",
  },
  "err.payBank.notRecorded": {
    zh: "请先登记银行流水号和回单，再复核",
    en: "Record the bank reference and voucher before confirming",
  },
  "err.payBank.samePerson": {
    zh: "双人复核：登记人不能复核自己登记的拨付",
    en: "Two-person rule: whoever recorded the payment cannot confirm it",
  },
  "err.payBank.unknownIntent": { zh: "未知操作", en: "Unknown action" },

  // ---- the organization's bank account ----
  "payBank.account.title": { zh: "收款银行账户", en: "Bank account for awards" },
  "payBank.account.link": { zh: "收款银行账户与奖励拨付", en: "Bank account and award payments" },
  "payBank.account.lead": {
    zh: "奖励资金通过国库集中支付拨付到本单位的对公账户。开户名必须与单位注册名称一致：{name}。",
    en: "Awards are paid by the treasury to the organization's bank account. The account name must be the registered name: {name}.",
  },
  "payBank.account.none": {
    zh: "尚未登记收款账户，奖励暂不能拨付。",
    en: "No bank account recorded yet: awards cannot be paid.",
  },
  "payBank.account.accountName": { zh: "开户名", en: "Account name" },
  "payBank.account.bankName": { zh: "开户行", en: "Bank and branch" },
  "payBank.account.bankNameHint": {
    zh: "银行名称及支行，例如：中国工商银行武汉东湖支行",
    en: "Bank and branch, e.g. ICBC Wuhan Donghu branch",
  },
  "payBank.account.accountNumber": { zh: "账号", en: "Account number" },
  "payBank.account.accountNumberHint": {
    zh: "8 至 30 位数字。保存后只显示末 4 位；修改时请完整重新输入。",
    en: "8 to 30 digits. Only the last 4 are shown after saving; retype the whole number to change it.",
  },
  "payBank.account.updatedAt": { zh: "更新时间", en: "Updated" },
  "payBank.account.save": { zh: "保存收款账户", en: "Save bank account" },
  "payBank.account.edit": { zh: "修改收款账户", en: "Change bank account" },
  "payBank.account.saved": { zh: "收款账户已保存。", en: "Bank account saved." },
  "payBank.account.ownerEdits": {
    zh: "只有单位管理员可以修改收款账户。",
    en: "Only the organization's owner can change the bank account.",
  },
  "payBank.account.snapshotNote": {
    zh: "已排入批次或正在拨付的款项仍按排入时的账户支付。",
    en: "Payouts already scheduled or being paid go to the account they were scheduled with.",
  },
  "payBank.org.payouts": { zh: "本单位的奖励拨付", en: "Award payments to this organization" },
  "payBank.org.noPayouts": { zh: "暂无奖励拨付。", en: "No award payments yet." },

  // ---- shared columns ----
  "payBank.col.select": { zh: "选择", en: "Select" },
  "payBank.col.id": { zh: "编号", en: "No." },
  "payBank.col.task": { zh: "任务", en: "Task" },
  "payBank.col.payee": { zh: "收款单位", en: "Payee" },
  "payBank.col.amount": { zh: "金额", en: "Amount" },
  "payBank.col.status": { zh: "状态", en: "Status" },
  "payBank.col.account": { zh: "收款账户", en: "Account" },
  "payBank.col.reference": { zh: "银行流水号", en: "Bank reference" },
  "payBank.col.paidAt": { zh: "拨付时间", en: "Paid" },
  "payBank.col.batch": { zh: "批次", en: "Batch" },
  "payBank.col.voucher": { zh: "回单", en: "Voucher" },
  "payBank.col.actions": { zh: "操作", en: "Actions" },
  "payBank.col.payouts": { zh: "笔数", en: "Payouts" },
  "payBank.col.total": { zh: "合计", en: "Total" },
  "payBank.col.created": { zh: "创建时间", en: "Created" },
  "payBank.awaiting": { zh: "待复核", en: "Awaiting confirmation" },
  "payBank.noAccount": { zh: "未登记账户", en: "No bank account" },

  // ---- /staff/payouts ----
  "payBank.staff.title": { zh: "奖励拨付（国库集中支付）", en: "Award payments (treasury)" },
  "payBank.staff.lead": {
    zh: "选择待拨付的款项组成支付批次，导出 Excel 提交国库集中支付系统；银行支付后登记流水号和回单，由另一位财务人员复核。",
    en: "Select payouts to form a payment batch and export it as Excel for the treasury system; once the bank has paid, record the reference and voucher, and a second finance staff member confirms.",
  },
  "payBank.staff.filters": { zh: "按状态查看", en: "By status" },
  "payBank.filter.pending_ready": { zh: "待拨付（已登记账户）", en: "Awaiting (account recorded)" },
  "payBank.filter.pending_no_account": { zh: "待拨付（未登记账户）", en: "Awaiting (no account)" },
  "payBank.filter.scheduled": { zh: "已排入批次", en: "Scheduled" },
  "payBank.filter.processing": { zh: "银行处理中", en: "With the bank" },
  "payBank.filter.awaiting": { zh: "待复核", en: "Awaiting confirmation" },
  "payBank.filter.paid": { zh: "已拨付", en: "Paid" },
  "payBank.filter.failed": { zh: "拨付失败", en: "Failed" },
  "payBank.filter.returned": { zh: "已退回", en: "Returned" },
  "payBank.staff.filterCount": { zh: "{label}（{count}）", en: "{label} ({count})" },
  "payBank.staff.empty": { zh: "没有该状态的拨付。", en: "No payouts in this state." },
  "payBank.staff.build": { zh: "用所选款项组成支付批次", en: "Build a batch from the selected payouts" },
  "payBank.staff.selectPayout": { zh: "选择第 {id} 号拨付", en: "Select payout {id}" },
  "payBank.staff.batches": { zh: "支付批次", en: "Payment batches" },
  "payBank.staff.noBatches": { zh: "尚无支付批次。", en: "No payment batches yet." },
  "payBank.batch.name": { zh: "第 {id} 批", en: "Batch {id}" },
  "payBank.batchStatus.draft": { zh: "草稿", en: "Draft" },
  "payBank.batchStatus.exported": { zh: "已导出", en: "Exported" },
  "payBank.batchStatus.closed": { zh: "已结清", en: "Closed" },

  // ---- /staff/payouts/batches/:id ----
  "payBank.batch.title": { zh: "支付批次 {id}", en: "Payment batch {id}" },
  "payBank.batch.back": { zh: "奖励拨付", en: "Award payments" },
  "payBank.batch.createdBy": { zh: "创建人", en: "Created by" },
  "payBank.batch.exportedBy": { zh: "导出人", en: "Exported by" },
  "payBank.batch.exportedAt": { zh: "导出时间", en: "Exported" },
  "payBank.batch.closedAt": { zh: "结清时间", en: "Closed" },
  "payBank.batch.total": { zh: "合计 {count} 笔，{total}", en: "{count} payouts, {total} in all" },
  "payBank.batch.empty": { zh: "批次中没有拨付。", en: "The batch holds no payouts." },
  "payBank.batch.remove": { zh: "移出批次", en: "Remove" },
  "payBank.batch.removeLabel": { zh: "将第 {id} 号拨付移出批次", en: "Remove payout {id} from the batch" },
  "payBank.batch.export": { zh: "导出并提交国库支付", en: "Export for the treasury" },
  "payBank.batch.exportLead": {
    zh: "导出后批次不能再修改，批次中的款项进入“银行处理中”。导出文件含完整账号，请妥善保管。",
    en: "After export the batch cannot change and its payouts are with the bank. The file holds full account numbers: keep it safe.",
  },
  "payBank.batch.exported": { zh: "批次已导出。", en: "Batch exported." },
  "payBank.batch.download": { zh: "下载 Excel（国库支付文件）", en: "Download Excel (treasury file)" },
  "payBank.batch.recordTitle": { zh: "登记第 {id} 号拨付的银行支付结果", en: "Bank result for payout {id}" },
  "payBank.batch.reference": { zh: "银行流水号", en: "Bank reference" },
  "payBank.batch.voucher": { zh: "银行回单（PDF）", en: "Bank voucher (PDF)" },
  "payBank.batch.record": { zh: "登记已支付", en: "Record payment" },
  "payBank.batch.recorded": {
    zh: "已登记，等待另一位财务人员复核。",
    en: "Recorded: awaiting a second finance staff member's confirmation.",
  },
  "payBank.batch.recordedBy": {
    zh: "{name} 于 {at} 登记流水号 {reference}",
    en: "{name} recorded reference {reference} at {at}",
  },
  "payBank.batch.confirm": { zh: "复核确认已拨付", en: "Confirm as paid" },
  "payBank.batch.confirmed": { zh: "已确认拨付。", en: "Confirmed as paid." },
  "payBank.batch.youRecorded": {
    zh: "这笔由您登记，须由另一位财务人员复核。",
    en: "You recorded this one: another finance staff member must confirm it.",
  },
  "payBank.batch.reason": { zh: "原因", en: "Reason" },
  "payBank.batch.fail": { zh: "登记支付失败", en: "Record failure" },
  "payBank.batch.failed": {
    zh: "已登记支付失败，可排入新批次。",
    en: "Failure recorded: the payout can go into a new batch.",
  },
  "payBank.batch.returnReference": { zh: "退汇流水号", en: "Return reference" },
  "payBank.batch.return": { zh: "登记退汇", en: "Record return" },
  "payBank.batch.returned": {
    zh: "已登记退汇，可排入新批次。",
    en: "Return recorded: the payout can go into a new batch.",
  },
  "payBank.batch.failureReason": { zh: "原因：{reason}", en: "Reason: {reason}" },
  "payBank.batch.confirmedBy": { zh: "{name} 于 {at} 复核", en: "Confirmed by {name} at {at}" },

  // ---- the project page's minimal status line ----
  "payBank.project.title": { zh: "奖励拨付", en: "Award payment" },
  "payBank.project.line": { zh: "本单位应收 {amount}：", en: "Due to your organization: {amount} — " },
  "payBank.project.paidOn": { zh: "（{at}）", en: " ({at})" },
} as const satisfies Record<string, { zh: string; en: string }>;
