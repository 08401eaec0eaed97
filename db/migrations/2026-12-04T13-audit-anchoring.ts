import { sql, type Kysely } from "kysely";

/**
 * The audit chain's head (seq and hash of its newest entry) as published for each Asia/Shanghai day: anyone who
 * saved one can later prove that the chain was cut back (`npm run audit:verify -- --head <seq>:<hash>`). Append-only
 * like audit_log itself, by the same trigger function; the app role may only INSERT and SELECT (db/app-role.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE audit_heads (
    day date PRIMARY KEY,
    seq bigint NOT NULL CHECK (seq > 0),
    hash text NOT NULL,
    published_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE TRIGGER audit_heads_append_only BEFORE UPDATE OR DELETE ON audit_heads
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  await sql`CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE audit_heads`.execute(db);
}
