import { usccCheckCharacter } from "../../../domain/uscc";
import { addSheet, inColumnOrder, newWorkbook, toBuffer } from "../../catalog/spreadsheet/writer.server";
import { SD_COLUMNS, SD_HELP_SHEET, SD_ITEM_SHEET, type SdColumnKey } from "./sheet-columns.server";

/** The import template: the item sheet with two example rows (one demand, one supply), and the help sheet. */

type TemplateRow = Record<SdColumnKey, string | null>;

/** The example's code is well formed but registered nowhere: staff replace it (the import says so otherwise). */
const EXAMPLE_FIRST17 = "91420100MA4K0XAM0";
export const EXAMPLE_USCC = EXAMPLE_FIRST17 + usccCheckCharacter(EXAMPLE_FIRST17);

/** The example rows; the demand's wanted-by date is in the coming year so the example stays valid. */
export const templateRows = (now = new Date()): TemplateRow[] => [
  {
    kind: "需求",
    uscc: EXAMPLE_USCC,
    year: null,
    title: "社区养老服务数据共享平台建设需求",
    summary: "打通民政、卫健与街道的养老服务数据，实现需求精准识别",
    description: "全区 12 个街道的养老服务数据分散在多个系统，需建设统一数据平台并提供服务派单与监管功能。",
    domain: "大数据",
    tags: "养老、数据共享",
    district: "江汉区",
    category: "数字政府",
    expectedOutcome: "覆盖全区老年人口，服务派单时间缩短 50%",
    budgetMin: "100万",
    budgetMax: "300万",
    wantedBy: `${now.getUTCFullYear() + 1}-10-31`,
    supplyKind: null,
    maturity: null,
    deployedCustomers: null,
    referenceCases: null,
    districtsServed: null,
    priceMin: null,
    priceMax: null,
    contactName: "陈科长",
    contactPhone: "027-85550000",
    contactEmail: "chen@example.cn",
  },
  {
    kind: "供给",
    uscc: EXAMPLE_USCC,
    year: null,
    title: "工业视觉缺陷检测一体机",
    summary: "开箱即用的产线外观缺陷检测设备，支持小样本训练",
    description: "集成工业相机、光源与边缘计算单元，10 分钟完成新品类建模，检出率 99.5% 以上。",
    domain: "人工智能",
    tags: "机器视觉、质检",
    district: "东湖新技术开发区",
    category: null,
    expectedOutcome: null,
    budgetMin: null,
    budgetMax: null,
    wantedBy: null,
    supplyKind: "产品",
    maturity: "已规模应用",
    deployedCustomers: "35",
    referenceCases: "某汽车零部件企业 20 条产线上线，漏检率下降 80%。",
    districtsServed: null,
    priceMin: "18万",
    priceMax: "45万",
    contactName: "周经理",
    contactPhone: "13800001234",
    contactEmail: "zhou@example.cn",
  },
];

export async function buildSdTemplate(rows: TemplateRow[] = templateRows()): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = addSheet(workbook, SD_ITEM_SHEET, SD_COLUMNS);
  for (const row of rows) sheet.addRow(inColumnOrder(SD_COLUMNS, row));
  const help = workbook.addWorksheet(SD_HELP_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  help.columns = [
    { header: "列名 Column", width: 30 },
    { header: "说明", width: 60 },
    { header: "Description", width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of SD_COLUMNS) help.addRow([column.header, column.zh, column.en]);
  help.addRow([]);
  help.addRow([
    "",
    `每行一个条目，需求与供给都填在“${SD_ITEM_SHEET}”表中，由“类型”列区分；只填与该类型相关的列。示例行须修改或删除（示例中的统一社会信用代码未注册）。导入的条目直接发布，导入人记为审核人。全部行须无误，否则不导入任何条目，并列出每处错误所在的行和列。单元格内容一律按文本导入，不会执行公式。`,
    `One item a row: demands and supplies both go in the “${SD_ITEM_SHEET}” sheet, told apart by the Kind column; fill only the columns of that kind. Edit or delete the example rows (their USCC is not registered). Imported items are published at once, with the importing staff member as reviewer. Every row must be valid, otherwise nothing is imported and every error is listed with its row and column. Cells are imported as text; formulas are never run.`,
  ]);
  help.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  help.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  return toBuffer(workbook);
}
