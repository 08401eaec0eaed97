/** Messages of the owner side of the supply–demand list (issue 13, part "items"): the item form, my items, saved searches. */
export const sdItemsMessages = {
  // Validation of the item form (and of the staff's spreadsheet rows, which use the same schema)
  "err.sd.domain": { zh: "请选择领域", en: "Choose the field" },
  "err.sd.category": {
    zh: "请选择需求类别（数字经济或数字政府）",
    en: "Choose the category (digital economy or digital government)",
  },
  "err.sd.supplyKind": { zh: "请选择供给类型", en: "Choose what kind of supply this is" },
  "err.sd.maturity": { zh: "请选择成熟度", en: "Choose the maturity" },
  "err.sd.deployedCustomers": {
    zh: "已规模应用的，请填写应用客户数",
    en: "For a deployed supply, give the number of customers it runs at",
  },
  "err.sd.tagsTooMany": { zh: "标签最多 {max} 个", en: "At most {max} tags" },
  "err.sd.tagTooLong": {
    zh: "标签“{tag}”过长（每个最多 {max} 个字符）",
    en: "The tag “{tag}” is too long (at most {max} characters each)",
  },
  "err.sd.district": {
    zh: "请选择所在区，或留空表示全市",
    en: "Choose a district, or leave it empty for the whole city",
  },
  "err.sd.districtUnknown": {
    zh: "“{district}”不是本市的区",
    en: "“{district}” is not a district of the city",
  },
  "err.sd.wantedByPast": { zh: "期望完成日期不能早于今天", en: "The wanted-by date cannot be in the past" },
  "err.sd.rangeOrder": { zh: "上限不能低于下限", en: "The maximum cannot be lower than the minimum" },
  // Who may file what
  "err.sd.demandOrgType": {
    zh: "需求只能由企业或政府部门发布",
    en: "Demands are filed by enterprises and government departments only",
  },
  "err.sd.digitalGovernmentOrgType": {
    zh: "数字政府类需求只能由政府部门发布",
    en: "Digital-government demands are filed by government departments only",
  },
  "err.sd.supplyOrgType": {
    zh: "供给只能由企业、高校或科研院所发布",
    en: "Supplies are filed by enterprises, universities and research institutes only",
  },
};
