import { sql, type Kysely } from "kysely";

/**
 * Issue 13, part "search": an attachment may belong to a supply–demand item or to an outcome. The foundation
 * (2026-12-04T16) added attachments.sd_item_id / sd_outcome_id but left the one-owner check at (bid, objection,
 * project), so no item PDF could be stored. If an earlier migration already widened the check, this one leaves it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    DO $$
    BEGIN
      IF NOT EXISTS (
        SELECT 1 FROM pg_constraint
        WHERE conname = 'attachments_one_owner' AND pg_get_constraintdef(oid) LIKE '%sd_item_id%'
      ) THEN
        ALTER TABLE attachments DROP CONSTRAINT IF EXISTS attachments_one_owner;
        ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner
          CHECK (num_nonnulls(bid_id, objection_id, project_id, sd_item_id, sd_outcome_id) = 1);
      END IF;
    END
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE attachments DROP CONSTRAINT IF EXISTS attachments_one_owner`.execute(db);
  await sql`ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner
    CHECK (num_nonnulls(bid_id, objection_id, project_id) = 1)`.execute(db);
}
