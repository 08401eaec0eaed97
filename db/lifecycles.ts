import { sql } from "kysely";
import { AWARD_EVENTS } from "../app/domain/award";
import { BID_EVENTS } from "../app/domain/bidding";
import { MM_EVENT_EVENTS, MM_REGISTRATION_EVENTS, MM_REQUEST_EVENTS } from "../app/domain/matchmaking";
import { edgesOf, type LifecycleTable } from "../app/domain/lifecycle";
import {
  SD_BATCH_EVENTS,
  SD_EXPRESSION_EVENTS,
  SD_ITEM_EVENTS,
  SD_REVISION_EVENTS,
} from "../app/domain/supply-demand";
import { PAYOUT_EVENTS } from "../app/domain/payouts";
import { TASK_EVENTS } from "../app/domain/task-lifecycle";
import type { DbOrTrx } from "./client";

/** The machines the database guards, by the name its trigger is created with (migration 2026-11-29T06). */
export const GUARDED_LIFECYCLES: Record<string, LifecycleTable<string>> = {
  task: TASK_EVENTS,
  bid: BID_EVENTS,
  award: AWARD_EVENTS,
  // Migration 2026-12-04T16.
  sd_item: SD_ITEM_EVENTS,
  sd_revision: SD_REVISION_EVENTS,
  sd_expression: SD_EXPRESSION_EVENTS,
  sd_batch: SD_BATCH_EVENTS,
  // Migration 2026-12-04T18.
  mm_event: MM_EVENT_EVENTS,
  mm_registration: MM_REGISTRATION_EVENTS,
  mm_request: MM_REQUEST_EVENTS,
  // Migration 2026-12-05T20.
  payout: PAYOUT_EVENTS,
};

/**
 * Writes the domain's lifecycle tables into `lifecycle_transitions`, which the status triggers read: the trigger
 * is generated from the same table the services use. Run after every migration, in one transaction, so a
 * changed lifecycle takes effect with the code that changed it.
 */
export async function syncLifecycleTransitions(db: DbOrTrx): Promise<number> {
  const rows = Object.entries(GUARDED_LIFECYCLES).flatMap(([machine, table]) =>
    edgesOf(table).map((edge) => ({ machine, event: edge.event, fromStatus: edge.from, toStatus: edge.to })),
  );
  await sql`DELETE FROM lifecycle_transitions`.execute(db);
  await db.insertInto("lifecycleTransitions").values(rows).execute();
  return rows.length;
}
