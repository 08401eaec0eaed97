import { sql, type Insertable } from "kysely";
import { APPROVED_AWARD_STATUSES, AWARD_EVENTS } from "../../app/domain/award";
import type { DbOrTrx } from "../client";
import type { AwardsTable } from "../schema";

/* ---------- other support (就高不重复) and awards ---------- */

export async function insertOtherSupport(
  db: DbOrTrx,
  support: {
    projectId: number;
    policyName: string;
    amountFen: number;
    grantedOn: string;
    reference: string;
    recordedBy: number;
  },
) {
  return db.insertInto("otherSupport").values(support).returningAll().executeTakeFirstOrThrow();
}

export async function otherSupportOf(db: DbOrTrx, projectId: number) {
  return db.selectFrom("otherSupport").selectAll().where("projectId", "=", projectId).orderBy("id").execute();
}

export async function findAward(
  db: DbOrTrx,
  where: { projectId: number } | { id: number },
  { lock = false } = {},
) {
  return db
    .selectFrom("awards")
    .selectAll()
    .$if("projectId" in where, (q) => q.where("projectId", "=", (where as { projectId: number }).projectId))
    .$if("id" in where, (q) => q.where("id", "=", (where as { id: number }).id))
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/**
 * Stores a computed award with its split, replacing the earlier computation (`replacesId`) if there was one: an
 * award is recomputed freely until it is approved.
 */
export async function replaceAward(
  db: DbOrTrx,
  replacesId: number | null,
  award: Insertable<AwardsTable>,
  split: { organizationId: number; shareBp: number; amountFen: number }[],
) {
  if (replacesId !== null) await db.deleteFrom("awards").where("id", "=", replacesId).execute();
  const row = await db.insertInto("awards").values(award).returningAll().executeTakeFirstOrThrow();
  const splits = split.map((part) => ({ awardId: row.id, ...part }));
  await db.insertInto("awardSplits").values(splits).execute();
  return { award: row, splits };
}

/** Approves the award if it is still the computed version the approver saw. */
export async function approveComputedAward(
  db: DbOrTrx,
  awardId: number,
  version: number,
  approvedBy: number,
  at: Date,
) {
  return db
    .updateTable("awards")
    .set({ status: AWARD_EVENTS.approve.to, approvedBy, approvedAt: at })
    .where("id", "=", awardId)
    .where("version", "=", version)
    .where("status", "in", AWARD_EVENTS.approve.from)
    .returning("id")
    .executeTakeFirst();
}

/** Its inputs changed: a computed (or already stale) award becomes stale, as a new version. */
export async function invalidateAward(db: DbOrTrx, awardId: number) {
  return db
    .updateTable("awards")
    .set((eb) => ({ status: AWARD_EVENTS.invalidate.to, version: eb("version", "+", 1) }))
    .where("id", "=", awardId)
    .where("status", "in", [...AWARD_EVENTS.invalidate.from, AWARD_EVENTS.invalidate.to])
    .returning(["id", "status", "version"])
    .executeTakeFirst();
}

/** Each award's split, lead first, then members in the order they were invited (as the consortium lists them). */
export async function awardSplits(db: DbOrTrx, awardIds: number[]) {
  if (awardIds.length === 0) return [];
  return db
    .selectFrom("awardSplits")
    .innerJoin("awards", "awards.id", "awardSplits.awardId")
    .innerJoin("projects", "projects.id", "awards.projectId")
    .innerJoin("consortiumMembers", (join) =>
      join
        .onRef("consortiumMembers.bidId", "=", "projects.bidId")
        .onRef("consortiumMembers.organizationId", "=", "awardSplits.organizationId"),
    )
    .innerJoin("organizations", "organizations.id", "awardSplits.organizationId")
    .selectAll("awardSplits")
    .select(["organizations.name as organizationName", "consortiumMembers.role"])
    .where("awardSplits.awardId", "in", awardIds)
    .orderBy("awardSplits.awardId")
    .orderBy(sql`consortium_members.role = 'lead'`, "desc")
    .orderBy("consortiumMembers.invitedAt")
    .orderBy("awardSplits.organizationId")
    .execute();
}

/** Approved (and later) awards with their project, for the public results page and API. */
export async function publishedAwards(db: DbOrTrx) {
  return db
    .selectFrom("awards")
    .innerJoin("projects", "projects.id", "awards.projectId")
    .innerJoin("tasks", "tasks.id", "projects.taskId")
    .innerJoin("organizations as lead", "lead.id", "projects.leadOrgId")
    .innerJoin("projectResults", "projectResults.projectId", "projects.id")
    .select([
      "awards.id",
      "awards.payableFen",
      "awards.basisFen",
      "awards.rateBp",
      "awards.rawFen",
      "awards.capFen",
      "awards.cappedFen",
      "awards.otherSupportFen",
      "awards.boundBy",
      "awards.explanationZh",
      "awards.explanationEn",
      "awards.approvedAt",
      "tasks.code as taskCode",
      "tasks.title as taskTitle",
      "lead.name as leadOrgName",
      "projectResults.scoreCenti",
      "projectResults.passed",
    ])
    .where("awards.status", "in", APPROVED_AWARD_STATUSES)
    .orderBy("awards.approvedAt", "desc")
    .orderBy("awards.id", "desc")
    .execute();
}
