import { Migrator, type MigrationResultSet } from "kysely";
import { createDb } from "./client";
import { syncLifecycleTransitions } from "./lifecycles";
import { migrations } from "./migrations/index";

export async function migrateToLatest(url: string): Promise<MigrationResultSet> {
  const db = createDb(url, { max: 1 });
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const result = await migrator.migrateToLatest();
    if (result.error) throw result.error;
    await db.transaction().execute((trx) => syncLifecycleTransitions(trx));
    return result;
  } finally {
    await db.destroy();
  }
}
