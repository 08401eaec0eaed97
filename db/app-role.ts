import { openSql } from "./sql-client";

/**
 * The app's requests, sweepers and relays connect as a role that owns nothing: ordinary privileges on the tables it
 * works with, only INSERT and SELECT on the append-only ones (audit_log, audit_heads), SELECT on
 * lifecycle_transitions (the status triggers read it; only migrations write it) and nothing on the migrator's own
 * tables. Not being the owner, it can neither ALTER TABLE (DISABLE TRIGGER) nor TRUNCATE. Migrations and this grant
 * step run as the owner.
 */
export const EMBEDDED_APP_ROLE = "jiebang_app";

/** Tables the app may only append to and read: no UPDATE, DELETE or TRUNCATE. */
export const APPEND_ONLY_TABLES = [
  "audit_log",
  "audit_heads",
  "budget_appropriations",
  "ledger_postings",
  "ledger_entries",
  "payout_steps",
] as const;
/** Tables the app only reads. */
const READ_ONLY_TABLES = ["lifecycle_transitions"];
/** Kysely's migration bookkeeping: the app has no business there. */
const MIGRATOR_TABLES = ["kysely_migration", "kysely_migration_lock"];

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const tableList = (names: readonly string[]) => names.map((name) => `public.${quoteIdent(name)}`).join(", ");

/** The role a postgres:// URL logs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The same server and database, logged in as another role. */
export function urlAs(url: string, role: string, password: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = encodeURIComponent(password);
  return next.toString();
}

/**
 * Creates the login role if it is missing and (re)sets its password. Roles are cluster-wide: another database of
 * the same cluster (each test file's, a second checkout's) may have created it first, hence "already exists" is
 * fine.
 */
export async function ensureLoginRole(superuserUrl: string, role: string, password: string): Promise<void> {
  const sql = openSql(superuserUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = await sql`SELECT 1 FROM pg_roles WHERE rolname = ${role}`;
    if (exists.length === 0) {
      try {
        await sql.unsafe(`CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      } catch (error) {
        if ((error as { code?: string }).code !== "42710") throw error; // duplicate_object: created meanwhile
      }
    }
    // A password is a literal in ALTER ROLE, not a parameter: quote it as one.
    await sql.unsafe(`ALTER ROLE ${quoteIdent(role)} LOGIN PASSWORD '${password.replace(/'/g, "''")}'`);
  } finally {
    await sql.end();
  }
}

/**
 * Run by the owner after every migration: grants what the app role needs on every table and sequence that exists
 * now, and by default on those the owner creates later (a migration run by `npm run db:migrate` while the app is
 * up); then takes back from the append-only tables anything beyond INSERT and SELECT.
 */
export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const sql = openSql(ownerUrl, { max: 1, onnotice: () => {} });
  const app = quoteIdent(role);
  try {
    await sql.begin(async (trx) => {
      await trx.unsafe(`GRANT USAGE ON SCHEMA public TO ${app}`);
      await trx.unsafe(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      );
      await trx.unsafe(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
      );
      // Set-based, so a start costs the same handful of statements however many tables there are.
      await trx.unsafe(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
      await trx.unsafe(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
      await trx.unsafe(`REVOKE UPDATE, DELETE ON ${tableList(APPEND_ONLY_TABLES)} FROM ${app}`);
      await trx.unsafe(`REVOKE INSERT, UPDATE, DELETE ON ${tableList(READ_ONLY_TABLES)} FROM ${app}`);
      await trx.unsafe(`REVOKE ALL ON ${tableList(MIGRATOR_TABLES)} FROM ${app}`);
      await trx.unsafe(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    });
  } finally {
    await sql.end();
  }
}
