import { sql, type Kysely } from "kysely";

/**
 * A new notification's mail is due "now", stamped by PostgreSQL in microseconds, while the relay asks for what is
 * due with a JavaScript Date (milliseconds): within the same millisecond a fresh mail looked not yet due. Stamp the
 * default in milliseconds, as the relay counts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notifications ALTER COLUMN mail_next_attempt_at SET DEFAULT date_trunc('milliseconds', now())`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notifications ALTER COLUMN mail_next_attempt_at SET DEFAULT now()`.execute(db);
}
