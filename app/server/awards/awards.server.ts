import { msg } from "../../i18n/i18n";
import { getDb } from "../../../db/client";
import { appendAudit } from "../../../db/repositories/audit";
import { consortiumOfProject, findProject, findReport } from "../../../db/repositories/assessment";
import {
  approveComputedAward,
  awardSplits,
  findAward,
  insertOtherSupport,
  invalidateAward,
  otherSupportOf,
  publishedAwards,
  replaceAward,
} from "../../../db/repositories/awards";
import { awardIsApproved, computeAward, explainAward, splitByShares } from "../../domain/award";
import { notifyOrganizations } from "../notifications/notifications.server";
import { assertNoConflict } from "../conflicts/conflicts.server";
import { reserveAward } from "../payouts/budget.server";
import { fail, isUniqueViolation, type Outcome } from "../platform/outcome.server";
import { type Actor } from "../platform/actor.server";

/**
 * 就高不重复: staff record support the same enterprise already received for the same project elsewhere. A
 * computed award no longer holds (it deducted less): it becomes stale, a new version that cannot be approved
 * until recomputed.
 */
export async function recordOtherSupport(
  actor: Actor,
  projectId: number,
  support: { policyName: string; amountFen: number; grantedOn: string; reference: string },
): Promise<Outcome<null>> {
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const project = await findProject(trx, projectId, { lock: true });
        if (!project) return fail("err.project.notFound");
        const conflicted = await assertNoConflict(trx, actor.id, { projectId });
        if (conflicted) return conflicted;
        const award = await findAward(trx, { projectId }, { lock: true });
        if (award && awardIsApproved(award.status)) return fail("err.award.approved");
        const row = await insertOtherSupport(trx, { projectId, recordedBy: actor.id, ...support });
        await appendAudit(trx, {
          actorUserId: actor.id,
          action: "award.otherSupport",
          entityType: "project",
          entityId: projectId,
          after: row,
          ip: actor.ip,
        });
        if (award) {
          const stale = (await invalidateAward(trx, award.id))!;
          await appendAudit(trx, {
            actorUserId: actor.id,
            action: "award.invalidate",
            entityType: "award",
            entityId: award.id,
            before: { status: award.status, version: award.version, payableFen: award.payableFen },
            after: { status: stale.status, version: stale.version, otherSupportId: row.id },
            ip: actor.ip,
          });
        }
        return { ok: true as const, value: null };
      });
  } catch (error) {
    if (isUniqueViolation(error, "other_support_once"))
      return { ok: false, fieldErrors: { reference: [msg("err.award.supportRecorded")] } };
    throw error;
  }
}

/**
 * Computes (or recomputes, until approved) the award of a succeeded project from the audited actual investment
 * and the list's policy, splits it by the consortium's shares, and stores every figure with its explanation.
 */
export async function computeProjectAward(
  actor: Actor,
  projectId: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const project = await findProject(trx, projectId, { lock: true });
      if (!project) return fail("err.project.notFound");
      if (project.status !== "succeeded") return fail("err.award.notSucceeded");
      const conflicted = await assertNoConflict(trx, actor.id, { projectId });
      if (conflicted) return conflicted;
      const existing = await findAward(trx, { projectId }, { lock: true });
      if (existing && awardIsApproved(existing.status)) return fail("err.award.approved");
      const [report, support, consortium] = await Promise.all([
        findReport(trx, projectId),
        otherSupportOf(trx, projectId),
        consortiumOfProject(trx, projectId),
      ]);
      if (!report || report.actualInvestmentFen <= 0) return fail("err.award.noBasis");
      const figures = computeAward(
        { rateBp: project.rateBp, capFen: project.capFen },
        report.actualInvestmentFen,
        support.reduce((sum, s) => sum + s.amountFen, 0),
      );
      const explanation = explainAward(figures, { code: project.policyCode, title: project.policyTitle });
      const parts = splitByShares(
        figures.payableFen,
        consortium.map((m) => m.shareBp),
      );
      const { award, splits } = await replaceAward(
        trx,
        existing?.id ?? null,
        {
          ...figures,
          projectId,
          policyId: project.policyId,
          explanationZh: explanation.zh,
          explanationEn: explanation.en,
          version: (existing?.version ?? 0) + 1,
          computedBy: actor.id,
          computedAt: now,
        },
        consortium.map((member, index) => ({
          organizationId: member.organizationId,
          shareBp: member.shareBp,
          amountFen: parts[index]!,
        })),
      );
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: existing ? "award.recompute" : "award.compute",
        entityType: "award",
        entityId: award.id,
        before: existing ?? null,
        after: { ...award, splits, otherSupport: support.map((s) => ({ id: s.id, amountFen: s.amountFen })) },
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

/**
 * Two-person rule: the approver is not the staff member who computed it (also a database check). The approver
 * names the version they saw: anything changed since (a recomputation, other support recorded) refuses it.
 */
export async function approveAward(
  actor: Actor,
  projectId: number,
  version: number,
  now = new Date(),
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const award = await findAward(trx, { projectId }, { lock: true });
      if (!award) return fail("err.award.notComputed");
      const conflicted = await assertNoConflict(trx, actor.id, { projectId });
      if (conflicted) return conflicted;
      if (awardIsApproved(award.status)) return fail("err.award.approved");
      if (award.status === "stale") return fail("err.award.stale");
      if (award.version !== version) return fail("err.award.changed");
      // Belt and braces: the deduction approved is the support recorded now (就高不重复).
      const supportFen = (await otherSupportOf(trx, projectId)).reduce((sum, s) => sum + s.amountFen, 0);
      if (supportFen !== award.otherSupportFen) return fail("err.award.stale");
      if (award.computedBy === actor.id) return fail("err.award.twoPerson");
      const project = (await findProject(trx, projectId))!;
      const split = await awardSplits(trx, [award.id]);
      const reserved = await reserveAward(
        trx,
        actor,
        { id: award.id, year: project.listYear, payableFen: award.payableFen },
        split.map((part) => ({ organizationId: part.organizationId, amountFen: part.amountFen })),
      );
      if (!reserved.ok) return reserved;
      // The award row is locked and its version and status were checked above: this cannot miss.
      if (!(await approveComputedAward(trx, award.id, version, actor.id, now)))
        throw new Error(`award ${award.id} changed while locked`);
      await notifyOrganizations(
        trx,
        (await consortiumOfProject(trx, projectId)).map((m) => m.organizationId),
        {
          kind: "award.approved",
          params: { taskCode: project.taskCode, taskTitle: project.taskTitle },
          link: `/projects/${projectId}`,
        },
      );
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "award.approve",
        entityType: "award",
        entityId: award.id,
        before: { status: "computed", version },
        after: { status: "approved", payableFen: award.payableFen, computedBy: award.computedBy },
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

/** Approved awards with their consortium split, as the public sees them. */
export async function publicAwards() {
  const db = getDb();
  const awards = await publishedAwards(db);
  const splits = await awardSplits(
    db,
    awards.map((a) => a.id),
  );
  return awards.map((award) => ({
    ...award,
    split: splits
      .filter((s) => s.awardId === award.id)
      .map((s) => ({
        organizationId: s.organizationId,
        organizationName: s.organizationName,
        role: s.role,
        shareBp: s.shareBp,
        amountFen: s.amountFen,
      })),
  }));
}
