import { sql, type Kysely } from "kysely";

/**
 * Supply–demand items carry PDF attachments (attachments.sd_item_id) and contracts their scan (sd_outcome_id):
 * the one-owner check learns both columns, or such a file could not be stored at all. Indexes serve the
 * per-item upload limit and the organization's list of saved searches.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner`.execute(db);
  await sql`ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner
    CHECK (num_nonnulls(bid_id, objection_id, project_id, sd_item_id, sd_outcome_id) = 1)`.execute(db);
  await sql`CREATE INDEX attachments_sd_item_idx ON attachments (sd_item_id) WHERE sd_item_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX sd_saved_searches_organization ON sd_saved_searches (organization_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS sd_saved_searches_organization`.execute(db);
  await sql`DROP INDEX IF EXISTS attachments_sd_item_idx`.execute(db);
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner`.execute(db);
  await sql`ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner
    CHECK (num_nonnulls(bid_id, objection_id, project_id) = 1)`.execute(db);
}
