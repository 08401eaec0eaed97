import { sql, type Kysely } from "kysely";

/**
 * Email ownership: an account proves its address by opening a link mailed to it before it may act for an
 * organization (bid, invite). Only a SHA-256 of the link's token is stored, with its expiry; a new link replaces
 * the previous one. Accounts that existed before this change keep working: they count as verified since they
 * were created (they signed up under the old rules and already own their organizations).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users
    ADD COLUMN email_verified_at timestamptz,
    ADD COLUMN email_verification_hash text,
    ADD COLUMN email_verification_expires_at timestamptz`.execute(db);
  await sql`UPDATE users SET email_verified_at = created_at`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_verification_hash ON users (email_verification_hash)
    WHERE email_verification_hash IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX users_email_verification_hash`.execute(db);
  await sql`ALTER TABLE users
    DROP COLUMN email_verified_at,
    DROP COLUMN email_verification_hash,
    DROP COLUMN email_verification_expires_at`.execute(db);
}
