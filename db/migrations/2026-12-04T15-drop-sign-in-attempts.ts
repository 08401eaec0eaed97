import { sql, type Kysely } from "kysely";

/**
 * Sign-in attempts are counted in rate_limits (atomically, before the password is checked) since issue 12; this
 * table was still written on every sign-in but read by nothing, and kept every email and IP for ever.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_attempts").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_attempts")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("email", sql`citext`, (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("succeeded", "boolean", (c) => c.notNull())
    .addColumn("attempted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("sign_in_attempts_email_idx")
    .on("sign_in_attempts")
    .columns(["email", "attempted_at"])
    .execute();
  await db.schema
    .createIndex("sign_in_attempts_ip_idx")
    .on("sign_in_attempts")
    .columns(["ip", "attempted_at"])
    .execute();
}
