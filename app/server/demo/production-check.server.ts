import type { DbOrTrx } from "../../../db/client";

/** Every demo account lives at this domain (the seed's staff, owners, partners and experts). */
export const DEMO_EMAIL_DOMAIN = "demo.local";

/** The demo accounts the database holds (their password is printed in the README), at most `limit`. */
export async function demoAccountEmails(db: DbOrTrx, limit = 20): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select("email")
    .where("email", "like", `%@${DEMO_EMAIL_DOMAIN}`)
    .orderBy("email")
    .limit(limit)
    .execute();
  return rows.map((row) => row.email);
}

/**
 * Why this process must not start, or null: in production, no account of the demo (whose password anyone can
 * read) may exist. Outside production the demo is the point.
 */
export function productionStartProblem(production: boolean, demoEmails: string[]): string | null {
  if (!production || demoEmails.length === 0) return null;
  return (
    `NODE_ENV=production, but the database holds demo accounts with a public password (${demoEmails.join(", ")}). ` +
    "Start production on a database without the demo data (SEED_DEMO is ignored in production), or delete these accounts."
  );
}
