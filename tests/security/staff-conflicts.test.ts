import { describe, expect, it } from "vitest";
import { msg, translateMessage } from "../../app/i18n/i18n";
import {
  assignAssessor,
  checkCompletionReport,
  drawAssessorsForProject,
  finalizeAssessment,
} from "../../app/server/assessment/assessment.server";
import {
  addInvestmentEvidence,
  saveCompletionReport,
  submitCompletionReport,
} from "../../app/server/assessment/completion-report.server";
import { projectForStaff } from "../../app/server/assessment/views.server";
import { approveAward, computeProjectAward, recordOtherSupport } from "../../app/server/awards/awards.server";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { fileObjection, resolveObjectionAsStaff } from "../../app/server/bidding/notices.server";
import {
  publishResult,
  saveBidReview,
  selectBid,
  startReview,
  unselectBid,
} from "../../app/server/bidding/review.server";
import { getDb } from "../../db/client";
import { insertConflict } from "../../db/repositories/assessment";
import { signedIn } from "../support/app";
import { expert, score } from "../support/assessment";
import { completeContent, openTask, orgWithOwner, projectInProgress, staffActor } from "../support/bidding";
import { must } from "../support/outcome";
import { findSessionUserById } from "../support/session-user";

const REFUSED = { ok: false, formError: msg("err.assessment.staffConflicted") };

/** Rows the services write on any action: a refused action leaves every count as it was. */
async function writtenRows() {
  const db = getDb();
  const count = async (table: "auditLog" | "notifications" | "assessments" | "otherSupport" | "awards") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    audit: await count("auditLog"),
    notifications: await count("notifications"),
    assessments: await count("assessments"),
    otherSupport: await count("otherSupport"),
    awards: await count("awards"),
  };
}

/** The action is refused with the conflict message and writes nothing. */
async function refusedWritingNothing(action: () => Promise<unknown>) {
  const before = await writtenRows();
  expect(await action()).toEqual(REFUSED);
  expect(await writtenRows()).toEqual(before);
}

/** A staff member who declared a conflict with an organization. */
async function staffConflictedWith(organizationId: number) {
  const staff = await staffActor();
  await insertConflict(getDb(), { userId: staff.id, organizationId, reason: "曾在该单位任职" });
  return staff;
}

/** A task under review with one submitted bid (lead + one member). */
async function bidUnderReview(year: number) {
  const deadline = new Date(`${year}-03-31T09:00:00Z`);
  const before = new Date(deadline.getTime() - 3_600_000);
  const after = new Date(deadline.getTime() + 3_600_000);
  const { task } = await openTask({ year, bidDeadline: deadline });
  const lead = await orgWithOwner();
  const { bidId } = must(await startBid(lead.actor, task.code, before));
  must(await saveBidContent(lead.actor, bidId, completeContent(), before));
  must(await submitBid(lead.actor, bidId, before));
  const staff = await staffActor();
  must(await startReview(staff, task.code, after));
  return { task, lead, bidId, staff, after };
}

const bidRow = (bidId: number) =>
  getDb()
    .selectFrom("bids")
    .select(["status", "decidedBy", "staffNote"])
    .where("id", "=", bidId)
    .executeTakeFirstOrThrow();

describe("a conflicted staff member on a bid", () => {
  it("has a refusal message in both languages", () => {
    const zh = translateMessage(REFUSED.formError, "zh");
    const en = translateMessage(REFUSED.formError, "en");
    expect(zh).toContain("利益冲突");
    expect(en).toContain("conflict of interest");
  });

  it("cannot review, select, unselect it or publish the result", async () => {
    const { task, lead, bidId, staff, after } = await bidUnderReview(2071);
    const conflicted = await staffConflictedWith(lead.organization.id);

    await refusedWritingNothing(() =>
      saveBidReview(conflicted, bidId, { staffNote: "很好", shortlisted: true }),
    );
    await refusedWritingNothing(() => selectBid(conflicted, bidId, "综合最优", after));
    expect(await bidRow(bidId)).toMatchObject({ status: "submitted", decidedBy: null });

    must(await selectBid(staff, bidId, "综合最优", after));
    await refusedWritingNothing(() => unselectBid(conflicted, bidId, after));
    expect(await bidRow(bidId)).toMatchObject({ status: "selected", decidedBy: staff.id });
    // Nor confirm the winner and publish the result.
    await refusedWritingNothing(() => publishResult(conflicted, task.code, after));
    const notices = await getDb().selectFrom("notices").select("id").where("taskId", "=", task.id).execute();
    expect(notices).toEqual([]);
  });

  it("cannot resolve an objection against it", async () => {
    const { task, lead, bidId, staff, after } = await bidUnderReview(2072);
    must(await selectBid(staff, bidId, "综合最优", after));
    const { noticeId } = must(await publishResult(staff, task.code, after));
    const objector = await orgWithOwner();
    const { objectionId } = must(
      await fileObjection(
        objector.actor,
        noticeId,
        { bidId, reasons: "业绩材料不实", evidence: "见附件" },
        new Date(after.getTime() + 60_000),
      ),
    );
    const conflicted = await staffConflictedWith(lead.organization.id);
    for (const decision of ["upheld", "dismissed"] as const)
      await refusedWritingNothing(() =>
        resolveObjectionAsStaff(conflicted, objectionId, { decision, resolution: "经核查" }),
      );
    const objection = await getDb()
      .selectFrom("objections")
      .select(["status", "resolvedBy"])
      .where("id", "=", objectionId)
      .executeTakeFirstOrThrow();
    expect(objection).toEqual({ status: "pending", resolvedBy: null });
    expect(await bidRow(bidId)).toMatchObject({ status: "selected" });
  });
});

describe("a conflicted staff member on a project", () => {
  it("cannot check the report, assign or draw assessors, finalize, record support or touch the award", async () => {
    const { project, lead, member, staff } = await projectInProgress(2073);
    const actualFen = 8_000_000_00;
    must(
      await saveCompletionReport(lead.actor, project.id, {
        actualInvestmentFen: actualFen,
        summary: "项目已建成",
        indicatorResults: [0, 1, 2].map((position) => ({ position, result: "已达成", evidence: "检测报告" })),
      }),
    );
    must(
      await addInvestmentEvidence(lead.actor, project.id, {
        spentOn: "2027-01-15",
        counterparty: "某设备公司",
        reference: "HT-2073-001",
        amountFen: actualFen,
      }),
    );
    must(await submitCompletionReport(lead.actor, project.id));
    // Conflicted through a consortium member (not the lead).
    const conflicted = await staffConflictedWith(member.organization.id);
    const projectStatus = async () =>
      (
        await getDb()
          .selectFrom("projects")
          .select("status")
          .where("id", "=", project.id)
          .executeTakeFirstOrThrow()
      ).status;

    await refusedWritingNothing(() => checkCompletionReport(conflicted, project.id, { accept: true }));
    await refusedWritingNothing(() =>
      checkCompletionReport(conflicted, project.id, { accept: false, reason: "材料不全" }),
    );
    expect(await projectStatus()).toBe("completion_submitted");
    must(await checkCompletionReport(staff, project.id, { accept: true }));

    const assessors = [await expert(), await expert(), await expert()];
    for (const a of assessors)
      await refusedWritingNothing(() => assignAssessor(conflicted, project.id, a.id));
    await refusedWritingNothing(() => drawAssessorsForProject(conflicted, project.id, 3, 42));
    for (const a of assessors) must(await assignAssessor(staff, project.id, a.id));
    for (const a of assessors) must(await score(a, project.id, [80, 70, 100]));

    // The conflicted one's view (the loader's data) carries no assessor and no score.
    const theirs = JSON.stringify(
      await projectForStaff(await findSessionUserById(conflicted.id), project.id),
    );
    const cleanView = await projectForStaff(await findSessionUserById(staff.id), project.id);
    const clean = JSON.stringify(cleanView);
    for (const a of assessors) {
      const name = (await findSessionUserById(a.id)).name;
      expect(clean).toContain(name);
      expect(clean).toContain(a.email);
      expect(theirs).not.toContain(name);
      expect(theirs).not.toContain(a.email);
    }
    expect(clean).toContain('"scoreCenti":7600');
    expect(theirs).not.toContain("scoreCenti");
    expect(theirs).not.toContain('"preview":{');
    expect(JSON.parse(theirs)).toMatchObject({ viewerConflicted: true, assessments: [], pool: [] });
    // And so the loader's data, as the browser fetches it (single fetch: /path.data).
    const loaderData = async (who: { email: string; password: string }) => {
      const browser = await signedIn(who.email, who.password);
      const response = await browser.get(`/staff/projects/${project.id}.data`);
      expect(response.status).toBe(200);
      return response.text();
    };
    const [theirData, cleanData] = [await loaderData(conflicted), await loaderData(staff)];
    for (const a of assessors) {
      expect(cleanData).toContain(a.email);
      expect(theirData).not.toContain(a.email);
    }
    expect(cleanData).toContain('"scoreCenti"');
    expect(theirData).not.toContain('"scoreCenti"');
    expect(theirData).not.toContain('"assessorName"');

    await refusedWritingNothing(() => finalizeAssessment(conflicted, project.id, null));
    must(await finalizeAssessment(staff, project.id, null));

    const support = {
      policyName: "武汉市某科技专项",
      amountFen: 500_000_00,
      grantedOn: "2026-06-01",
      reference: "武科〔2026〕7号",
    };
    await refusedWritingNothing(() => recordOtherSupport(conflicted, project.id, support));
    await refusedWritingNothing(() => computeProjectAward(conflicted, project.id));
    must(await computeProjectAward(staff, project.id));
    await refusedWritingNothing(() => approveAward(conflicted, project.id, 1));
    const award = await getDb()
      .selectFrom("awards")
      .select(["status", "approvedBy"])
      .where("projectId", "=", project.id)
      .executeTakeFirstOrThrow();
    expect(award).toEqual({ status: "computed", approvedBy: null });
  });
});

describe("assigning assessors", () => {
  async function assessing(year: number) {
    const { project, lead, staff } = await projectInProgress(year);
    must(
      await saveCompletionReport(lead.actor, project.id, {
        actualInvestmentFen: 1_000_000_00,
        summary: "项目已建成",
        indicatorResults: [0, 1, 2].map((position) => ({ position, result: "已达成", evidence: "检测报告" })),
      }),
    );
    must(
      await addInvestmentEvidence(lead.actor, project.id, {
        spentOn: "2027-01-15",
        counterparty: "某设备公司",
        reference: `HT-${year}`,
        amountFen: 1_000_000_00,
      }),
    );
    must(await submitCompletionReport(lead.actor, project.id));
    must(await checkCompletionReport(staff, project.id, { accept: true }));
    return { project, staff };
  }

  const assigned = async (projectId: number) =>
    (
      await getDb()
        .selectFrom("assessments")
        .select("assessorId")
        .where("projectId", "=", projectId)
        .execute()
    ).map((a) => a.assessorId);

  it("a staff member who is also an expert cannot assign (or draw) themselves", async () => {
    const { project } = await assessing(2074);
    const both = await expert();
    await getDb().insertInto("platformRoles").values({ userId: both.id, role: "staff" }).execute();
    const before = await writtenRows();
    expect(await assignAssessor(both, project.id, both.id)).toEqual({
      ok: false,
      formError: msg("err.assessment.self"),
    });
    expect(await writtenRows()).toEqual(before);
    // Drawing every other active expert leaves the one who draws out.
    const active = await getDb()
      .selectFrom("assessorProfiles")
      .select("userId")
      .where("active", "=", true)
      .execute();
    const { assessorIds } = must(await drawAssessorsForProject(both, project.id, active.length - 1, 7));
    expect(assessorIds).not.toContain(both.id);
    expect(await drawAssessorsForProject(both, project.id, 1, 8)).toEqual({
      ok: false,
      formError: msg("err.assessment.poolTooSmall", { needed: 1, available: 0 }),
    });
    expect(await assigned(project.id)).not.toContain(both.id);
  });

  it("an inactive expert is never assigned or drawn", async () => {
    const { project, staff } = await assessing(2075);
    const retired = await expert();
    await getDb()
      .updateTable("assessorProfiles")
      .set({ active: false })
      .where("userId", "=", retired.id)
      .execute();
    const before = await writtenRows();
    expect(await assignAssessor(staff, project.id, retired.id)).toEqual({
      ok: false,
      formError: msg("err.assessment.inactive"),
    });
    expect(await writtenRows()).toEqual(before);
    const active = await getDb()
      .selectFrom("assessorProfiles")
      .select("userId")
      .where("active", "=", true)
      .execute();
    const { assessorIds } = must(await drawAssessorsForProject(staff, project.id, active.length, 9));
    expect(assessorIds).not.toContain(retired.id);
    expect(await assigned(project.id)).not.toContain(retired.id);
    expect(await drawAssessorsForProject(staff, project.id, 1, 10)).toMatchObject({ ok: false });
  });
});
