import { Migrator, type MigrationResultSet } from "kysely";
import { grantAppRole } from "./app-role";
import { createDb } from "./client";
import { syncLifecycleTransitions } from "./lifecycles";
import { migrations } from "./migrations/index";

/**
 * Migrates as the owner (`ownerUrl`), syncs the lifecycle tables, then grants the app role (when the app runs as
 * another role than the owner) its privileges on everything that now exists.
 */
export async function migrateToLatest(
  ownerUrl: string,
  { appRole = null }: { appRole?: string | null } = {},
): Promise<MigrationResultSet> {
  const db = createDb(ownerUrl, { max: 1 });
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const result = await migrator.migrateToLatest();
    if (result.error) throw result.error;
    await db.transaction().execute((trx) => syncLifecycleTransitions(trx));
    if (appRole) await grantAppRole(ownerUrl, appRole);
    return result;
  } finally {
    await db.destroy();
  }
}
