import { fenToYuanNumber, payoutPurpose } from "../../../domain/payouts-bank";
import { newWorkbook } from "../../catalog/spreadsheet/writer.server";

export interface TreasuryRow {
  id: number;
  bankAccountName: string | null;
  bankName: string | null;
  bankAccountNumber: string | null;
  amountFen: number;
  taskCode: string;
}

export const TREASURY_COLUMNS = [
  { header: "收款人名称", key: "payee", width: 36 },
  { header: "收款人开户行", key: "bank", width: 36 },
  { header: "收款人账号", key: "account", width: 28 },
  { header: "金额（元）", key: "yuan", width: 16 },
  { header: "金额（分）", key: "fen", width: 16 },
  { header: "用途", key: "purpose", width: 30 },
  { header: "拨付编号", key: "payoutId", width: 12 },
] as const;

/**
 * The batch as the treasury's centralized-payment system imports it: one row per payout, the account number as
 * text (all its digits, no scientific notation), the amount as a number with two decimals and again in fen.
 */
export async function treasuryWorkbook(batchId: number, rows: readonly TreasuryRow[]): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  workbook.creator = "Jiebang";
  const sheet = workbook.addWorksheet(`支付批次${batchId}`, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TREASURY_COLUMNS.map((column) => ({ ...column }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn("account").numFmt = "@";
  sheet.getColumn("yuan").numFmt = "#,##0.00";
  sheet.getColumn("fen").numFmt = "0";
  for (const row of rows)
    sheet.addRow({
      payee: row.bankAccountName ?? "",
      bank: row.bankName ?? "",
      account: row.bankAccountNumber ?? "",
      yuan: fenToYuanNumber(row.amountFen),
      fen: row.amountFen,
      purpose: payoutPurpose(row.taskCode),
      payoutId: row.id,
    });
  const total = rows.reduce((sum, row) => sum + row.amountFen, 0);
  const totalRow = sheet.addRow({ payee: "合计", yuan: fenToYuanNumber(total), fen: total });
  totalRow.font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
