import { describe, expect, it } from "vitest";
import { msg, translateMessage } from "../../app/i18n/i18n";
import { approveAward, computeProjectAward, recordOtherSupport } from "../../app/server/awards/awards.server";
import { getDb } from "../../db/client";
import { computedAward } from "../support/assessment";
import { staffActor } from "../support/bidding";
import { must } from "../support/outcome";

// computedAward: a succeeded project (actual investment ¥8,000,000: 30 % = ¥2,400,000, capped at ¥2,000,000).
const awardOf = (projectId: number) =>
  getDb().selectFrom("awards").selectAll().where("projectId", "=", projectId).executeTakeFirstOrThrow();

const support = (reference: string, amountFen = 500_000_00) => ({
  policyName: "武汉市某科技专项",
  amountFen,
  grantedOn: "2026-06-01",
  reference,
});

describe("approving an award that no longer holds", () => {
  it("refuses the old figure once other support is recorded; the recomputed award deducts it (就高不重复)", async () => {
    const { project, staff } = await computedAward(2081);
    const approver = await staffActor();
    const seen = await awardOf(project.id);
    expect(seen).toMatchObject({ status: "computed", payableFen: 2_000_000_00, otherSupportFen: 0 });

    // Recorded after the computation: the computed award is stale at once.
    must(await recordOtherSupport(staff, project.id, support("武科〔2081〕1号")));
    const stale = await awardOf(project.id);
    expect(stale.status).toBe("stale");
    expect(stale.version).toBeGreaterThan(seen.version);

    // The second person approves what they saw: refused, with a clear message in both languages.
    const refused = await approveAward(approver, project.id, seen.version);
    expect(refused).toEqual({ ok: false, formError: msg("err.award.stale") });
    if (refused.ok) throw new Error("unreachable");
    expect(translateMessage(refused.formError!, "zh")).toContain("重新核定");
    expect(translateMessage(refused.formError!, "en")).toContain("recompute");
    // Naming the current (stale) version does not help either.
    expect(await approveAward(approver, project.id, stale.version)).toEqual(refused);
    expect(await awardOf(project.id)).toMatchObject({ status: "stale", approvedBy: null });

    // Recomputed: ¥2,000,000 − ¥500,000 already granted = ¥1,500,000, a new version.
    must(await computeProjectAward(staff, project.id));
    const fresh = await awardOf(project.id);
    expect(fresh).toMatchObject({
      status: "computed",
      cappedFen: 2_000_000_00,
      otherSupportFen: 500_000_00,
      payableFen: 1_500_000_00,
      boundBy: "other",
    });
    expect(fresh.version).toBeGreaterThan(stale.version);
    expect(await approveAward(approver, project.id, seen.version)).toEqual({
      ok: false,
      formError: msg("err.award.changed"),
    });
    must(await approveAward(approver, project.id, fresh.version));
    expect(await awardOf(project.id)).toMatchObject({
      status: "approved",
      approvedBy: approver.id,
      payableFen: 1_500_000_00,
    });
    // Approved: no more support can be recorded against it.
    expect(await recordOtherSupport(staff, project.id, support("武科〔2081〕2号"))).toEqual({
      ok: false,
      formError: msg("err.award.approved"),
    });
  });

  it("two tabs: the version approved in a tab opened before a recomputation is refused", async () => {
    const { project, staff } = await computedAward(2082);
    const approver = await staffActor();
    const firstTab = await awardOf(project.id);
    // Meanwhile support is recorded and the award recomputed, in another tab.
    must(await recordOtherSupport(staff, project.id, support("武科〔2082〕1号", 2_500_000_00)));
    must(await computeProjectAward(staff, project.id));
    const secondTab = await awardOf(project.id);
    expect(secondTab).toMatchObject({ status: "computed", payableFen: 0, otherSupportFen: 2_500_000_00 });

    expect(await approveAward(approver, project.id, firstTab.version)).toEqual({
      ok: false,
      formError: msg("err.award.changed"),
    });
    expect(await awardOf(project.id)).toMatchObject({ status: "computed", approvedBy: null });
    const approvals = await getDb()
      .selectFrom("auditLog")
      .select("seq")
      .where("action", "=", "award.approve")
      .where("entityId", "=", String(secondTab.id))
      .execute();
    expect(approvals).toEqual([]);
    must(await approveAward(approver, project.id, secondTab.version));
    expect(await awardOf(project.id)).toMatchObject({ status: "approved", payableFen: 0 });
  });

  it("the database refuses approving a stale award, whatever the code path", async () => {
    const { project, staff } = await computedAward(2083);
    must(await recordOtherSupport(staff, project.id, support("武科〔2083〕1号")));
    const approver = await staffActor();
    await expect(
      getDb()
        .updateTable("awards")
        .set({ status: "approved", approvedBy: approver.id, approvedAt: new Date() })
        .where("projectId", "=", project.id)
        .execute(),
    ).rejects.toThrow(/stale → approved is not a transition/);
  });
});
