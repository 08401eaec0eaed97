import { getDb, type DbOrTrx } from "../../../../db/client";
import { medianAnswerDays } from "../../../../db/repositories/sd-expressions";
import { responseDaysShown } from "../../../domain/sd-expressions";

/**
 * Median days from an expression's sending (created_at) to its answer (answered_at), over accepted and declined
 * expressions; null when there are none. `organizationId`: the owner organization answering (the target item's);
 * `year`: the target item's list year. The staff statistics page imports this function from this path.
 */
export async function medianResponseDays(
  db: DbOrTrx,
  filter: { organizationId?: number; year?: number },
): Promise<number | null> {
  return medianAnswerDays(db, filter);
}

/** What the public item page shows about its owner: "usually answers within N days", or no data yet. */
export interface ResponseTime {
  /** The median rounded up to whole days (at least 1); null: nothing answered yet (暂无数据). */
  days: number | null;
}

export async function responseTimeOf(organizationId: number): Promise<ResponseTime> {
  return { days: responseDaysShown(await medianResponseDays(getDb(), { organizationId })) };
}
