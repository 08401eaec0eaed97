import { sql, type Kysely } from "kysely";

/**
 * Several app processes each keep their own embedded search index (issue 17): each one tails the outbox for the
 * rows committed since it last looked. Ids are handed out at insert, not at commit, so "id > the last one seen"
 * would skip a row whose transaction commits after a later id's. The writing transaction's id, compared with the
 * snapshot the process took when it last read (pg_visible_in_snapshot), says exactly which rows are new.
 * Frozen once landed: a later change to the schema is a new migration file.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The top-level transaction's id even when the trigger runs inside a savepoint; existing rows get this
  // migration's, which every later snapshot sees as committed.
  await sql`ALTER TABLE search_outbox ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id()`.execute(db);
  await sql`CREATE INDEX search_outbox_xact_idx ON search_outbox (xact)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS search_outbox_xact_idx`.execute(db);
  await sql`ALTER TABLE search_outbox DROP COLUMN IF EXISTS xact`.execute(db);
}
