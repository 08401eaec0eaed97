import { sql, type Kysely } from "kysely";

/**
 * Consent of consortium members (issue 12, item 6): the terms (share and division of work) a member accepted are
 * kept with its row, so a change the member did not accept is visible and submission can refuse it. Members that
 * accepted before this migration are taken to have accepted their current terms.
 *
 * Objections only from verified organizations (item 14): `verified_at` is set by staff once the organization's
 * registration (USCC) has been checked; null means not verified.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE consortium_members ADD COLUMN accepted_terms jsonb`.execute(db);
  await sql`UPDATE consortium_members
    SET accepted_terms = jsonb_build_object('shareBp', share_bp, 'workDivision', work_division)
    WHERE status = 'accepted' AND role = 'member'`.execute(db);
  await sql`ALTER TABLE organizations ADD COLUMN verified_at timestamptz`.execute(db);
  await sql`ALTER TABLE organizations ADD COLUMN verified_by bigint REFERENCES users (id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE organizations DROP COLUMN verified_by`.execute(db);
  await sql`ALTER TABLE organizations DROP COLUMN verified_at`.execute(db);
  await sql`ALTER TABLE consortium_members DROP COLUMN accepted_terms`.execute(db);
}
