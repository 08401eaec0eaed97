import { sql, type Kysely } from "kysely";

/**
 * A recipient has at most one unread notification per kind and page: later ones about the same page refresh it
 * (coalescing, db/repositories/notifications.ts). Checked by the writers alone, concurrent first notifications
 * each found none and each inserted one (many bids submitted at once on one task: every staff member got several).
 * The index makes the database keep it, and lets the writer refresh or insert in one statement (ON CONFLICT).
 * Duplicates already written are folded into the newest. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM notifications older USING notifications newer
    WHERE older.read_at IS NULL AND newer.read_at IS NULL AND older.user_id = newer.user_id
      AND older.kind = newer.kind AND older.link = newer.link AND older.id < newer.id`.execute(db);
  await sql`CREATE UNIQUE INDEX notifications_unread_once ON notifications (user_id, kind, link)
    WHERE read_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS notifications_unread_once`.execute(db);
}
