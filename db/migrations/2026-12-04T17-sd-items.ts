import { sql, type Kysely } from "kysely";

/**
 * Indexes for the owner side of the supply–demand list: the per-item upload limit counts an item's files under its
 * row lock (a lookup, not a scan of every attachment), and an organization's saved searches are listed and counted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS attachments_sd_item_idx ON attachments (sd_item_id) WHERE sd_item_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS sd_saved_searches_organization ON sd_saved_searches (organization_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS sd_saved_searches_organization`.execute(db);
  await sql`DROP INDEX IF EXISTS attachments_sd_item_idx`.execute(db);
}
