import { getDb } from "../../../../db/client";

/** The organization's own payouts of the project's award (never another member's), for its project page. */
export async function ownPayoutsOfProject(organizationId: number | undefined, projectId: number) {
  if (organizationId === undefined) return [];
  const rows = await getDb()
    .selectFrom("payouts")
    .innerJoin("awards", "awards.id", "payouts.awardId")
    .select(["payouts.id", "payouts.amountFen", "payouts.status", "payouts.recordedAt", "payouts.paidAt"])
    .where("awards.projectId", "=", projectId)
    .where("payouts.organizationId", "=", organizationId)
    .orderBy("payouts.id")
    .execute();
  return rows.map(({ recordedAt, ...row }) => ({
    ...row,
    awaitingConfirmation: row.status === "processing" && recordedAt !== null,
  }));
}
