import { sql, type Kysely } from "kysely";

/**
 * Each upload now counts the files and bytes its project already holds (per-project limits), under the project's
 * row lock: an index keeps that a lookup instead of a scan of every attachment. Bids have theirs already.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX attachments_project_idx ON attachments (project_id) WHERE project_id IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS attachments_project_idx`.execute(db);
}
