import { sql } from "kysely";
import type { DbOrTrx } from "../../../../db/client";

/**
 * The median response time to expressions of interest, in days: from an expression's `created_at` to its
 * `answered_at`, over the accepted and declined ones (withdrawn and expired ones got no answer). Filtered by the
 * organization that answers (the owner of the target item) and by the list year of the target item. Null when
 * nothing was answered. The ONE definition: the public per-owner response time and the staff statistics use it.
 */
export async function medianResponseDays(
  db: DbOrTrx,
  filter: { organizationId?: number; year?: number },
): Promise<number | null> {
  const row = await db
    .selectFrom("sdExpressions as e")
    .innerJoin("sdItems as i", "i.id", "e.targetItemId")
    .select(
      sql<
        string | number | null
      >`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (e.answered_at - e.created_at)) / 86400.0)`.as(
        "median",
      ),
    )
    .where("e.status", "in", ["accepted", "declined"])
    .where("e.answeredAt", "is not", null)
    .$if(filter.organizationId !== undefined, (q) => q.where("i.organizationId", "=", filter.organizationId!))
    .$if(filter.year !== undefined, (q) => q.where("i.year", "=", filter.year!))
    .executeTakeFirst();
  return row?.median === null || row?.median === undefined ? null : Number(row.median);
}
