import ExcelJS from "exceljs";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { msg } from "../../app/i18n/i18n";
import { importMessages } from "../../app/i18n/import-messages";
import { createList, DEMO_POLICY, ensurePolicy } from "../../app/server/demo/factories.server";
import {
  INDICATOR_SHEET,
  TASK_SHEET,
  type TaskExportRow,
} from "../../app/server/catalog/spreadsheet/columns.server";
import { parseTaskWorkbook, type ParseResult } from "../../app/server/catalog/spreadsheet/parser.server";
import { IMPORT_LIMITS } from "../../app/server/catalog/spreadsheet/workbook-guard.server";
import { readZipDirectory } from "../../app/server/catalog/spreadsheet/zip-directory.server";
import { tasksToWorkbook } from "../../app/server/catalog/spreadsheet/writer.server";
import { countRows, staffBrowser } from "../support/catalog";

const now = new Date("2026-01-01T00:00:00Z");
const MB = 1024 * 1024;

function task(index: number): TaskExportRow {
  return {
    code: "",
    title: `任务 ${index}`,
    domain: "ai",
    demandUnit: "某区数据管理部门",
    district: "武昌区",
    scenarioNeed: "需求",
    goals: "目标",
    eligibility: "条件",
    indicativeInvestment: 100_000_00,
    bidDeadline: new Date("2031-03-31T09:00:00Z"),
    maxWinners: 1,
    contactName: "张工",
    contactPhone: "027-88880000",
    indicators: [{ name: "准确率", target: "≥95%", measurement: "检测", weight: 100, veto: false }],
  };
}

/** A valid export, opened in exceljs to be tampered with the way a person (or an attacker) would in Excel. */
async function tampered(tasks: number, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    new Uint8Array(await tasksToWorkbook(Array.from({ length: tasks }, (_, i) => task(i)))).buffer,
  );
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function failure(result: ParseResult) {
  if (result.ok) throw new Error("expected the import to be refused");
  return result;
}

/** A zip written by hand: every entry's header says what `declared` says, whatever the data is. */
function zip(entries: { name: string; data: Uint8Array; method: 0 | 8; declared: number }[], zip64 = false) {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(Math.min(entry.declared, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, Buffer.from(entry.data));
    const extra = zip64 ? Buffer.alloc(12) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.declared), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : entry.declared, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, name, extra);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const fileError = (key: Parameters<typeof msg>[0], params?: Parameters<typeof msg>[1]) => ({
  ok: false,
  errors: [{ sheet: "", row: null, column: null, message: msg(key, params) }],
});

describe("the zip directory, read before exceljs inflates anything", () => {
  it("reads what an exceljs workbook declares", async () => {
    const entries = readZipDirectory(await tasksToWorkbook([task(1)]))!;
    expect(entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect(entries.every((e) => e.method === 8 || e.method === 0)).toBe(true);
  });

  it("is not fooled by garbage, truncation or a directory outside the file", async () => {
    const real = await tasksToWorkbook([task(1)]);
    expect(readZipDirectory(new Uint8Array(0))).toBeNull();
    expect(readZipDirectory(Buffer.from("PK\x05\x06 not really"))).toBeNull();
    expect(readZipDirectory(real.subarray(0, real.length - 30))).toBeNull();
    const moved = Buffer.from(real);
    moved.writeUInt32LE(real.length, real.length - 22 + 16); // directory offset past the end
    expect(readZipDirectory(moved)).toBeNull();
  });

  it(`refuses a zip that declares more than ${IMPORT_LIMITS.uncompressedMb} MB unpacked`, async () => {
    const huge = zip([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<x/>"), method: 0, declared: 0xfffffff0 },
    ]);
    expect(await parseTaskWorkbook(huge, { now })).toEqual(
      fileError("err.import.uncompressedTooLarge", { max: IMPORT_LIMITS.uncompressedMb }),
    );
    const zip64 = zip(
      [{ name: "xl/worksheets/sheet1.xml", data: Buffer.from("<x/>"), method: 0, declared: 2 ** 40 }],
      true,
    );
    expect(await parseTaskWorkbook(zip64, { now })).toEqual(
      fileError("err.import.uncompressedTooLarge", { max: IMPORT_LIMITS.uncompressedMb }),
    );
    // Many parts that together pass the cap.
    const many = zip(
      Array.from({ length: 6 }, (_, i) => ({
        name: `p${i}.xml`,
        data: Buffer.from("<x/>"),
        method: 0 as const,
        declared: 10 * MB,
      })),
    );
    expect(await parseTaskWorkbook(many, { now })).toEqual(
      fileError("err.import.uncompressedTooLarge", { max: IMPORT_LIMITS.uncompressedMb }),
    );
  });

  it("refuses a zip bomb by its compression ratio", async () => {
    const zeros = new Uint8Array(20 * MB);
    const bomb = zip([
      { name: "xl/sharedStrings.xml", data: deflateRawSync(zeros), method: 8, declared: zeros.length },
    ]);
    expect(await parseTaskWorkbook(bomb, { now })).toEqual(
      fileError("err.import.compressionRatio", { max: IMPORT_LIMITS.compressionRatio }),
    );
  });

  it("refuses a part that inflates past the size its header declares (inflation stops there)", async () => {
    const lying = zip([
      {
        name: "xl/sharedStrings.xml",
        data: deflateRawSync(new Uint8Array(8 * MB)),
        method: 8,
        declared: 1000,
      },
    ]);
    expect(await parseTaskWorkbook(lying, { now })).toEqual(fileError("err.import.corrupt"));
  });
});

describe("what staff cannot see is not imported", () => {
  it("refuses a hidden sheet, and a very hidden one, naming it", async () => {
    for (const state of ["hidden", "veryHidden"] as const) {
      const file = await tampered(1, (workbook) => {
        const sheet = workbook.addWorksheet("备注");
        sheet.addRow(["=cmd|' /C calc'!A0"]);
        sheet.state = state;
      });
      expect(await parseTaskWorkbook(file, { now })).toEqual(
        fileError("err.import.hiddenSheet", { sheet: "备注" }),
      );
    }
  });

  it("refuses a hidden 任务 sheet even though it is the one imported", async () => {
    const file = await tampered(1, (workbook) => {
      workbook.addWorksheet("封面");
      workbook.getWorksheet(TASK_SHEET)!.state = "hidden";
    });
    expect(await parseTaskWorkbook(file, { now })).toEqual(
      fileError("err.import.hiddenSheet", { sheet: TASK_SHEET }),
    );
  });

  it("refuses hidden rows with content, pointing at each", async () => {
    const file = await tampered(5, (workbook) => {
      workbook.getWorksheet(TASK_SHEET)!.getRow(3).hidden = true;
      workbook.getWorksheet(INDICATOR_SHEET)!.getRow(6).hidden = true;
    });
    expect(failure(await parseTaskWorkbook(file, { now })).errors).toEqual([
      { sheet: TASK_SHEET, row: 3, column: null, message: msg("err.import.hiddenRow") },
      { sheet: INDICATOR_SHEET, row: 6, column: null, message: msg("err.import.hiddenRow") },
    ]);
  });

  it("refuses a hidden column", async () => {
    const file = await tampered(2, (workbook) => {
      workbook.getWorksheet(TASK_SHEET)!.getColumn(7).hidden = true;
    });
    expect(failure(await parseTaskWorkbook(file, { now })).errors).toEqual([
      { sheet: TASK_SHEET, row: null, column: "G", message: msg("err.import.hiddenColumn", { column: "G" }) },
    ]);
  });

  it("has every new message in both languages", () => {
    for (const text of Object.values(importMessages)) {
      expect(text.zh).toMatch(/\p{Script=Han}/u);
      expect(text.en).toMatch(/[a-z]/);
    }
  });
});

describe("rows and errors are capped", () => {
  it(`refuses more than ${IMPORT_LIMITS.taskRows} task rows before reading them`, async () => {
    const file = await tampered(1, (workbook) => {
      const sheet = workbook.getWorksheet(TASK_SHEET)!;
      for (let i = 0; i < IMPORT_LIMITS.taskRows; i++) sheet.addRow([i + 2, "", `任务 ${i}`]);
    });
    expect(failure(await parseTaskWorkbook(file, { now })).errors).toEqual([
      {
        sheet: TASK_SHEET,
        row: null,
        column: null,
        message: msg("err.import.tooManyRows", { sheet: TASK_SHEET, max: IMPORT_LIMITS.taskRows }),
      },
    ]);
  }, 60_000);

  it(`lists the first ${IMPORT_LIMITS.errors} errors and counts the rest`, async () => {
    const file = await tampered(300, (workbook) => {
      const sheet = workbook.getWorksheet(TASK_SHEET)!;
      sheet.eachRow((row) => {
        if (row.number > 1) row.getCell(1).value = "x"; // a bad 序号: one error per row
      });
    });
    const result = failure(await parseTaskWorkbook(file, { now }));
    expect(result.errors).toHaveLength(IMPORT_LIMITS.errors);
    expect(result.moreErrors).toBe(300 + 300 - IMPORT_LIMITS.errors); // and each indicator's unknown key
    expect(result.errors[0]).toMatchObject({ sheet: TASK_SHEET, row: 2 });
  });
});

describe("through the import endpoint", () => {
  it("answers a hidden sheet with its message and imports nothing", async () => {
    await ensurePolicy(getDb(), { ...DEMO_POLICY });
    const list = await createList(getDb(), { policyCode: DEMO_POLICY.code, year: 2077 });
    const staff = await staffBrowser();
    const file = await tampered(3, (workbook) => {
      workbook.addWorksheet("隐藏").state = "hidden";
    });
    const form = new FormData();
    form.set("file", new File([new Uint8Array(file)], "tasks.xlsx"));
    const before = await countRows("tasks");
    const response = await staff.postMultipart(`/staff/lists/${list.id}/import`, form);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(fileError("err.import.hiddenSheet", { sheet: "隐藏" }));
    expect(await countRows("tasks")).toBe(before);
  });
});
