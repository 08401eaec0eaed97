import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { assignAssessor } from "../../app/server/assessment/assessment.server";
import { signedIn, type TestBrowser } from "../support/app";
import { expert, projectBeingAssessed } from "../support/assessment";
import { orgWithOwner, projectInProgress, staffActor } from "../support/bidding";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "jiebang-uploads-"));

const EVIDENCE_REF = "HT-PAGES-0001";

let projectId: number;
let assessmentId: number;
const browsers = {} as Record<
  "outsider" | "member" | "lead" | "assessor" | "otherAssessor" | "staff",
  TestBrowser
>;

beforeAll(async () => {
  const { project, lead, member, staff } = await projectBeingAssessed(2071, {
    actualFen: 1_000_000_00,
    summary: "完成",
    reference: EVIDENCE_REF,
  });
  projectId = project.id;
  const assessor = await expert();
  const other = await expert();
  await assignAssessor(staff, projectId, assessor.id);
  assessmentId = (
    await getDb()
      .selectFrom("assessments")
      .select("id")
      .where("assessorId", "=", assessor.id)
      .executeTakeFirstOrThrow()
  ).id;
  const outsider = await orgWithOwner();
  const staffUser = await staffActor();
  browsers.outsider = await signedIn(outsider.email, outsider.password, "192.0.2.70");
  browsers.member = await signedIn(member.email, member.password, "192.0.2.71");
  browsers.lead = await signedIn(lead.email, lead.password, "192.0.2.72");
  browsers.assessor = await signedIn(assessor.email, assessor.password, "192.0.2.73");
  browsers.otherAssessor = await signedIn(other.email, other.password, "192.0.2.74");
  browsers.staff = await signedIn(staffUser.email, staffUser.password, "192.0.2.75");
});

describe("project pages", () => {
  it("the consortium sees its project; anyone else gets 404", async () => {
    for (const role of ["member", "lead"] as const) {
      const response = await browsers[role].get(`/projects/${projectId}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(EVIDENCE_REF);
    }
    for (const role of ["outsider", "assessor", "staff"] as const)
      expect((await browsers[role].get(`/projects/${projectId}`)).status).toBe(404);
  });

  it("only the lead may change the report (member 403, outsider 404), and not after submission", async () => {
    const fields = { intent: "saveReport", actualInvestment: "1", summary: "篡改" };
    expect((await browsers.member.post(`/projects/${projectId}`, fields)).status).toBe(403);
    expect((await browsers.outsider.post(`/projects/${projectId}`, fields)).status).toBe(404);
    const lead = await browsers.lead.post(`/projects/${projectId}`, fields);
    expect(lead.status).toBe(400);
    expect(await lead.text()).toContain("验收报告已提交，不能修改");
    const report = await getDb()
      .selectFrom("completionReports")
      .select(["summary", "actualInvestmentFen"])
      .where("projectId", "=", projectId)
      .executeTakeFirstOrThrow();
    expect(report).toEqual({ summary: "完成", actualInvestmentFen: 1_000_000_00 });
  });

  it("staff project pages are staff-only", async () => {
    for (const role of ["outsider", "lead", "assessor"] as const) {
      expect((await browsers[role].get(`/staff/projects/${projectId}`)).status).toBe(403);
      expect(
        (await browsers[role].post(`/staff/projects/${projectId}`, { intent: "computeAward" })).status,
      ).toBe(403);
    }
    const page = await browsers.staff.get(`/staff/projects/${projectId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(EVIDENCE_REF);
  });
});

describe("assessor pages", () => {
  it("another assessor's assessment does not exist for you", async () => {
    expect((await browsers.otherAssessor.get(`/assess/${assessmentId}`)).status).toBe(404);
    expect(
      (await browsers.otherAssessor.post(`/assess/${assessmentId}`, { intent: "declare", conflict: "no" }))
        .status,
    ).toBe(404);
    expect((await browsers.lead.get(`/assess/${assessmentId}`)).status).toBe(404);
  });

  it("shows the contents only after the declaration, then takes scores with errors beside the fields", async () => {
    const before = await (await browsers.assessor.get(`/assess/${assessmentId}`)).text();
    expect(before).toContain("利益冲突声明");
    expect(before).not.toContain(EVIDENCE_REF);

    const missing = await browsers.assessor.post(`/assess/${assessmentId}`, { intent: "declare" });
    expect(missing.status).toBe(400);
    const declared = await browsers.assessor.post(`/assess/${assessmentId}`, {
      intent: "declare",
      conflict: "no",
    });
    expect(declared.status).toBe(200);
    const after = await (await browsers.assessor.get(`/assess/${assessmentId}`)).text();
    expect(after).toContain(EVIDENCE_REF);

    const scores = (score: string) =>
      Object.fromEntries(
        [0, 1, 2].flatMap((p) => [
          [`scores[${p}].position`, String(p)],
          [`scores[${p}].score`, score],
          [`scores[${p}].comment`, "意见"],
        ]),
      );
    const bad = await browsers.assessor.post(`/assess/${assessmentId}`, {
      intent: "score",
      ...scores("101"),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("应在 0 到 100 之间");
    const row = await getDb()
      .selectFrom("assessments")
      .select("status")
      .where("id", "=", assessmentId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("declared");

    const good = await browsers.assessor.post(`/assess/${assessmentId}`, {
      intent: "score",
      ...scores("85"),
    });
    expect(good.status).toBe(200);
    const done = await getDb()
      .selectFrom("assessments")
      .select(["status", "scoreCenti"])
      .where("id", "=", assessmentId)
      .executeTakeFirstOrThrow();
    expect(done).toEqual({ status: "submitted", scoreCenti: 8500 });
    expect(await (await browsers.assessor.get(`/assess/${assessmentId}`)).text()).toContain(
      "评分已提交：85.00 分",
    );
  });
});

describe("evidence lines with files, through the project page", () => {
  it("takes an optional PDF, refuses a non-PDF beside the file field, and lists the file", async () => {
    const { project, lead } = await projectInProgress(2073);
    const browser = await signedIn(lead.email, lead.password, "192.0.2.80");
    const post = (file: Blob | null, reference: string) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({
        intent: "addEvidence",
        spentOn: "2027-05-01",
        counterparty: "某公司",
        reference,
        amount: "100.00",
      }))
        form.set(name, value);
      if (file) form.set("file", file, "合同.pdf");
      return browser.postMultipart(`/projects/${project.id}`, form);
    };
    expect((await post(null, "NO-FILE")).status).toBe(200);
    expect((await post(new Blob(["%PDF-1.4\n合同\n%%EOF\n"]), "WITH-PDF")).status).toBe(200);
    const png = await post(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]), "WITH-PNG");
    expect(png.status).toBe(400);
    expect(await png.text()).toContain('id="evidence-file-error"');

    const lines = await getDb()
      .selectFrom("investmentEvidence")
      .select(["reference", "attachmentId"])
      .where("projectId", "=", project.id)
      .orderBy("id")
      .execute();
    expect(lines.map((l) => [l.reference, l.attachmentId !== null])).toEqual([
      ["NO-FILE", false],
      ["WITH-PDF", true],
    ]);
    const page = await (await browser.get(`/projects/${project.id}`)).text();
    expect(page).toContain(`/attachments/${lines[1]!.attachmentId}`);
    const file = await browser.get(`/attachments/${lines[1]!.attachmentId}`);
    expect(file.status).toBe(200);
  });
});
