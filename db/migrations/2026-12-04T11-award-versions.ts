import { sql, type Kysely } from "kysely";

/**
 * Stale award approval (issue 12, item 9). An award gets a `version` (grows with each computation and
 * invalidation; the approval names the version it approves) and the status `stale`: other support recorded after
 * the computation invalidates it, so the old figure can no longer be approved. The lifecycle edge
 * (computed → stale) is written to lifecycle_transitions from the domain by db/lifecycles.ts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE awards ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT awards_version CHECK (version > 0)`.execute(
    db,
  );
  await sql`ALTER TABLE awards DROP CONSTRAINT awards_status_check`.execute(db);
  await sql`ALTER TABLE awards ADD CONSTRAINT awards_status_check
    CHECK (status IN ('computed', 'stale', 'approved', 'disbursing', 'disbursed'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM awards WHERE status = 'stale'`.execute(db);
  await sql`ALTER TABLE awards DROP CONSTRAINT awards_status_check`.execute(db);
  await sql`ALTER TABLE awards ADD CONSTRAINT awards_status_check
    CHECK (status IN ('computed', 'approved', 'disbursing', 'disbursed'))`.execute(db);
  await sql`ALTER TABLE awards DROP COLUMN version`.execute(db);
}
