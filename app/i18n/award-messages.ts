/** Strings for the award calculator and its API (spread into app/i18n/messages.ts). */
export const awardMessages = {
  "nav.calculator": { zh: "奖励测算", en: "Calculator" },

  "calc.title": { zh: "揭榜挂帅奖励测算", en: "Challenge award calculator" },
  "calc.lead": {
    zh: "按政策条款测算项目经考核认定实施成功后可获得的奖励：奖励 = 项目总投资 × 比例（不足 1 分舍去），不超过上限；同一项目已获市级其他政策支持的，按“就高不重复”原则扣除；联合体按份额分配，余数按最大余数法分配，合计与应付金额分毫不差。",
    en: "Estimate the award for a project assessed as successfully implemented: award = total project investment × rate (fractions of a fen dropped), at most the cap; other city support for the same project is deducted (就高不重复: the highest entitlement, never the sum); a consortium's share is split by largest remainder so the parts add up to the payable amount exactly.",
  },
  "calc.disclaimer": {
    zh: "测算结果仅供参考：实际奖励以考核认定的审计总投资为基数，由市经信局核定。",
    en: "An estimate only: the actual award is based on the audited total investment confirmed at assessment and approved by the municipal bureau.",
  },
  "calc.policy": { zh: "适用政策", en: "Policy" },
  "calc.policyHint": {
    zh: "奖励适用榜单所依据的政策，与考核认定的日期无关。",
    en: "The award follows the policy of the task's list, whatever the date of assessment.",
  },
  "calc.investment": { zh: "项目总投资（元）", en: "Total project investment (yuan)" },
  "calc.investmentHint": {
    zh: "大于 0，最多两位小数，不带千位分隔符，如 6666666.67",
    en: "Above zero, at most two decimals, no thousands separators, e.g. 6666666.67",
  },
  "calc.other": {
    zh: "已获市级其他政策支持（元，选填）",
    en: "Other city support already granted (yuan, optional)",
  },
  "calc.otherHint": {
    zh: "同一企业、同一项目已按本市其他政策获得的支持金额；不填视为 0。",
    en: "Support the same enterprise already received for the same project under other city policies; blank means 0.",
  },
  "calc.shares": {
    zh: "联合体成员份额（基点，选填）",
    en: "Consortium members' shares (basis points, optional)",
  },
  "calc.sharesHint": {
    zh: "以基点填写（1% = 100 基点），英文逗号分隔，牵头单位在前，合计恰好 10000：如 6000,4000 表示 60% / 40%，3333,3333,3334 表示三家均分。与 API 的 shares 参数相同。",
    en: "In basis points (1% = 100 bp), comma-separated, lead member first, totalling exactly 10000: 6000,4000 means 60% / 40%; 3333,3333,3334 splits three ways. Same as the API's shares parameter.",
  },
  "calc.submit": { zh: "测算", en: "Calculate" },
  "calc.result": { zh: "测算结果", en: "Result" },
  "calc.amount": { zh: "金额", en: "Amount" },
  "calc.rate": { zh: "奖励比例", en: "Rate" },
  "calc.cap": { zh: "奖励上限", en: "Cap" },
  "calc.explanation": { zh: "核定说明", en: "Explanation" },
  "calc.split": { zh: "联合体成员分配", en: "Split among consortium members" },
  "calc.member": { zh: "成员", en: "Member" },
  "calc.memberN": { zh: "成员 {n}", en: "Member {n}" },
  "calc.memberLead": { zh: "成员 1（牵头单位）", en: "Member 1 (lead)" },
  "calc.share": { zh: "份额", en: "Share" },
  "calc.total": { zh: "合计", en: "Total" },
  "calc.json": { zh: "以 JSON 获取本结果（公开 API）", en: "This result as JSON (public API)" },
  "calc.window": { zh: "有效期 {from} 至 {to}", en: "in force {from} to {to}" },

  "err.award.policy": {
    zh: "政策编号格式不正确（如 WH-DE-2022）",
    en: "Not a valid policy code (e.g. WH-DE-2022)",
  },
  "err.award.policyUnknown": {
    zh: "没有编号为 {code} 的政策",
    en: "There is no policy with the code {code}",
  },
  "err.award.shares.format": {
    zh: "份额应为以英文逗号分隔的整数基点，如 6000,4000",
    en: "Shares are whole basis points separated by commas, e.g. 6000,4000",
  },
  "err.award.shares.count": { zh: "最多 {max} 个成员份额", en: "At most {max} members' shares" },
  "err.award.shares.sum": {
    zh: "份额合计 {total} 基点，应恰好为 10000（100%）",
    en: "The shares add up to {total} bp; they must total exactly 10000 (100%)",
  },

  // The award figures table (app/components/award-figures.tsx): the calculator, /results and the staff panel.
  "award.figure.item": { zh: "项目", en: "Figure" },
  "award.figure.formula": { zh: "算法", en: "How" },
  "award.figure.amount": { zh: "金额", en: "Amount" },
  "award.figure.basis": { zh: "审定总投资", en: "Audited total investment" },
  "award.figure.basisHow": { zh: "审定的项目实际总投资", en: "the audited actual total investment" },
  "award.figure.basisEstimate": { zh: "计算基数（项目总投资）", en: "Basis (total project investment)" },
  "award.figure.basisEstimateHow": { zh: "填报的项目总投资", en: "the total investment entered" },
  "award.figure.rate": { zh: "比例", en: "Rate" },
  "award.figure.rateHow": { zh: "政策规定（{bp} 基点）", en: "set by the policy ({bp} bp)" },
  "award.figure.raw": { zh: "按比例计算", en: "At the rate" },
  "award.figure.rawHow": { zh: "基数 × 比例，不足 1 分舍去", en: "basis × rate, fractions of a fen dropped" },
  "award.figure.cap": { zh: "上限", en: "Cap" },
  "award.figure.capHow": { zh: "政策规定的最高金额", en: "the most the policy pays" },
  "award.figure.capped": { zh: "封顶后", en: "After the cap" },
  "award.figure.cappedHow": {
    zh: "按比例计算与上限取小",
    en: "the lower of the amount at the rate and the cap",
  },
  "award.figure.other": { zh: "已获其他支持", en: "Other support" },
  "award.figure.otherEstimate": { zh: "市级其他政策支持", en: "Other city support" },
  "award.figure.otherHow": {
    zh: "同一项目已获市级其他政策支持，就高不重复",
    en: "city support already granted for the project under other policies (highest entitlement, never the sum)",
  },
  "award.figure.payable": { zh: "应拨付奖励", en: "Payable" },
  "award.figure.payableHow": {
    zh: "封顶后减去已获支持，不低于 0",
    en: "after the cap less other support, never below 0",
  },
  "award.figure.binding": { zh: "起决定作用", en: "binding" },
  "award.figure.boundBy": { zh: "起决定作用的规则：{rule}", en: "Binding rule: {rule}" },
  "award.figure.boundBy.rate": { zh: "比例", en: "the rate" },
  "award.figure.boundBy.cap": { zh: "上限", en: "the cap" },
  "award.figure.boundBy.other": { zh: "就高不重复", en: "highest entitlement, never the sum (就高不重复)" },
} as const satisfies Record<string, { zh: string; en: string }>;
