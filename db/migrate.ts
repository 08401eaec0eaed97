import { Migrator, type MigrationResultSet } from "kysely";
import { createDb } from "./client";
import { migrations } from "./migrations/index";

export async function migrateToLatest(url: string): Promise<MigrationResultSet> {
  const db = createDb(url, { max: 1 });
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const result = await migrator.migrateToLatest();
    if (result.error) throw result.error;
    return result;
  } finally {
    await db.destroy();
  }
}
