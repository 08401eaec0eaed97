import { msg } from "../../app/i18n/i18n";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { insertConflict } from "../../db/repositories/assessment";
import {
  assignAssessor,
  declareConflict,
  drawAssessorsForProject,
  finalizeAssessment,
  submitScores,
} from "../../app/server/assessment/assessment.server";
import {
  addInvestmentEvidence,
  saveCompletionReport,
  submitCompletionReport,
} from "../../app/server/assessment/completion-report.server";
import { assessmentForAssessor } from "../../app/server/assessment/views.server";
import {
  approveAward,
  computeProjectAward,
  publicAwards,
  recordOtherSupport,
} from "../../app/server/awards/awards.server";
import { findSessionUserById } from "../support/session-user";
import { expert, projectBeingAssessed, score } from "../support/assessment";
import { projectInProgress, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

const RESULTS = [0, 1, 2].map((position) => ({
  position,
  result: `指标 ${position} 已达成`,
  evidence: "检测报告",
}));

describe("completion report", () => {
  it("needs evidence lines adding up to the actual investment before submission", async () => {
    const { lead, project } = await projectInProgress(2051);
    await saveCompletionReport(lead.actor, project.id, {
      actualInvestmentFen: 5_000_000_00,
      summary: "完成",
      indicatorResults: RESULTS,
    });
    await addInvestmentEvidence(lead.actor, project.id, {
      spentOn: "2027-01-15",
      counterparty: "某公司",
      reference: "FP-1",
      amountFen: 4_000_000_00,
    });
    const refused = await submitCompletionReport(lead.actor, project.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.fieldErrors?.report?.[0]).toEqual(
        msg("err.report.evidenceSum", { total: 4_000_000, actual: 5_000_000 }),
      );
    const status = await getDb()
      .selectFrom("projects")
      .select("status")
      .where("id", "=", project.id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe("in_progress");
    await addInvestmentEvidence(lead.actor, project.id, {
      spentOn: "2027-02-01",
      counterparty: "某公司",
      reference: "FP-2",
      amountFen: 1_000_000_00,
    });
    expect(await submitCompletionReport(lead.actor, project.id)).toEqual({ ok: true, value: null });
    const task = await getDb()
      .selectFrom("tasks")
      .select("status")
      .where("id", "=", project.taskId)
      .executeTakeFirstOrThrow();
    expect(task.status).toBe("completion_submitted");
  });
});

describe("conflicts of interest", () => {
  it("never assigns an assessor affiliated with, or declared against, a consortium member", async () => {
    const { project, member, staff } = await projectBeingAssessed(2052);
    const affiliated = await expert({ affiliationOrgId: member.organization.id });
    const declared = await expert();
    await insertConflict(getDb(), {
      userId: declared.id,
      organizationId: member.organization.id,
      reason: "曾任顾问",
    });
    const clean = await expert();
    expect(await assignAssessor(staff, project.id, affiliated.id)).toEqual({
      ok: false,
      formError: msg("err.assessment.conflicted"),
    });
    expect(await assignAssessor(staff, project.id, declared.id)).toEqual({
      ok: false,
      formError: msg("err.assessment.conflicted"),
    });
    expect(await assignAssessor(staff, project.id, clean.id)).toEqual({ ok: true, value: null });

    // The draw never picks them either (the clean one is already assigned: none left), and records its seed.
    expect(await drawAssessorsForProject(staff, project.id, 2, 1)).toEqual({
      ok: false,
      formError: msg("err.assessment.poolTooSmall", { needed: 2, available: 0 }),
    });
    const another = await expert({ domains: ["blockchain"] });
    const drawn = await drawAssessorsForProject(staff, project.id, 1, 12345);
    expect(drawn).toEqual({ ok: true, value: { assessorIds: [another.id] } });
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("after")
      .where("action", "=", "assessment.draw")
      .where("entityId", "=", String(project.id))
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ seed: 12345, needed: 1 });
  });

  it("an assessor who declares a conflict can never open the project; before declaring, no contents", async () => {
    const { project, staff } = await projectBeingAssessed(2053);
    const assessor = await expert();
    await assignAssessor(staff, project.id, assessor.id);
    const row = await getDb()
      .selectFrom("assessments")
      .select("id")
      .where("assessorId", "=", assessor.id)
      .executeTakeFirstOrThrow();
    const user = await findSessionUserById(assessor.id);
    expect((await assessmentForAssessor(user, row.id))?.contents).toBeNull();
    expect(await declareConflict(assessor, row.id, { conflict: true, reason: "与牵头单位有合作" })).toEqual({
      ok: true,
      value: null,
    });
    expect((await assessmentForAssessor(user, row.id))?.contents).toBeNull();
    expect(
      await submitScores(
        assessor,
        row.id,
        [0, 1, 2].map((position) => ({ position, score: 90, veto: false, comment: "" })),
      ),
    ).toEqual({ ok: false, formError: msg("err.assessment.notOpen") });
    // Someone else's assessment is not found at all.
    const other = await expert();
    expect(await assessmentForAssessor(await findSessionUserById(other.id), row.id)).toBeUndefined();
  });

  it("a staff member with a conflict cannot finalize; the two-person rule holds for awards", async () => {
    const { project, staff, lead } = await projectBeingAssessed(2054);
    const assessors = [await expert(), await expert(), await expert()];
    for (const a of assessors) await assignAssessor(staff, project.id, a.id);
    for (const a of assessors) expect((await score(a, project.id, [80, 70, 100])).ok).toBe(true);
    const conflictedStaff = await staffActor();
    await insertConflict(getDb(), { userId: conflictedStaff.id, projectId: project.id, reason: "亲属任职" });
    expect(await finalizeAssessment(conflictedStaff, project.id, null)).toEqual({
      ok: false,
      formError: msg("err.assessment.staffConflicted"),
    });
    expect(await finalizeAssessment(staff, project.id, null)).toEqual({ ok: true, value: { passed: true } });

    expect(await computeProjectAward(staff, project.id)).toEqual({ ok: true, value: null });
    expect(await approveAward(staff, project.id, 1)).toEqual({
      ok: false,
      formError: msg("err.award.twoPerson"),
    });
    const award = await getDb()
      .selectFrom("awards")
      .selectAll()
      .where("projectId", "=", project.id)
      .executeTakeFirstOrThrow();
    // The database refuses it too, whatever the code path.
    await expect(
      getDb()
        .updateTable("awards")
        .set({ approvedBy: staff.id, status: "approved" })
        .where("id", "=", award.id)
        .execute(),
    ).rejects.toThrow(/awards_two_person/);
    const second = await staffActor();
    expect(await approveAward(second, project.id, award.version)).toEqual({ ok: true, value: null });
    // Assessors were told of their assignment, the consortium of the approval.
    const kinds = async (userId: number) =>
      (await getDb().selectFrom("notifications").select("kind").where("userId", "=", userId).execute()).map(
        (n) => n.kind,
      );
    for (const a of assessors) expect(await kinds(a.id)).toContain("assessment.assigned");
    expect(await kinds(lead.owner.id)).toContain("award.approved");
  });
});

describe("scoring and the award", () => {
  it("blind scoring, trimmed mean from five, 30 % capped at 2M with 就高不重复, split 60/40 on /results", async () => {
    const { project, staff, lead, member } = await projectBeingAssessed(2055, { actualFen: 8_000_000_00 });
    const assessors = [await expert(), await expert(), await expert(), await expert(), await expert()];
    for (const a of assessors) await assignAssessor(staff, project.id, a.id);
    // weights 60/40/0: scores 60×a + 40×b
    const points = [
      [90, 80, 100], // 8600
      [70, 70, 100], // 7000
      [100, 100, 100], // 10000 (highest: dropped)
      [40, 50, 100], // 4400 (lowest: dropped)
      [80, 60, 100], // 7200
    ];
    expect((await score(assessors[0]!, project.id, points[0]!)).ok).toBe(true);
    // The second assessor, before submitting, sees only their own (empty) scores.
    const secondRow = await getDb()
      .selectFrom("assessments")
      .select("id")
      .where("assessorId", "=", assessors[1]!.id)
      .executeTakeFirstOrThrow();
    await declareConflict(assessors[1]!, secondRow.id, { conflict: false });
    const view = await assessmentForAssessor(await findSessionUserById(assessors[1]!.id), secondRow.id);
    expect(view?.contents?.ownScores).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("8600");
    await submitScores(
      assessors[1]!,
      secondRow.id,
      points[1]!.map((s, position) => ({ position, score: s, veto: false, comment: "意见" })),
    );
    for (const [i, a] of assessors.entries()) if (i >= 2) await score(a, project.id, points[i]!);

    expect(await finalizeAssessment(staff, project.id, null)).toEqual({ ok: true, value: { passed: true } });
    const result = await getDb()
      .selectFrom("projectResults")
      .selectAll()
      .where("projectId", "=", project.id)
      .executeTakeFirstOrThrow();
    expect(result).toMatchObject({
      method: "trimmed_mean",
      assessorCount: 5,
      computedScoreCenti: 7600,
      passed: true,
    });

    await recordOtherSupport(staff, project.id, {
      policyName: "武汉市某科技专项",
      amountFen: 500_000_00,
      grantedOn: "2026-06-01",
      reference: "武科〔2026〕1号",
    });
    // The same grant again (same reference) would be deducted twice: refused beside the field.
    expect(
      await recordOtherSupport(staff, project.id, {
        policyName: "武汉市某科技专项",
        amountFen: 500_000_00,
        grantedOn: "2026-06-01",
        reference: "武科〔2026〕1号",
      }),
    ).toEqual({ ok: false, fieldErrors: { reference: [msg("err.award.supportRecorded")] } });
    expect(await computeProjectAward(staff, project.id)).toEqual({ ok: true, value: null });
    const award = await getDb()
      .selectFrom("awards")
      .selectAll()
      .where("projectId", "=", project.id)
      .executeTakeFirstOrThrow();
    // 8,000,000 × 30 % = 2,400,000 → cap 2,000,000 → minus 500,000 already granted = 1,500,000
    expect(award).toMatchObject({
      basisFen: 8_000_000_00,
      rawFen: 2_400_000_00,
      cappedFen: 2_000_000_00,
      otherSupportFen: 500_000_00,
      payableFen: 1_500_000_00,
      boundBy: "other",
    });
    const approver = await staffActor();
    must(await approveAward(approver, project.id, award.version));
    const published = (await publicAwards()).find((a) => a.id === award.id)!;
    expect(published.payableFen).toBe(1_500_000_00);
    expect(published.split).toEqual([
      {
        organizationId: lead.organization.id,
        organizationName: lead.organization.name,
        role: "lead",
        shareBp: 6000,
        amountFen: 900_000_00,
        // Approved, not yet paid: each member's payout waits for finance staff.
        payoutStatus: "pending",
        paidAt: null,
      },
      {
        organizationId: member.organization.id,
        organizationName: member.organization.name,
        role: "member",
        shareBp: 4000,
        amountFen: 600_000_00,
        payoutStatus: "pending",
        paidAt: null,
      },
    ]);
  });

  it("a veto item fails the project whatever the score; an override needs a reason and keeps the computed result", async () => {
    const { project, staff } = await projectBeingAssessed(2056);
    const assessors = [await expert(), await expert(), await expert()];
    for (const a of assessors) await assignAssessor(staff, project.id, a.id);
    await score(assessors[0]!, project.id, [100, 100, 100], true);
    await score(assessors[1]!, project.id, [100, 100, 100]);
    await score(assessors[2]!, project.id, [100, 100, 100]);
    expect(
      await finalizeAssessment(staff, project.id, {
        scoreCenti: 9000,
        passed: true,
        reason: "复核认定举报不实",
      }),
    ).toEqual({
      ok: true,
      value: { passed: true },
    });
    const result = await getDb()
      .selectFrom("projectResults")
      .selectAll()
      .where("projectId", "=", project.id)
      .executeTakeFirstOrThrow();
    expect(result).toMatchObject({ computedPassed: false, passed: true, overrideReason: "复核认定举报不实" });
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityId", "=", String(project.id))
      .where("action", "=", "assessment.finalizeOverride")
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe("evidence files", () => {
  it("are stored with their line, visible to the consortium, staff and declared assessors only, and removed with the line", async () => {
    const { attachmentForViewer } = await import("../../app/server/files/attachment-access.server");
    const { removeInvestmentEvidence } = await import("../../app/server/assessment/completion-report.server");
    const { lead, member, project, staff } = await projectInProgress(2057);
    const bytes = new TextEncoder().encode("%PDF-1.4\ninvoice\n%%EOF\n");
    const added = await addInvestmentEvidence(
      lead.actor,
      project.id,
      { spentOn: "2027-03-01", counterparty: "某公司", reference: "FP-9", amountFen: 100_00 },
      {
        fileName: "发票.pdf",
        bytes,
        sizeBytes: bytes.byteLength,
        sha256: "a".repeat(64),
        contentType: "application/pdf",
      },
    );
    expect(added).toEqual({ ok: true, value: null });
    const line = await getDb()
      .selectFrom("investmentEvidence")
      .selectAll()
      .where("projectId", "=", project.id)
      .executeTakeFirstOrThrow();
    const attachmentId = line.attachmentId!;
    const sees = async (userId: number) =>
      Boolean(await attachmentForViewer(await findSessionUserById(userId), attachmentId));
    expect(await sees(lead.owner.id)).toBe(true);
    expect(await sees(member.owner.id)).toBe(true);
    expect(await sees(staff.id)).toBe(true);
    const outsider = await expert();
    expect(await sees(outsider.id)).toBe(false);

    expect(await removeInvestmentEvidence(lead.actor, project.id, line.id)).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await getDb().selectFrom("attachments").select("id").where("id", "=", attachmentId).execute(),
    ).toEqual([]);
  });
});
